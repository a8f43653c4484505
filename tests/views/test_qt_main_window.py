"""The main window on a test database: title, navigation, the organisations list, settings."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models.queries.organisations.records import (
    count_organisations,
    page_of_summaries,
    save_organisation,
)
from desktop.models.queries.stats import statistics
from desktop.models.records import OrganisationRecord
from desktop.services.lifecycle.opening import open_database
from desktop.views.context import AppContext
from desktop.views.main_window import MainWindow
from desktop.views.pages.matching.desk import DeskPage
from desktop.views.pages.organisations.page import OrganisationsPage
from desktop.views.pages.organisations.table_model import Column
from desktop.views.translation import interface_locale


def organisations_page(qtbot, window: MainWindow) -> OrganisationsPage:
    window.show_page(window.page_keys().index("organisations"))
    page = window.page("organisations")
    assert isinstance(page, OrganisationsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_reloading())
    return page


def click_header(qtbot, page: OrganisationsPage, column: Column) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_title_and_status_bar_show_the_database(window, context):
    location = context.database.location
    assert location in window.windowTitle()
    assert location in window.database_status.text()


def test_the_pages_in_order(window):
    assert window.page_keys() == [
        "overview", "organisations", "missions", "desk", "match", "regional", "consortia",
        "settings",
    ]  # fmt: skip
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels[:2] == ["Overview", "Organisations"]


def test_navigation_switches_pages(qtbot, window):
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.page("organisations")
    window.page_actions.actions()[3].trigger()  # View > One-stop desk (Ctrl+4)
    assert window.current_key() == "desk"
    assert window.nav.currentRow() == 3
    page = window.current_page()
    assert isinstance(page, DeskPage)
    assert page.empty_state.title_label.text() == "One question, one place"


def test_pages_have_keyboard_shortcuts(qtbot, window):
    shortcuts = [action.shortcut().toString() for action in window.page_actions.actions()]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, 9)]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_key() == "match")


def test_the_organisations_table_fills(qtbot, window, context):
    page = organisations_page(qtbot, window)
    with context.database.transaction() as session:
        expected = count_organisations(session)
        first = page_of_summaries(session, 0, 1)[0]
    assert page.model.rowCount() == expected
    assert page.model.data(page.model.index(0, Column.NAME)) == first.name
    assert window.page_status.text() == f"Organisations: {context.number(expected)}"


def test_search_filters_rows_in_the_data_layer(qtbot, window):
    page = organisations_page(qtbot, window)
    qtbot.keyClicks(page.search, "zwaluw")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.is_reloading())
    names = {page.model.data(page.model.index(row, Column.NAME)) for row in range(2)}
    assert names == {"Zwaluwstaart Robotics", "Zwaluwnest Lab"}
    assert window.page_status.text().startswith("Organisations: 2 of ")

    page.search.setText("no organisation has this name")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.model.is_reloading())
    assert page.no_match.isVisible()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() > 2)
    assert not page.no_match.isVisible()


def test_a_search_lists_the_best_match_first_and_says_how_it_matched(qtbot, window):
    page = organisations_page(qtbot, window)
    header = page.table.horizontalHeader()
    qtbot.keyClicks(page.search, "oude maas")
    qtbot.waitUntil(lambda: page.model.query.text == "oude maas" and not page.model.is_reloading())
    names = [page.model.index(row, Column.NAME).data() for row in range(page.model.rowCount())]
    assert names[0] == "Oude Maas Katalysetechniek B.V. [Demo]  (short name Oude Maas)"
    assert not any(name.startswith("Open Universiteit") for name in names)
    assert header.sortIndicatorSection() == -1  # best first, not by a column

    click_header(qtbot, page, Column.NAME)  # the same hits, in the order of their names
    qtbot.waitUntil(lambda: page.model.query.sort == "name" and not page.model.is_reloading())
    by_name = [page.model.index(row, Column.NAME).data() for row in range(len(names))]
    assert by_name == sorted(names, key=str.lower)
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)  # typing again: best first again
    qtbot.waitUntil(lambda: page.model.query.sort == "relevance" and not page.model.is_reloading())
    assert page.model.index(0, Column.NAME).data().startswith("Oude Maas Katalysetechniek")
    assert header.sortIndicatorSection() == -1

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.query.text == "" and not page.model.is_reloading())
    assert page.model.query.sort == "name" and header.sortIndicatorSection() == Column.NAME


def test_a_search_with_more_hits_than_listed_says_so(qtbot, window, monkeypatch):
    monkeypatch.setattr("desktop.views.pages.organisations.table_model.LIST_LIMIT", 2)
    page = organisations_page(qtbot, window)
    qtbot.keyClicks(page.search, "zwaluw")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.is_reloading())
    assert window.page_status.text().startswith("Organisations: the best 2 of ")
    assert window.page_status.text().endswith("; type more to narrow the search")


def test_a_header_click_sorts_through_the_data_layer(qtbot, window, context):
    page = organisations_page(qtbot, window)
    page.search.setText("zwaluw")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.is_reloading())

    click_header(qtbot, page, Column.PROVINCE)
    qtbot.waitUntil(lambda: page.model.query.sort == "province" and not page.model.is_reloading())
    with context.database.transaction() as session:
        expected = [
            s.name for s in page_of_summaries(session, 0, 5, sort="province", text="zwaluw")
        ]
    shown = [page.model.data(page.model.index(row, Column.NAME)) for row in range(2)]
    assert shown == expected == ["Zwaluwstaart Robotics", "Zwaluwnest Lab"]

    click_header(qtbot, page, Column.PROVINCE)
    qtbot.waitUntil(lambda: page.model.query.descending and not page.model.is_reloading())
    shown = [page.model.data(page.model.index(row, Column.NAME)) for row in range(2)]
    assert shown == list(reversed(expected))


def test_a_click_on_a_column_the_database_cannot_sort_changes_nothing(qtbot, window):
    page = organisations_page(qtbot, window)
    before = page.model.query
    page.table.horizontalHeader().showSection(Column.SME)  # hidden beside the detail pane
    click_header(qtbot, page, Column.SME)
    qtbot.wait(20)
    assert page.model.query == before
    assert page.table.horizontalHeader().sortIndicatorSection() == Column.NAME


def test_an_empty_database_shows_what_to_do(qtbot, tmp_path, settings, tasks):
    opened = open_database(
        f"sqlite:///{tmp_path / 'empty.db'}", create=True, with_organisations=False
    )
    context = AppContext(opened.database, settings, tasks, interface_locale("en"), "en")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_page(1)
    page = window.page("organisations")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.empty_state)
    assert page.empty_state.title_label.text() == "No organisations yet"
    tasks.wait()
    opened.database.close()


def test_the_overview_shows_the_statistics(qtbot, window, context):
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.data is not None)
    with context.database.transaction() as session:
        numbers = statistics(session)
    assert page.organisations_figure.value_label.text() == context.number(numbers.organisations)
    assert page.projects_figure.value_label.text() == context.number(numbers.projects)
    kinds = dict(page.kind_table.rows)
    assert kinds["Business"] == numbers.by_kind.get("company", 0)
    origins = dict(page.origin_table.rows)
    assert origins["Entered"] == numbers.by_origin["user"] == 3
    assert sum(count for _, count in page.province_table.rows) == numbers.organisations


def test_geometry_and_page_are_restored(qtbot, context):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(QSize(720, 520))
    first.show_page(first.page_keys().index("consortia"))
    first.close()  # writes the settings

    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(720, 520)
    assert second.current_key() == "consortia"
    assert context.settings.qsettings.value("main_window/page", type=str) == "consortia"


def test_the_desk_kept_under_its_earlier_key_is_shown_again(qtbot, context):
    context.settings.qsettings.setValue("main_window/page", "question")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.current_key() == "desk"


def test_a_new_window_without_settings_opens_on_the_overview(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.current_key() == "overview"
    assert window.size().width() >= 1000


def test_about_names_the_database(window, context, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    about = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu().actions()[0]
    about.trigger()
    assert context.database.location in shown[0]


def test_a_failing_task_is_shown_in_a_dialog(qtbot, window, context, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "desktop.views.error_reporting._report_dialog",
        lambda _parent, _title, message, details: shown.append((message, details)),
    )

    def broken(_database):
        raise RuntimeError("the disk is gone")

    context.run(broken, lambda _result: None)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "the disk is gone"
    assert "RuntimeError" in shown[0][1]


def test_refresh_reloads_the_current_page(qtbot, window, context):
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.data is not None)
    before = page.data.statistics.organisations
    add_organisation_named(context, "Roerdomp Sensoren")
    refresh = (
        next(a for a in window.menuBar().actions() if a.text() == "&View").menu().actions()[-1]
    )
    assert refresh.shortcut().toString() == "F5"
    refresh.trigger()
    qtbot.waitUntil(lambda: page.data.statistics.organisations == before + 1)


def test_ctrl_f_goes_to_the_search_box(qtbot, window):
    page = organisations_page(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)


def add_organisation_named(context: AppContext, name: str) -> None:
    with context.database.transaction() as session:
        save_organisation(
            session, OrganisationRecord(name=name, kind="company", type="sme"), "user"
        )


def test_a_page_chosen_in_the_page_list_takes_its_own_keys_at_once(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.nav.setFocus()
    item = window.nav.visualItemRect(window.nav.item(1))  # Organisations
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    page = window.page("organisations")
    qtbot.waitUntil(lambda: window.current_page() is page)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
