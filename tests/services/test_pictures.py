"""The pictures computed without Qt: map, helix balance, coverage, network, charts, counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from desktop.models.queries.picture_data import (
    consortium_network,
    dashboard_counts,
    organisation_network,
)
from desktop.models.queries.stats import statistics
from desktop.models.tables.organisation import Organisation
from desktop.services.pictures.charts import Bar, bar_chart, stacked_columns
from desktop.services.pictures.coverage_picture import CoverageMember, CoverageWords, coverage_scene
from desktop.services.pictures.helix_picture import HelixWords, helix_scene
from desktop.services.pictures.map_picture import MapMarker, MapWords, classes, map_scene
from desktop.services.pictures.network_picture import NetworkWords, network_scene
from desktop.services.pictures.provinces import MapFileError, province_outlines
from desktop.services.pictures.scene import Circle, Line, Polygon, Rect
from desktop.services.pictures.style import HELIX_COLOURS, LIGHT
from tests.export_fixtures import build_consortium

KINDS = {"company": "Business", "knowledge": "Knowledge", "government": "Government"}
MAP_WORDS = MapWords("Organisations", "None", lambda n: "{name}: {count}", "Members", KINDS)
PROVINCES = {
    "NL-GR", "NL-FR", "NL-DR", "NL-OV", "NL-FL", "NL-GE",
    "NL-UT", "NL-NH", "NL-ZH", "NL-ZE", "NL-NB", "NL-LI",
}  # fmt: skip


def test_the_shipped_map_has_the_twelve_provinces_with_closed_rings():
    outlines = province_outlines()
    assert {o.code for o in outlines} == PROVINCES
    assert {o.name for o in outlines} >= {"Fryslân", "Noord-Brabant", "Zeeland"}
    for outline in outlines:
        assert all(ring[0] == pytest.approx(ring[-1]) for ring in outline.rings)
    # Zeeland and the Wadden islands are several pieces
    zeeland = next(o for o in outlines if o.code == "NL-ZE")
    assert len(zeeland.rings) > 1


def test_a_broken_map_file_is_named_in_the_error(tmp_path: Path):
    broken = tmp_path / "provinces.topojson"
    broken.write_text('{"type": "Topology", "arcs": [', encoding="utf-8")
    with pytest.raises(MapFileError, match="provinces.topojson"):
        province_outlines(broken)


def test_classes_split_the_positive_counts():
    assert classes([0, 0]) == []
    assert classes([5, 5, 5]) == [(5, 5)]
    ranges = classes([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 0])
    assert ranges[0][0] == 1 and ranges[-1][1] == 10 and len(ranges) == 5
    assert all(low <= high for low, high in ranges)


def test_map_colours_the_provinces_that_have_organisations():
    counts = {"NL-GR": 10, "NL-ZH": 400, "NL-NB": 120}
    markers = (MapMarker("NL-GR", "RUG", "knowledge"), MapMarker("NL-GR", "Wadgloed", "company"))
    scene = map_scene(counts, MAP_WORDS, LIGHT, markers=markers, selected="NL-NB")
    assert sorted(scene.facts["coloured"]) == ["NL-GR", "NL-NB", "NL-ZH"]
    provinces = {p.key: p for p in scene.of_kind(Polygon) if p.key}
    assert set(provinces) == PROVINCES
    assert provinces["NL-UT"].fill == LIGHT.empty
    assert provinces["NL-ZH"].fill != provinces["NL-GR"].fill != LIGHT.empty
    assert provinces["NL-ZH"].tip == "Zuid-Holland: 400"
    markers_drawn = [c for c in scene.of_kind(Circle) if c.tip in ("RUG", "Wadgloed")]
    assert {c.fill for c in markers_drawn} == {HELIX_COLOURS["knowledge"], HELIX_COLOURS["company"]}
    assert markers_drawn[0].centre != markers_drawn[1].centre  # two in one province side by side
    texts = scene.texts()
    assert "Organisations" in texts and "None" in texts and "Members" in texts
    assert "Bron: CBS, PDOK" in texts
    # a click in the middle of Utrecht finds Utrecht
    utrecht = provinces["NL-UT"].rings[0]
    x = sum(p[0] for p in utrecht) / len(utrecht)
    y = sum(p[1] for p in utrecht) / len(utrecht)
    assert scene.shape_at(x, y).key == "NL-UT"


def test_helix_balance_shows_what_is_missing():
    words = HelixWords(
        KINDS, {"university": "University"}, "Chain", "missing", lambda n: "{what}: {count}"
    )
    members = [("company", "sme"), ("company", "startup"), ("knowledge", "university")]
    scene = helix_scene(members, words, LIGHT)
    assert scene.facts["present"] == ["company", "knowledge"]
    assert scene.facts["missing"] == ["government", "society"]
    assert scene.facts["chain_missing"] == ["to2", "hogeschool"]
    assert scene.texts().count("missing") == 4  # two helix kinds and two links of the chain
    dashed = [r for r in scene.of_kind(Rect) if r.dashed]
    assert len(dashed) == 4
    assert any(r.tip == "Business: 2" for r in scene.of_kind(Rect))


def test_coverage_matrix_marks_gaps():
    words = CoverageWords(
        "not covered", "{member} covers {competence}", "{member} no", lambda n: "{count}"
    )
    members = [
        CoverageMember("A", "company", frozenset({"h2"})),
        CoverageMember("B", "knowledge", frozenset({"h2", "pv"})),
    ]
    scene = coverage_scene(
        [("h2", "hydrogen"), ("pv", "solar"), ("ai", "AI")], members, words, LIGHT
    )
    assert scene.facts == {"rows": 3, "columns": 2, "filled": 3, "gaps": ["ai"]}
    assert scene.texts().count("not covered") == 1
    assert [t for t in scene.texts() if t in ("A", "B")] == ["A", "B"]
    assert sum(1 for c in scene.of_kind(Circle) if c.tip and "covers" in c.tip) == 3


def _network_words() -> NetworkWords:
    return NetworkWords(
        KINDS, "Helix", "Line: projects", lambda n: "{first}-{second}: {count}", "{name}", "-"
    )


def test_consortium_network_from_the_track_record(database):
    built = build_consortium(database)
    with database.transaction() as session:
        network = consortium_network(session, built.consortium_id)
    assert len(network.nodes) == 4
    pair = (min(built.lead, built.province), max(built.lead, built.province))
    assert network.shared.get(pair, 0) >= 1
    scene = network_scene(network, _network_words(), LIGHT)
    assert scene.facts["nodes"] == 4
    assert scene.facts["edges"] == len(network.shared)
    assert len([c for c in scene.of_kind(Circle) if c.key]) == 4
    assert len(scene.of_kind(Line)) == len(network.shared) + 1  # and the legend's sample line


def test_organisation_network_puts_it_in_the_middle(database):
    built = build_consortium(database)
    with database.transaction() as session:
        network = organisation_network(session, built.lead)
    assert network.centre == built.lead
    assert network.nodes[0].organisation_id == built.lead
    assert built.province in {n.organisation_id for n in network.nodes}
    scene = network_scene(network, _network_words(), LIGHT)
    centre = next(c for c in scene.of_kind(Circle) if c.key == str(built.lead))
    others = [c for c in scene.of_kind(Circle) if c.key and c.key != str(built.lead)]
    assert all(c.radius < centre.radius for c in others)


def test_dashboard_counts_agree_with_the_statistics(database):
    build_consortium(database)
    with database.transaction() as session:
        counts = dashboard_counts(session)
        numbers = statistics(session)
        companies = session.exec(select(Organisation).where(Organisation.kind == "company")).all()
    assert counts.by_kind == numbers.by_kind
    assert counts.by_province == numbers.by_province
    assert counts.smes == sum(1 for c in companies if c.is_sme)
    assert counts.smes + counts.other_companies == len(companies)
    assert (
        counts.consortia_by_status == {"draft": 1} or sum(counts.consortia_by_status.values()) == 1
    )
    (year,) = counts.consortia_by_year
    assert counts.consortia_by_year[year] == {"mit-rd": 1}
    assert counts.instrument_names["mit-rd"][0]
    projects = [c.projects for c in counts.most_connected]
    assert projects == sorted(projects, reverse=True) and len(projects) == 10


def test_charts_draw_one_bar_per_value():
    bars = [Bar("a", 10, "#000000"), Bar("b", 5, "#111111", key="7")]
    scene = bar_chart("Title", bars, LIGHT)
    rects = scene.of_kind(Rect)
    assert len(rects) == 2 and rects[0].width == pytest.approx(2 * rects[1].width)
    assert rects[1].key == "7" and "Title" in scene.texts()
    columns = stacked_columns(
        "Per year",
        [("2025", {"x": 2}), ("2026", {"x": 1, "y": 3})],
        [("x", "X"), ("y", "Y")],
        LIGHT,
    )
    assert columns.facts == {"columns": 2, "series": ["x", "y"]}
    assert len([r for r in columns.of_kind(Rect) if r.tip]) == 3
