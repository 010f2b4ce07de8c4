"""Hostile and broken workbooks made by code: bombs, attacks, encryption, damage."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import msoffcrypto
from openpyxl import Workbook

from tests.importing.raw_xlsx import MAIN_NS, Raw, RawSheet, write_raw_xlsx

PERSON_HEADER = ["Full Name", "Sex", "Date of Birth"]
GOOD_ROW = ["Siti Aminah", "F", "17/05/1990"]


def persons(path: Path, *rows: list[object], head_xml: str = "", inline: bool = False) -> Path:
    return write_raw_xlsx(path, [RawSheet("Persons", [PERSON_HEADER, *rows], head_xml=head_xml)],
                          inline=inline)


def encrypted(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.append(PERSON_HEADER)
    workbook.active.append(GOOD_ROW)
    plain = io.BytesIO()
    workbook.save(plain)
    plain.seek(0)
    with path.open("wb") as out:
        msoffcrypto.OfficeFile(plain).encrypt("rahasia", out)
    return path


LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')


def billion_laughs(path: Path) -> Path:
    """Entity expansion declared in the shared strings (a classic XML bomb)."""
    return write_raw_xlsx(path, [RawSheet("Persons", [PERSON_HEADER, GOOD_ROW])],
                          shared_prefix=LAUGHS)


def external_entity(path: Path) -> Path:
    """An external entity that would read a local file, in the workbook part."""
    source = persons(path.with_suffix(".tmp.xlsx"), GOOD_ROW)
    _rewrite(source, path, "xl/workbook.xml", lambda xml: xml.replace(
        "<workbook ", '<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><workbook ', 1))
    return path


def _rewrite(source: Path, target: Path, part: str, change: object) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == part:
                data = change(data.decode()).encode()  # type: ignore[operator]
            new.writestr(info, data)
    source.unlink()


def compression_bomb(path: Path, megabytes: int = 40) -> Path:
    """A sheet part that unpacks to ``megabytes`` of blanks from a few kilobytes."""
    source = persons(path.with_suffix(".tmp.xlsx"), GOOD_ROW)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with new.open("xl/worksheets/sheet1.xml", "w") as handle:
                    handle.write(f'<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode())
                    block = b" " * (1 << 20)
                    for _ in range(megabytes):
                        handle.write(block)
                    handle.write(b"</sheetData></worksheet>")
            else:
                new.writestr(info, old.read(info))
    source.unlink()
    return path


def absurd_dimensions(path: Path) -> Path:
    """A dimension claiming every cell of the sheet, and a value in its last column."""
    return persons(path, GOOD_ROW + [None] * 16_380 + ["far right"],
                   head_xml='<dimension ref="A1:XFD1048576"/>')


def row_beyond_the_sheet(path: Path) -> Path:
    return write_raw_xlsx(path, [RawSheet("Persons", [PERSON_HEADER, GOOD_ROW],
                                          first_row=1_048_576)])


def formula_without_value(path: Path) -> Path:
    return persons(path, GOOD_ROW, ["Budi", "M", Raw('<c r="{ref}"><f>DATE(1980,1,1)</f></c>')],
                   ["Rina", "F", Raw('<c r="{ref}" s="1"><f>DATE(1985,2,3)</f><v>31081</v></c>')])


def oversized_cell(path: Path) -> Path:
    return persons(path, GOOD_ROW, ["x" * 40_000, "M", "01/01/1980"], inline=True)


def truncated(path: Path) -> Path:
    source = persons(path.with_suffix(".tmp.xlsx"), GOOD_ROW)
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    source.unlink()
    return path


def prefixed_namespace(path: Path) -> Path:
    """A roster whose sheet writes every element with a prefix (<x:row>, <x:c>), as some
    generators do, with a merged household over two rows."""
    source = write_raw_xlsx(path.with_suffix(".tmp.xlsx"), [RawSheet("Persons", [
        ["Full Name", "Sex", "Date of Birth", "Household"],
        ["Siti", "F", "17/05/1990", "KLG-1"],
        ["Nur", "F", "03/08/2019", None],
    ], merges=["D2:D3"])])

    def prefix(xml: str) -> str:
        xml = re.sub(r"<(/?)(worksheet|sheetData|row|c|v|is|t|mergeCells|mergeCell)\b",
                     r"<\1x:\2", xml)
        return xml.replace(f'xmlns="{MAIN_NS}"', f'xmlns:x="{MAIN_NS}"', 1)

    _rewrite(source, path, "xl/worksheets/sheet1.xml", prefix)
    return path
