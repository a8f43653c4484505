"""The detail pane of the organisations page: every field to view and edit, the contacts, the
track record and the consortia the organisation is in."""

from __future__ import annotations

import html
from dataclasses import fields, replace
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.organisations.operations import (
    ContactData,
    OrganisationData,
    OrganisationDetails,
)
from desktop.services.organisations.validation import Problem
from desktop.services.reference.code_names import CodeNames
from desktop.views.labels import CodeLabels
from desktop.views.pages.organisations.problems import problem_text
from desktop.views.widgets.form_combo import FormComboBox
from desktop.views.widgets.style import emphasise, mute
from matching.kinds import DEFAULT_KIND, OrganisationType

LIST_SEPARATOR = ";"
CONTACT_FIELDS = ("name", "function", "email", "phone")
SOURCE_LINES = 6  # the profile and its sources take at most this many lines; more scroll
ERROR_STYLE = "color: palette(bright-text); background: #b3261e; padding: 6px; border-radius: 3px;"


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]


def _readonly(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class OrganisationDetail(QWidget):
    saveRequested = Signal(object)  # OrganisationData as the form holds it
    openOrganisation = Signal(int)  # a co-partner was double-clicked

    def __init__(self, labels: CodeLabels, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._language = language
        self._shown: OrganisationData | None = None
        self.details: OrganisationDetails | None = None

        self.title = QLabel()
        emphasise(self.title, 1.15)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        mute(self.subtitle)
        # The ROR id as a link to ror.org and the pages the expertise profile comes from.
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.sources.setOpenExternalLinks(True)
        # A long profile scrolls in a few lines of its own and leaves the form its room.
        self.sources_area = QScrollArea()
        self.sources_area.setWidget(self.sources)
        self.sources_area.setWidgetResizable(True)
        self.sources_area.setFrameShape(QFrame.Shape.NoFrame)
        self.sources_area.setMaximumHeight(self.fontMetrics().lineSpacing() * SOURCE_LINES)
        self.sources_area.hide()
        self.tabs = QTabWidget()
        form = QScrollArea()
        form.setWidgetResizable(True)
        form.setFrameShape(QFrame.Shape.NoFrame)
        form.setWidget(self._make_form())
        self.tabs.addTab(form, self.tr("Details"))
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._make_links(), self.tr("Sectors and missions"))
        self.tabs.addTab(self._make_contacts(), self.tr("Contacts"))
        self.tabs.addTab(self._make_track_record(), self.tr("Track record"))
        self.tabs.addTab(self._make_consortia(), self.tr("Consortia"))

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.problems.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.sources_area)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    # --- building ----------------------------------------------------------------------------

    def _make_form(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("Other names, separated by ;"))
        self.kind = FormComboBox()
        for code, text in self._labels.kinds.items():
            self.kind.addItem(text, code)
        self.type = FormComboBox()
        for code, text in self._labels.types.items():
            self.type.addItem(text, code)
        self.type.currentIndexChanged.connect(self._type_changed)
        self.sme = FormComboBox()
        self.sme.addItem(self.tr("Unknown"), None)
        self.sme.addItem(self._labels.yes, True)
        self.sme.addItem(self._labels.no, False)
        self.employees = QLineEdit()
        self.employees.setValidator(QIntValidator(0, 10_000_000, self))
        self.kvk = QLineEdit()
        self.kvk.setPlaceholderText("12345678")
        self.pic = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.address = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText("1234 AB")
        self.city = QLineEdit()
        self.province = FormComboBox()
        self.province.addItem(self.tr("None"), None)
        self.website = QLineEdit()
        self.website.setPlaceholderText("www.example.nl")
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("Keywords, separated by ;"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(60)
        rows = (
            (self.tr("&Name"), self.name),
            (self.tr("Short name"), self.short_name),
            (self.tr("Aliases"), self.aliases),
            (self.tr("&Helix"), self.kind),
            (self.tr("&Type"), self.type),
            (self.tr("SME"), self.sme),
            (self.tr("Employees"), self.employees),
            (self.tr("&KvK number"), self.kvk),
            (self.tr("PIC"), self.pic),
            (self.tr("Country"), self.country),
            (self.tr("Address"), self.address),
            (self.tr("&Postcode"), self.postcode),
            (self.tr("City"), self.city),
            (self.tr("Province"), self.province),
            (self.tr("&Website"), self.website),
            (self.tr("Keywords"), self.keywords),
            (self.tr("Description"), self.description),
        )
        for label, field in rows:
            form.addRow(label, field)
        self._fields = {
            "name": self.name, "short_name": self.short_name, "aliases": self.aliases,
            "kind": self.kind, "type": self.type, "kvk": self.kvk, "pic": self.pic,
            "country": self.country, "postcode": self.postcode, "website": self.website,
            "employees": self.employees,
        }  # fmt: skip
        return page

    def _make_links(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        self.topsectors = QListWidget()
        self.technologies = QListWidget()
        self.missions = QListWidget()
        for title, widget in (
            (self.tr("Topsectors"), self.topsectors),
            (self.tr("Key technologies"), self.technologies),
            (self.tr("Missions"), self.missions),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            layout.addLayout(column)
        return page

    def _make_contacts(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contacts = QTableWidget(0, len(CONTACT_FIELDS))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Function"), self.tr("Email"), self.tr("Phone")]
        )
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.verticalHeader().hide()
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add contact"))
        add.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(self.tr("Remove contact"))
        self.remove_contact_button.clicked.connect(self._remove_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_contact_button)
        buttons.addStretch(1)
        note = QLabel(self.tr("Contacts are personal data: keep only what the work needs."))
        note.setWordWrap(True)
        mute(note)
        layout.addWidget(self.contacts, 1)
        layout.addLayout(buttons)
        layout.addWidget(note)
        return page

    def _make_track_record(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.projects = QTableWidget(0, 4)
        self.projects.setHorizontalHeaderLabels(
            [self.tr("Years"), self.tr("Project"), self.tr("Role"), self.tr("Partners")]
        )
        self.co_partners = QTableWidget(0, 2)
        self.co_partners.setHorizontalHeaderLabels([self.tr("Worked with"), self.tr("Projects")])
        self.co_partners.itemDoubleClicked.connect(self._co_partner_chosen)
        self.co_partners.setToolTip(self.tr("Double-click to show this organisation"))
        for table, stretch in ((self.projects, 1), (self.co_partners, 0)):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.no_projects = QLabel(self.tr("No projects known for this organisation."))
        mute(self.no_projects)
        layout.addWidget(self.no_projects, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.projects, 3)
        layout.addWidget(self.co_partners, 2)
        return page

    def _make_consortia(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.consortia = QTableWidget(0, 3)
        self.consortia.setHorizontalHeaderLabels(
            [self.tr("Consortium"), self.tr("Status"), self.tr("Role")]
        )
        self.consortia.verticalHeader().hide()
        self.consortia.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.consortia.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.no_consortia = QLabel(self.tr("Not in any consortium yet."))
        mute(self.no_consortia)
        layout.addWidget(self.no_consortia, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.consortia, 1)
        return page

    # --- showing -----------------------------------------------------------------------------

    def set_names(self, names: CodeNames) -> None:
        chosen = self.province.currentData()
        while self.province.count() > 1:
            self.province.removeItem(1)
        for code, name in names.provinces.items():
            self.province.addItem(name, code)
        self.province.setCurrentIndex(max(self.province.findData(chosen), 0))
        english = self._language != "nl"
        for widget, items in (
            (self.topsectors, {c: pair[english] for c, pair in names.topsectors.items()}),
            (self.technologies, {c: pair[english] for c, pair in names.technologies.items()}),
            (self.missions, {c: f"{c} {m.title}" for c, m in names.missions.items()}),
        ):
            self._fill_checklist(widget, items)
        if self._shown is not None:
            self._fill(self._shown)

    def _fill_checklist(self, widget: QListWidget, items: dict[str, str]) -> None:
        widget.clear()
        for code, text in items.items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    def show_details(self, details: OrganisationDetails) -> None:
        self.details = details
        self._shown = details.data
        origin = self._labels.origin(details.origin)
        self.title.setText(details.data.name)
        self.subtitle.setText(
            self.tr("%1 · %2")
            .replace("%1", origin)
            .replace("%2", self._labels.kind(details.data.kind))
        )
        self._fill_sources(details)
        self._fill(details.data)
        self._fill_track_record(details)
        self._fill_consortia(details)
        self.show_problems([])

    def _fill_sources(self, details: OrganisationDetails) -> None:
        """The English profile in an English interface (the form holds the Dutch one), the ROR
        id as a link and the pages the profile was checked against, each named by its site."""
        lines = []
        if self._language != "nl" and details.description_en:
            keywords = ", ".join(details.keywords_en)
            profile = html.escape(details.description_en)
            lines.append(f"{profile} <i>{html.escape(keywords)}</i>" if keywords else profile)
        if details.ror_id:
            address = f"https://ror.org/{details.ror_id}"
            lines.append(self.tr("ROR: %1").replace("%1", f'<a href="{address}">{address}</a>'))
        pages = [page.strip() for page in details.profile_source.split(";") if page.strip()]
        if pages:
            links = ", ".join(
                f'<a href="{html.escape(p)}">{html.escape(urlsplit(p).netloc or p)}</a>'
                for p in pages
            )
            lines.append(self.tr("Profile checked against: %1").replace("%1", links))
        self.sources.setText("<br>".join(lines))
        self.sources_area.setVisible(bool(lines))

    def show_new(self, data: OrganisationData) -> None:
        """An empty form for an organisation not stored yet."""
        self.details = None
        self.sources_area.hide()
        self._shown = data
        self.title.setText(self.tr("New organisation"))
        self.subtitle.setText(self.tr("Fill in at least the name, then save (Ctrl+S)."))
        self._fill(data)
        for table in (self.projects, self.co_partners, self.consortia):
            table.setRowCount(0)
        self.show_problems([])
        self.tabs.setCurrentIndex(0)
        self.name.setFocus()

    def _fill(self, data: OrganisationData) -> None:
        self.name.setText(data.name)
        self.short_name.setText(data.short_name or "")
        self.aliases.setText(f"{LIST_SEPARATOR} ".join(data.aliases))
        self.type.blockSignals(True)
        self.type.setCurrentIndex(max(self.type.findData(data.type), 0))
        self.type.blockSignals(False)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.sme.setCurrentIndex(max(self.sme.findData(data.is_sme), 0))
        self.employees.setText("" if data.employees is None else str(data.employees))
        self.kvk.setText(data.kvk or "")
        self.pic.setText(data.pic or "")
        self.country.setText(data.country or "")
        self.address.setText(data.address or "")
        self.postcode.setText(data.postcode or "")
        self.city.setText(data.city or "")
        self.province.setCurrentIndex(max(self.province.findData(data.province_code), 0))
        self.website.setText(data.website or "")
        self.keywords.setText(f"{LIST_SEPARATOR} ".join(data.keywords))
        self.description.setPlainText(data.description)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long values show their beginning
        for widget, codes in (
            (self.topsectors, data.topsectors),
            (self.technologies, data.technologies),
            (self.missions, data.missions),
        ):
            for row in range(widget.count()):
                item = widget.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in codes
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.contacts.setRowCount(0)
        for contact in data.contacts:
            self._append_contact(contact)

    def _append_contact(self, contact: ContactData) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, name in enumerate(CONTACT_FIELDS):
            item = QTableWidgetItem(getattr(contact, name) or "")
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, contact.notes)
            self.contacts.setItem(row, column, item)

    def _fill_track_record(self, details: OrganisationDetails) -> None:
        self.projects.setRowCount(len(details.projects))
        for row, project in enumerate(details.projects):
            years = "–".join(
                str(y) for y in dict.fromkeys((project.start_year, project.end_year)) if y
            )
            title = f"{project.acronym}: {project.title}" if project.acronym else project.title
            role = self._labels.participation_roles.get(project.role, project.role)
            for column, value in enumerate((years, title, role, project.partners)):
                self.projects.setItem(row, column, _readonly(value))
        self.co_partners.setRowCount(len(details.co_partners))
        for row, partner in enumerate(details.co_partners):
            name = _readonly(partner.name)
            name.setData(Qt.ItemDataRole.UserRole, partner.id)
            self.co_partners.setItem(row, 0, name)
            self.co_partners.setItem(row, 1, _readonly(partner.projects))
        self.no_projects.setVisible(not details.projects)
        self.projects.setVisible(bool(details.projects))
        self.co_partners.setVisible(bool(details.co_partners))
        self.tabs.setTabText(
            3, self.tr("Track record (%1)").replace("%1", str(len(details.projects)))
        )

    def _fill_consortia(self, details: OrganisationDetails) -> None:
        self.consortia.setRowCount(len(details.consortia))
        statuses = self._labels.consortium_statuses
        roles = self._labels.member_roles
        for row, line in enumerate(details.consortia):
            self.consortia.setItem(row, 0, _readonly(line.title))
            self.consortia.setItem(row, 1, _readonly(statuses.get(line.status, line.status)))
            self.consortia.setItem(row, 2, _readonly(roles.get(line.role, line.role)))
        self.no_consortia.setVisible(not details.consortia)
        self.consortia.setVisible(bool(details.consortia))

    # --- reading -----------------------------------------------------------------------------

    def data(self) -> OrganisationData:
        base = self._shown or OrganisationData(name="", kind="company", type="other")
        employees = self.employees.text().strip()
        return replace(
            base,
            name=self.name.text(),
            short_name=self.short_name.text(),
            aliases=_split(self.aliases.text()),
            kind=self.kind.currentData(),
            type=self.type.currentData(),
            is_sme=self.sme.currentData(),
            employees=int(employees) if employees else None,
            kvk=self.kvk.text(),
            pic=self.pic.text(),
            country=self.country.text().upper(),
            address=self.address.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            # Until the code names have arrived there is nothing to choose: keep what is stored.
            province_code=self.province.currentData()
            if self.province.count() > 1
            else base.province_code,
            website=self.website.text(),
            keywords=_split(self.keywords.text()),
            description=self.description.toPlainText(),
            topsectors=self._checked(self.topsectors, base.topsectors),
            technologies=self._checked(self.technologies, base.technologies),
            missions=self._checked(self.missions, base.missions),
            contacts=self._contacts(),
        )

    @staticmethod
    def _checked(widget: QListWidget, stored: list[str]) -> list[str]:
        """The ticked codes; the stored ones while the choices have not arrived yet."""
        if not widget.count():
            return stored
        return [
            widget.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _contacts(self) -> list[ContactData]:
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [self.contacts.item(row, column) for column in range(len(CONTACT_FIELDS))]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            if not any(text.strip() for text in texts):
                continue  # an empty row added and left empty
            first = cells[0]
            contact_id = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
            notes = first.data(Qt.ItemDataRole.UserRole + 1) if first is not None else ""
            contacts.append(ContactData(*texts, notes=notes or "", id=contact_id))
        return contacts

    def is_modified(self) -> bool:
        return self._shown is not None and _without_empty_text(self.data()) != _without_empty_text(
            self._shown
        )

    # --- problems ----------------------------------------------------------------------------

    def show_problems(self, problems: list[Problem]) -> None:
        for widget in self._fields.values():
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
        for problem in problems:
            widget = self._fields.get(problem.field)
            if widget is not None:
                widget.setStyleSheet("border: 2px solid #b3261e;")
        self.problems.setText("\n".join(problem_text(p) for p in problems))
        self.problems.setVisible(bool(problems))
        if problems:
            contact = any(p.field.startswith("contacts") for p in problems)
            self.tabs.setCurrentIndex(
                2 if contact and problems[0].field.startswith("contacts") else 0
            )

    # --- slots -------------------------------------------------------------------------------

    @Slot()
    def _save(self) -> None:
        self.saveRequested.emit(self.data())

    @Slot()
    def revert(self) -> None:
        if self._shown is not None:
            self._fill(self._shown)
        self.show_problems([])

    @Slot()
    def add_contact(self) -> None:
        self._append_contact(ContactData(""))
        self.tabs.setCurrentIndex(2)
        row = self.contacts.rowCount() - 1
        self.contacts.setCurrentCell(row, 0)
        self.contacts.editItem(self.contacts.item(row, 0))

    @Slot()
    def _remove_contact(self) -> None:
        rows = sorted({index.row() for index in self.contacts.selectedIndexes()}, reverse=True)
        for row in rows:
            self.contacts.removeRow(row)

    @Slot(int)
    def _type_changed(self, _index: int) -> None:
        implied = DEFAULT_KIND.get(OrganisationType(self.type.currentData()))
        if implied is not None:
            self.kind.setCurrentIndex(self.kind.findData(implied.value))

    @Slot(QTableWidgetItem)
    def _co_partner_chosen(self, item: QTableWidgetItem) -> None:
        partner = self.co_partners.item(item.row(), 0)
        self.openOrganisation.emit(partner.data(Qt.ItemDataRole.UserRole))


def _without_empty_text(data: OrganisationData) -> OrganisationData:
    """Empty text as None: a field left empty is stored as NULL by one path and as '' by
    another, and the form cannot tell the two apart."""
    return replace(data, **{f.name: None for f in fields(data) if getattr(data, f.name) == ""})
