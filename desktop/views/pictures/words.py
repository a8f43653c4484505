"""The translated words of the pictures, for the builders in ``desktop.pictures``, and the
names they show (demonstration organisations with their tag)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from desktop.models.repositories.picture_data import Network
from desktop.pictures.coverage_picture import CoverageWords
from desktop.pictures.helix_picture import HelixWords
from desktop.pictures.map_picture import MapWords
from desktop.pictures.network_picture import NetworkWords
from desktop.views.labels import CodeLabels

translate = QCoreApplication.translate


def map_words(labels: CodeLabels, legend_title: str | None = None) -> MapWords:
    return MapWords(
        legend_title=legend_title or translate("Pictures", "Organisations"),
        none=translate("Pictures", "None"),
        province_tip=translate("Pictures", "{name}: {count} organisations"),
        members_title=translate("Pictures", "Members"),
        kinds=labels.kinds,
    )


def helix_words(labels: CodeLabels) -> HelixWords:
    return HelixWords(
        kinds=labels.kinds,
        chain={
            "university": translate("Pictures", "University"),
            "to2": translate("Pictures", "TO2 institute"),
            "hogeschool": translate("Pictures", "Hogeschool"),
        },
        chain_title=translate("Pictures", "Knowledge chain"),
        missing=translate("Pictures", "missing"),
        tip=translate("Pictures", "{what}: {count} member(s)"),
    )


def coverage_words() -> CoverageWords:
    return CoverageWords(
        gap=translate("Pictures", "not covered"),
        covered_tip=translate("Pictures", "{member} covers {competence}"),
        missing_tip=translate("Pictures", "{member} does not cover {competence}"),
        count_tip=translate("Pictures", "{competence}: covered by {count} member(s)"),
    )


def network_words(labels: CodeLabels) -> NetworkWords:
    return NetworkWords(
        kinds=labels.kinds,
        legend_title=translate("Pictures", "Helix kind"),
        lines=translate("Pictures", "Line: projects done together"),
        edge_tip=translate("Pictures", "{first} and {second}: {count} shared project(s)"),
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
