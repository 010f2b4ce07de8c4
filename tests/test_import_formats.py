"""CSV in its encodings and separators, JSON, old .xls and .ods, and files of the wrong kind."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from planner.db import Operation
from planner.importing import ImportFileError, ImportOptions, SheetKind, analyse, run_import
from planner.importing.csv_reader import BY_LINE, detect_encoding, detect_separator
from planner.words.render import render
from tests.importing import ministry_roster as ministry
from tests.importing.state import counts, roster

CSV_ROWS = [
    ["Daftar WNI"],
    [],
    ["Nama", "JK", "Tgl Lahir", "No HP", "Catatan"],
    ["José Ramos", "L", "17/05/1990", "0812 111", "=HYPERLINK(x)"],
    ["Siti", "P", "1 Mei 1991", "'+62 812 222", "baris\nkedua"],
]


def _csv_text(separator: str) -> str:
    lines = []
    for row in CSV_ROWS:
        lines.append(separator.join(f'"{c}"' if ("\n" in c or separator in c) else c
                                    for c in row))
    return "\r\n".join(lines) + "\r\n"


def _check_csv_people(operation: Operation) -> None:
    people = roster(operation)
    assert [(p["full_name"], p["sex"], p["date_of_birth"], p["phone"], p["notes"])
            for p in people] == [
        ("José Ramos", "M", dt.date(1990, 5, 17), "0812 111", "=HYPERLINK(x)"),
        ("Siti", "F", dt.date(1991, 5, 1), "+62 812 222", "baris\nkedua"),
    ]


@pytest.mark.parametrize(("encoding", "separator"), [
    ("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", ";"), ("utf-16", "\t"), ("utf-8", "\t"),
])
def test_csv_encodings_and_separators(sqlite_operation: Operation, tmp_path: Path,
                                      encoding: str, separator: str) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(_csv_text(separator).encode(encoding))
    report = run_import(sqlite_operation, path)
    assert report.committed, [str(p) for p in report.problems]
    assert report.sheets[0].header_row == 3
    _check_csv_people(sqlite_operation)
    if encoding == "cp1252":
        assert any("Windows-1252" in render(w) for w in report.warnings)


def test_encoding_and_separator_detection(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("Nama;Kota\nJosé;Medan\n".encode("cp1252"))
    assert detect_encoding(path) == BY_LINE  # each line UTF-8, else Windows-1252
    path.write_bytes("\ufeffNama;Kota\n".encode())
    assert detect_encoding(path) == "utf-8-sig"
    assert detect_separator("a;b;c\n1;2,5;3\n4;5;6\n") == ";"
    assert detect_separator("TITLE, with comma\na\tb\tc\n1\t2\t3\n4\t5\t6\n") == "\t"


def test_json_roster_list_and_object(sqlite_operation: Operation, tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text('[{"full_name": "Siti", "sex": "F", "date_of_birth": "1990-05-17",'
                    ' "medical": true, "destinations": "CGK;SUB"}]', encoding="utf-8")
    report = run_import(sqlite_operation, path)
    assert report.counts[SheetKind.PERSONS].added == 1
    [person] = roster(sqlite_operation)
    assert person["medical"] is True and person["destinations"] == "CGK;SUB"
    other = tmp_path / "all.json"
    other.write_text('{"shelters": [{"name": "Wisma 1", "beds": 20, "accepts": "men"}]}',
                     encoding="utf-8")
    report = run_import(sqlite_operation, other)
    assert report.counts[SheetKind.SHELTERS].added == 1


def _convert(source: Path, fmt: str, out: Path) -> Path:
    profile = out / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         fmt, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
        env={**os.environ, "HOME": str(out)})
    return out / f"{source.stem}.{fmt}"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_old_xls_and_ods_rosters(sqlite_operation: Operation, tmp_path: Path, fmt: str) -> None:
    source = ministry.write_ministry_roster(tmp_path / "roster.xlsx")
    converted = _convert(source.path, fmt, tmp_path)
    report = run_import(sqlite_operation, converted, ImportOptions(skip_invalid=True))
    assert {r.number for r in report.rejected} == set(ministry.BROKEN_ROWS)
    stored = roster(sqlite_operation, with_case_no=False)
    expected = sorted(source.expected, key=lambda p: (p["full_name"], p["date_of_birth"]))
    for got, want in zip(stored, expected, strict=True):
        for field, value in want.items():
            assert got[field] == value, (fmt, want["full_name"], field)


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<document/>")
    return path


@pytest.mark.parametrize(("name", "content", "message"), [
    ("roster.xlsx", b"%PDF-1.4 something", "is a PDF document"),
    ("roster.xls", b"\x89PNG\r\n\x1a\n....", "is a PNG picture"),
    ("roster.xls", b"<html><body><table><tr><td>Nama</td></tr></table>", "a web page"),
    ("roster.xml", b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:'
                   b'spreadsheet"></Workbook>', "Excel 2003 XML"),
    ("roster.csv", b"\x00\x01\x02\x03binary", "not a spreadsheet or text"),
    ("roster.xlsx", b"", "is empty"),
    ("roster.xlsx", b"PK\x03\x04 truncated zip", "damaged"),
    ("roster.json", b"{broken", "not valid JSON"),
])
def test_wrong_kinds_of_file_are_named(sqlite_operation: Operation, tmp_path: Path, name: str,
                                       content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = counts(sqlite_operation)
    with pytest.raises(ImportFileError, match=message):
        run_import(sqlite_operation, path)
    assert counts(sqlite_operation) == before


def test_word_document_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="a Word document"):
        analyse(_docx(tmp_path / "roster.xlsx"))
    with pytest.raises(ImportFileError, match="No file at"):
        analyse(tmp_path / "nowhere.xlsx")
    with pytest.raises(ImportFileError, match="is a folder"):
        analyse(tmp_path)


def test_sheet_option_picks_one_sheet(sqlite_operation: Operation, tmp_path: Path) -> None:
    roster_file = ministry.write_ministry_roster(tmp_path / "r.xlsx")
    with pytest.raises(ImportFileError, match="no sheet named 'Nope'.*'Data WNI'"):
        run_import(sqlite_operation, roster_file.path, ImportOptions(sheet="Nope"))
    report = run_import(sqlite_operation, roster_file.path,
                        ImportOptions(sheet="data wni", dry_run=True))
    assert report.counts[SheetKind.PERSONS].added == 8
