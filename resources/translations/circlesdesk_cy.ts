<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../circlesdesk/ui/office/disclosure_dialog.py" line="+51"/>
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
        <location filename="../../circlesdesk/ui/enrollment.py" line="+36"/>
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
    <name>AlertLabel</name>
    <message>
        <location filename="../../circlesdesk/ui/widgets.py" line="+56"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceRow</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/meeting_editor.py" line="+79"/>
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
        <location filename="../../circlesdesk/ui/office/audit.py" line="+127"/>
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
        <location line="+8"/>
        <source>How many entries</source>
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
        <location line="+19"/>
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
        <location line="+5"/>
        <source>The audit log is intact: {entries}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log was altered at entry {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before the end: the audit log was not fully checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-185"/>
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
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+17"/>
        <source>Folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/backups.py" line="+66"/>
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
        <location filename="../../circlesdesk/ui/volunteer/home.py" line="+209"/>
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
        <location filename="../../circlesdesk/ui/office/circle_dialogs.py" line="+105"/>
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
    <name>CircleListModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/circles.py" line="+55"/>
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
        <location filename="../../circlesdesk/ui/volunteer/common.py" line="+253"/>
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
        <location filename="../../build/translations/helper_strings.py" line="+2"/>
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
        <location line="+17"/>
        <source>&amp;New circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new circle with its core member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chosen circle&apos;s phase, review date or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volunteers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add volunteers to the chosen circle or record that one left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volunteers of the chosen circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+33"/>
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
        <location line="+68"/>
        <source>{code} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
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
        <location line="+19"/>
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
    <name>CloseDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concern_dialogs.py" line="+123"/>
        <source>Close the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../circlesdesk/ui/office/conflicts.py" line="+95"/>
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
        <location filename="../../circlesdesk/ui/volunteer/concern_dialog.py" line="+65"/>
        <location line="+1"/>
        <source>Add a concern</source>
        <translation>Ychwanegu pryder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How urgent is it?</source>
        <translation>Pa mor frys yw e?</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+7"/>
        <source>&amp;Add concern</source>
        <translation>&amp;Ychwanegu pryder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add concern</source>
        <translation>Ychwanegu pryder</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+89"/>
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
        <location line="+3"/>
        <source>Saved. It travels to the volunteer in the next reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../build/translations/helper_strings.py" line="+20"/>
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
        <location line="+17"/>
        <source>Your decision and note are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/contact_form.py" line="+36"/>
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
    <name>CrashReporter</name>
    <message>
        <location filename="../../circlesdesk/ui/crash.py" line="+190"/>
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
    <name>DecisionDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/conflicts.py" line="-354"/>
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
        <location filename="../../circlesdesk/ui/office/devices.py" line="+56"/>
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
        <location line="+6"/>
        <source>&amp;Enroll a volunteer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a laptop&apos;s enrollment request and make its welcome file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll a volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop trusting the chosen laptop (lost, stolen or retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the chosen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate office key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new office key; reply files then give it to every laptop still trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate the office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../circlesdesk/ui/kept_dialogs.py" line="+266"/>
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
        <location line="+95"/>
        <source>Write the disclosure as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Write partner &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the disclosure as a partner bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Consent status recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../circlesdesk/ui/office/disclosures.py" line="+73"/>
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
        <location filename="../../circlesdesk/ui/office/retention.py" line="+99"/>
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
        <location filename="../../circlesdesk/ui/office/enroll_dialog.py" line="+59"/>
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
        <location line="+7"/>
        <source>Wait until the import or export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location filename="../../circlesdesk/ui/first_run.py" line="+485"/>
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
        <location filename="../../circlesdesk/ui/screenshots.py" line="+336"/>
        <source>Saved as {name} in {folder}.</source>
        <translation>Wedi ei gadw fel {name} yn {folder}.</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concern_dialogs.py" line="-44"/>
        <source>Escalate to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>HelpViewer</name>
    <message>
        <location filename="../../circlesdesk/ui/guide.py" line="+51"/>
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
        <location filename="../../circlesdesk/ui/volunteer/history.py" line="+223"/>
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
        <location filename="../../circlesdesk/ui/volunteer/hours_form.py" line="+20"/>
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
    <message>
        <location line="+11"/>
        <source>Enter how much time you gave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/inbox.py" line="+61"/>
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
        <location line="+22"/>
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
        <location line="+20"/>
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
        <location line="+115"/>
        <source>Add a bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-114"/>
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
        <location line="+68"/>
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
    <message>
        <location line="+44"/>
        <source>Wait until the import or export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
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
    <name>KeyedList</name>
    <message>
        <location filename="../../circlesdesk/ui/office/settings.py" line="+70"/>
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
        <location line="+68"/>
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
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/meeting_editor.py" line="+55"/>
        <location line="+12"/>
        <location line="+597"/>
        <source>Record a meeting</source>
        <translation>Cofnodi cyfarfod</translation>
    </message>
    <message>
        <location line="-591"/>
        <location line="+1"/>
        <source>To raise at this meeting</source>
        <translation>I&apos;w godi yn y cyfarfod hwn</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+3"/>
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
        <location line="+10"/>
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
        <location line="+7"/>
        <location line="+1"/>
        <source>Life areas talked about</source>
        <translation>Meysydd bywyd a drafodwyd</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+11"/>
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
        <location line="+15"/>
        <source>Throw away this record?</source>
        <translation>Taflu&apos;r cofnod hwn?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Throw away this meeting record? Everything typed here will be deleted and cannot be brought back.</source>
        <translation>Taflu cofnod y cyfarfod hwn? Bydd popeth a deipiwyd yma yn cael ei ddileu ac ni ellir ei gael yn ôl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Yes, throw it away</source>
        <translation>&amp;Ie, ei daflu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, throw it away</source>
        <translation>Ie, ei daflu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Ei gadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+10"/>
        <source>Save a second meeting that day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as a &amp;second meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a second meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Kept safe as a draft at {time}.</source>
        <translation>Wedi&apos;i gadw&apos;n ddiogel fel drafft am {time}.</translation>
    </message>
    <message>
        <location line="+84"/>
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
        <location line="+69"/>
        <source>You are finishing a draft.</source>
        <translation>Rydych chi&apos;n gorffen drafft.</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+42"/>
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
    <name>MinutesReview</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+4"/>
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
        <location filename="../../circlesdesk/ui/office/minutes.py" line="+253"/>
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
        <location line="+8"/>
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
        <location filename="../../circlesdesk/ui/first_run.py" line="-584"/>
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
        <location filename="../../build/translations/helper_strings.py" line="-51"/>
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
        <location line="+1"/>
        <source>Waiting for an earlier bundle from the same device. Ask the volunteer for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A different bundle with this number was already imported (a restored or copied laptop). It will not be imported; talk to the volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by a device that has been revoked. It will not be imported.</source>
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
    <name>OfficePage</name>
    <message>
        <location line="+9"/>
        <source>Wait until the import or export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePages</name>
    <message>
        <location line="-51"/>
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
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettingsPage</name>
    <message>
        <location filename="../../circlesdesk/ui/office/settings.py" line="+50"/>
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
        <source>What each periodic review scores from 0 to 6. Adding or removing an item starts a new version of the review template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+47"/>
        <source>Wait until the import or export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. Volunteers receive it with their next reply bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../circlesdesk/ui/passphrase.py" line="+45"/>
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
        <location filename="../../circlesdesk/ui/first_run.py" line="+35"/>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You will type it each time you open CirclesDesk. It locks your records on this computer.</source>
        <translation>Byddwch yn ei deipio bob tro y byddwch yn agor CirclesDesk. Mae&apos;n cloi eich cofnodion ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create my vault</source>
        <translation>&amp;Creu fy nghladdgell</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Creating your vault… this takes a few seconds on a slower computer.</source>
        <translation>Wrthi&apos;n creu eich claddgell… mae hyn yn cymryd ychydig eiliadau ar gyfrifiadur arafach.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <location filename="../../circlesdesk/ui/office/common.py" line="+75"/>
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
    <name>QueueModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concerns.py" line="-305"/>
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
        <location filename="../../circlesdesk/ui/volunteer/common.py" line="+78"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/record_view.py" line="+79"/>
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
        <location line="+106"/>
        <location line="+9"/>
        <location line="+8"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation type="unfinished">Lleoliad</translation>
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
    <name>RecoverPanel</name>
    <message>
        <location filename="../../circlesdesk/ui/unlock.py" line="+141"/>
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
        <location filename="../../circlesdesk/ui/first_run.py" line="+35"/>
        <source>Your recovery code</source>
        <translation>Eich cod adfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you ever forget your passphrase, this code opens your vault. It is shown only this once.</source>
        <translation>Os byddwch byth yn anghofio eich cyfrinymadrodd, mae&apos;r cod hwn yn agor eich claddgell. Dim ond y tro hwn y caiff ei ddangos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery code</source>
        <translation>Cod adfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Print the recovery code</source>
        <translation>Argraffu&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>I have &amp;written it down and put it somewhere safe</source>
        <translation>Rwyf wedi ei &amp;ysgrifennu a&apos;i roi yn rhywle diogel</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>CirclesDesk prints the recovery code only on paper, not to a file. Please choose a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
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
    <name>ReportCharts</name>
    <message>
        <location filename="../../build/translations/helper_strings.py" line="+68"/>
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
        <location filename="../../circlesdesk/ui/office/reports.py" line="+122"/>
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
        <location line="+20"/>
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
        <location filename="../../circlesdesk/ui/office/concern_dialogs.py" line="-42"/>
        <source>Respond to the volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../circlesdesk/ui/office/retention.py" line="+32"/>
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
        <location line="+43"/>
        <source>The retention policy is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete {circles} and everything recorded about them ({records})? The records and their earlier versions are overwritten in the vault. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete closed circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+7"/>
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
        <location filename="../../circlesdesk/ui/volunteer/review_form.py" line="+28"/>
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
    <message>
        <location line="+19"/>
        <source>Please give a score from 0 to 6 for every item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../circlesdesk/ui/office/minutes.py" line="-225"/>
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
    <name>RolePage</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="-299"/>
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
        <location filename="../../circlesdesk/ui/volunteer/search.py" line="+51"/>
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
    <name>SyncPage</name>
    <message>
        <location filename="../../circlesdesk/ui/volunteer/sync_page.py" line="+53"/>
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
        <location filename="../../circlesdesk/ui/tasks.py" line="+266"/>
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
    <name>UnlockPanel</name>
    <message>
        <location filename="../../circlesdesk/ui/unlock.py" line="-66"/>
        <source>Unlock CirclesDesk</source>
        <translation>Datgloi CirclesDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your passphrase to open your records.</source>
        <translation>Teipiwch eich cyfrinymadrodd i agor eich cofnodion.</translation>
    </message>
    <message>
        <location line="+2"/>
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
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location line="+103"/>
        <source>CirclesDesk</source>
        <translation>CirclesDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CirclesDesk logo</source>
        <translation>Logo CirclesDesk</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Locking… one moment.</source>
        <translation>Wrthi&apos;n cloi… un eiliad.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Please type your passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../../build/translations/helper_strings.py" line="+3"/>
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
    <name>Volunteer</name>
    <message>
        <location line="+8"/>
        <source>Choose the circle first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <source>Page</source>
        <translation type="obsolete">Tudalen</translation>
    </message>
</context>
<context>
    <name>VolunteerPages</name>
    <message>
        <location line="-42"/>
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
    <name>WelcomePage</name>
    <message>
        <location filename="../../circlesdesk/ui/first_run.py" line="+431"/>
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
    <name>form</name>
    <message>
        <location filename="../../circlesdesk/ui/office/concern_dialogs.py" line="-42"/>
        <source>The concern (urgency {level}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print the recovery code</source>
        <translation type="obsolete">Argraffu&apos;r cod adfer</translation>
    </message>
</context>
</TS>
