"""The dashboard of the overview page: the map of organisations per province and charts.

Every number is counted in the database in one background query (``dashboard_counts``); the
pictures are built from those counts on the GUI thread, which takes a few milliseconds.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.services.pictures.charts import Bar, bar_chart, stacked_columns
from desktop.services.pictures.loading import DashboardCounts, load_dashboard
from desktop.services.pictures.map_picture import map_scene
from desktop.services.pictures.scene import Scene
from desktop.services.pictures.style import OTHER_COLOUR, Theme, helix_colour
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.pictures.picture_view import PictureView
from desktop.views.pictures.words import map_words
from matching.codes import ConsortiumStatus
from matching.kinds import HELIX_ORDER

STATUS_COLOURS = {
    ConsortiumStatus.IDEA: "#999999",
    ConsortiumStatus.DRAFT: "#56B4E9",
    ConsortiumStatus.SUBMITTED: "#0072B2",
    ConsortiumStatus.AWARDED: "#009E73",
    ConsortiumStatus.REJECTED: "#D55E00",
}


translate = QCoreApplication.translate


class DashboardPanel(QWidget):
    """Map and charts; a click on a province or an organisation asks to show it."""

    provinceChosen = Signal(str)  # province code
    organisationChosen = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._labels = CodeLabels()
        self.counts: DashboardCounts | None = None
        self.map = PictureView("organisations-per-province")
        self.map.setToolTip(translate("Dashboard", "Click a province to see its organisations."))
        self.kinds = PictureView("organisations-per-helix-kind")
        self.smes = PictureView("smes-and-other-companies")
        self.statuses = PictureView("consortia-per-status")
        self.instruments = PictureView("consortia-per-instrument-and-year")
        self.connected = PictureView("most-active-organisations")
        self.map.shapeClicked.connect(self.provinceChosen)
        self.connected.shapeClicked.connect(lambda key: self.organisationChosen.emit(int(key)))
        # Two columns that each keep their pictures together, whatever the other's height.
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, views in (
            (left, (self.map, self.statuses)),
            (right, (self.kinds, self.smes, self.connected, self.instruments)),
        ):
            column.setSpacing(18)
            for view in views:
                column.addWidget(view)
            column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.views = (
            self.map, self.kinds, self.smes, self.connected, self.statuses, self.instruments,
        )  # fmt: skip
        for view in self.views:
            view.set_builder(None, translate("Dashboard", "Counting…"))

    def refresh(self) -> None:
        self._context.run(load_dashboard, self.show_counts, key="dashboard")

    @Slot(object)
    def show_counts(self, counts: DashboardCounts) -> None:
        self.counts = counts
        organisations = sum(counts.by_kind.values())
        none_yet = translate("Dashboard", "No organisations yet.")
        self.map.set_builder(partial(self._map, counts) if organisations else None, none_yet)
        self.kinds.set_builder(partial(self._kinds, counts) if organisations else None, none_yet)
        companies = counts.smes + counts.other_companies
        self.smes.set_builder(partial(self._smes, counts) if companies else None, none_yet)
        no_consortia = translate("Dashboard", "No consortia yet: save one from the Match page.")
        has_consortia = bool(counts.consortia_by_status)
        self.statuses.set_builder(
            partial(self._statuses, counts) if has_consortia else None, no_consortia
        )
        self.instruments.set_builder(partial(self._instruments, counts) if has_consortia else None)
        self.instruments.setVisible(has_consortia)  # the status chart says there are none
        self.connected.set_builder(
            partial(self._connected, counts) if counts.most_connected else None,
            translate(
                "Dashboard", "No track record yet: import projects to see who is most active."
            ),
        )

    # --- the pictures ----------------------------------------------------------------------------

    def _map(self, counts: DashboardCounts, theme: Theme) -> Scene:
        words = map_words(self._labels, translate("Dashboard", "Organisations per province"))
        return map_scene(counts.by_province, words, theme, number=self._context.number)

    def _kinds(self, counts: DashboardCounts, theme: Theme) -> Scene:
        bars = [
            Bar(self._labels.kind(kind), counts.by_kind.get(kind, 0), helix_colour(kind))
            for kind in HELIX_ORDER
        ]
        return bar_chart(
            translate("Dashboard", "Organisations per helix kind"),
            bars,
            theme,
            self._context.number,
        )

    def _smes(self, counts: DashboardCounts, theme: Theme) -> Scene:
        bars = [
            Bar(translate("Dashboard", "SMEs"), counts.smes, helix_colour("company")),
            Bar(translate("Dashboard", "Other companies"), counts.other_companies, OTHER_COLOUR),
        ]
        return bar_chart(
            translate("Dashboard", "SMEs and other companies"), bars, theme, self._context.number
        )

    def _statuses(self, counts: DashboardCounts, theme: Theme) -> Scene:
        bars = [
            Bar(self._labels.consortium_statuses[status], number, colour)
            for status, colour in STATUS_COLOURS.items()
            if (number := counts.consortia_by_status.get(status, 0))
        ]
        return bar_chart(
            translate("Dashboard", "Consortia per status"), bars, theme, self._context.number
        )

    def _instruments(self, counts: DashboardCounts, theme: Theme) -> Scene:
        english = self._context.language != "nl"
        by_year = counts.consortia_by_year
        used = sorted({code for per in by_year.values() for code in per})
        series = [
            (code, counts.instrument_names.get(code, (code, code))[english])
            if code
            else (code, translate("Dashboard", "No instrument"))
            for code in used
        ]
        columns = [(str(year), by_year[year]) for year in sorted(by_year)]
        title = translate("Dashboard", "Consortia per instrument and year")
        return stacked_columns(
            title, columns, series, theme, translate("Dashboard", "{column}, {series}: {count}")
        )

    def _connected(self, counts: DashboardCounts, theme: Theme) -> Scene:
        names = {
            c.organisation_id: self._labels.organisation(c.name, c.origin == "demo")
            for c in counts.most_connected
        }
        bars = [
            Bar(
                names[c.organisation_id], c.projects, helix_colour(c.kind),
                key=str(c.organisation_id),
                tip=self.tr("{name}: {count} project(s)", "", c.projects).format(
                    name=names[c.organisation_id], count=self._context.number(c.projects)
                ),
            )
            for c in counts.most_connected
        ]  # fmt: skip
        return bar_chart(
            translate("Dashboard", "Most active in projects"), bars, theme, self._context.number
        )
