"""The translated words of the pictures, for the builders in ``desktop.services.pictures``, and the
names they show (demonstration organisations with their tag)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject

from desktop.services.pictures.coverage_picture import CoverageWords
from desktop.services.pictures.helix_picture import HelixWords
from desktop.services.pictures.loading import Network
from desktop.services.pictures.map_picture import MapWords
from desktop.services.pictures.network_picture import NetworkWords
from desktop.views.labels import CodeLabels

translate = QCoreApplication.translate


class PictureCounts(QObject):
    """The tooltips with a count, in Qt's plural forms (``lupdate`` reads them from ``self.tr``);
    ``{count}`` is filled in by the picture."""

    def organisations(self, n: int) -> str:
        return self.tr("{name}: {count} organisation(s)", "", n)

    def members(self, n: int) -> str:
        return self.tr("{what}: {count} member(s)", "", n)

    def covered_by(self, n: int) -> str:
        return self.tr("{competence}: covered by {count} member(s)", "", n)

    def shared_projects(self, n: int) -> str:
        return self.tr("{first} and {second}: {count} shared project(s)", "", n)


def map_words(labels: CodeLabels, legend_title: str | None = None) -> MapWords:
    return MapWords(
        legend_title=legend_title or translate("Pictures", "Organisations"),
        none=translate("Pictures", "None"),
        province_tip=PictureCounts().organisations,
        members_title=translate("Pictures", "Members"),
        kinds=labels.kinds,
    )


def helix_words(labels: CodeLabels) -> HelixWords:
    return HelixWords(
        kinds=labels.kinds,
        chain=labels.chain_links,
        chain_title=translate("Pictures", "Knowledge chain"),
        missing=translate("Pictures", "missing"),
        tip=PictureCounts().members,
    )


def coverage_words() -> CoverageWords:
    return CoverageWords(
        gap=translate("Pictures", "not covered"),
        covered_tip=translate("Pictures", "{member} covers {competence}"),
        missing_tip=translate("Pictures", "{member} does not cover {competence}"),
        count_tip=PictureCounts().covered_by,
    )


def network_words(labels: CodeLabels) -> NetworkWords:
    return NetworkWords(
        kinds=labels.kinds,
        legend_title=translate("Pictures", "Helix kind"),
        lines=translate("Pictures", "Line: projects done together"),
        edge_tip=PictureCounts().shared_projects,
        node_tip=translate("Pictures", "{name} ({kind})"),
        alone=translate("Pictures", "No projects done together yet"),
    )


def marked_network(network: Network, labels: CodeLabels) -> Network:
    """The network with the demonstration organisations' names tagged, in labels and tips."""
    nodes = tuple(
        replace(node, name=labels.organisation(node.name, node.origin == "demo"))
        for node in network.nodes
    )
    return replace(network, nodes=nodes)
