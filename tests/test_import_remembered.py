"""Mappings remembered per source (issue 13): a mapping confirmed once is stored in the
operation and applied to the office's next file with the same header row, shown as such;
``--save-mapping NAME`` and ``--mapping NAME``; mappings handed to another office as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.cli import main
from planner.db import Operation, open_operation
from planner.importing import (
    ColumnMapping,
    ImportOptions,
    UndecidedColumns,
    analyse,
    run_import,
)
from planner.importing.remembered import all_mappings
from planner.words.catalogue import catalogue_words
from planner.words.render import date_text, render
from tests.importing.cli import new_operation_file, run
from tests.importing.office_rosters import family_column_unnamed
from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx
from tests.importing.state import roster


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return new_operation_file(tmp_path)


def office_file(folder: Path, persons: int) -> tuple[Path, str, str]:
    case, letter, header = family_column_unnamed(folder, persons)
    return case.path, letter, header


def families(operation: Operation) -> int:
    return len({p["household"] for p in roster(operation) if p["household"]})


def test_a_decided_mapping_is_applied_to_the_next_file_with_the_same_headers(
        operation: Operation, tmp_path: Path) -> None:
    first, letter, header = office_file(tmp_path / "march", 60)
    with pytest.raises(UndecidedColumns):
        run_import(operation, first)
    report = run_import(operation, first, ImportOptions(
        mapping=ColumnMapping({header: "household"})))
    assert report.committed and report.saved_mappings
    assert families(operation) > 0
    with operation.session() as session:
        [saved] = all_mappings(session)
    assert saved.columns[header] == "household" and saved.source_file == first.name
    # The office's next file: same headers, twenty persons more; nothing asked again.
    second, _, _ = office_file(tmp_path / "april", 80)
    analysis = analyse(second, operation=operation)
    [sheet] = analysis.sheets
    assert sheet.remembered is not None
    # Where the columns come from, in both languages (a reason, not an English sentence).
    saved_on = sheet.remembered.facts["date"]
    assert render(sheet.remembered) == \
        f"the mapping confirmed with {first.name} on {date_text(saved_on)}"
    indonesian = catalogue_words("id")
    assert render(sheet.remembered, indonesian) == (
        f"pemetaan yang dikonfirmasi dengan {first.name} pada {date_text(saved_on, indonesian)}")
    column = next(c for c in sheet.columns if c.letter == letter)
    assert column.field == "household" and column.how == "remembered"
    assert not sheet.undecided
    again = run_import(operation, second)
    assert again.committed and again.counts_for(sheet.kind).added == 20  # type: ignore[arg-type]
    assert len(roster(operation)) == 80


def test_the_header_row_is_found_under_another_title_block(sqlite_operation: Operation,
                                                           tmp_path: Path) -> None:
    rows = [["Kode", "Nama Orang", "Jantina", "Lahir"],
            ["A1", "Siti", "P", "01/01/1990"], ["A1", "Budi", "L", "02/02/1985"],
            ["A2", "Eko", "L", "03/03/1970"]]
    plain = write_raw_xlsx(tmp_path / "plain.xlsx", [RawSheet("Data", rows)])
    report = run_import(sqlite_operation, plain, ImportOptions(
        mapping=ColumnMapping({"Kode": "household"})))
    assert report.committed
    titled = write_raw_xlsx(tmp_path / "titled.xlsx", [RawSheet("Data", [
        ["DAFTAR WNI"], ["Maret 2026"], [], rows[0],
        ["B7", "Rina", "P", "04/04/1991"], ["B7", "Joko", "L", "05/05/1989"]])])
    analysis = analyse(titled, operation=sqlite_operation)
    [sheet] = analysis.sheets
    assert sheet.header_row == 4 and sheet.remembered is not None
    assert [c.field for c in sheet.columns] == ["household", "full_name", "sex",
                                                 "date_of_birth"]



@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_save_mapping_export_and_hand_it_to_another_office(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    here, there = tmp_path / "here.sqlite", tmp_path / "there.sqlite"
    for made in (here, there):
        assert main(["--db", str(made), "init"]) == 0
    path, letter, header = office_file(tmp_path / "files", 40)
    capsys.readouterr()
    code, out, err = run(capsys, "--db", str(here), "import", str(path), "--mapping",
                         json.dumps({header: "household"}), "--save-mapping", "Office Lima")
    assert code == 0, err
    assert "Remembered mapping 'Office Lima'" in out
    code, out, _ = run(capsys, "--db", str(here), "mappings", "list")
    assert "'Office Lima': persons" in out and header in out
    exported = tmp_path / "office.json"
    code, out, err = run(capsys, "--db", str(here), "mappings", "export", "Office Lima",
                         str(exported))
    assert code == 0, err
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["name"] == "Office Lima" and data["columns"][header] == "household"
    # The other office takes the JSON; its first import of the file asks nothing.
    code, out, err = run(capsys, "--db", str(there), "mappings", "import", str(exported))
    assert code == 0, err
    code, out, err = run(capsys, "--db", str(there), "import", str(path))
    assert code == 0, err
    assert "columns as remembered (mapping 'Office Lima'" in out
    assert f"{letter} {header}" in out and "-> household (remembered mapping)" in out
    # By name, on a file whose header row differs (a column more): the same columns.
    sheet = load_workbook(path).worksheets[0]
    rows = [[c.value for c in row] + [header if n == 1 else n] for n, row in
            enumerate(sheet.iter_rows(), start=1)]
    rows[0][-1] = "Umur"
    wider = write_raw_xlsx(tmp_path / "wider.xlsx", [RawSheet("Data WNI", rows)])
    code, out, err = run(capsys, "--db", str(there), "import", str(wider), "--dry-run")
    assert code == 1 and "a household" in err  # another header row: not remembered
    code, out, err = run(capsys, "--db", str(there), "import", str(wider), "--dry-run",
                         "--mapping", "Office Lima")
    assert code == 0, err
    assert "-> household (remembered mapping)" in out and "Umur: ages" in out
    operation = open_operation(there)
    try:
        assert families(operation) > 0
    finally:
        operation.close()
    code, out, err = run(capsys, "--db", str(there), "mappings", "forget", "Office Lima")
    assert code == 0 and "Forgot" in out


@pytest.mark.parametrize(("args", "message"), [
    (["import", "{path}", "--mapping", "nobody"], "no saved mapping named 'nobody'"),
    (["import", "{path}", "--save-mapping", "x", "--dry-run"], "leave out --dry-run"),
    (["import", "{path}", "--save-mapping", "a.json"], "looks like a file"),
    (["mappings", "export", "nobody", "{tmp}/x.json"], "no mapping named 'nobody'"),
    (["mappings", "import", "{tmp}/bad.json"], "not valid JSON"),
    (["mappings", "forget", "nobody"], "no mapping named 'nobody'"),
])
def test_mapping_mistakes_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                       args: list[str], message: str) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    path, _, _ = office_file(tmp_path / "files", 10)
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    capsys.readouterr()
    code, _, err = run(capsys, "--db", str(db),
                       *[a.format(path=path, tmp=tmp_path) for a in args])
    assert code == 1
    assert err.count("\n") == 1 and message in err, err
