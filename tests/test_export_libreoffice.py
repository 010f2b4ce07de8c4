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
from pathlib import Path

import pytest

from planner.db import Operation
from planner.demo import create as create_demo
from planner.export import Copy, export_manifests
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
    assert f"Total: {flown['flights']} flights, {flown['passengers']} passengers" in summary
