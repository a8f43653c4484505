"""The pictures of one consortium, as saved: helix balance, map of the partners, network of
past collaborations, and coverage of the competences; each can be saved as PNG or SVG."""

from __future__ import annotations

from collections import Counter
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.consortia.pictures import ConsortiumPictureData, MemberRow, load_picture_data
from desktop.services.pictures.coverage_picture import CoverageMember, coverage_scene
from desktop.services.pictures.helix_picture import helix_scene
from desktop.services.pictures.map_picture import MapMarker, map_scene
from desktop.services.pictures.network_picture import network_scene
from desktop.services.pictures.scene import Scene
from desktop.services.pictures.style import Theme
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.pictures.picture_view import PictureView
from desktop.views.pictures.words import (
    coverage_words,
    helix_words,
    map_words,
    marked_network,
    network_words,
)
from desktop.views.settings_store import WidgetState

translate = QCoreApplication.translate


class ConsortiumPictures(QTabWidget):
    """One tab per picture of a consortium."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._labels = CodeLabels()
        self.data: ConsortiumPictureData | None = None
        self.helix = PictureView("helix-balance")
        self.map = PictureView("partners-map")
        self.network = PictureView("network")
        self.coverage = PictureView("coverage")
        for view, title in (
            (self.helix, translate("ConsortiumPictures", "Helix balance")),
            (self.map, translate("ConsortiumPictures", "Map")),
            (self.network, translate("ConsortiumPictures", "Network")),
            (self.coverage, translate("ConsortiumPictures", "Coverage")),
        ):
            view.set_builder(None, translate("ConsortiumPictures", "Loading…"))
            self.addTab(view, title)

    def load(self, consortium_id: int) -> None:
        self._context.run(
            partial(load_picture_data, consortium_id=consortium_id),
            self.show_data,
            self._failed,
            key=f"consortium-pictures-{id(self)}",
        )

    def _failed(self, error: BaseException, _details: str) -> None:
        text = translate("ConsortiumPictures", "The pictures could not be made: %1")
        for view in (self.helix, self.map, self.network, self.coverage):
            view.set_builder(None, text.replace("%1", str(error)))

    def show_data(self, data: ConsortiumPictureData) -> None:
        self.data = data
        no_members = translate("ConsortiumPictures", "No members yet: add them in the editor.")
        has_members = bool(data.proposal.members)
        self.helix.set_builder(partial(self._helix, data) if has_members else None, no_members)
        self.map.set_builder(partial(self._map, data) if has_members else None, no_members)
        self.network.set_builder(partial(self._network, data) if has_members else None, no_members)
        self.coverage.set_builder(
            partial(self._coverage, data) if data.proposal.competences and has_members else None,
            translate(
                "ConsortiumPictures",
                "The title, description and mission name no known competences to check.",
            ),
        )

    def _helix(self, data: ConsortiumPictureData, theme: Theme) -> Scene:
        members = [(m.organisation.kind, m.organisation.type) for m in data.proposal.members]
        return helix_scene(members, helix_words(self._labels), theme)

    def _map(self, data: ConsortiumPictureData, theme: Theme) -> Scene:
        placed = [m.organisation for m in data.proposal.members if m.organisation.province_code]
        counts = Counter(o.province_code for o in placed)
        markers = tuple(MapMarker(o.province_code, self._name(o), o.kind) for o in placed)
        words = map_words(self._labels, translate("ConsortiumPictures", "Members per province"))
        return map_scene(dict(counts), words, theme, markers=markers, number=self._context.number)

    def _network(self, data: ConsortiumPictureData, theme: Theme) -> Scene:
        network = marked_network(data.network, self._labels)
        return network_scene(network, network_words(self._labels), theme)

    def _coverage(self, data: ConsortiumPictureData, theme: Theme) -> Scene:
        language = self._context.language
        competences = [(c.code, c.word(language)) for c in data.proposal.competences]
        members = [
            CoverageMember(self._name(m.organisation), m.organisation.kind, frozenset(m.covers))
            for m in data.proposal.members
        ]
        return coverage_scene(competences, members, coverage_words(), theme)

    def _name(self, organisation: MemberRow) -> str:
        return self._labels.organisation(organisation.name, organisation.origin == "demo")


class ConsortiumPicturesDialog(QDialog):
    """The pictures of a saved consortium, in a window of their own beside the editor."""

    def __init__(
        self, context: AppContext, consortium_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ConsortiumPictures", "Pictures: %1").replace("%1", title))
        self.pictures = ConsortiumPictures(context)
        hint = QLabel(
            translate(
                "ConsortiumPictures",
                "Hover for the numbers; right-click or Ctrl+Shift+S to save a picture as PNG or "
                "SVG.",
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pictures, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self._settings = context.settings
        geometry = self._settings.widget_state(WidgetState.PICTURES_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(760, 620)
        self.pictures.setCurrentIndex(max(0, self._settings.pictures_tab))
        self.pictures.load(consortium_id)

    def done(self, result: int) -> None:
        """Remember the size and the picture shown for the next time."""
        self._settings.set_widget_state(WidgetState.PICTURES_GEOMETRY, self.saveGeometry())
        self._settings.pictures_tab = self.pictures.currentIndex()
        super().done(result)
