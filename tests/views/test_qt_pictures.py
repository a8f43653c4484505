"""The pictures drawn with QPainter: rendered offscreen to PNG and SVG, clicked, hovered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from sqlmodel import func, select

from desktop.models.queries.picture_data import dashboard_counts
from desktop.models.tables.organisation import Organisation
from desktop.services.pictures.map_picture import MapMarker, map_scene
from desktop.services.pictures.scene import Circle, Polygon, Rect
from desktop.services.pictures.style import DARK, LIGHT
from desktop.views.labels import CodeLabels
from desktop.views.main_window import MainWindow
from desktop.views.pages.consortia.page import ConsortiaPage
from desktop.views.pictures.dashboard import DashboardPanel
from desktop.views.pictures.organisation_network import OrganisationNetworkView
from desktop.views.pictures.painter import PNG_SCALE, save_png, save_svg
from desktop.views.pictures.picture_view import PictureView
from desktop.views.pictures.words import map_words
from tests.export_fixtures import build_consortium


def _inside(polygon: Polygon) -> tuple[float, float]:
    """A point inside the province: the middle of its widest horizontal chord."""
    ring = max(polygon.rings, key=len)
    ys = sorted(y for _, y in ring)
    y = ys[len(ys) // 2] + 0.01
    crossings = sorted(
        x1 + (y - y1) * (x2 - x1) / (y2 - y1)
        for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False)
        if (y1 > y) != (y2 > y)
    )
    pairs = list(zip(crossings[::2], crossings[1::2], strict=False))
    left, right = max(pairs, key=lambda p: p[1] - p[0])
    return (left + right) / 2, y


def _pixel(image: QImage, point: tuple[float, float]) -> str:
    return image.pixelColor(round(point[0] * PNG_SCALE), round(point[1] * PNG_SCALE)).name()


def test_map_png_colours_the_right_provinces(qapp, tmp_path: Path):
    scene = map_scene({"NL-ZH": 500, "NL-GR": 20}, map_words(CodeLabels()), LIGHT)
    path = tmp_path / "map.png"
    save_png(scene, path, LIGHT.background)
    image = QImage(str(path))
    assert image.width() == round(scene.width * PNG_SCALE)
    provinces = {p.key: p for p in scene.of_kind(Polygon) if p.key}
    assert _pixel(image, _inside(provinces["NL-ZH"])) == provinces["NL-ZH"].fill.lower()
    assert _pixel(image, _inside(provinces["NL-GR"])) == provinces["NL-GR"].fill.lower()
    assert provinces["NL-ZH"].fill != provinces["NL-GR"].fill
    assert _pixel(image, _inside(provinces["NL-GE"])) == LIGHT.empty
    # the legend has a swatch in each class's colour
    swatch = next(r for r in scene.of_kind(Rect) if r.fill == provinces["NL-ZH"].fill)
    assert _pixel(image, (swatch.x + swatch.width / 2, swatch.y + swatch.height / 2)) == swatch.fill


def test_map_svg_is_a_drawing_with_the_provinces(qapp, tmp_path: Path):
    markers = (MapMarker("NL-UT", "Utrecht University", "knowledge"),)
    scene = map_scene({"NL-UT": 3}, map_words(CodeLabels()), DARK, markers=markers)
    path = tmp_path / "map.svg"
    save_svg(scene, path, DARK.background)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text
    assert text.count("<path") >= 12
    assert "Members" in text and "Organisations" in text


def test_clicking_a_province_reports_its_code(qtbot):
    view = PictureView("map")
    qtbot.addWidget(view)
    scene = map_scene({"NL-NB": 8}, map_words(CodeLabels()), LIGHT)
    view.set_builder(lambda theme: scene)
    view.resize(round(scene.width), round(scene.height))
    view.show()
    brabant = next(p for p in scene.of_kind(Polygon) if p.key == "NL-NB")
    x, y = _inside(brabant)
    with qtbot.waitSignal(view.shapeClicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert clicked.args == ["NL-NB"]


def test_the_view_follows_a_dark_palette(qtbot):
    view = PictureView("map")
    qtbot.addWidget(view)
    themes = []

    def build(theme):
        themes.append(theme)
        return map_scene({}, map_words(CodeLabels()), theme)

    view.set_builder(build)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    view.setPalette(palette)
    assert themes[0] == LIGHT and themes[-1] == DARK


def test_dashboard_draws_every_chart_from_the_database(qtbot, context, database, tmp_path):
    with database.transaction() as session:
        counts = dashboard_counts(session)
    panel = DashboardPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1100, 900)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.counts is not None)
    assert panel.counts == counts
    assert panel.map.scene is not None and len(panel.map.scene.facts["coloured"]) == 12
    assert panel.kinds.scene.facts["bars"] == 4
    assert panel.connected.scene.facts["bars"] == 10
    assert panel.statuses.scene is None  # no consortia yet: the empty state says so
    assert "consortia" in panel.statuses.placeholder
    image = panel.grab().toImage()
    image.save(str(tmp_path / "dashboard.png"))
    assert image.width() == 1100
    with qtbot.waitSignal(panel.provinceChosen) as chosen:
        panel.map.shapeClicked.emit("NL-LI")
    assert chosen.args == ["NL-LI"]


def test_a_click_on_the_overview_map_shows_the_province_without_an_old_search(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.page("organisations")
    window.show_key("organisations")
    qtbot.keyClicks(page.search, "Deltares")  # typed earlier; Deltares is not in Zeeland
    qtbot.waitUntil(lambda: page.model.query.text == "Deltares")
    window.show_key("overview")
    overview = window.page("overview")
    overview.refresh()
    qtbot.waitUntil(lambda: overview.dashboard.map.scene is not None)
    view = overview.dashboard.map
    zeeland = next(p for p in view.scene.of_kind(Polygon) if p.key == "NL-ZE")
    x, y = _inside(zeeland)
    scale, dx, dy = view._transform()
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=QPoint(round(x * scale + dx), round(y * scale + dy))
    )
    assert window.current_key() == "organisations"
    assert page.search.text() == ""
    assert page.filters.filters().province_code == "NL-ZE"
    qtbot.waitUntil(lambda: page.model.query.filters.province_code == "NL-ZE")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_reloading())
    with context.database.transaction() as session:
        in_zeeland = session.exec(
            select(func.count()).where(Organisation.province_code == "NL-ZE")
        ).one()
    qtbot.waitUntil(lambda: page.model.rowCount() == in_zeeland)
    context.tasks.wait()


def test_consortium_pictures_show_helix_map_network_and_coverage(qtbot, context, tmp_path):
    built = build_consortium(context.database)
    page = ConsortiaPage(context)
    qtbot.addWidget(page)
    page.consortium_id = built.consortium_id
    dialog = page.show_pictures()
    qtbot.addWidget(dialog)
    pictures = dialog.pictures
    qtbot.waitUntil(lambda: pictures.data is not None, timeout=15_000)
    assert pictures.helix.scene.facts["present"] == ["company", "knowledge", "government"]
    assert pictures.helix.scene.facts["missing"] == ["society"]
    assert pictures.map.scene.facts["coloured"] == ["NL-GR"]
    assert pictures.map.scene.facts["markers"] == 4
    network = pictures.network.scene.facts
    assert network["nodes"] == 4 and network["edges"] == len(pictures.data.network.shared) >= 1
    coverage = pictures.coverage.scene.facts
    assert coverage["columns"] == 4
    assert coverage["rows"] == len(pictures.data.proposal.competences) > 0
    for index in range(pictures.count()):
        pictures.setCurrentIndex(index)
        image = dialog.grab().toImage()
        image.save(str(tmp_path / f"consortium-{index}.png"))
        assert len({image.pixel(x, 150) for x in range(0, image.width(), 4)}) > 3
    view = pictures.network
    view.save(tmp_path / "network.svg")
    view.save(tmp_path / "network.png")
    assert "<svg" in (tmp_path / "network.svg").read_text(encoding="utf-8")
    assert QImage(str(tmp_path / "network.png")).width() > 100
    pictures.setCurrentWidget(pictures.network)
    dialog.reject()  # the next dialog opens on the same picture
    again = page.show_pictures()
    qtbot.addWidget(again)
    assert again.pictures.currentWidget() is again.pictures.network
    context.tasks.wait()


def test_an_organisations_own_network_opens_a_partner_on_click(qtbot, context):
    built = build_consortium(context.database)
    view = OrganisationNetworkView(context)
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.set_organisation(built.lead)
    assert view.network is None  # loaded once shown
    view.show()
    qtbot.waitUntil(lambda: view.network is not None)
    assert view.network.centre == built.lead
    assert view.scene.facts["nodes"] == len(view.network.nodes) > 1
    partner = next(c for c in view.scene.of_kind(Circle) if c.key == str(built.province))
    with qtbot.waitSignal(view.organisationChosen) as chosen:
        view.shapeClicked.emit(partner.key)
    assert chosen.args == [built.province]
    context.tasks.wait()


def test_the_detail_pane_shows_the_organisations_network(qtbot, context):
    built = build_consortium(context.database)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_key("organisations")
    page = window.page("organisations")
    page.show_organisation(built.lead)
    qtbot.waitUntil(lambda: page.detail_stack.currentWidget() is page.detail)
    page.detail.tabs.setCurrentWidget(page.network)
    qtbot.waitUntil(lambda: page.network.network is not None)
    assert page.network.network.centre == built.lead
    with qtbot.waitSignal(page.network.organisationChosen):
        page.network.shapeClicked.emit(str(built.province))
    qtbot.waitUntil(lambda: page.shown_id == built.province)
    context.tasks.wait()


def test_tooltips_give_the_numbers_of_the_shape_under_the_mouse(qtbot):
    view = PictureView("map")
    qtbot.addWidget(view)
    view.setToolTip("Click a province")
    scene = map_scene({"NL-FR": 12}, map_words(CodeLabels()), LIGHT)
    view.set_builder(lambda theme: scene)
    view.resize(round(scene.width), round(scene.height))
    view.show()
    friesland = next(p for p in scene.of_kind(Polygon) if p.key == "NL-FR")
    assert view.tip_at(QPointF(*_inside(friesland))) == "Fryslân: 12 organisations"
    assert view.tip_at(QPointF(scene.width - 2, scene.height - 2)) == "Click a province"
