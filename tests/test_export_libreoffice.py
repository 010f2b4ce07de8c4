"""The manifests workbook as LibreOffice prints it: every page readable on its own.

Converts both copies to PDF with LibreOffice headless and reads the pages back: A4
landscape; every manifest page has the title block, the column headers from the first
column to the signature column (so nothing is cut off at the right edge) and "Page x of
y"; the totals add up. Skipped, with the reason, where LibreOffice is not installed.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import Operation
from planner.db.models import Household, Person
from planner.demo import create as create_demo
from planner.export import Copy, export_manifests
from planner.export.plan_reader import read_manifests
from tests.manifest_plans import store_greedy_plan

NOW = dt.datetime(2026, 3, 2, 8, 30)
LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")

pytestmark = pytest.mark.skipif(
    LIBREOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are not installed; .ci/run installs them "
    "(apt-get install libreoffice-calc poppler-utils)",
)


def convert(sources: list[Path], folder: Path) -> None:
    assert LIBREOFFICE is not None
    profile = folder / "lo-profile"
    subprocess.run(
        [LIBREOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert match, info
    return float(match.group(1)), float(match.group(2))


def test_libreoffice_prints_every_manifest_page_whole(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    with sqlite_operation.session() as session:
        create_demo(session, 260, seed=11)
        store_greedy_plan(session)
    airline = tmp_path / "airline.xlsx"
    embassy = tmp_path / "embassy.xlsx"
    flown = export_manifests(sqlite_operation, airline, copy=Copy.AIRLINE, now=NOW).counts
    export_manifests(sqlite_operation, embassy, now=NOW)
    convert([airline, embassy], tmp_path)

    for pdf, first, last, copy in (
        (tmp_path / "airline.pdf", "Full Name", "Signature", "AIRLINE AND IMMIGRATION COPY"),
        (tmp_path / "embassy.pdf", "Case No", "Signature", "EMBASSY COPY"),
    ):
        width, height = page_size(pdf)
        assert (round(width), round(height)) == (842, 595), "A4 landscape"
        pages = pages_of(pdf)
        manifests = [p for p in pages if "PASSENGER MANIFEST" in p]
        assert len(manifests) > flown["flights"], "some manifests run over several pages"
        for text in pages:
            assert copy in text  # in the page header
            assert re.search(r"Page \d+ of \d+", text)
        for text in manifests:
            assert "Passengers: " in text and "Seats used: " in text
            header = next(line for line in text.splitlines() if first in line)
            assert "No." in header and last in header, header
        totals = [int(n) for n in re.findall(r"Total passengers: (\d+)", "".join(pages))]
        assert len(totals) == flown["flights"] and sum(totals) == flown["passengers"]
    summary = pages_of(tmp_path / "airline.pdf")[0]
    assert f"Total: {flown['flights']:,} flights, {flown['passengers']:,} passengers" in summary


def _arial_shown_as() -> str:
    """The font this machine shows for the workbook's Arial (fontconfig's choice)."""
    if shutil.which("fc-match") is None:
        return "unknown (fc-match is not installed)"
    return subprocess.run(["fc-match", "-f", "%{family}", "Arial"], capture_output=True,
                          text=True, check=False).stdout.split(",")[0].strip()


def _ministry_keys(session: Session) -> None:
    """Case numbers, household codes and passport numbers as ministries and embassies write
    them: longer than the demo's, and some names in capitals long enough to wrap."""
    for person in session.scalars(select(Person)):
        person.case_no = (f"PNH-26-{person.id:05d}" if person.id % 3 else
                          f"KBRI/PNH/2026/{person.id:06d}")
        if person.passport_no:
            person.passport_no = f"AB{person.id * 7919 % 10_000_000:07d}"
        if person.id % 5 == 0:
            person.full_name = "MUHAMMAD RIZKY PRATAMA WIJAYAKUSUMA NUGROHO"
        if person.phone:
            person.phone = f"+855 {person.id % 90 + 10} {person.id:03d} {person.id * 7 % 1000:03d}"
    for household in session.scalars(select(Household)):
        household.code = f"KELUARGA-PNH-{household.id:05d}"
    session.flush()


def _whole(value: str, text: str) -> int:
    """How often ``value`` stands in ``text`` on its own: whitespace (or the line's end)
    on both sides, its own spaces as pdftotext lays them out."""
    parts = (re.escape(part) for part in value.split())
    return len(re.findall(r"(?<!\S)" + r"\s+".join(parts) + r"(?!\S)", text))


def test_libreoffice_prints_every_key_whole_and_apart(
        sqlite_operation: Operation, tmp_path: Path) -> None:
    """Every case number, date of birth, document number, household and phone of every
    passenger prints whole and apart from its neighbour in both copies: the widths come
    from the widest value in the workbook's font, not from the layout's guess (9.5
    characters cut "PNH-26-00128" to "PNH-26-0012" and ran it into the name)."""
    shown = _arial_shown_as()
    if shown not in ("Arial", "Liberation Sans"):
        pytest.skip(f"LibreOffice would print Arial as {shown}, whose widths are not Arial's; "
                    "install fonts-liberation2 (.ci/run does)")
    with sqlite_operation.session() as session:
        create_demo(session, 260, seed=11)
        _ministry_keys(session)
        store_greedy_plan(session)
    with sqlite_operation.session() as session:
        document = read_manifests(session, now=NOW)
    passengers = [p for f in document.flights for p in f.passengers]
    assert passengers
    copies = {copy: tmp_path / f"{copy.value}.xlsx" for copy in Copy}
    for copy, path in copies.items():
        export_manifests(sqlite_operation, path, copy=copy, now=NOW)
    convert(list(copies.values()), tmp_path)
    for copy, path in copies.items():
        text = "".join(p for p in pages_of(path.with_suffix(".pdf"))
                       if "PASSENGER MANIFEST" in p)
        expected: Counter[str] = Counter()
        for p in passengers:
            expected[p.date_of_birth.isoformat()] += 1
            for value in (p.document_no, p.household):
                if value:
                    expected[value] += 1
            if copy is Copy.EMBASSY:
                expected[p.case_no or ""] += 1
                if p.phone:
                    expected[p.phone] += 1
        expected.pop("", None)
        cut = {value: (count, _whole(value, text)) for value, count in expected.items()
               if _whole(value, text) < count}
        assert not cut, f"{copy.value}: printed cut or run together (wanted, found): " \
                        f"{dict(list(cut.items())[:5])}"
        assert any(k.startswith("KBRI/PNH/2026/") for k in expected) == (copy is Copy.EMBASSY)
