"""Issue 18's adversarial input, kept as tests: every hostile file is made here by code (no
binary blobs) and must give its clear message, naming what and where, and lose nothing.

docs/decisions.md ("Input that cannot be trusted") lists the guarantee each test proves.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select, text

from planner import demo
from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.migrations import downgrade
from planner.db.models import AuditAnchor, AuditEntry, Person, Plan
from planner.errors import PlannerError
from planner.importing import (
    ImportOptions,
    ImportReport,
    SheetKind,
    calamine_reader,
    limits,
    run_import,
)
from planner.importing.errors import ImportFileError
from planner.importing.file_format import open_source
from planner.planning import bounds, service
from planner.protection import audit
from planner.records import editing
from planner.records.field_rules import ValidationError
from planner.roster_export import export_roster
from planner.spreadsheet_text import clean_text, csv_text, looks_like_formula, unescaped
from planner.words.render import render
from solvers import solve as solve_module
from solvers.prepared import Prepared
from solvers.solution import SolveOptions
from solvers.solve import EXACT_CLASS_FLIGHTS_PER_SECOND, ExactTooLarge, choose_method
from tests.importing import ods_files as ods
from tests.importing.raw_xlsb import XlsbSheet, write_xlsb
from tests.importing.raw_xlsx import RawSheet, write_raw_xlsx
from tests.importing.state import counts, roster

HEADER = ["Full Name", "Sex", "Date of Birth", "Passport Number", "Notes"]


def _rejected(report: ImportReport) -> dict[int, str]:
    """Each rejected row's number and its problems as the command line prints them."""
    return {row.number: "; ".join(str(p) for p in row.problems) for row in report.rejected}


# --- formulas saved without their result (a workbook written by a script) ---------------

def test_formulas_without_a_saved_result_are_refused_or_taken_from_the_cell_they_name(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Persons"
    sheet.append(HEADER)
    sheet.append(["Siti Aminah", "F", "17/05/1990", "C1000001", "arrived 3 March"])
    sheet.append(["Budi Santoso", "M", "01/02/1985", "C1000002", "=E2"])  # plain reference
    sheet.append(["Ani Lestari", "F", "03/04/1992", "C1000003", "=$E$2"])  # absolute reference
    sheet.append(["Dewi Sari", "F", "05/06/1993", "C1000004", "=Persons!E2"])  # this sheet, named
    sheet.append(["Eko Prasetyo", "M", "07/08/1994", "C1000005", "=E99"])  # names an empty cell
    sheet.append(["Fajar Nugroho", "M", "09/10/1995", "C1000006", '=CONCAT(E2,"x")'])  # computed
    sheet.append(["Gita Putri", "F", "11/12/1996", "C1000007", "=E9"])  # a later row
    sheet.append(["Hadi Wijaya", "M", "13/01/1997", "C1000008", "left 4 March"])
    sheet.append(["Indah Permata", "F", "15/02/1998", "C1000009", "=Other!E2"])  # another sheet
    workbook.create_sheet("Other")
    path = tmp_path / "scripted.xlsx"
    workbook.save(path)  # openpyxl stores formulas with no result, as scripts do

    report = run_import(sqlite_operation, path, ImportOptions(skip_invalid=True))

    stored = {p["full_name"]: p["notes"] for p in roster(sqlite_operation)}
    assert stored == {"Siti Aminah": "arrived 3 March", "Budi Santoso": "arrived 3 March",
                      "Ani Lestari": "arrived 3 March", "Dewi Sari": "arrived 3 March",
                      "Hadi Wijaya": "left 4 March"}
    rejected = _rejected(report)
    assert sorted(rejected) == [6, 7, 8, 10]
    for row, formula in ((6, "=E99"), (7, '=CONCAT(E2,"x")'), (8, "=E9"), (10, "=Other!E2")):
        assert f"Persons row {row} column E (Notes)" in rejected[row]
        assert f"a formula without a saved result ({formula})" in rejected[row]
    assert report.counts[SheetKind.PERSONS].rejected == 4



# --- a CSV pasted together from UTF-8 and Windows-1252 lines ---------------------------

ACCENTED = ["José Ñúñez", "Budi Pérez", "Zoë Müller", "François Dubois", "Siti Aminah",
            "Ana Conceição", "Renée Ångström", "Nur Hidayah"]


def _mixed_csv(path: Path, names: list[str], cp1252_lines: set[int]) -> Path:
    """A roster whose data line i (1-based, after the header) is Windows-1252 when i is in
    ``cp1252_lines`` and UTF-8 otherwise."""
    with path.open("wb") as out:
        out.write(b"Full Name,Sex,Date of Birth\r\n")
        for i, name in enumerate(names, start=1):
            line = f"{name},F,{i:02d}/01/1990\r\n"
            out.write(line.encode("cp1252" if i in cp1252_lines else "utf-8"))
    return path


def _read_names(path: Path) -> tuple[dict[int, str], list[str]]:
    with open_source(path) as workbook:
        [sheet] = workbook.sheets
        rows = {number: str(cells[0]) for number, cells in sheet.rows() if number > 1}
        return rows, [render(w) for w in sheet.warnings]


@settings(max_examples=60, deadline=None)
@given(names=st.lists(st.sampled_from(ACCENTED), min_size=1, max_size=12),
       data=st.data())
def test_each_line_of_a_mixed_csv_is_read_in_its_own_encoding_and_the_odd_rows_named(
        tmp_path_factory: pytest.TempPathFactory, names: list[str],
        data: st.DataObject) -> None:
    cp1252_lines = data.draw(st.sets(st.integers(1, len(names))))
    path = _mixed_csv(tmp_path_factory.mktemp("mixed") / "roster.csv", names, cp1252_lines)
    rows, warnings = _read_names(path)
    assert rows == {i + 1: name for i, name in enumerate(names, start=1)}  # no mojibake
    accented = {i for i, name in enumerate(names, start=1) if not name.isascii()}
    odd = sorted(accented & cp1252_lines)
    fine = sorted(accented - cp1252_lines)
    if odd and fine:
        minority = odd if len(odd) <= len(fine) else fine
        [warning] = warnings
        assert f"row{'s' if len(minority) > 1 else ''} " + ", ".join(
            str(i + 1) for i in minority) + (" are" if len(minority) > 1 else " is") in warning
    elif odd:
        assert warnings == ["the file is not UTF-8; it was read as Windows-1252"]
    else:
        assert warnings == []


def test_a_mixed_csv_imports_every_name_as_typed_and_reports_the_odd_row(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    path = _mixed_csv(tmp_path / "roster.csv", ["Siti Aminah", "José Ñúñez", "Budi Pérez",
                                                "Zoë Müller"], {2})
    report = run_import(sqlite_operation, path)
    assert sorted(p["full_name"] for p in roster(sqlite_operation)) == [
        "Budi Pérez", "José Ñúñez", "Siti Aminah", "Zoë Müller"]
    assert [render(w) for w in report.warnings] == [
        "roster: the file is UTF-8 but row 3 is Windows-1252; it was read as Windows-1252: "
        "check the accented letters of that row"]


def test_letters_neither_encoding_reads_refuse_their_row(sqlite_operation: Operation,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    # 0x81 and 0x8D are not letters in Windows-1252 and not UTF-8 on their own.
    path.write_bytes("Full Name,Sex,Date of Birth\nJosé Pérez,M,01/01/1990\n".encode()
                     + b"Bad\x81\x8dName,F,02/01/1990\nNur Hidayah,F,03/01/1990\n")
    report = run_import(sqlite_operation, path, ImportOptions(skip_invalid=True))
    assert sorted(p["full_name"] for p in roster(sqlite_operation)) == ["José Pérez",
                                                                          "Nur Hidayah"]
    assert "roster row 3 column A (Full Name)" in _rejected(report)[3]
    assert "neither UTF-8 nor Windows-1252" in _rejected(report)[3]


# --- the quote that kept a CSV cell from running, kept by LibreOffice in .xlsx/.ods -------

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@given(st.text(max_size=30))
def test_the_quote_our_csv_export_adds_is_exactly_the_quote_import_takes_off(text: str) -> None:
    written = csv_text(text)
    assert not looks_like_formula(written)
    assert unescaped(written) == clean_text(text)[0]


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed; .ci/run "
                    "installs it (apt-get install libreoffice-calc)")
@pytest.mark.parametrize("saved_as", ["xlsx", "ods"])
def test_a_roster_exported_as_csv_and_saved_by_libreoffice_imports_unchanged(
        tmp_path: Path, saved_as: str) -> None:
    source = open_operation(tmp_path / "source.sqlite", create=True)
    with source.session() as session:
        demo.create(session, 300, seed=1)
        people = session.scalars(select(Person).order_by(Person.id).limit(4)).all()
        for person, note in zip(people, ["=1+1 is not a sum", "-see the doctor first",
                                         "@ the hospital", "'quoted' on purpose"], strict=True):
            person.notes = note
    export_roster(source, tmp_path / "roster.csv")
    expected = roster(source)
    source.close()
    assert any(p["phone"] and p["phone"].startswith("+855") for p in expected)
    assert "'+855" in (tmp_path / "roster.csv").read_text(encoding="utf-8-sig")
    assert LIBREOFFICE is not None
    subprocess.run([LIBREOFFICE, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", saved_as, "--outdir", str(tmp_path / "saved"),
                    str(tmp_path / "roster.csv")], check=True, capture_output=True, timeout=300)
    target = open_operation(tmp_path / "target.sqlite", create=True)
    try:
        report = run_import(target, tmp_path / "saved" / f"roster.{saved_as}")
        assert report.counts[SheetKind.PERSONS].rejected == 0, _rejected(report)
        assert roster(target) == expected  # every +855 phone, every note as typed
    finally:
        target.close()


# --- control characters: refused per field, in every format and in editing ---------------

CONTROL_ROWS = [  # (name, notes): row 2 is fine, rows 3-5 each hold one control character
    ("Siti Aminah", "first line\nsecond\tline"),
    ("Budi\x00Santoso", "NUL in the name"),
    ("Ani Lestari", "vertical\x0btab"),
    ("Dewi\x1fSari", "unit separator (Python splits words on it)"),
]
CONTROL_PROBLEMS = {3: "column A (Full Name): 'Budi\\x00Santoso': holds an invisible control "
                       "character (U+0000)",
                    4: "column D (Notes): 'vertical\\x0btab': holds an invisible control "
                       "character (U+000B)",
                    5: "column A (Full Name): 'Dewi\\x1fSari': holds an invisible control "
                       "character (U+001F)"}


def _control_csv(path: Path) -> Path:
    lines = ["Full Name,Sex,Date of Birth,Notes"] + [
        f'{name},F,0{i}/01/1990,"{notes}"' for i, (name, notes) in enumerate(CONTROL_ROWS, 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _control_json(path: Path) -> Path:
    path.write_text(json.dumps([{"Full Name": name, "Sex": "F", "Date of Birth": f"0{i}/01/1990",
                                 "Notes": notes} for i, (name, notes) in enumerate(CONTROL_ROWS, 1)]))
    return path


def _control_xlsx(path: Path) -> Path:
    def escaped(text: str) -> str:  # how OOXML writes a character XML cannot carry
        return "".join(f"_x{ord(c):04X}_" if ord(c) < 32 and c not in "\t\n\r" else c
                       for c in text)
    rows = [["Full Name", "Sex", "Date of Birth", "Notes"]] + [
        [escaped(name), "F", f"0{i}/01/1990", escaped(notes)]
        for i, (name, notes) in enumerate(CONTROL_ROWS, 1)]
    return write_raw_xlsx(path, [RawSheet("roster", rows)])


def _control_ods(path: Path) -> Path:
    def referenced(text: str) -> str:  # a character reference, which calamine decodes
        return "".join(f"&#{max(1, ord(c))};" if ord(c) < 32 and c not in "\t\n" else escape(c)
                       for c in text)  # XML has no NUL, not even as a reference: U+0001
    rows = [ods.row(["Full Name", "Sex", "Date of Birth", "Notes"])] + [
        ods.row([referenced(name), "F", f"0{i}/01/1990", referenced(notes)], raw_text=True)
        for i, (name, notes) in enumerate(CONTROL_ROWS, 1)]
    return ods.write_ods(path, rows, sheet="roster")


@pytest.mark.parametrize("make", [_control_csv, _control_json, _control_xlsx, _control_ods],
                         ids=["csv", "json", "xlsx", "ods"])
def test_control_characters_refuse_their_field_in_every_format_and_database(
        operation: Operation, tmp_path: Path, make: Callable[[Path], Path]) -> None:
    suffix = make.__name__.removeprefix("_control_")
    path = make(tmp_path / f"roster.{suffix}")
    refused = run_import(operation, path)
    assert not refused.committed and roster(operation) == []
    rejected = _rejected(refused)
    assert sorted(rejected) == [3, 4, 5]
    for row, problem in CONTROL_PROBLEMS.items():
        if suffix == "ods":
            problem = problem.replace("x00", "x01").replace("U+0000", "U+0001")
        assert f"roster row {row} {problem}; remove it" == rejected[row]
    report = run_import(operation, path, ImportOptions(skip_invalid=True))
    assert report.committed
    [siti] = roster(operation)
    assert (siti["full_name"], siti["notes"]) == ("Siti Aminah", "first line\nsecond\tline")


def test_control_characters_are_refused_when_editing_on_every_database(
        operation: Operation) -> None:
    with operation.session() as session:
        ref = editing.create(session, editing.RecordKind.PERSON, {
            "full_name": "Siti Aminah", "sex": "F", "date_of_birth": "17/05/1990",
            "notes": "first line\nsecond\tline"})
    for values, field, character in (({"full_name": "Siti\x00Aminah"}, "full_name", "U+0000"),
                                     ({"notes": "bell\x07"}, "notes", "U+0007"),
                                     ({"passport_no": "C12\x1f34"}, "passport_no", "U+001F"),
                                     ({"household": "KLG\x7f1"}, "household", "U+007F")):
        with pytest.raises(ValidationError) as caught, operation.session() as session:
            editing.update(session, ref, values)
        assert caught.value.problems[field].code == "control_character"
        assert caught.value.problems[field].params == {"character": character}
        assert f": Delete the hidden {character}." in str(caught.value)
    with pytest.raises(ValidationError, match="Flight no.*: Delete the hidden U\\+0000"), \
            operation.session() as session:
        editing.create(session, editing.RecordKind.FLIGHT, {
            "flight_no": "QZ\x00 8205", "departs_at": "2026-03-05 10:00", "seats": 10})
    [siti] = roster(operation)
    assert (siti["full_name"], siti["notes"]) == ("Siti Aminah", "first line\nsecond\tline")


# --- .ods files that declare more than they hold -----------------------------------------

def _no_calamine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any use of calamine fail the test: the file must be refused before it."""
    def refuse(*_args: object) -> None:
        raise AssertionError("calamine was asked to read a sheet that should be refused")
    monkeypatch.setattr(calamine_reader.python_calamine.CalamineWorkbook, "from_path", refuse)


PERSON = ["Siti Aminah", "F", "17/05/1990"]


@pytest.mark.parametrize(("rows", "shape"), [
    ([ods.row(PERSON, repeat=1_000_000_000)], "1,000,000,001 rows of 3 columns"),
    ([ods.row(["Siti Aminah", ods.cell("F", repeat=1_000_000_000)])],
     "2 rows of 1,000,000,001 columns"),
    ([ods.row([ods.cell("x", repeat=3_000)], repeat=3_000)], "3,001 rows of 3,000 columns"),
], ids=["rows", "columns", "both"])
def test_an_ods_declaring_a_huge_sheet_is_refused_before_it_is_read(
        sqlite_operation: Operation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        rows: list[str], shape: str) -> None:
    path = ods.write_ods(tmp_path / "bomb.ods", [ods.row(["Full Name", "Sex", "Date of Birth"]),
                                                 *rows])
    assert path.stat().st_size < 1024
    _no_calamine(monkeypatch)
    with pytest.raises(ImportFileError) as caught:
        run_import(sqlite_operation, path)
    assert str(caught.value).startswith(
        f"bomb.ods: sheet 'Persons' declares (with repeated rows or columns) {shape}")
    assert "may have at most 5,000,000 cells" in str(caught.value)
    assert counts(sqlite_operation)["persons"] == 0


@pytest.mark.parametrize(("row", "column", "shape"), [
    (1_048_576, 2, "1,048,577 rows of 3 columns"), (3, 16_384, "4 rows of 16,385 columns"),
    (999_999, 15_999, "1,000,000 rows of 16,000 columns")])
def test_an_xlsb_with_a_far_cell_is_refused_before_calamine_unfolds_it(
        sqlite_operation: Operation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        row: int, column: int, shape: str) -> None:
    """One cell record far away: calamine (which needs the dimension record but sizes the
    sheet by its cells) aborted at 3 GB of address space on the last of these."""
    sheet = XlsbSheet("Persons", dimension=(2, 2)).rows(
        [["Full Name", "Sex", "Date of Birth"], PERSON])
    sheet.cells.append((row, column, "x"))
    path = write_xlsb(tmp_path / "far.xlsb", [sheet])
    assert path.stat().st_size < 2048
    _no_calamine(monkeypatch)
    with pytest.raises(ImportFileError) as caught:
        run_import(sqlite_operation, path)
    assert str(caught.value).startswith(f"far.xlsb: sheet 'Persons' has cells up to {shape}")
    assert counts(sqlite_operation)["persons"] == 0


def test_an_xlsb_roster_is_still_read_and_its_dimension_record_is_not_trusted(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    # A dimension record claiming a huge sheet: calamine sizes by the cells; so does the scan.
    path = write_xlsb(tmp_path / "roster.xlsb", [XlsbSheet(
        "Persons", dimension=(999_999, 15_999)).rows(
        [["Full Name", "Sex", "Date of Birth"], PERSON, ["Budi Santoso", "M", "01/02/1985"]])])
    report = run_import(sqlite_operation, path)
    assert report.counts[SheetKind.PERSONS].added == 2


@pytest.mark.skipif(not calamine_reader.resource_available, reason="no RLIMIT_AS here")
def test_a_workbook_read_whole_is_read_in_a_child_whose_memory_is_capped(
        sqlite_operation: Operation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A million filled rows declared by repeats passes the scans (3,000,000 cells) and
    costs calamine hundreds of MB: under a 200 MB cap the child runs out, the import says
    so in one line and changes nothing; the same cap reads a real roster."""
    monkeypatch.setattr(limits, "WORKER_ADDRESS_SPACE_BYTES", 200 * limits.MEGABYTE)
    header = ods.row(["Full Name", "Sex", "Date of Birth"])
    small = ods.write_ods(tmp_path / "roster.ods", [header, ods.row(PERSON)])
    assert run_import(sqlite_operation, small).counts[SheetKind.PERSONS].added == 1
    big = ods.write_ods(tmp_path / "big.ods", [header, ods.row(PERSON, repeat=1_000_000)])
    assert big.stat().st_size < 1024
    _no_calamine(monkeypatch)  # not in this process
    with pytest.raises(ImportFileError) as caught:
        run_import(sqlite_operation, big)
    assert str(caught.value) == (
        "big.ods needs more memory than a workbook in this format may use (200 MB) and was "
        "not read; save it as .xlsx, which is read without loading it whole")
    assert counts(sqlite_operation)["persons"] == 1


def test_the_reading_child_reports_a_damaged_file_and_a_sheet_left_halfway(
        tmp_path: Path) -> None:
    """A damaged workbook is said in words from the child; a sheet refused halfway (its
    rows not all read) does not mix its rows into the next sheet's."""
    damaged = tmp_path / "damaged.ods"
    damaged.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    with pytest.raises(ImportFileError, match="damaged.ods is damaged or not a workbook"):
        calamine_reader.open_with_calamine(damaged, "ods")
    path = write_xlsb(tmp_path / "two.xlsb", [
        XlsbSheet("First", dimension=(3, 0)).rows([["a"], ["b"], ["c"], ["d"]]),
        XlsbSheet("Second", dimension=(1, 0)).rows([["x"], ["y"]])])
    with closing(calamine_reader.open_with_calamine(path, "xlsb")) as book:
        first, second = book.sheets
        rows = first.rows()
        assert next(rows) == (1, ["a"])
        assert list(second.rows()) == [(1, ["x"]), (2, ["y"])]
        assert [values for _, values in first.rows()] == [["a"], ["b"], ["c"], ["d"]]


def test_repeated_empty_rows_and_columns_cost_nothing_and_merges_still_fill(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    """What LibreOffice writes after a roster (a million empty rows of 1,024 empty cells)
    is not counted; a household merged over two members reaches both."""
    household = ('<table:table-cell table:number-rows-spanned="2" office:value-type="string">'
                 "<text:p>KLG-7</text:p></table:table-cell>")
    path = ods.write_ods(tmp_path / "roster.ods", [
        ods.row(["Full Name", "Sex", "Date of Birth", "Household"]),
        ods.row(["Siti Aminah", "F", "17/05/1990", household]),
        ods.row(["Budi Santoso", "M", "01/02/1985", ods.cell(None)]),
        ods.row([ods.cell(None, repeat=1024)], repeat=1_048_573),
    ])
    report = run_import(sqlite_operation, path)
    assert report.counts[SheetKind.PERSONS].added == 2
    assert {p["household"] for p in roster(sqlite_operation)} == {"KLG-7"}


def test_a_sheet_read_whole_is_refused_by_its_dimensions_when_its_content_was_not_scanned(
        sqlite_operation: Operation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ods.write_ods(tmp_path / "roster.ods", [
        ods.row(["Full Name", "Sex", "Date of Birth"]), *(ods.row(PERSON) for _ in range(9))])
    monkeypatch.setattr(limits, "MAX_WHOLE_SHEET_CELLS", 20)
    with pytest.raises(ImportFileError, match=r"declares \(with repeated rows or columns\) 7 rows"):
        run_import(sqlite_operation, path)
    monkeypatch.setattr(calamine_reader, "ods_merges", lambda _path: {})  # as for .xls
    with pytest.raises(ImportFileError) as caught:
        run_import(sqlite_operation, path)
    assert str(caught.value).startswith("roster.ods: sheet 'Persons' has 10 rows of 3 columns "
                                        "(30 cells)")
    assert counts(sqlite_operation)["persons"] == 0


# --- bounds on what a plan and a demo may be asked for ---------------------------------------

@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--people", "300"]) == 0
    return path


@pytest.mark.parametrize("start", ["9999-12-31", "0001-01-01", "2026-01-29", "2027-03-22"])
def test_a_plan_start_outside_the_operations_dates_is_refused_in_one_line(
        small_demo: Path, start: str, capsys: pytest.CaptureFixture[str]) -> None:
    with closing(open_operation(small_demo)) as operation, operation.session() as session:
        first, last = bounds.start_window(session)
        plans = session.scalar(select(func.count()).select_from(Plan))
    # The demo starts on 2026-03-02 and its last flight leaves on 2026-03-20.
    assert (first, last) == (dt.date(2026, 1, 30), dt.date(2027, 3, 21))
    assert main(["--db", str(small_demo), "solve", "--start", start]) == 1
    assert capsys.readouterr().err == (
        f"evacplan: The plan start {start} is outside this operation's dates: choose a day "
        "from 30 Jan 2026 to 21 Mar 2027 (31 days before the plan start setting or the first "
        "flight, to a year after the last flight)\n")
    with closing(open_operation(small_demo)) as operation, operation.session() as session:
        assert session.scalar(select(func.count()).select_from(Plan)) == plans


def test_the_first_and_last_day_of_the_window_are_planned(small_demo: Path) -> None:
    with closing(open_operation(small_demo)) as operation:
        for day in (dt.date(2026, 1, 30), dt.date(2027, 3, 21)):
            plan_id = service.solve_and_store(
                operation, service.PlanningOptions(start=day, time_limit=5, method="scaled"))
            assert plan_id is not None


@pytest.mark.parametrize(("limit", "message"), [
    ("nan", "the time limit must be a number of seconds, not nan"),
    ("inf", "the time limit must be a number of seconds, not inf"),
    ("-1", "the time limit must be more than 0 seconds"),
    ("0", "the time limit must be more than 0 seconds"),
    ("86401", "the time limit may be at most 86,400 seconds (a day)"),
])
def test_a_time_limit_that_is_not_a_sensible_number_of_seconds_is_refused(
        small_demo: Path, limit: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(small_demo), "solve", f"--time-limit={limit}"])
    assert exited.value.code == 2
    assert capsys.readouterr().err == (  # one line, as every command's wrong use
        f"evacplan solve: argument --time-limit: {message} (see evacplan solve --help)\n")
    with closing(open_operation(small_demo)) as operation, \
            pytest.raises(PlannerError, match=re.escape(message[1:])):  # the desktop
        service.solve_and_store(operation, service.PlanningOptions(time_limit=float(limit)))


def test_the_exact_method_refuses_what_it_cannot_plan_in_its_time_limit(
        small_demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with closing(open_operation(small_demo)) as operation:
        built = service.read_snapshot(operation, service.PlanningOptions())
        prepared = Prepared.of(built.problem)
        size = len(prepared.classes) * len(built.problem.usable_flights)
        enough = size / EXACT_CLASS_FLIGHTS_PER_SECOND
        assert choose_method(built.problem, SolveOptions(method="exact", time_limit=enough),
                             prepared) == "exact"
        assert choose_method(built.problem, SolveOptions(method="auto", time_limit=enough),
                             prepared) == "exact"
        assert choose_method(built.problem, SolveOptions(method="auto",
                                                         time_limit=enough * 0.9),
                             prepared) == "scaled"
        with pytest.raises(ExactTooLarge):
            choose_method(built.problem, SolveOptions(method="exact", time_limit=enough * 0.9),
                          prepared)
        # As slow as 30,000 persons are for the real figure (the solver has a floor of time).
        monkeypatch.setattr(solve_module, "EXACT_CLASS_FLIGHTS_PER_SECOND", 1)
        with pytest.raises(PlannerError, match=r"cannot plan \d+ households .* within 0.1 s; "
                           r"use the scaled method \(--method scaled\), or give the exact one "
                           r"a time limit of at least [\d,]+ s"):
            service.solve_and_store(operation, service.PlanningOptions(method="exact",
                                                                       time_limit=0.1))


@pytest.mark.parametrize(("args", "message"), [
    (["--people", "1000000000"], "A demo may have 0 to 200,000 persons (more than any "
                                 "operation), not 1,000,000,000"),
    (["--start", "0001-01-01"], "A demo's start must be from 1 Jan 1990 to 31 Dec 2100, "
                                "not 0001-01-01"),
    (["--start", "9999-12-31"], "A demo's start must be from 1 Jan 1990 to 31 Dec 2100, "
                                "not 9999-12-31"),
])
def test_a_demo_no_operation_could_be_is_refused_before_any_file_is_made(
        tmp_path: Path, args: list[str], message: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite"
    assert main(["--db", str(path), "demo", *args]) == 1
    assert capsys.readouterr().err == f"evacplan: {message}\n"
    assert not path.exists()


# --- the audit log: damaged rows named, truncation found by the anchor ---------------------

def _audited(operation: Operation, entries: int) -> None:
    with operation.session() as session:
        for number in range(1, entries + 1):
            audit.record(session, "update", "person", f"C-{number:06d}", {"fields": ["phone"]})


def _audit_check(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", url, "audit-check"])
    captured = capsys.readouterr()
    return code, (captured.err or captured.out).strip()


@pytest.mark.parametrize(("column", "value"), [
    ("details", '{"fields": ["phone"'), ("at", "yesterday"), ("at", "2026-13-45 25:61:00")])
def test_an_audit_row_that_cannot_be_read_is_named_as_damaged(
        sqlite_path: Path, capsys: pytest.CaptureFixture[str], column: str,
        value: str) -> None:
    operation = open_operation(sqlite_path, create=True)
    _audited(operation, 5)
    with operation.session() as session:  # as an intruder or a broken disk would
        session.execute(text(f"UPDATE audit_log SET {column} = :v WHERE id = 4"), {"v": value})
    operation.close()
    code, said = _audit_check(str(sqlite_path), capsys)
    assert code == 1
    assert said == (f"evacplan: The audit log of {sqlite_path}: entry 4 is damaged (its "
                    "time or details cannot be read), so it and every later entry are unproven")


def test_removing_the_newest_audit_entries_or_all_of_them_is_found_without_an_anchor_noted(
        database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    operation = open_operation(database_url, create=True)
    _audited(operation, 5)
    operation.close()
    code, said = _audit_check(database_url, capsys)
    assert code == 0 and "is intact: 5 entries" in said
    for removed, left in (("id >= 4", 3), ("id >= 0", 0)):
        with closing(open_operation(database_url)) as operation, operation.session() as session:
            session.execute(text(f"DELETE FROM audit_log WHERE {removed}"))
        code, said = _audit_check(database_url, capsys)
        assert code == 1
        assert said.endswith(f"was cut short: it holds {left:,} entries but its anchor says 5: "
                             f"the newest {5 - left} were removed")
    with closing(open_operation(database_url)) as operation, operation.session() as session:
        session.execute(text("DELETE FROM audit_anchor"))
    code, said = _audit_check(database_url, capsys)
    assert code == 0  # an empty log and no anchor: a new operation, nothing to prove


def test_an_operation_from_before_the_anchor_gets_one_and_keeps_it(
        database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    operation = open_operation(database_url, create=True)
    _audited(operation, 3)
    downgrade(operation, "0006")  # the schema before the anchor, its log kept
    operation.close()
    with closing(open_operation(database_url)) as operation:  # migrated on opening
        with operation.session() as session:
            assert audit.check_anchor(session, *audit.head(session)) is None
        _audited(operation, 2)
        with operation.session() as session:
            count, newest = audit.head(session)
            anchor = session.get(AuditAnchor, 1)
            assert count >= 5  # opening the older operation may add its own entry
            assert anchor is not None and (anchor.entries, anchor.entry_hash) == (count, newest)
            session.execute(text("DELETE FROM audit_log WHERE id = :i"),
                            {"i": session.scalar(select(func.max(AuditEntry.id)))})
    code, said = _audit_check(database_url, capsys)
    assert code == 1 and f"it holds {count - 1} entries but its anchor says {count}" in said
