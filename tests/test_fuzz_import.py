"""Hostile workbooks thrown at the importer: no crash, no hang, no change to the database.

Hypothesis writes files an attacker or a broken tool could send: workbooks with odd
sheets, headers and cell values (formulas without results, huge texts, extreme dates
and numbers, merged ranges); hand-written .xlsx packages with absurd dimensions, cell
references beyond Excel's grid, broken shared-string indexes, entity bombs and external
entities, unparsable numbers, truncated XML; bytes of a real workbook flipped or cut;
and CSV text in odd encodings with NULs and unbalanced quotes.

Every import must end in a report or a ``PlannerError`` (one clear message). Whenever
the import did not commit, the operation's bytes of data must be exactly as before; an
import that did commit must be a whole, valid one (no rejected row, audit chain intact).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import signal
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from planner.db import Operation, open_operation
from planner.demo import create as create_demo
from planner.errors import PlannerError
from planner.fields import PERSON, header_for
from planner.importing import ImportOptions, run_import
from planner.protection import audit

#: An import that takes longer than this on a tiny hostile file is a hang.
HANG_SECONDS = 60
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                      HealthCheck.function_scoped_fixture])

HEADERS = [header_for(f) for f in PERSON.names] + [
    "Nama", "Nama Lengkap", "No. Paspor", "Jenis Kelamin", "Tanggal Lahir", "No HP", "No.",
    "JUMLAH", "Keterangan", "", "=A1", "Full  Name ", "FULL NAME", "Sex (L/P)"]
HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["=1/0", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1)",
                     "-2+3", "\u202eevil", "L", "P", "Laki-laki", "31/02/2020", "00/00/0000",
                     "1e309", "NaN", "-0", "C-000001", "'", "\"", "TOTAL", "yes", "no",
                     "x" * 40_000, "\ufeff", "12/13/2020", "2020-02-30", "9999-12-31"]),
)
CELL = st.one_of(
    st.none(), HOSTILE_TEXT, st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(9999, 12, 31)),
    st.dates(min_value=dt.date(1900, 1, 2)),
)


@pytest.fixture(scope="module")
def shared_operation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operation]:
    operation = open_operation(tmp_path_factory.mktemp("fuzz") / "op.sqlite", create=True)
    with operation.session() as session:
        create_demo(session, 20, seed=9)
    yield operation
    operation.close()


def _digest(operation: Operation) -> str:
    """Every row of every table, in order: the operation's data as bytes."""
    assert operation.path is not None
    connection = sqlite3.connect(operation.path)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        connection.close()


class Hang(Exception):
    pass


@contextlib.contextmanager
def _watchdog(seconds: int) -> Iterator[None]:
    def ring(_signum: int, _frame: Any) -> None:
        raise Hang(f"the import ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _import_and_judge(operation: Operation, path: Path, skip_invalid: bool = False) -> None:
    before = _digest(operation)
    try:
        with _watchdog(HANG_SECONDS):
            report = run_import(operation, path, ImportOptions(skip_invalid=skip_invalid))
    except PlannerError as exc:
        event(f"refused: {type(exc).__name__}")
        message = str(exc)
        assert message and "\n" not in message.strip() and "Traceback" not in message
        assert _digest(operation) == before, "a refused import changed the operation"
        return
    event("committed" if report.committed else "imported nothing")
    if not report.committed:
        assert _digest(operation) == before, "an import that did not commit changed something"
        return
    # a file that happened to be a valid roster: it must have gone in whole
    assert skip_invalid or not report.rejected
    with operation.session() as session:
        assert audit.verify_chain(session).ok


def _book_bytes(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@st.composite
def odd_workbooks(draw: st.DrawFn) -> bytes:
    """A workbook openpyxl can write, with a title block, odd headers and hostile cells."""
    book = openpyxl.Workbook()
    sheets = draw(st.integers(1, 3))
    for index in range(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = draw(st.sampled_from(
            ["Persons", "Daftar WNI", "Flights", "Shelters", "Document slots", "Sheet1",
             "x" * 30, "Persons (2)", "'quoted'", "Ünïcødé"])) + (f" {index}" if index else "")
        for _ in range(draw(st.integers(0, 3))):
            sheet.append([_storable(draw(HOSTILE_TEXT))])
        width = draw(st.integers(1, 10))
        sheet.append([draw(st.sampled_from(HEADERS)) for _ in range(width)])
        for _ in range(draw(st.integers(0, 8))):
            row = [draw(CELL) for _ in range(draw(st.integers(0, width + 2)))]
            sheet.append([_storable(value) for value in row])
        if draw(st.booleans()) and sheet.max_row >= 2:
            top = draw(st.integers(1, sheet.max_row))
            sheet.merge_cells(start_row=top, start_column=1,
                              end_row=min(sheet.max_row, top + draw(st.integers(0, 3))),
                              end_column=draw(st.integers(1, 3)))
    return _book_bytes(book)


def _storable(value: Any) -> Any:
    """openpyxl refuses control characters; keep the rest as hostile as drawn."""
    if isinstance(value, str):
        from planner.spreadsheet_text import ILLEGAL_XML

        return ILLEGAL_XML.sub("?", value)
    return value


@settings(FUZZ, max_examples=40)
@given(data=odd_workbooks(), skip_invalid=st.booleans())
def test_odd_workbooks(shared_operation: Operation, tmp_path: Path, data: bytes,
                       skip_invalid: bool) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(data)
    _import_and_judge(shared_operation, path, skip_invalid)


# -- hand-written packages ---------------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
    'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships"><sheets><sheet name="Persons" sheetId="1" r:id="rId1"/></sheets>'
    '</workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>')
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
          '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>')
EXTERNAL = '<!DOCTYPE x [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'

HOSTILE_CELLS = [
    '<c r="{col}{row}" t="s"><v>999999</v></c>',
    '<c r="{col}{row}" t="s"><v>-1</v></c>',
    '<c r="{col}{row}" t="s"><v>abc</v></c>',
    '<c r="{col}{row}"><f>1/0</f></c>',
    '<c r="{col}{row}" t="e"><v>#DIV/0!</v></c>',
    '<c r="{col}{row}" t="n"><v>1e999</v></c>',
    '<c r="{col}{row}" t="n"><v>NaN</v></c>',
    '<c r="{col}{row}" t="n"><v>not a number</v></c>',
    '<c r="{col}{row}" t="b"><v>7</v></c>',
    '<c r="{col}{row}" t="d"><v>not-a-date</v></c>',
    '<c r="{col}{row}" t="inlineStr"><is><t>' + "y" * 40_000 + "</t></is></c>",
    '<c r="{col}{row}" t="inlineStr"><is><t>&lol4;</t></is></c>',
    '<c r="{col}{row}" t="inlineStr"><is><t>&ext;</t></is></c>',
    '<c r="XFE{row}" t="inlineStr"><is><t>beyond the last column</t></is></c>',
    '<c r="A1048577" t="inlineStr"><is><t>beyond the last row</t></is></c>',
    '<c r="1A" t="inlineStr"><is><t>backwards reference</t></is></c>',
    '<c r="{col}{row}" s="99999"><v>45000</v></c>',
    '<c r="{col}{row}"><v>12345678901234567890</v></c>',
    '<c r="{col}{row}" t="str"><v>=cmd</v></c>',
    '<c r="{col}{row}" t="inlineStr"><is><t>Siti</t></is></c>',
    '<c r="{col}{row}" t="inlineStr"><is><t>P</t></is></c>',
    '<c r="{col}{row}"><v>33000</v></c>',
]


def _inline(col: str, row: int, value: str) -> str:
    return f'<c r="{col}{row}" t="inlineStr"><is><t>{value}</t></is></c>'


@st.composite
def hostile_packages(draw: st.DrawFn) -> bytes:
    headers = ["Full Name", "Sex", "Date of Birth", "Passport No", "Phone"]
    columns = "ABCDE"
    rows = ['<row r="1">' + "".join(_inline(c, 1, h) for c, h in zip(columns, headers,
                                                                        strict=True)) + "</row>"]
    for number in range(2, draw(st.integers(2, 6))):
        cells = "".join(draw(st.sampled_from(HOSTILE_CELLS)).format(col=c, row=number)
                        for c in columns[: draw(st.integers(1, 5))])
        row_ref = draw(st.sampled_from([str(number), str(number), "0", "-5", "99999999999",
                                        "x"]))
        rows.append(f'<row r="{row_ref}">{cells}</row>')
    dimension = draw(st.sampled_from(["A1:E6", "A1:XFD1048576", "A1:ZZZZ99999999", "garbage",
                                      ""]))
    doctype = draw(st.sampled_from(["", "", LAUGHS, EXTERNAL]))
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{MAIN}">'
             f'<dimension ref="{dimension}"/><sheetData>{"".join(rows)}</sheetData>'
             '</worksheet>')
    if draw(st.booleans()) and draw(st.booleans()):
        sheet = sheet[: draw(st.integers(0, len(sheet)))]  # cut mid-XML
    count = draw(st.sampled_from(["1", "4294967295", "-1", "many"]))
    shared = (f'<?xml version="1.0" encoding="UTF-8"?>{draw(st.sampled_from(["", LAUGHS]))}'
              f'<sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}"><si><t>Budi</t>'
              '</si></sst>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", ROOT_RELS)
        package.writestr("xl/workbook.xml", WORKBOOK)
        package.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        package.writestr("xl/worksheets/sheet1.xml", sheet)
        if draw(st.booleans()):
            package.writestr("xl/sharedStrings.xml", shared)
    return buffer.getvalue()


@settings(FUZZ, max_examples=40)
@given(data=hostile_packages())
def test_hostile_xlsx_packages(shared_operation: Operation, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(data)
    _import_and_judge(shared_operation, path)


@pytest.fixture(scope="module")
def valid_roster(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from tests.kill_trials import write_roster

    path = tmp_path_factory.mktemp("fuzz-roster") / "roster.xlsx"
    write_roster(path, 8, seed=4, prefix="F")
    return path.read_bytes()


@settings(FUZZ, max_examples=30)
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)),
                      min_size=1, max_size=12),
       cut=st.one_of(st.none(), st.floats(0, 1)),
       suffix=st.sampled_from([".xlsx", ".xlsm", ".xls", ".ods", ".csv"]))
def test_damaged_bytes_of_a_real_roster(shared_operation: Operation, tmp_path: Path,
                                        valid_roster: bytes, flips: list[tuple[float, int]],
                                        cut: float | None, suffix: str) -> None:
    data = bytearray(valid_roster)
    for where, value in flips:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    path = tmp_path / f"roster{suffix}"
    path.write_bytes(bytes(data))
    _import_and_judge(shared_operation, path)


@settings(FUZZ, max_examples=30)
@example(rows=[["0", "\u00b2"]], header=["Case No", "Nama"], separator=",",
         encoding="utf-8", noise=b"")  # a superscript two: a digit int() cannot read
@given(rows=st.lists(st.lists(HOSTILE_TEXT, max_size=6), max_size=8),
       header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
       separator=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
       noise=st.binary(max_size=20))
def test_hostile_csv(shared_operation: Operation, tmp_path: Path, rows: list[list[str]],
                     header: list[str], separator: str, encoding: str, noise: bytes) -> None:
    lines = [separator.join(header)] + [separator.join(row) for row in rows]
    text = "\r\n".join(lines)
    data = text.encode(encoding, errors="replace") + noise
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    _import_and_judge(shared_operation, path)


def test_the_fuzzed_operation_is_still_whole(shared_operation: Operation) -> None:
    """After every hostile file: integrity ok, audit chain intact, the demo persons there."""
    assert shared_operation.path is not None
    connection = sqlite3.connect(shared_operation.path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    with shared_operation.session() as session:
        assert audit.verify_chain(session).ok
