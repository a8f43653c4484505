"""An organisation's own network: it in the middle, its most frequent project partners around
it, and lines for the projects each pair did together. A click on a partner opens it."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from desktop.models.repositories.picture_data import Network, organisation_network
from desktop.pictures.network_picture import network_scene
from desktop.views.context import AppContext
from desktop.views.labels import CodeLabels
from desktop.views.pictures.picture_view import PictureView
from desktop.views.pictures.words import network_words

translate = QCoreApplication.translate


class OrganisationNetworkView(PictureView):
    organisationChosen = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("network", parent)
        self._context = context
        self._labels = CodeLabels()
        self.network: Network | None = None
        self.shapeClicked.connect(self._clicked)

    def show_organisation(self, organisation_id: int) -> None:
        self.set_builder(None, translate("OrganisationNetwork", "Loading…"))
        self._context.query(
            partial(organisation_network, organisation_id=organisation_id),
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
        self.set_builder(lambda theme: network_scene(network, words, theme))

    def _clicked(self, key: str) -> None:
        if self.network is not None and int(key) != self.network.centre:
            self.organisationChosen.emit(int(key))
