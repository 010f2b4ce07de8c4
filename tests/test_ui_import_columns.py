"""The import screen on rosters whose headers nobody listed (issue 13), driven with real
clicks and keys: the columns to decide come first with their proposal one click away,
the Import button stays off until each is decided and counts persons, the decision is
remembered for the office's next file, and repeated rows are named."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from tests.importing import ministry_roster
from tests.importing.office_rosters import family_column_unnamed
from tests.importing.state import roster
from tests.test_ui_import import import_page
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from ui.main_window import MainWindow
from ui.models.import_tables import ColumnMappingModel
from ui.pages.import_page import CHECK, DONE, ImportPage


def click_cell(page: ImportPage, row: int, column: int, double: bool = False) -> None:
    view = page.check_step.column_view
    view.scrollTo(page.check_step.mapping.index(row, column))
    where = view.visualRect(page.check_step.mapping.index(row, column)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:  # a person's double click: press and release, then the double click
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_column_to_decide_comes_first_and_its_proposal_is_one_click_away(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    case, letter, header = family_column_unnamed(tmp_path / "march", 60)
    page = import_page(window)
    window.show_page("import")
    page.open_file(case.path)
    check = page.check_step
    assert page.stack.currentIndex() == CHECK
    model = check.mapping
    first = model.columns[0]
    assert first.letter == letter and first.undecided and first.proposal == "household"
    assert model.data(model.index(0, ColumnMappingModel.FIELD)) == "(not imported: decide)"
    assert model.data(model.index(0, ColumnMappingModel.PROPOSAL)) == "Use: Household"
    assert "adjacent rows" in model.data(model.index(0, ColumnMappingModel.HOW))
    assert f"{letter} ({header})" in check.missing_label.text()
    assert not check.import_button.isEnabled()
    click_cell(page, 0, ColumnMappingModel.PROPOSAL)
    assert page.mapping is not None and page.mapping.columns == {header: "household"}
    row = model.row_of(letter)
    assert row is not None
    decided = model.columns[row]
    assert decided.field == "household" and decided.how == "mapping" and not decided.undecided
    assert check.missing_label.text() == ""
    assert check.import_button.isEnabled() and check.import_button.text() == "Import 60 persons"
    qtbot.mouseClick(check.import_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == DONE and page.report is not None
    assert page.report.committed and "remembered" in page.done_step.lines.text()
    operation = window.operation
    assert operation is not None
    assert len({p["household"] for p in roster(operation) if p["household"]}) > 5
    # The office's next file, twenty persons more: nothing to decide, shown as remembered.
    second, _, _ = family_column_unnamed(tmp_path / "april", 80)
    qtbot.mouseClick(page.done_step.another_button, Qt.MouseButton.LeftButton)
    page.open_file(second.path)
    assert check.remembered_label.isVisible()
    assert case.path.name in check.remembered_label.text()
    assert not any(c.undecided for c in model.columns)
    assert check.import_button.isEnabled() and check.import_button.text() == "Import 20 persons"
    # Changing another column there keeps the remembered ones: the family column stays.
    notes = model.row_of(next(c.letter for c in model.columns if c.field == "notes"))
    assert notes is not None
    click_cell(page, notes, ColumnMappingModel.FIELD, double=True)
    [editor] = check.column_view.viewport().findChildren(QComboBox)
    editor.showPopup()  # chosen from the list, with the mouse
    QTest.mouseClick(editor.view().viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.view().visualRect(editor.model().index(0, 0)).center())
    qtbot.waitUntil(lambda: page.mapping is not None)
    row = model.row_of(letter)
    assert row is not None and model.columns[row].field == "household"
    assert not any(c.undecided for c in model.columns)


def test_a_column_is_left_out_by_choosing_not_imported(qtbot: Any, window: MainWindow,
                                                      tmp_path: Path) -> None:
    case, letter, header = family_column_unnamed(tmp_path, 30)
    page = import_page(window)
    window.show_page("import")
    page.open_file(case.path)
    check = page.check_step
    assert check.mapping.columns[0].letter == letter
    click_cell(page, 0, ColumnMappingModel.FIELD, double=True)
    [editor] = check.column_view.viewport().findChildren(QComboBox)
    assert editor.currentData() == ""
    QTest.keyClick(editor, Qt.Key.Key_Down)
    QTest.keyClick(editor, Qt.Key.Key_Up)  # back to "(not imported)", chosen with keys
    assert page.mapping is None  # moving through the list with keys decides nothing yet
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.mapping is not None)
    assert page.mapping is not None and page.mapping.columns == {header: None}
    row = check.mapping.row_of(letter)
    assert row is not None and check.mapping.columns[row].decided
    assert check.import_button.isEnabled()
    assert check.import_button.text() == "Import 30 persons"


def test_repeated_rows_are_named(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    made = ministry_roster.write_ministry_roster(tmp_path / "roster.xlsx")
    page = import_page(window)
    page.open_file(made.path)
    check = page.check_step
    text = check.outcome_label.text()
    assert "1 repeated row merged" in text
    assert "Data WNI row 13 repeats row 5 (same Passport no., Full name, Date of birth): " \
        "merged" in text
    assert "row 13 repeats row 5" in check.notes.text()
    qtbot.mouseClick(check.skip_check, Qt.MouseButton.LeftButton)
    # Twelve rows were read; three are broken and one repeats a person: eight persons.
    assert check.import_button.text() == "Import 8 persons"
