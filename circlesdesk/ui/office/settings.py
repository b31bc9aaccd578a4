"""The office settings page: what every volunteer's laptop is told, edited in one form.

Office name and phone, the guidance for each urgency level, the concern categories, life areas
and review items (each a list of names with their stable keys), the auto-lock time and how long
laptops keep receipted notes. Save is enabled once something changed; Revert goes back to what
is stored. The service checks everything (:mod:`circlesdesk.services.office_config`); a problem
is shown as its sentence and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from circlesdesk.domain.records import OfficeConfig, Questionnaire
from circlesdesk.errors import UserError
from circlesdesk.services import office_config, questionnaires, review_templates
from circlesdesk.ui.crash import user_text
from circlesdesk.ui.office.list_page import page_column
from circlesdesk.ui.records import urgency_names
from circlesdesk.ui.tasks import TaskRunner
from circlesdesk.ui.widgets import AlertLabel, hint, large, scrolling
from circlesdesk.vault.vault import Vault

KEY_ROLE = Qt.ItemDataRole.UserRole
GUIDANCE_LINES = 3
LIST_LINES = 8


class KeyedList(QWidget):
    """An editable list of names with their keys: add, rename, remove.

    A stored row keeps its key when renamed; a new row shows the key its name will get.
    """

    changed = Signal()
    NAME, KEY = range(2)

    def __init__(
        self,
        *,
        name: str,
        add_text: str,
        add_name: str,
        remove_name: str,
        checkable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._filling = False
        self._checkable = checkable  # rows carry a tick (review items: a protective factor)
        self._checked: frozenset[str] = frozenset()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Key")])
        self.table.setAccessibleName(name)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.KEY, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.fontMetrics().height() * LIST_LINES)
        layout.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_name)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(remove_name)
        for button in (self.add_button, self.remove_button):
            large(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._chosen)
        self._chosen()

    def set_entries(self, entries: Mapping[str, str], checked: Iterable[str] = ()) -> None:
        """Show stored entries (key → name), the ``checked`` keys ticked."""
        self._checked = frozenset(checked)
        self._filling = True
        self.table.setRowCount(0)
        for key, label in entries.items():
            self._append(key, label)
        self._filling = False
        self._show_new_keys()
        self._chosen()

    def entries(self) -> list[tuple[str | None, str]]:
        """(key, name) of every row in order; key None for a row added here."""
        result = []
        for row in range(self.table.rowCount()):
            item = self._cell(row, self.NAME)
            key = item.data(KEY_ROLE)
            result.append((key if isinstance(key, str) else None, item.text()))
        return result

    def checked_keys(self) -> list[str]:
        """The keys of the ticked rows, in order (a new row's: the key it will get)."""
        return [
            self._cell(row, self.KEY).text()
            for row in range(self.table.rowCount())
            if self._cell(row, self.NAME).checkState() == Qt.CheckState.Checked
        ]

    def add_row(self) -> None:
        """Add an empty row and start typing its name."""
        self._filling = True
        row = self._append(None, "")
        self._filling = False
        self.table.setCurrentCell(row, self.NAME)
        self.table.setFocus()
        self.table.editItem(self._cell(row, self.NAME))
        self.changed.emit()

    def remove_row(self) -> None:
        """Remove the chosen row."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._show_new_keys()
        self.changed.emit()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every row gets both cells in _append
        return item

    def _append(self, key: str | None, label: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(label)
        name.setData(KEY_ROLE, key)
        if self._checkable:
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = key is not None and key in self._checked
            name.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        shown_key = QTableWidgetItem(key or "")
        shown_key.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if key is None:
            font = QFont(shown_key.font())
            font.setItalic(True)
            shown_key.setFont(font)
            shown_key.setToolTip(self.tr("The key is made from the name when you save."))
        self.table.setItem(row, self.NAME, name)
        self.table.setItem(row, self.KEY, shown_key)
        return row

    def _show_new_keys(self) -> None:
        """Fill in the key each new row will get, as the service will make it."""
        taken = {key for key, _label in self.entries() if key is not None}
        self._filling = True
        for row, (key, label) in enumerate(self.entries()):
            if key is None:
                new_key = office_config.key_for(label.strip(), taken) if label.strip() else ""
                taken.add(new_key)
                self._cell(row, self.KEY).setText(new_key)
        self._filling = False

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.NAME:
            return
        self._show_new_keys()
        self.changed.emit()

    def _chosen(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)


class Section(QGroupBox):
    """A titled part of the form, its fields stacked under their labels."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.rows = QVBoxLayout(self)

    def add(self, widget: QWidget) -> None:
        """Put a widget at the end of the section."""
        self.rows.addWidget(widget)


class OfficeSettingsPage(QWidget):
    """Edit the office configuration that travels to every volunteer's laptop."""

    saved = Signal(object)  # the stored OfficeConfig

    def __init__(self, vault: Vault, *, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._config: OfficeConfig = office_config.current_config(vault)
        self._questionnaire: Questionnaire = questionnaires.current(vault)
        layout = page_column(
            self,
            self.tr("Office settings"),
            self.tr(
                "What every volunteer's laptop is told. Changes reach each volunteer with "
                "their next reply bundle."
            ),
        )
        body = QWidget(self)
        form = QVBoxLayout(body)
        form.setContentsMargins(0, 0, 0, 0)

        office_box = Section(self.tr("Office"), body)
        self.office_name = self._line(office_box, self.tr("Office &name:"), self.tr("Office name"))
        self.phone = self._line(
            office_box,
            self.tr("Coordinator's &phone number:"),
            self.tr("Coordinator's phone number"),
        )
        self.marking = self._line(
            office_box,
            self.tr("Protective &marking:"),
            self.tr("Protective marking printed on every document the office produces"),
        )
        self.marking.setToolTip(
            self.tr(
                "The line printed at the top and end of every report PDF, disclosure and "
                "routine pack, e.g. OFFICIAL-SENSITIVE. Leave it empty for none."
            )
        )
        form.addWidget(office_box)

        guidance_box = Section(self.tr("Urgency guidance"), body)
        guidance_box.add(
            hint(self.tr("What a volunteer is told when they choose each level."), guidance_box)
        )
        self.guidance: dict[int, QPlainTextEdit] = {}
        for level, level_name in urgency_names().items():
            editor = QPlainTextEdit(guidance_box)
            editor.setTabChangesFocus(True)
            lines = editor.fontMetrics().height()
            editor.setMinimumHeight(lines * GUIDANCE_LINES)
            editor.setMaximumHeight(lines * (GUIDANCE_LINES + 1))
            label_text = self.tr("Level {level}: {name}").format(level=level, name=level_name)
            editor.setAccessibleName(
                self.tr("Guidance for level {level}, {name}").format(level=level, name=level_name)
            )
            self._labelled(guidance_box, label_text, editor)
            self.guidance[level] = editor
        form.addWidget(guidance_box)

        self.categories = self._list(
            body,
            form,
            title=self.tr("Concern categories"),
            explanation=self.tr(
                "The kinds of concern a volunteer chooses from. A category that concerns "
                "already use cannot be removed; you can rename it."
            ),
            add_text=self.tr("&Add a category"),
            add_name=self.tr("Add a concern category"),
            remove_name=self.tr("Remove the chosen concern category"),
        )
        self.life_areas = self._list(
            body,
            form,
            title=self.tr("Life areas"),
            explanation=self.tr("The parts of life a meeting can be about."),
            add_text=self.tr("Add a &life area"),
            add_name=self.tr("Add a life area"),
            remove_name=self.tr("Remove the chosen life area"),
        )
        self.review_items = self._list(
            body,
            form,
            title=self.tr("Review items"),
            explanation=self.tr(
                "What each periodic review scores from 0 to 6. Tick the protective factors "
                "(strengths, where a higher score is better). Adding or removing an item, or "
                "changing which are protective, starts a new version of the review template; "
                "reviews keep the version they were scored with."
            ),
            add_text=self.tr("Add a &review item"),
            add_name=self.tr("Add a review item"),
            remove_name=self.tr("Remove the chosen review item"),
            checkable=True,
        )

        self.questions = self._list(
            body,
            form,
            title=self.tr("End-of-circle questions"),
            explanation=self.tr(
                "What the end-of-circle questionnaire asks volunteers, the core member and "
                "probation, each answered from 1 (not at all) to 5 (very much). Kept at the "
                "office. Changing them starts a new version; answers keep the version they "
                "answered."
            ),
            add_text=self.tr("Add a &question"),
            add_name=self.tr("Add an end-of-circle question"),
            remove_name=self.tr("Remove the chosen end-of-circle question"),
        )

        laptop_box = Section(self.tr("Laptops"), body)
        low, high = office_config.AUTOLOCK_MINUTES
        self.autolock = self._spin(
            laptop_box,
            self.tr("Loc&k after this many minutes without use:"),
            self.tr("Auto-lock after minutes without use"),
            (low, high),
            self.tr(" min"),
        )
        low, high = office_config.RETENTION_WEEKS
        self.retention = self._spin(
            laptop_box,
            self.tr("Keep notes the office has received for this many &weeks:"),
            self.tr("Weeks a laptop keeps notes the office has received"),
            (low, high),
            self.tr(" weeks"),
        )
        form.addWidget(laptop_box)
        form.addStretch(1)
        layout.addWidget(scrolling(body, self, in_page=True), 1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save the office settings"))
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setAccessibleName(self.tr("Go back to the saved settings"))
        for button in (self.save_button, self.revert_button):
            large(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.alert = AlertLabel(self, focus_on_show=True)  # the outcome of a button
        layout.addWidget(self.alert)

        for line in (self.office_name, self.phone, self.marking):
            line.textChanged.connect(self._edited)
        for editor in self.guidance.values():
            editor.textChanged.connect(self._edited)
        for keyed in (self.categories, self.life_areas, self.review_items, self.questions):
            keyed.changed.connect(self._edited)
        for spin in (self.autolock, self.retention):
            spin.valueChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self._show(self._config)

    # -- public ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds, as :func:`office_config.save_config` takes it."""
        return {
            "office_name": self.office_name.text(),
            "phone": self.phone.text(),
            "urgency_guidance": {
                str(level): editor.toPlainText() for level, editor in self.guidance.items()
            },
            "categories": self.categories.entries(),
            "life_areas": self.life_areas.entries(),
            "review_items": self.review_items.entries(),
            "protective": self.review_items.checked_keys(),
            "autolock_minutes": self.autolock.value(),
            "retention_weeks": self.retention.value(),
            "protective_marking": self.marking.text().strip(),
        }

    def questions_changed(self) -> bool:
        """Whether the end-of-circle questions differ from the version in use."""
        return self.questions.entries() != list(self._questionnaire.questions.items())

    def is_changed(self) -> bool:
        """Whether the form differs from the stored configuration."""
        return self.values() != self._stored_values() or self.questions_changed()

    def save(self) -> None:
        """Check and store the form; say so, or show the problem (nothing is stored then)."""
        if not self.is_changed():
            return
        if not self._runner.vault_free(self.alert):
            return
        config = self._config
        config_changed = self.values() != self._stored_values()
        try:
            if config_changed:
                config = office_config.save_config(self._vault, **self.values())
            if self.questions_changed():
                self._questionnaire = questionnaires.set_questions(
                    self._vault, self.questions.entries()
                )
        except UserError as error:
            self.alert.show_error(user_text(error))
            return
        self._config = config
        self._show(config)
        if config_changed:
            self.alert.show_success(
                self.tr("Saved. Volunteers receive it with their next reply bundle.")
            )
        else:
            self.alert.show_success(
                self.tr("Saved. The end-of-circle questions are now version {version}.").format(
                    version=self._questionnaire.version
                )
            )
        self.saved.emit(config)

    def revert(self) -> None:
        """Show the stored configuration again, dropping the edits."""
        self.alert.clear_message()
        self._show(self._config)

    def page_shown(self) -> None:
        """The shell shows the page: read the stored settings again unless edits are open."""
        if self.is_changed() or self._vault.is_locked:
            return
        self._config = office_config.current_config(self._vault)
        self._questionnaire = questionnaires.current(self._vault)
        self._show(self._config)

    # -- inside ------------------------------------------------------------------------------

    def _stored_values(self) -> dict[str, Any]:
        config = self._config
        return {
            "office_name": config.office_name,
            "phone": config.phone,
            "urgency_guidance": {
                str(level): config.urgency_guidance.get(str(level), "") for level in self.guidance
            },
            "categories": list(config.categories.items()),
            "life_areas": list(config.life_areas.items()),
            "review_items": list(config.review_items.items()),
            "protective": [
                key
                for key in config.review_items
                if key in review_templates.protective_of(self._vault, config.review_template_id)
            ],
            "autolock_minutes": config.autolock_minutes,
            "retention_weeks": config.retention_weeks,
            "protective_marking": office_config.protective_marking(config),
        }

    def _show(self, config: OfficeConfig) -> None:
        self.office_name.setText(config.office_name)
        self.phone.setText(config.phone)
        self.marking.setText(office_config.protective_marking(config))
        for level, editor in self.guidance.items():
            editor.setPlainText(config.urgency_guidance.get(str(level), ""))
        self.categories.set_entries(config.categories)
        self.life_areas.set_entries(config.life_areas)
        self.review_items.set_entries(
            config.review_items,
            review_templates.protective_of(self._vault, config.review_template_id),
        )
        self.questions.set_entries(self._questionnaire.questions)
        self.autolock.setValue(config.autolock_minutes)
        self.retention.setValue(config.retention_weeks)
        self._edited()

    def _edited(self) -> None:
        changed = self.is_changed()
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)

    def _labelled(self, box: Section, text: str, field: QWidget) -> None:
        """A label above its field (narrow screens, large text), its mnemonic going to it."""
        label = QLabel(text, box)
        label.setWordWrap(True)
        label.setBuddy(field)
        box.add(label)
        box.add(field)

    def _line(self, box: Section, text: str, name: str) -> QLineEdit:
        line = QLineEdit(box)
        line.setAccessibleName(name)
        self._labelled(box, text, line)
        return line

    def _spin(
        self, box: Section, text: str, name: str, bounds: tuple[int, int], suffix: str
    ) -> QSpinBox:
        spin = QSpinBox(box)
        spin.setRange(*bounds)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        large(spin)
        self._labelled(box, text, spin)
        return spin

    def _list(
        self,
        parent: QWidget,
        form: QVBoxLayout,
        *,
        title: str,
        explanation: str,
        add_text: str,
        add_name: str,
        remove_name: str,
        checkable: bool = False,
    ) -> KeyedList:
        box = Section(title, parent)
        box.add(hint(explanation, box))
        keyed = KeyedList(
            name=title,
            add_text=add_text,
            add_name=add_name,
            remove_name=remove_name,
            checkable=checkable,
            parent=box,
        )
        box.add(keyed)
        form.addWidget(box)
        return keyed
