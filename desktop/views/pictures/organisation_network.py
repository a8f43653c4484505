"""An organisation's own network: it in the middle, its most frequent project partners around
it, and lines for the projects each pair did together. A click on a partner opens it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop.services.pictures.loading import Network, load_organisation_network
from desktop.services.pictures.network_picture import network_scene
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.pictures.picture_view import PictureView
from desktop.views.pictures.words import marked_network, network_words

translate = QCoreApplication.translate


class OrganisationNetworkView(PictureView):
    organisationChosen = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("network", parent)
        self._context = context
        self._labels = CodeLabels()
        self.network: Network | None = None
        self._wanted: int | None = None  # the organisation to show
        self._loading: int | None = None  # the organisation asked for last
        self.shapeClicked.connect(self._clicked)

    def set_organisation(self, organisation_id: int) -> None:
        """Show this organisation's network; it is loaded once the view is visible."""
        self._wanted = organisation_id
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load()

    def _load(self) -> None:
        if self._wanted is None or self._wanted == self._loading:
            return
        self._loading = self._wanted
        self.set_builder(None, translate("OrganisationNetwork", "Loading…"))
        self._context.run(
            partial(load_organisation_network, organisation_id=self._wanted),
            self.show_network,
            key=f"organisation-network-{id(self)}",
        )

    def show_network(self, network: Network) -> None:
        self.network = network
        if len(network.nodes) < 2:
            self.set_builder(
                None,
                translate(
                    "OrganisationNetwork",
                    "No projects with partners yet: import projects to see the network.",
                ),
            )
            return
        words = network_words(self._labels)
        marked = marked_network(network, self._labels)
        self.set_builder(lambda theme: network_scene(marked, words, theme))

    def _clicked(self, key: str) -> None:
        if self.network is not None and int(key) != self.network.centre:
            self.organisationChosen.emit(int(key))
