<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../circlesdesk/ui/office/disclosure_dialog.py" line="+61"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The core member&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UK GDPR Art. 6(1)(e) public task; Art. 10 with DPA 2018 Sch. 1 para 10 (preventing or detecting unlawful acts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safeguarding children or adults at risk (DPA 2018 Sch. 1 para 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A court order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../circlesdesk/ui/enrollment.py" line="+37"/>
        <source>Choose where to save the enrollment request</source>
        <translation type="unfinished">Dewiswch ble i gadw&apos;r cais cofrestru</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved as {name} in {folder}.</source>
        <translation type="unfinished">Wedi ei gadw fel {name} yn {folder}.</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/referral_dialogs.py" line="+169"/>
        <source>Mark the referral assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertLabel</name>
    <message>
        <location filename="../../circlesdesk/ui/widgets.py" line="+62"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/people.py" line="+89"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRow</name>
    <message>
        <location filename="../../circlesdesk/ui/office/referral_dialogs.py" line="-120"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of assessment {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level of assessment {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of assessment {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document reference of assessment {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceRow</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/meeting_editor.py" line="+83"/>
        <source>{name} (core member)</source>
        <translation>{name} (aelod craidd)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/audit.py" line="+190"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything done to this vault, newest first: what was done to which record, by which device. It never holds names or note text. Each entry is linked to the one before, so a change to any entry can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Witnesses of the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the audit log&apos;s chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute every entry&apos;s link to the one before and say if any was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{entries} in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking every entry of the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each laptop signs back the newest entry it was sent: if that entry changes, the log was rewritten since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No laptop has witnessed the log yet: each does when it sends a bundle after a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit log is intact: {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every laptop&apos;s witness matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log was altered at entry {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The audit log is shorter than {device}&apos;s laptop saw it on {when}: it had {number} entries then. Entries were removed, or an older backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log was rewritten: entry {number} is not the one {device}&apos;s laptop witnessed on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change is after entry {intact} (still as another laptop witnessed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped before the end: the audit log was not fully checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-287"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{device}: {person}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+21"/>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/backups.py" line="+67"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An encrypted copy of the office vault, checked as it is made, in a folder of your choice (a USB drive you keep locked away). It opens with the office passphrase or recovery code of the day it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last checked backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder where backups are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Older backups are deleted when a new one is made, so a record deleted under the retention policy is gone from every backup once that many newer backups exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the backup schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups in the folder, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Last checked backup: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The schedule is saved: {every}, keeping the newest {keep}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the folder the backups go to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copying and checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped: no backup was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wait until the work in progress has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written and checked: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n older backup(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} ({size} MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../circlesdesk/ui/widgets.py" line="+285"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleCardWidget</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/home.py" line="+203"/>
        <source>{code} with {core_member}</source>
        <translation>{code} gyda {core_member}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle {title}</source>
        <translation>Cylch {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referral</source>
        <translation>Atgyfeirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Paratoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active: meeting weekly</source>
        <translation>Gweithredol: cyfarfod bob wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-down: meeting less often</source>
        <translation>Camu i lawr: cyfarfod yn llai aml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Wedi cau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase:</source>
        <translation>Cam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting:</source>
        <translation>Cyfarfod nesaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not planned</source>
        <translation>heb ei drefnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open concerns:</source>
        <translation>Pryderon agored:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open concern(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a meeting</source>
        <translation>Cofnodi cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a meeting of {code}</source>
        <translation>Cofnodi cyfarfod o {code}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of {code}</source>
        <translation>Hanes {code}</translation>
    </message>
</context>
<context>
    <name>CircleDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circle_dialogs.py" line="+100"/>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example SW-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Core member&apos;s pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A pseudonym, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core &amp;member (pseudonym):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets &amp;how often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;review on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleLife</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+13"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core member withdrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall to prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New conviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleListModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circles.py" line="+63"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{phase} since {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{code} (with {core_member})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None yet</source>
        <translation type="unfinished">Dim eto</translation>
    </message>
</context>
<context>
    <name>CirclePicker</name>
    <message>
        <location filename="../../circlesdesk/ui/forms.py" line="+40"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{code} (with {core_member})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleTimelineModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circles.py" line="+15"/>
        <source>Office response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{came} of {total} came. {details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Circles</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="-21"/>
        <source>Referral</source>
        <translation type="unfinished">Atgyfeirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation type="unfinished">Paratoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending</source>
        <translation type="unfinished">Yn dod i ben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished">Wedi cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortnightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirclesModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/risk_reviews.py" line="+38"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raters (latest round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend of the risk total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirclesPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circles.py" line="+16"/>
        <location line="+13"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Every circle with what is due in it. Choose one to see its timeline below; drag the bar between the two lists to give either more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;New circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a new circle with its core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the chosen circle&apos;s phase, review date or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Change the chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Volunteers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add volunteers to the chosen circle or record that one left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Volunteers of the chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the chosen circle with the reason it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a contact with the core member after the circle closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up after the chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covenan&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See the chosen circle&apos;s covenant versions and keep a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covenant of the chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter one stakeholder&apos;s answers to the end-of-circle questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-of-circle questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How many timeline records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n circle(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No circles yet. Press New circle… to make the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{code} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up after {code} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new version of {code}&apos;s covenant is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers for {code} are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n record(s) in the timeline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded in this circle yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ended on {date}: {reason}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} · Phase: {phase} · Meets: {pattern} · {volunteers} · Last meeting: {last} · Next review: {review}. Its timeline, newest first (Enter opens a record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n volunteer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseCircleDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circle_life_dialogs.py" line="+70"/>
        <source>Close {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The circle&apos;s phase becomes Closed; its volunteers&apos; laptops learn it with their next reply. The reason and date are kept at the office only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the circle ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why it ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the circle ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concern_dialogs.py" line="+124"/>
        <source>Close the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/conflicts.py" line="+96"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the office vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{kind} {number} · {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} — differs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/concern_dialog.py" line="+69"/>
        <source>Add a concern</source>
        <translation>Ychwanegu pryder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How urgent is it?</source>
        <translation>Pa mor frys yw e?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;{level}  {name}</source>
        <translation>&amp;{level}  {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urgency {level}: {name}</source>
        <translation>Brys {level}: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phone your coordinator</source>
        <translation>Ffoniwch eich cydlynydd</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When you have made the call, tick the box and check the time of the call. You can add the concern only after that.</source>
        <translation>Ar ôl gwneud yr alwad, ticiwch y blwch a gwirio amser yr alwad. Dim ond wedyn y gallwch ychwanegu&apos;r pryder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I made the &amp;call at</source>
        <translation>Gwnes i&apos;r &amp;alwad am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I made the call</source>
        <translation>Gwnes i&apos;r alwad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time the call was made</source>
        <translation>Amser yr alwad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the kind of concern</source>
        <translation>Dewiswch y math o bryder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of concern</source>
        <translation>Math o bryder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind of concern:</source>
        <translation>&amp;Math o bryder:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you saw or heard, in your own words.</source>
        <translation>Beth welsoch chi neu glywsoch chi, yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Beth ddigwyddodd:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you did about it</source>
        <translation>Beth wnaethoch chi yn ei gylch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: talked it through, phoned.</source>
        <translation>Er enghraifft: ei drafod, ffonio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you &amp;did about it:</source>
        <translation>Beth &amp;wnaethoch chi yn ei gylch:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still needed</source>
        <translation>Yn dal i fod ei angen</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>&amp;Add concern</source>
        <translation>&amp;Ychwanegu pryder</translation>
    </message>
    <message>
        <source>Add concern</source>
        <translation type="vanished">Ychwanegu pryder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Canslo</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Call 999 first, then your coordinator: {phone}</source>
        <translation>Ffoniwch 999 yn gyntaf, yna&apos;ch cydlynydd: {phone}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call 999 first, then your coordinator, on the number the office gave you.</source>
        <translation>Ffoniwch 999 yn gyntaf, yna&apos;ch cydlynydd, ar y rhif a roddodd y swyddfa i chi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone your coordinator now: {phone}</source>
        <translation>Ffoniwch eich cydlynydd nawr: {phone}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone your coordinator now, on the number the office gave you.</source>
        <translation>Ffoniwch eich cydlynydd nawr, ar y rhif a roddodd y swyddfa i chi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>choose how urgent it is</source>
        <translation>dewiswch pa mor frys yw e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone your coordinator and give the time of the call</source>
        <translation>ffoniwch eich cydlynydd a rhoi amser yr alwad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the kind of concern</source>
        <translation>dewiswch y math o bryder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what happened</source>
        <translation>dywedwch beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To add the concern: {steps}.</source>
        <translation>I ychwanegu&apos;r pryder: {steps}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to add.</source>
        <translation>Yn barod i&apos;w ychwanegu.</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concern_dialogs.py" line="-92"/>
        <source>The concern (urgency {level}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernQueuePage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concerns.py" line="+136"/>
        <source>Concern queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open concerns, most urgent first, then oldest first. The due column says whether each is on time, due soon or overdue until the office answers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The chosen concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Respond…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the office&apos;s answer to the chosen concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respond to the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that the chosen concern was passed on to an agency (police, probation…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Escalate to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the chosen concern, saying how it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disclose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare a disclosure to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what goes to an agency, see it, and write it as a PDF or a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write reply bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write reply bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file for each volunteer&apos;s laptop, with the office&apos;s responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How many open concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n open concern(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Acknowledged. The volunteer sees it after the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to write the reply bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Disclosed. It is in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Saved. It travels to the volunteer in the next reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No device is enrolled: no reply was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n reply bundle(s) in {folder}: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{level} concern in {circle}, from {volunteer}, raised {when}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action taken: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+26"/>
        <source>Kept the office&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took the bundle&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported the records in the device&apos;s circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided: {choice}, by {who} on {when}. Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/conflicts.py" line="+123"/>
        <location line="+5"/>
        <source>Conflicts and forks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records and bundles CirclesDesk kept instead of applying, so nothing is overwritten silently. Compare both sides, talk to the volunteer, then record your decision with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts or quarantined bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>Record conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+14"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}, revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Quarantined bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Keep the office&apos;s version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+188"/>
        <source>Keep the office&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
        <source>&amp;Take the bundle&apos;s version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+188"/>
        <source>Take the bundle&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Keep the office&apos;s version of the record; the laptop&apos;s change is not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the laptop&apos;s version of the record instead of the office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+201"/>
        <source>Set the bundle aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-198"/>
        <source>&amp;Accept its records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+241"/>
        <source>Accept the bundle&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Keep the quarantined file aside without importing anything from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import the quarantined file&apos;s records after all (you are asked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading conflicts and quarantined bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No record conflicts: every record that arrived fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} record conflicts kept, {open} not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{total} quarantined bundles, {open} not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another version of this {kind} arrived from {sender} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The office&apos;s copy changed since: it is now revision {now}; the conflict was found against revision {then}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This version was made on another device than the record: it can only be kept aside, never taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>Not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The device was revoked after its bundle {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office already imported a different bundle with this number on {when} (a restored laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It does not follow the bundles the office imported (a copied laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle {number} from {sender}, received {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The office already holds {held} of its {total} records as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>It is kept. If the volunteer should write there, add them to the circle and import the file again; their next bundle carries the records too. Otherwise you can import only the records in the device&apos;s circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The laptop learns this from the office&apos;s next reply and sends again everything the office does not hold. You can also accept this bundle&apos;s records after looking at them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is kept and will never be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The record stays as the office holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>No quarantined bundles: no forks, nothing from a revoked device, nothing outside a device&apos;s circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The bundle&apos;s content becomes the record as the office holds it; the office&apos;s version stays in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle stays kept and is never imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The records in the device&apos;s circles are imported and the laptop is told the office holds the bundle; the records outside them are not imported and stay in the kept bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its records are stored as an import stores them: a newer revision replaces the office&apos;s, and a record that differs is kept as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your decision and note are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/contact_form.py" line="+30"/>
        <source>Record a contact</source>
        <translation type="unfinished">Cofnodi cyswllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Circle:</source>
        <translation type="unfinished">&amp;Cylch:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of contact: {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you talked about, briefly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What was said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Raise this at the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise this at the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Circles keep no secrets: what the core member tells one volunteer is shared with the circle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CovenantDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circle_life_dialogs.py" line="+49"/>
        <source>Covenant of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {version}, agreed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No version has been agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Covenant text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Text of the new version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the new version was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agreed on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../circlesdesk/ui/crash.py" line="+199"/>
        <source>the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CirclesDesk</source>
        <translation type="unfinished">CirclesDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside CirclesDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you saved before is safe in your vault. If you were in the middle of something, please check it. A note for the developers was written in {folder} (it holds no names and no notes); your coordinator can pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close CirclesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close CirclesDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/people.py" line="+377"/>
        <source>Approve or refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}, asked by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Manager&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager&apos;s &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Approved: it can be done now, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: it will not be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/conflicts.py" line="-349"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, and who you spoke to (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/devices.py" line="+58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reply out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundles written to this laptop since its last bundle came in: it confirms them by sending its next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n bundle(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet</source>
        <translation type="unfinished">Dim eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. {number}</source>
        <translation type="unfinished">Rhif {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {number}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoked after No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n kept aside</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location line="+12"/>
        <source>Volunteers and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every laptop enrolled with this office: its volunteer&apos;s circles, the last bundle it sent, the last reply written to it and what it has not yet confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Enroll a volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a laptop&apos;s enrollment request and make its welcome file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Enroll a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop trusting the chosen laptop (lost, stolen or retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Revoke the chosen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;otate office key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new office key; reply files then give it to every laptop still trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rotate the office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enrolled devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chosen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n device(s) enrolled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device is enrolled yet. Choose “Enroll a volunteer…” to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{name}&apos;s laptop is revoked: its later bundles will not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new office key was made. Write reply bundles so every laptop learns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: device {device}, fingerprint {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoked on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogKeeper</name>
    <message>
        <location filename="../../circlesdesk/ui/kept_dialogs.py" line="+260"/>
        <location line="+1"/>
        <source>Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you discard it, it is gone. Keep editing to carry on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/disclosure_dialog.py" line="+19"/>
        <source>Disclose to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Consent status to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the consent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Police, Probation, MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ircle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal &amp;basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to disclose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exactly what will be disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Write the disclosure as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Write partner &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the disclosure as a partner bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a manager to appro&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a manager to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a second person works at the office, a manager approves a disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Consent status recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Awaiting a manager&apos;s approval: a manager approves it on Office → People. Then write it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the partner office&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CirclesDesk key files (*.req);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the partner bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CirclesDesk bundles (*.cdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written to {path} for {office}. Before sending it, compare this fingerprint with that office by phone: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Written to {path} and logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{core_member}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(recorded {when})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosuresPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/disclosures.py" line="+77"/>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every disclosure to an outer-circle agency: when, to whom, on what basis, the core member&apos;s consent as it stood, and exactly which records went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disclosure log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record information given to an agency: what, when and on what basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Core member for subject access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Subject access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything held about one core member, as one JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A subject-access file holds everything kept about one core member: minutes, concerns and responses, reviews, contacts, consent and disclosures, with names and note text, unencrypted. Give it only to him or his representative, and delete your copy once it is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What a subject-access file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{pseudonym} ({circles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Write the subject-access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the subject-access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote {count} records to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No disclosures have been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To {agency} on {when}, about {core_member}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Basis: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File SHA-256: {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}, revision {revision}, hash {digest}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/retention.py" line="+107"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/enroll_dialog.py" line="+60"/>
        <source>Enroll a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1. Choose the enrollment request file the volunteer&apos;s CirclesDesk saved. It holds only their name and their laptop&apos;s public keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hoose the request file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fingerprints &amp;match, digit for digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fingerprints match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3. Tick the circles this volunteer joins (you can change them later):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circles to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enroll and save the welcome file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll and save the welcome file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save the welcome file again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the welcome file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the enrollment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This request comes from “{name}”, made on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2. Ask {name} to open CirclesDesk at “Introduce this laptop to your coordinator”. Read the numbers to each other, in person or by phone, or scan the code with a phone: every digit must be the same as on their screen. If one differs, do not enroll: the file may not be theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare the fingerprints with the volunteer first, then tick “The fingerprints match”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enrolling the laptop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving the welcome file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>3. There are no circles yet: the volunteer joins one later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the welcome file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name}&apos;s laptop is enrolled, but its welcome file is not saved yet. Choose “Save the welcome file again…”, perhaps in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>4. {name}&apos;s laptop is enrolled and the welcome file is saved as {file} in {folder}. Give it to {name}. When their CirclesDesk imports it, it shows the office&apos;s fingerprint: ask them to compare it with this one, digit for digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrolled. The welcome file is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="+507"/>
        <source>Introduce this laptop to your coordinator</source>
        <translation>Cyflwyno&apos;r gliniadur hwn i&apos;ch cydlynydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your coordinator needs to know this laptop before you can send records.</source>
        <translation>Mae angen i&apos;ch cydlynydd adnabod y gliniadur hwn cyn y gallwch anfon cofnodion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Save this laptop&apos;s enrollment request and give the file to your coordinator, on a USB stick or by email. It holds only your name and this laptop&apos;s public keys: no notes.</source>
        <translation>1. Cadwch gais cofrestru&apos;r gliniadur hwn a rhowch y ffeil i&apos;ch cydlynydd, ar gof bach USB neu drwy e-bost. Dim ond eich enw ac allweddi cyhoeddus y gliniadur hwn sydd ynddi: dim nodiadau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save enrollment request…</source>
        <translation>&amp;Cadw’r cais cofrestru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save enrollment request</source>
        <translation>Cadw&apos;r cais cofrestru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. When your coordinator enrolls the file, they will read out a fingerprint or scan the code. It must be the same as this one:</source>
        <translation>2. Pan fydd eich cydlynydd yn cofrestru&apos;r ffeil, bydd yn darllen ôl bys neu&apos;n sganio&apos;r cod. Rhaid iddo fod yr un fath â hwn:</translation>
    </message>
    <message>
        <source>Choose where to save the enrollment request</source>
        <translation type="vanished">Dewiswch ble i gadw&apos;r cais cofrestru</translation>
    </message>
    <message>
        <source>Saved as {name} in {folder}.</source>
        <translation type="vanished">Wedi ei gadw fel {name} yn {folder}.</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concern_dialogs.py" line="+52"/>
        <source>Escalate to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Police, Probation, MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it was passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis for the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintView</name>
    <message>
        <location filename="../../circlesdesk/ui/fingerprint.py" line="+107"/>
        <source>QR code of the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="+226"/>
        <source>CirclesDesk</source>
        <translation>CirclesDesk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circle_life_dialogs.py" line="-52"/>
        <source>Follow-up after {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was said:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormCircleDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/referral_dialogs.py" line="+130"/>
        <source>Form a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Form the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circle code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example SW-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the circle was formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volunteers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets &amp;how often:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/forms.py" line="+133"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <location filename="../../circlesdesk/ui/guide.py" line="+55"/>
        <location line="+1"/>
        <source>CirclesDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/history.py" line="+221"/>
        <location line="+2"/>
        <source>History</source>
        <translation type="unfinished">Hanes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meetings, concerns, contacts and reviews of a circle, newest first. Press Enter or double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Circle:</source>
        <translation type="unfinished">&amp;Cylch:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History of the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How many records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counting the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/home.py" line="+29"/>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your circles</source>
        <translation>Eich cylchoedd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Set up this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your coordinator needs to know this laptop before your records can reach the office. Save the enrollment request and give the file to your coordinator; when they enroll it, they read out these numbers (or scan the code), which must be the same. Then open the welcome file they give you on the Send and receive page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save &amp;enrollment request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a file for the office that asks it to enroll this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save enrollment request</source>
        <translation type="unfinished">Cadw&apos;r cais cofrestru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;welcome file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the welcome file the office made for this laptop (you check its numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the welcome file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting to be sent</source>
        <translation>Yn aros i&apos;w anfon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send to office…</source>
        <translation>&amp;Anfon i&apos;r swyddfa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your new records in one encrypted file to take or send to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to office</source>
        <translation>Anfon i&apos;r swyddfa</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>To do</source>
        <translation>I&apos;w wneud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are not in a circle yet. When the office adds you to one, open the file they send you on the Send and receive page.</source>
        <translation>Nid ydych mewn cylch eto. Pan fydd y swyddfa&apos;n eich ychwanegu at un, agorwch y ffeil y maen nhw&apos;n ei hanfon ar y dudalen Anfon a derbyn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Between meetings</source>
        <translation>Rhwng cyfarfodydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a &amp;contact…</source>
        <translation>Cofnodi &amp;cyswllt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a contact with the core member between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a contact</source>
        <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record ho&amp;urs…</source>
        <translation>Cofnodi &amp;oriau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the hours you gave outside meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record hours</source>
        <translation>Cofnodi oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do a re&amp;view…</source>
        <translation>Gwneud a&amp;dolygiad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a review of a circle&apos;s risks and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do a review</source>
        <translation>Gwneud adolygiad</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n record(s) kept on this laptop until it is set up with the office.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop is not set up with the office yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) waiting to go to the office.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything has reached the office.</source>
        <translation>Mae popeth wedi cyrraedd y swyddfa.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Finish your meeting record</source>
        <translation>Gorffennwch gofnod eich cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the minutes for {code}</source>
        <translation>Ysgrifennwch y cofnodion ar gyfer {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review {code}</source>
        <translation>Adolygu {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder</source>
        <translation>Nodyn atgoffa</translation>
    </message>
</context>
<context>
    <name>HoursForm</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/hours_form.py" line="+21"/>
        <source>Record your hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation type="unfinished">Cofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not for one circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Circle:</source>
        <translation type="unfinished">&amp;Cylch:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Circle meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training or supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/inbox.py" line="+59"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Imported just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location line="+41"/>
        <location line="+6"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the bundle files your volunteers sent: pick them, choose a folder, or drop them on this page. Each file is checked before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Backups page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Volunteers&apos; checks that have expired or expire within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Volunteers&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Volunteers&apos; records page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose files from laptops to check and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Add a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Add a f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder (a USB stick) and check every file from laptops in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add every bundle in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import all ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import all ready bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bundle files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How many files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs attention first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concerns that arrived, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;concern queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the concern queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CirclesDesk bundles (*.cdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder with the bundle files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No bundle in the list is ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing bundle {number} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Imported %n bundle(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n bundle(s) could not be imported: see the list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n urgent concern(s) to look at now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: the bundles not yet imported are still ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{level} · {circle} · from {volunteer}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No files added yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n file(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/risk_reviews.py" line="+18"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (protective)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyedList</name>
    <message>
        <location filename="../../circlesdesk/ui/office/settings.py" line="+74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The key is made from the name when you save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/disclosures.py" line="-210"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../circlesdesk/ui/main_window.py" line="+140"/>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Whose vault this is</source>
        <translation>Pwy biau&apos;r gladdgell hon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock CirclesDesk now (Ctrl+L)</source>
        <translation>Cloi CirclesDesk nawr (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close your records until you type the passphrase</source>
        <translation>Cau eich cofnodion nes i chi deipio&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock and close CirclesDesk</source>
        <translation>Cloi a chau CirclesDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About CirclesDesk</source>
        <translation>&amp;Ynghylch CirclesDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the user guide at this page&apos;s section (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>About CirclesDesk</source>
        <translation>Ynghylch CirclesDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CirclesDesk {version}</source>
        <translation>CirclesDesk {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted, offline record keeping for Circles of Support and Accountability.</source>
        <translation>Cadw cofnodion wedi&apos;u hamgryptio, all-lein, ar gyfer Cylchoedd Cefnogaeth ac Atebolrwydd.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Bundle files cannot be opened in this window.</source>
        <translation>Ni ellir agor ffeiliau bwndel yn y ffenestr hon.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Coordinator&apos;s office: {name}</source>
        <translation>Swyddfa’r cydlynydd: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteer: {name}</source>
        <translation>Gwirfoddolwr: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{owner} — signed in: {person}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/meeting_editor.py" line="+55"/>
        <location line="+5"/>
        <location line="+620"/>
        <source>Record a meeting</source>
        <translation>Cofnodi cyfarfod</translation>
    </message>
    <message>
        <location line="-580"/>
        <location line="+1"/>
        <source>To raise at this meeting</source>
        <translation>I&apos;w godi yn y cyfarfod hwn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Circle:</source>
        <translation>&amp;Cylch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the meeting</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time the meeting started</source>
        <translation>Amser dechrau’r cyfarfod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>&amp;Amser:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Venue</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How the meeting was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Who came</source>
        <translation>Pwy ddaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone &amp;present</source>
        <translation>Pawb yn &amp;bresennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark everyone present</source>
        <translation>Marcio pawb yn bresennol</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Cofnodion:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was talked about, how it went, anything agreed for next time.</source>
        <translation>Beth a drafodwyd, sut aeth pethau, unrhyw beth a gytunwyd ar gyfer y tro nesaf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Life areas talked about</source>
        <translation>Meysydd bywyd a drafodwyd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How engaged was the core member?</source>
        <translation>Pa mor ymgysylltiedig oedd yr aelod craidd?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation>Ymgysylltiad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 means withdrawn or hostile, 5 means open and fully engaged.</source>
        <translation>Mae 1 yn golygu encilgar neu elyniaethus, 5 yn golygu agored ac yn ymgysylltu&apos;n llawn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not rated</source>
        <translation>Heb ei raddio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement not rated</source>
        <translation>Ymgysylltiad heb ei raddio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engagement {rating} of 5</source>
        <translation>Ymgysylltiad {rating} o 5</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concerns raised at this meeting</source>
        <translation>Pryderon a godwyd yn y cyfarfod hwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add concern…</source>
        <translation>&amp;Ychwanegu pryder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a concern raised at this meeting, with its urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add concern</source>
        <translation>Ychwanegu pryder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Newid…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chosen concern before the meeting is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chosen concern</source>
        <translation>Newid y pryder a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen concern</source>
        <translation>Tynnu&apos;r pryder a ddewiswyd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Throw away this record?</source>
        <translation>Taflu&apos;r cofnod hwn?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throw away this meeting record? Everything typed here will be deleted and cannot be brought back.</source>
        <translation>Taflu cofnod y cyfarfod hwn? Bydd popeth a deipiwyd yma yn cael ei ddileu ac ni ellir ei gael yn ôl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Yes, throw it away</source>
        <translation>&amp;Ie, ei daflu</translation>
    </message>
    <message>
        <source>Yes, throw it away</source>
        <translation type="vanished">Ie, ei daflu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei gadw</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="vanished">Ei gadw</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft status</source>
        <translation>Statws y drafft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thro&amp;w away…</source>
        <translation>&amp;Taflu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throw away this unsaved meeting record (you are asked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throw away this draft</source>
        <translation>Taflu&apos;r drafft hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save meeting</source>
        <translation>&amp;Cadw&apos;r cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save meeting</source>
        <translation>Cadw&apos;r cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the meeting (Ctrl+S)</source>
        <translation>Cadw&apos;r cyfarfod (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save a second meeting that day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a &amp;second meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Kept safe as a draft at {time}.</source>
        <translation>Wedi&apos;i gadw&apos;n ddiogel fel drafft am {time}.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose the circle the meeting was for.</source>
        <translation>Dewiswch y cylch yr oedd y cyfarfod ar ei gyfer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is already a meeting for {circle} on {date}. Were there really two meetings that day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The meeting on {date} is saved. It goes to the office the next time you send.</source>
        <translation>Mae&apos;r cyfarfod ar {date} wedi&apos;i gadw. Bydd yn mynd i&apos;r swyddfa y tro nesaf y byddwch yn anfon.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The change to the meeting on {date} is saved. It goes to the office the next time you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved. The record is kept as a draft; change the date or throw it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The meeting record was thrown away.</source>
        <translation>Cafodd cofnod y cyfarfod ei daflu.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>You are finishing a draft.</source>
        <translation>Rydych chi&apos;n gorffen drafft.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Correct a meeting already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a meeting not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your correction goes to the office the next time you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting has not gone to the office yet; change what you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The core member is {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How engaged was {name}?</source>
        <translation type="vanished">Pa mor ymgysylltiedig oedd {name}?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{date}, {mode}: {summary}</source>
        <translation>{date}, {mode}: {summary}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{level} ({number}): {description}</source>
        <translation>{level} ({number}): {description}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change a concern</source>
        <translation>Newid pryder</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../circlesdesk/messages.py" line="+97"/>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the information entered is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That record does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action is not available in this vault&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault cannot be used right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase is not right. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery code is not right. Compare each group of four with your written copy and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s key file is missing: it should be next to the vault database. Restore it from a backup, or ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s key file is damaged. Restore it from a backup, or ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>This vault was made by a newer version of CirclesDesk. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>There is no vault in this folder. Choose the right folder, or create a vault with `circlesdesk init`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a vault in this folder. Open it, or choose another folder for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault file is damaged. Restore it from a backup, or ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no room left on the disk that holds the vault, so nothing was saved. Free some space (empty the wastebin, move large files away) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s folder is read-only (a write-protected USB stick, a read-only share or changed permissions), so nothing was saved. Make it writable, or copy the vault folder to a place you can write to, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This user account is not allowed to open the vault&apos;s files (they belong to another account, or their permissions were changed). Nothing was changed. Sign in as the account that made the vault, or ask whoever looks after this computer for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault database (vault.db) is missing from the vault folder: only its key file is there. Put vault.db back from the same backup as the key file, or ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the vault database (vault.db) should be there is a folder. Move that folder away and put vault.db back from a backup, or ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault&apos;s key file belongs to another vault: it opens, but not this database. Put back the key file (vault.keys) from the same backup or folder as vault.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk reported an error while CirclesDesk was reading or writing the vault, so nothing was saved. Check the disk or USB stick (is it still plugged in?) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This vault is open in another window. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CirclesDesk is still saving an import or export to the vault. Nothing was lost: wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault is locked. Unlock it with your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose a passphrase of at least 10 characters, with some letters and some variety. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a CirclesDesk backup (or it was cut short). Choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup is damaged: its database does not check out. Do not rely on it; use another backup and make a new one today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup&apos;s manifest does not match what it holds (it was altered or damaged). Do not rely on it; use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder chosen for the restore already holds a vault. CirclesDesk never restores over a vault: choose a new, empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup was made by a newer version of CirclesDesk. Update the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CirclesDesk could not read this file. Check that it is still there and that you are allowed to open it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is larger than CirclesDesk accepts for a bundle. Check that you picked the right file, or ask the sender to export smaller bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a CirclesDesk bundle. Check that you picked the right file; bundles end in .cdb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was damaged on its way here: it is incomplete or was changed in transit. Ask the sender to send the same file again, as an attachment or on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was made by a version of CirclesDesk that this one cannot read. Update CirclesDesk on both computers, then export the bundle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle is protected in a way this version of CirclesDesk does not support. Update CirclesDesk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was made for a different office. Ask your coordinator which office key you should have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle could not be unlocked and may have been tampered with. Do not use it; tell your coordinator and ask the sender to export a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle is not laid out the way CirclesDesk expects. Ask the sender to update CirclesDesk and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle comes from a device this vault does not know. Check that the device is enrolled, or ask your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is signed with an old key that has been replaced, so it was not used: since the new key was confirmed, whoever still holds the old one cannot change anything here. Ask the sender for a new file, and tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The welcome file was not imported: its office fingerprint was not confirmed. Compare the numbers with your coordinator, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The welcome file was not imported: its office fingerprint is not the one given. Do not use this file; phone your coordinator and tell them the numbers were different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The signature on this file does not match the device it comes from, so it may have been forged. Do not use it; tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle&apos;s description of its contents is not in the form CirclesDesk expects. Ask the sender to update CirclesDesk and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle claims to come from a different device than the one that signed it. Do not use it; tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The records in this bundle do not match its signed description, so they may have been changed. Do not use it; tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The records in this bundle unpack to more than CirclesDesk accepts. Ask the sender to export smaller bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle holds more records than CirclesDesk accepts at once. Ask the sender to export smaller bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A record in this bundle is not in the form CirclesDesk expects. Ask the sender to update CirclesDesk and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A record in this bundle holds a text longer than CirclesDesk accepts. Ask the sender to shorten it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A record in this bundle is larger than CirclesDesk accepts. Ask the sender to shorten it and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A key in this file is not a valid CirclesDesk key. Ask the sender to make the file again with CirclesDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a CirclesDesk enrollment request. Check that you picked the request file the volunteer&apos;s CirclesDesk saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name in this enrollment request contains invisible or control characters that could make it look like another name. Ask the volunteer to type their name again and make a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle&apos;s number is more than 1,000 ahead of the last one imported from that device, so it was not imported. Ask the sender to export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was made by a newer version of CirclesDesk. Please update the app, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle is not meant for this kind of vault. Volunteers import files from the office; the office imports files from volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import could not be finished because the disk is full or failing. Nothing was changed; free some space and import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle holds records that claim to come from another device, so it was not imported. Tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle holds a kind of record that its sender may not send, or that this version of CirclesDesk does not know. Update CirclesDesk, or tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle holds a record that refers to a meeting that is missing, so it was not imported. Ask the sender to export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is nothing to save yet: write the minutes, tick who came or add a concern. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is already a meeting for this circle on this date. Nothing was saved; if there really were two meetings that day, confirm it (on the command line: --again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This meeting has already gone to the office, so it cannot be withdrawn. Correct it instead: the correction goes to the office with your next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the laptop that recorded this meeting can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be written. Check the folder exists and there is free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read. Check it is still there, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a disclosure this office can trust. Do not use it; ask the office that sent it to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This disclosure was not signed by the office whose key you chose, so it may have been forged. Do not use it; check with the office that is said to have sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An urgent concern (level 3 or 4) needs the time you phoned the coordinator: phone first (999 first for level 4), then give the time of the call (on the command line: --called-at HH:MM). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CirclesDesk could not use a file or folder it needs (it could not be read or written). Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CirclesDesk could not use a file or folder it needs ({reason}). Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updating the vault to this version of CirclesDesk needs {needed_mb} MB of free disk space for a safety copy, and only {free_mb} MB is free. Nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-encrypting the vault with a new key needs {needed_mb} MB of free disk space for the re-encrypted copy, and only {free_mb} MB is free. Nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already covered by a later bundle from the same device; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for an earlier bundle from the same device. Ask the volunteer for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A different bundle with this number was already imported (a restored or copied laptop). It will not be imported; talk to the volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent by a device that has been revoked. It will not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It holds records outside the circles its device may write to. It is held for the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>circle {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {kind} of {day} is for a circle that does not exist in this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {kind} of {day} is for {circle}, which the sending device was not assigned to on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {kind} of {day} is for a meeting in {circle} recorded on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {kind} of {day} in {circle} is booked to another person than the sending device&apos;s volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The {kind} of {day} in {circle} refers to a record or person outside that circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {kind} of {day} in {circle} refers to a meeting this office does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} Nothing in the bundle was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem} {more} more record(s) in it are outside the device&apos;s circles too. Nothing in the bundle was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contents of this bundle were not kept, so its records cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The records of this bundle cannot be shown: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {kind} record in this bundle is not valid. {problem} Ask the sender to export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} contains control characters; please remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} contains characters that cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} is too long (at most {limit:,} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} contains invisible or direction-changing characters; please remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be between {earliest} and {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must be a time written as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} is not a real time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must include a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} is in the future; check the date and the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be a short key of lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circle code must be letters, a hyphen and a number, for example SW-014.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} is not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revision must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {field} must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {field} must be a set of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {kind} record is not a set of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {kind} record has fields CirclesDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A {kind} record is missing some of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+217"/>
        <source>There are too many {field} (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-213"/>
        <source>An escalation needs the agency and the basis for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list of each {field} must have 1 to 100 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The urgency guidance must have a text for each level 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time of the call is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time of the call is in the future; give the time you phoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a volunteer vault can ask to be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an office vault can enroll devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an office vault can revoke devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an office vault can rotate the office key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours can be recorded once this laptop has been welcomed by the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give a score from 0 to 6 for every review item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose daily or weekly backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder the backups go to (a full path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup schedule is set. Set one on the Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep between {low} and {high} backups (older ones are deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of the names given is not a member of this circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office can create or change circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no circle with code {code} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the circle code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A circle with code {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same volunteer is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That volunteer is already in this circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leaving date is before the day they joined the circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A review template must have 1 to 100 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A protective factor must be one of the review items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office keeps volunteers&apos; own records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such volunteer in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no volunteer of that name in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date the course was completed is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry date must be after the issue date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This volunteer&apos;s vetting has expired, so they cannot be assigned to a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This volunteer&apos;s {check} expired on {expires_on}, so they cannot be assigned to a circle until a current one is recorded on their record page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the coordinator&apos;s office can decide on conflicts and forks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a note saying why, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &quot;keep ours&quot; or &quot;take theirs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That conflict does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conflict has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That quarantined bundle does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bundle has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the records of a fork can be accepted; a revoked device&apos;s bundle can only be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle can no longer be imported: a later bundle from the same laptop was imported since. Set it aside instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This version was made on another device than the record, so it cannot be taken: that would put one person&apos;s words under another&apos;s name. Choose &quot;keep ours&quot; and ask the volunteer who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo needs at least one circle, volunteer and week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That folder already holds a demo; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The concern category is not on the office&apos;s list; run &apos;circlesdesk meeting add --help&apos; to see the categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance can only be recorded for members of the circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of the life areas is not on the office&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the meeting&apos;s own details can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That meeting does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting has not been marked reviewed yet, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reviewed revision of this meeting is no longer in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This concern is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the {field} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time of the disclosure must include a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time of the disclosure cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder to write to does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CirclesDesk could not read this folder. Check that it is still there and that you are allowed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep at least one {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two {field} have the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinator&apos;s phone number must be a phone number: digits, spaces and an optional + at the start, for example 01632 960 123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the guidance for every urgency level, 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office can change the office settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give every {field} a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two {field} have the same name; give each its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office can produce reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the period the quarterly return covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office keeps a retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not a record type the retention policy covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of years must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one circle to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That circle is not in this vault. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle {code} is kept until {day}, so it cannot be deleted yet. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only closed circles can be deleted. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the office&apos;s own request; enroll a volunteer&apos;s device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which device to write to (--to DEVICE_ID or --all-devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where to write the bundle (--out FILE or --out-dir DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No enrolled device has that id. Run &apos;circlesdesk devices&apos; to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A volunteer&apos;s vault sends its bundles to its office only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle {code} has no core member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That core member does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a circle or a core member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose given, refused, withdrawn or not asked for the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose concerns or meetings&apos; minutes to disclose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only concerns and meetings&apos; minutes can be disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one concern or meeting&apos;s minutes to disclose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A disclosure may be about one core member only; choose records of one circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A disclosure is written as a PDF or a partner bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The written file&apos;s checksum is not a SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is this office&apos;s own key; choose the partner office&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is a sync bundle, not a disclosure; import it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This disclosure was made for another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no core member with that pseudonym in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two core members have that pseudonym; tell them apart first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The concern category “{category}” is used by {count} concerns in this vault, so it cannot be removed. You can change its name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The concern category “{category}” is used by {count} concern in this vault, so it cannot be removed. You can change its name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a volunteer&apos;s vault sends bundles to the office this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This vault has not been welcomed by an office yet. Import your welcome file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the office writes welcome and reply bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This enrollment request was made by a newer version of CirclesDesk. Update CirclesDesk in the office, then import the request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an existing folder to write the report into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report could not be written there. Check the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be written there. Check the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period must lie between {earliest} and {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the period as two dates like 2026-01-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That {kind} does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the device that made a record may edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record was changed elsewhere; reopen it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record type is not one CirclesDesk knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the circle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter how much time you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of the office vault has been made yet. Open Backups and make one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last checked backup of the office vault was made on {day}, longer ago than your backup schedule allows. Open Backups and make one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A risk assessment needs its kind, level, date and document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A referral has too many risk assessments (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each stage the referral has reached needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The referral&apos;s stage dates must not go back in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A declined referral needs the reason it was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a declined referral has a reason for declining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A referral names its circle once, and only once, it is formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent or carer consent is only for a young people&apos;s circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That referral does not exist in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assessment kind must be one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A referral that is {stage} cannot be marked {wanted}; it can be marked {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A referral that is {stage} cannot be marked {wanted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give the reason the referral was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A circle can only be formed from an accepted referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circle cannot be formed before the referral was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office keeps referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office keeps circles&apos; covenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office can close a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the coordinator&apos;s office keeps the end-of-circle questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version {version} was agreed on {day}; a new version cannot be agreed before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text is the same as the current version&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reason must be one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle {code} is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The circle cannot end before the day it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The circle cannot end before its last meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle {code} has not closed: follow-ups come after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A follow-up cannot be before the day the circle ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A questionnaire has 1 to {limit} questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer has too many questions (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who answered must be one of: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some answers are to questions that version {version} of the questionnaire does not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please answer at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please write each question, or remove the empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recovery code is 24 letters and digits in six groups of four, like XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please choose a passphrase of at least {length} characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please choose a passphrase with more variety: it repeats too few different characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please choose a passphrase that is harder to guess: it is a common password or a keyboard pattern. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please choose a passphrase with some letters in it: numbers such as dates are guessed first. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have an unfinished meeting record. Open it to finish and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes for {code} are due within 48 hours of the meeting on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A review of {code} is due on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report names volunteers, with their attendance and hours. It is personal data: keep it in the office, share it only with people entitled to it, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role at the office does not allow this. Ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That circle is not assigned to you. Ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody of that name works at this office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone of that name already works here; add a surname or an initial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You cannot remove yourself; ask another manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose coordinator, manager or dpo (data-protection officer) for the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office needs at least one manager; make someone else one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This needs a manager&apos;s approval first: ask for it, and a manager approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is awaiting a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A manager refused this; their reason is on Office → People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a manager can approve disclosures and deletions. Ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please give a reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request has already been decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A second person must approve this: you asked for it. Ask another manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such request for approval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesReview</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+2"/>
        <source>Nothing is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation type="unfinished">Cofnodion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life areas talked about</source>
        <translation type="unfinished">Meysydd bywyd a drafodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engagement</source>
        <translation type="unfinished">Ymgysylltiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No minutes were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You reviewed revision {revision} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rating} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[added: {text}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[removed: {text}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet (revision {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since you reviewed revision {revision} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} changed from {old} to {new}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesReviewPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/minutes.py" line="+254"/>
        <source>Minutes review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes your volunteers sent, those waiting for you first, oldest meeting first. When a volunteer changes minutes you reviewed, they come back here with the changes marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which meetings to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meetings received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The chosen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the minutes reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note that you read this revision, and go on to the next meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many meetings wait for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wait a moment: the vault is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked revision {revision} of {circle}, {date} reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n meeting(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a meeting to read its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="-595"/>
        <location line="+34"/>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Office phone number</source>
        <translation>Rhif ffôn y swyddfa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office &amp;phone number (optional):</source>
        <translation>Rhif &amp;ffôn y swyddfa (dewisol):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your office</source>
        <translation>Eich swyddfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This name is shown to your volunteers.</source>
        <translation>Mae&apos;r enw hwn yn cael ei ddangos i&apos;ch gwirfoddolwyr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;name:</source>
        <translation>&amp;Enw’r swyddfa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name</source>
        <translation>Enw’r swyddfa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number is the one volunteers call about an urgent concern. You can change both later.</source>
        <translation>Y rhif ffôn yw&apos;r un y mae gwirfoddolwyr yn ei ffonio am bryder brys. Gallwch newid y ddau yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your coordinator sees this name when you send your records.</source>
        <translation>Mae eich cydlynydd yn gweld yr enw hwn pan fyddwch yn anfon eich cofnodion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the name your coordinator knows you by, for example “Ann Smith”.</source>
        <translation>Defnyddiwch yr enw y mae eich cydlynydd yn eich adnabod wrtho, er enghraifft “Ann Smith”.</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="-43"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for an earlier bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside its circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePages</name>
    <message>
        <location line="-52"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and forks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/settings.py" line="+51"/>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What every volunteer&apos;s laptop is told. Changes reach each volunteer with their next reply bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;name:</source>
        <translation type="unfinished">&amp;Enw’r swyddfa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office name</source>
        <translation type="unfinished">Enw’r swyddfa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinator&apos;s &amp;phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protective &amp;marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protective marking printed on every document the office produces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The line printed at the top and end of every report PDF, disclosure and routine pack, e.g. OFFICIAL-SENSITIVE. Leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Urgency guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a volunteer is told when they choose each level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level {level}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guidance for level {level}, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Concern categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kinds of concern a volunteer chooses from. A category that concerns already use cannot be removed; you can rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a concern category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen concern category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parts of life a meeting can be about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each periodic review scores from 0 to 6. Tick the protective factors (strengths, where a higher score is better). Adding or removing an item, or changing which are protective, starts a new version of the review template; reviews keep the version they were scored with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Saved. The end-of-circle questions are now version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Add a &amp;review item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a review item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen review item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End-of-circle questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the end-of-circle questionnaire asks volunteers, the core member and probation, each answered from 1 (not at all) to 5 (very much). Kept at the office. Changing them starts a new version; answers keep the version they answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an end-of-circle question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen end-of-circle question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loc&amp;k after this many minutes without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep notes the office has received for this many &amp;weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks a laptop keeps notes the office has received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Saved. Volunteers receive it with their next reply bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../circlesdesk/ui/passphrase.py" line="+46"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase again</source>
        <translation>Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength in words</source>
        <translation>Cryfder y cyfrinymadrodd mewn geiriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how what I type</source>
        <translation>Dangos &amp;beth rwy’n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation>Dangos beth rwy’n ei deipio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use at least 10 characters, with some letters and some variety. A few unrelated words work well, like “kettle maple window seven”. Nobody can reset it for you, so choose one you will remember.</source>
        <translation>Defnyddiwch o leiaf 10 nod, gyda rhai llythrennau ac ychydig o amrywiaeth. Mae ychydig o eiriau digyswllt yn gweithio&apos;n dda, fel “tegell masarnen ffenestr saith”. Ni all neb ei ailosod i chi, felly dewiswch un y byddwch yn ei gofio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Teipiwch ef eto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength:</source>
        <translation>Cryfder:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The two passphrases are not the same. Please type the second again.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch yr ail eto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too weak</source>
        <translation>Rhy wan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Gweddol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="+36"/>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will type it each time you open CirclesDesk. It locks your records on this computer.</source>
        <translation>Byddwch yn ei deipio bob tro y byddwch yn agor CirclesDesk. Mae&apos;n cloi eich cofnodion ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create my vault</source>
        <translation>&amp;Creu fy nghladdgell</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Creating your vault… this takes a few seconds on a slower computer.</source>
        <translation>Wrthi&apos;n creu eich claddgell… mae hyn yn cymryd ychydig eiliadau ar gyfrifiadur arafach.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/people.py" line="-470"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location line="+50"/>
        <location line="+35"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Everyone who works at this office has their own name and passphrase. A coordinator works on the circles given to them; a manager sees every circle, adds and removes people and approves disclosures and deletions; a data-protection officer answers subject access requests and keeps the retention policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a colleague; they type their own passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen person types a new passphrase (they forgot theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change r&amp;ole or circles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the chosen person&apos;s role and circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen person leaves: their passphrase stops opening the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Waiting for approval&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Approve or refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve or refuse the chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A manager approves or refuses the chosen request, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>People working here: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is recorded as working here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Requests waiting for a manager: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits for a manager&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{name}, {role}, working here since {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location line="+23"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circles (a coordinator&apos;s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} types their new passphrase here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hand the keyboard over: only they should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} can now unlock with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s new passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../circlesdesk/ui/office/common.py" line="+53"/>
        <source>Progress</source>
        <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation type="unfinished">&amp;Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation type="unfinished">Stopio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stopping…</source>
        <translation type="unfinished">Wrthi&apos;n stopio…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../circlesdesk/ui/fingerprint.py" line="-83"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circle_life_dialogs.py" line="+63"/>
        <source>End-of-circle questionnaire for {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version {version} of the questions. Each answer runs from 1 (not at all) to 5 (very much).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concerns.py" line="-301"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{state}: due {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">Canslo</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../circlesdesk/ui/record_view.py" line="+112"/>
        <source>{kind} – {circle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished">&amp;Newid…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your correction goes to the office the next time you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting has not gone to the office yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this meeting: it has not gone to the office yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Withdraw this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has not gone to the office yet. Its minutes, attendance and concerns are deleted from this laptop and cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation type="unfinished">&amp;Ei gadw</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{field}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+108"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who came</source>
        <translation type="unfinished">Pwy ddaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {status}</source>
        <translation type="unfinished">{name}: {status}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes</source>
        <translation type="unfinished">Cofnodion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Life areas talked about</source>
        <translation type="unfinished">Meysydd bywyd a drafodwyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement</source>
        <translation type="unfinished">Ymgysylltiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rating} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Concern, urgency {number} ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{level} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of concern</source>
        <translation type="unfinished">Math o bryder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coordinator phoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No response has arrived yet. It comes with the next file from the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the office, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise at the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{score} of 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+130"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n meeting(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n attendance record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n concern(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n review(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n hours record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n response(s) from the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n circle(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n person record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n roster change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n office setting(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n other record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seen by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinator responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed on by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed by the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverPanel</name>
    <message>
        <location filename="../../circlesdesk/ui/unlock.py" line="+165"/>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery code you wrote down when you set up CirclesDesk: six groups of four letters and digits. Then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery code</source>
        <translation type="unfinished">Cod adfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set new passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set new passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="+36"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>Os byddwch byth yn anghofio eich cyfrinymadrodd, mae&apos;r cod hwn yn agor eich claddgell. Dim ond y tro hwn y caiff ei ddangos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>Print the recovery code</source>
        <translation>Argraffu&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>I have &amp;written it down and put it somewhere safe</source>
        <translation>Rwyf wedi ei &amp;ysgrifennu a&apos;i roi yn rhywle diogel</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>CirclesDesk prints the recovery code only on paper, not to a file. Please choose a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>I have written it down</source>
        <translation>Rwyf wedi ei ysgrifennu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Write it on paper, put it in a sealed envelope and keep it in the office safe. Don&apos;t photograph it or save it in a file.</source>
        <translation>Ysgrifennwch ef ar bapur, rhowch ef mewn amlen wedi&apos;i selio a&apos;i gadw yn sêff y swyddfa. Peidiwch â thynnu llun ohono na&apos;i gadw mewn ffeil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write it on paper and keep it somewhere safe at home, away from this laptop. Don&apos;t photograph it or save it in a file.</source>
        <translation>Ysgrifennwch ef ar bapur a&apos;i gadw yn rhywle diogel gartref, i ffwrdd o&apos;r gliniadur hwn. Peidiwch â thynnu llun ohono na&apos;i gadw mewn ffeil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing goes straight to paper, never to a file.</source>
        <translation>Mae argraffu yn mynd yn syth i bapur, byth i ffeil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer is set up on this computer, so please write it by hand.</source>
        <translation>Does dim argraffydd wedi&apos;i osod ar y cyfrifiadur hwn, felly ysgrifennwch ef â llaw.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/referral_dialogs.py" line="-117"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Referring agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referring &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referring officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referring &amp;officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core member&apos;s pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A pseudonym, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core &amp;member (pseudonym):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk assessment {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not managed under MAPPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAPPA category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAPPA &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAPPA level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MAPPA &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence or order end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>YYYY-MM-DD, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence or order &amp;ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The circle starts in &amp;prison before release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;young people&apos;s circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parent or carer consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer &amp;consent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/referrals.py" line="+37"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="-97"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/referrals.py" line="+27"/>
        <location line="+18"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Every referral from the agency that made it to the circle formed from it. Referrals stay at the office; they never go to a laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show referrals at stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The chosen referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a referral received from an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ssessed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the day the chosen referral was assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the chosen referral assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the day the chosen referral was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the chosen referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the chosen referral, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline the chosen referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form a circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form a circle from the chosen accepted referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form a circle from the chosen referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How many referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n referral(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No referrals here. Press New referral… to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The referral is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The referral is now {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The circle is formed; it is on the Circles page, in preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From {agency}{officer}, received on {date}. Core member: {core}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kind}: {level}{on}{document}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MAPPA category {category}, level {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not managed under MAPPA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Licence or order ends on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The circle starts in prison before release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A young people&apos;s circle; parent or carer consent: {consent}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{stage} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/people.py" line="+58"/>
        <source>Remove a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}&apos;s passphrase stops opening this vault at once. Their name stays in the audit log. The vault&apos;s key does not change: if they might have kept a copy of the vault, rotate it too (circlesdesk rotate-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} no longer works here: their passphrase opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+2"/>
        <source>Attendance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage of places attended each month, volunteers and core members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns by month and level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many concerns were raised each month, stacked by urgency level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review score trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each circle&apos;s dynamic-risk review total over time; lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/reports.py" line="+98"/>
        <location line="+5"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figures for funders and the national body, from the records this office holds. Reports name no one unless you ask for names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes (review scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research extract (anonymised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{year} Q{quarter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name volunteers (personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What a report with names holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a spreadsheet file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tables and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved {count} CSV files in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved the report as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{report} for {period}: {count} tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{report}: {count} tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This report has no charts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespondDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concern_dialogs.py" line="-38"/>
        <source>Respond to the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved now; it goes to the volunteer with the next reply files you write (Write reply bundles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Response:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+2"/>
        <source>Closed circles, their rosters and core members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes and attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns and the office&apos;s responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responses to concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review marks, conflicts and drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/retention.py" line="+33"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many years each kind of record is kept after its circle closed. A closed circle is deleted whole, once the longest period of what it holds is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Circles due for deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No closed circle is due for deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the chosen circles whose keeping time has ended, with all their records (you are asked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a manager to appro&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once a second person works at the office, a manager approves a deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a manager to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The retention policy is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Awaiting a manager&apos;s approval: a manager approves it on Office → People.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete {circles} and everything recorded about them ({records})? The records and their earlier versions are overwritten in the vault. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete closed circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting circle {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wait until the work in progress has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped before anything was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deleted %n circle(s) ({codes}): {records}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped before the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/review_form.py" line="+23"/>
        <source>Review a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Circle:</source>
        <translation type="unfinished">&amp;Cylch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score each item from 0 (no concern at all) to 6 (a serious concern). Use the arrow keys or type the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Items marked “protective” are strengths: score them from 0 (absent) to 6 (strong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (protective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score from 0 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/minutes.py" line="-226"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/devices.py" line="+54"/>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Revoke the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoking {name}&apos;s laptop means every bundle it makes after the last one imported (No. {number}) is refused: it is kept aside, not imported. Nothing already imported is removed. Do this when a laptop is lost, stolen or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It is already revoked after No. {number}; this changes the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Accept bundles up to No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept bundles up to a later number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last bundle number to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tick it if the volunteer still has bundles on their way that you trust, for example one made before the laptop was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskReviewsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/risk_reviews.py" line="+41"/>
        <source>Risk reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each volunteer rates the circle on their own laptop and you rate here. Rounds are the reviews of one quarter; scores are compared only within one template version. Flags are an early warning to look into, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewed circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Flags for the chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest round, item by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rate a circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record your own review of the chosen circle, as the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your review is saved and counts in its round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n circle(s) reviewed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No circle has been reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is flagged in %1&apos;s latest reviews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/people.py" line="-57"/>
        <source>Change a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Circles (a coordinator&apos;s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name}&apos;s role is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="-298"/>
        <source>Welcome to CirclesDesk</source>
        <translation>Croeso i CirclesDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CirclesDesk keeps your circle&apos;s records safe on this computer. First, how will you use it?</source>
        <translation>Mae CirclesDesk yn cadw cofnodion eich cylch yn ddiogel ar y cyfrifiadur hwn. Yn gyntaf, sut fyddwch chi&apos;n ei ddefnyddio?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I&apos;m a &amp;volunteer</source>
        <translation>Rwy&apos;n &amp;wirfoddolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m a volunteer</source>
        <translation>Rwy&apos;n wirfoddolwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m a &amp;coordinator</source>
        <translation>Rwy&apos;n &amp;gydlynydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m a coordinator</source>
        <translation>Rwy&apos;n gydlynydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I meet with a circle and write up our meetings on this laptop.</source>
        <translation>Rwy&apos;n cyfarfod â chylch ac yn ysgrifennu ein cyfarfodydd ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I run the office: I look after circles, volunteers and their laptops.</source>
        <translation>Rwy&apos;n rhedeg y swyddfa: rwy&apos;n gofalu am gylchoedd, gwirfoddolwyr a&apos;u gliniaduron.</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/devices.py" line="+33"/>
        <source>Rotate the office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Make a new office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CirclesDesk makes a new office key. The old one is kept, so bundles already on their way still open. Each laptop learns the new key from its next reply bundle, so write reply bundles afterwards. Do this if the office computer or its key may have been exposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The new office fingerprint is below. Volunteers&apos; laptops show it after their next reply; read it out to anyone who asks to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/search.py" line="+47"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location line="+61"/>
        <location line="+2"/>
        <source>Search</source>
        <translation type="unfinished">Chwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A word from minutes, concerns or contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Type a word to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Found %n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found. Try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That record is no longer on this laptop. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../circlesdesk/ui/office/conflicts.py" line="-61"/>
        <source>Both sides compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionForm</name>
    <message>
        <location filename="../../circlesdesk/ui/office/volunteer_records.py" line="+216"/>
        <source>Add a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">&amp;Dyddiad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-up (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/sync_page.py" line="+54"/>
        <location line="+5"/>
        <source>Send and receive</source>
        <translation>Anfon a derbyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your records travel to the office in a locked file that only the office can open. Save it on a USB stick or attach it to an email to your coordinator. When the office sends a file back, open it here.</source>
        <translation>Mae eich cofnodion yn teithio i&apos;r swyddfa mewn ffeil wedi&apos;i chloi na all neb ond y swyddfa ei hagor. Cadwch hi ar gof bach USB neu ei hatodi i e-bost at eich cydlynydd. Pan fydd y swyddfa&apos;n anfon ffeil yn ôl, agorwch hi yma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Your office</source>
        <translation>Eich swyddfa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office:</source>
        <translation>Swyddfa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office fingerprint:</source>
        <translation>Ôl bys y swyddfa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last file sent:</source>
        <translation>Y ffeil olaf a anfonwyd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last file the office confirmed:</source>
        <translation>Y ffeil olaf a gadarnhaodd y swyddfa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet confirmed:</source>
        <translation>Heb ei gadarnhau eto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send to office…</source>
        <translation>&amp;Anfon i&apos;r swyddfa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your new records in one encrypted file to take or send to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to office</source>
        <translation>Anfon i&apos;r swyddfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a file with your new records for the office.</source>
        <translation>Cadw ffeil gyda&apos;ch cofnodion newydd ar gyfer y swyddfa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a file from the office…</source>
        <translation>&amp;Agor ffeil gan y swyddfa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a file the office sent you (its replies and your circles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+131"/>
        <source>Open a file from the office</source>
        <translation>Agor ffeil gan y swyddfa</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+1"/>
        <source>Is this your office?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The numbers &amp;match: import</source>
        <translation type="unfinished">Mae&apos;r rhifau&apos;n &amp;cyfateb: mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers match: import</source>
        <translation type="unfinished">Mae&apos;r rhifau&apos;n cyfateb: mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are &amp;different</source>
        <translation type="unfinished">Maen nhw&apos;n &amp;wahanol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are different</source>
        <translation type="unfinished">Maen nhw&apos;n wahanol</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not set up yet</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>No. {number}</source>
        <translation>Rhif {number}</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: the office has everything.</source>
        <translation>Dim: mae gan y swyddfa bopeth.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose where to save the file for the office</source>
        <translation>Dewiswch ble i gadw&apos;r ffeil ar gyfer y swyddfa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the file for the office…</source>
        <translation>Wrthi&apos;n gwneud y ffeil ar gyfer y swyddfa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. No file was saved; your records go in the next one.</source>
        <translation>Wedi stopio. Ni chadwyd ffeil; bydd eich cofnodion yn mynd yn yr un nesaf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CirclesDesk files (*.cdb)</source>
        <translation>Ffeiliau CirclesDesk (*.cdb)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This laptop is not linked to an office yet. Open the welcome file your coordinator gave you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This welcome file comes from “{office}”. Ask your coordinator to read out the office&apos;s fingerprint. Do these numbers match the office&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was imported. Don&apos;t use this file: phone your coordinator and tell them the numbers were different.</source>
        <translation type="unfinished">Ni fewnforiwyd dim. Peidiwch â defnyddio&apos;r ffeil hon: ffoniwch eich cydlynydd a dywedwch wrthyn nhw fod y rhifau&apos;n wahanol.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening the file from the office…</source>
        <translation>Wrthi&apos;n agor y ffeil gan y swyddfa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped. Files already opened are kept; the rest were not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="vanished">Wedi stopio. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopping…</source>
        <translation>Wrthi&apos;n stopio…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>It holds {records}.</source>
        <translation>Mae&apos;n cynnwys {records}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It holds no new records; it tells the office you are up to date.</source>
        <translation>Nid yw&apos;n cynnwys cofnodion newydd; mae&apos;n dweud wrth y swyddfa eich bod yn gyfredol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the file {name} in {folder}. {contents} Take it to the office on a USB stick or attach it to an email to your coordinator.</source>
        <translation>Wedi cadw&apos;r ffeil {name} yn {folder}. {contents} Ewch â hi i&apos;r swyddfa ar gof bach USB neu ei hatodi i e-bost at eich cydlynydd.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The file from the office is in: %n new or changed record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removed %n old record(s) from this laptop: the office holds them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The office holds a newer file from this laptop than this copy wrote: the laptop was restored from a backup. Nothing was removed, and the next file you send carries again everything the office does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check this office fingerprint with your coordinator: {fingerprint}</source>
        <translation>Gwiriwch ôl bys y swyddfa hon gyda&apos;ch cydlynydd: {fingerprint}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file was opened before. There is nothing new in it.</source>
        <translation>Cafodd y ffeil hon ei hagor o&apos;r blaen. Does dim byd newydd ynddi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A newer file from the office already brought everything in this one.</source>
        <translation>Mae ffeil fwy newydd gan y swyddfa eisoes wedi dod â phopeth sydd yn hon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is kept until an earlier file from the office is opened. Ask your coordinator for the earlier file.</source>
        <translation>Caiff y ffeil hon ei chadw nes bod ffeil gynharach gan y swyddfa yn cael ei hagor. Gofynnwch i&apos;ch cydlynydd am y ffeil gynharach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>This file could not be used and has been set aside. Tell your coordinator.</source>
        <translation>Nid oedd modd defnyddio&apos;r ffeil hon ac mae wedi&apos;i rhoi o&apos;r neilltu. Dywedwch wrth eich cydlynydd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was checked.</source>
        <translation>Cafodd y ffeil ei gwirio.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../circlesdesk/ui/tasks.py" line="+278"/>
        <source>CirclesDesk</source>
        <translation type="unfinished">CirclesDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping…</source>
        <translation type="unfinished">Wrthi&apos;n stopio…</translation>
    </message>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+64"/>
        <source>Wait until the import or export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/history.py" line="-248"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{kind}, urgency {number} ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no minutes written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{category}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{mode}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) scored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No response yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{action}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../../circlesdesk/ui/office/volunteer_records.py" line="-69"/>
        <source>Add training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Completed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ertificate (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../../circlesdesk/ui/unlock.py" line="-87"/>
        <source>Unlock CirclesDesk</source>
        <translation>Datgloi CirclesDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Type your passphrase to open your records.</source>
        <translation>Teipiwch eich cyfrinymadrodd i agor eich cofnodion.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name as the office knows you: it opens your own slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished">Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;Wedi anghofio eich cyfrinymadrodd?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot your passphrase?</source>
        <translation>Wedi anghofio eich cyfrinymadrodd?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type your name and your own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location line="+83"/>
        <source>CirclesDesk</source>
        <translation>CirclesDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CirclesDesk logo</source>
        <translation>Logo CirclesDesk</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Locking… one moment.</source>
        <translation>Wrthi&apos;n cloi… un eiliad.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Please type your passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlocking…</source>
        <translation>Wrthi&apos;n datgloi…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please type your recovery code.</source>
        <translation>Teipiwch eich cod adfer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the recovery code…</source>
        <translation>Wrthi&apos;n gwirio&apos;r cod adfer…</translation>
    </message>
</context>
<context>
    <name>VaultNotices</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+2"/>
        <source>Other users of this computer could read some of the vault&apos;s files; they are private again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change of the vault&apos;s key was interrupted. Your old recovery code no longer works. Write down your new recovery code now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault was checked after unlocking: every page is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault check found %n damaged page(s) in the vault file (a failing disk or USB stick). Copy the vault folder somewhere safe now and ask your coordinator before you record more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VettingForm</name>
    <message>
        <location filename="../../circlesdesk/ui/office/volunteer_records.py" line="+18"/>
        <source>Add a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Volunteer</name>
    <message>
        <source>Page</source>
        <translation type="obsolete">Tudalen</translation>
    </message>
</context>
<context>
    <name>VolunteerPages</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+2"/>
        <source>Home</source>
        <translation>Hafan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a meeting</source>
        <translation>Cofnodi cyfarfod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send and receive</source>
        <translation>Anfon a derbyn</translation>
    </message>
</context>
<context>
    <name>VolunteerRecords</name>
    <message>
        <location line="-73"/>
        <source>Enhanced DBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prison vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vetting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision and debriefs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires %1 (soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (certificate %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours given: meetings %1 h, travel %2 h, other %3 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2, issued %3, expires %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerRecordsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/volunteer_records.py" line="+54"/>
        <source>Volunteers&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training, vetting and supervision of each volunteer. These records stay in the office: no laptop receives them. A volunteer whose check has expired cannot be assigned to a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chosen volunteer&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a course the volunteer completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a &amp;check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record an enhanced DBS check or prison vetting, with its expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a supervision, one-to-one or debrief with the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject &amp;access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything held about the chosen volunteer, as one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n volunteer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No volunteers yet: add them to a circle on the Circles page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the volunteer&apos;s subject-access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote {count} records to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved. It stays at the office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circle_dialogs.py" line="+58"/>
        <source>Volunteers of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Volunteers now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteers in the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the chosen volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Volunteer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Known or new volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Known volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joining date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} has left the circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} (since {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Core member: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/volunteer_records.py" line="-286"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhanced DBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prison vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet</source>
        <translation type="unfinished">Dim eto</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="+442"/>
        <source>Import your welcome file</source>
        <translation>Mewnforio eich ffeil groeso</translation>
    </message>
    <message>
        <source>After enrolling this laptop, your coordinator gives you a welcome file. If you don&apos;t have it yet, choose “I&apos;ll do this later”: you can import it from the Sync page.</source>
        <translation type="vanished">Ar ôl cofrestru&apos;r gliniadur hwn, bydd eich cydlynydd yn rhoi ffeil groeso i chi. Os nad yw hi gennych eto, dewiswch “Gwnaf hyn yn nes ymlaen”: gallwch ei mewnforio o&apos;r dudalen Anfon a derbyn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After enrolling this laptop, your coordinator gives you a welcome file. If you don&apos;t have it yet, choose “I&apos;ll do this later”: you can import it from the Send and receive page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose the welcome file…</source>
        <translation>&amp;Dewis y ffeil groeso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Choose the welcome file</source>
        <translation>Dewis y ffeil groeso</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The numbers &amp;match: import</source>
        <translation>Mae&apos;r rhifau&apos;n &amp;cyfateb: mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers match: import</source>
        <translation>Mae&apos;r rhifau&apos;n cyfateb: mewnforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are &amp;different</source>
        <translation>Maen nhw&apos;n &amp;wahanol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are different</source>
        <translation>Maen nhw&apos;n wahanol</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Start using CirclesDesk</source>
        <translation>&amp;Dechrau defnyddio CirclesDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;I&apos;ll do this later</source>
        <translation>&amp;Gwnaf hyn yn nes ymlaen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the welcome file…</source>
        <translation>Wrthi&apos;n gwirio&apos;r ffeil groeso…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file is not a welcome file. Ask your coordinator for the welcome file made for this laptop.</source>
        <translation>Nid ffeil groeso yw&apos;r ffeil hon. Gofynnwch i&apos;ch cydlynydd am y ffeil groeso a wnaed ar gyfer y gliniadur hwn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This welcome file comes from “{office}”. Ask your coordinator to read out the office&apos;s fingerprint, and compare it with this one:</source>
        <translation>Mae&apos;r ffeil groeso hon yn dod o “{office}”. Gofynnwch i&apos;ch cydlynydd ddarllen ôl bys y swyddfa, a&apos;i gymharu â hwn:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing the welcome file…</source>
        <translation>Wrthi&apos;n mewnforio&apos;r ffeil groeso…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Welcome file imported. This laptop is now linked to “{office}”.</source>
        <translation>Mewnforiwyd y ffeil groeso. Mae&apos;r gliniadur hwn bellach wedi&apos;i gysylltu â “{office}”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was imported. Don&apos;t use this file: phone your coordinator and tell them the numbers were different.</source>
        <translation>Ni fewnforiwyd dim. Peidiwch â defnyddio&apos;r ffeil hon: ffoniwch eich cydlynydd a dywedwch wrthyn nhw fod y rhifau&apos;n wahanol.</translation>
    </message>
</context>
<context>
    <name>WitnessModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/audit.py" line="+23"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnessed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not match: the log is shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not match: that entry was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In its bundle {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../circlesdesk/messages.py" line="+8"/>
        <source>MAPPA category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAPPA level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment document reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covenant text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covenant version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the circle ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the circle was formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the covenant was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the referral was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence or order end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note on the ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parent or carer consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason for declining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason the circle ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referral stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referring agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referring officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts in prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>young people&apos;s circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-lock (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto-lock time (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basis for disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basis for the disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concern categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concern category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concern description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concern response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>core member&apos;s pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engagement rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaving date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>life areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute-taker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raise at next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retention (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time given (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time notes are kept on laptops (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time the concern was raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time the coordinator was phoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgency guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgency level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enhanced DBS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prison vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the course was completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date the template was adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review item label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Confirm</name>
    <message>
        <location filename="../../circlesdesk/ui/office/devices.py" line="-143"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>CirclesDesk</source>
        <translation type="obsolete">CirclesDesk</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="obsolete">Wrthi&apos;n stopio…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print the recovery code</source>
        <translation type="obsolete">Argraffu&apos;r cod adfer</translation>
    </message>
    <message>
        <location filename="../../circlesdesk/ui/office/people.py" line="+125"/>
        <source>Circles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../circlesdesk/ui/office/inbox.py" line="-367"/>
        <source>enhanced DBS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prison vetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s %2 expired on %3: they cannot be assigned to a circle until a new one is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s %2 expires on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../circlesdesk/ui/office/people.py" line="-493"/>
        <location filename="../../circlesdesk/ui/office/risk_reviews.py" line="-109"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A disclosure ({summary})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting whole circles ({summary})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../circlesdesk/ui/office/risk_reviews.py" line="+7"/>
        <source>Item %1 (%2) has not fallen in three reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item %1 (%2), a protective factor, has not risen in three reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%3 and %4 differ by %5 points on item %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
