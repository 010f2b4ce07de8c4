"""Person tags (SPEC 8.2): rendered to PDF through Qt, rasterised as a printer would, and
every QR code read back to the case numbers asked for."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import openpyxl
import pytest
import zxingcpp
from sqlalchemy import select

from planner import demo
from planner.cli import main
from planner.db import Operation, open_operation
from planner.db.models import AuditEntry, Household, Person, PlanHousehold, Shelter
from planner.planning import service


def decoded_pages(pdf: Path, tmp_path: Path, dpi: int = 150) -> list[set[str]]:
    """The texts of the QR codes found on each page of ``pdf``."""
    prefix = tmp_path / pdf.stem
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    pages = []
    for image in sorted(tmp_path.glob(f"{pdf.stem}-*.pgm")):
        data = image.read_bytes()
        # Binary PGM: "P5", width, height, maxval, then the pixels.
        fields = data.split(maxsplit=4)
        width, height = int(fields[1]), int(fields[2])
        pixels = np.frombuffer(fields[4][-width * height:], dtype=np.uint8)
        found = zxingcpp.read_barcodes(pixels.reshape(height, width))
        assert all(b.format == zxingcpp.BarcodeFormat.QRCode for b in found)
        pages.append({b.text for b in found})
    return pages


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tags") / "op.sqlite"
    operation = open_operation(path, create=True)
    with operation.session() as session:
        demo.create(session, 90, seed=3)
    service.solve_and_store(operation, service.PlanningOptions(time_limit=20, publish=True))
    operation.close()
    return path


def _expected(path: Path, sheltered: bool = True
              ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Case numbers by household code and by shelter of the published plan (members who
    need a shelter; with ``sheltered`` False, every member of its households)."""
    operation: Operation = open_operation(path)
    try:
        with operation.session() as session:
            by_household: dict[str, list[str]] = {}
            for code, case_no in session.execute(
                    select(Household.code, Person.case_no).join(Person)
                    .where(Household.implicit.is_(False))):
                by_household.setdefault(code, []).append(case_no)
            by_shelter: dict[str, list[str]] = {}
            plan = service.published_plan_id(operation)
            for name, case_no in session.execute(
                    select(Shelter.name, Person.case_no)
                    .join(PlanHousehold, PlanHousehold.shelter_id == Shelter.id)
                    .join(Person, Person.household_id == PlanHousehold.household_id)
                    .where(PlanHousehold.plan_id == plan,
                           Person.needs_shelter.is_(True) | (not sheltered))):
                by_shelter.setdefault(name, []).append(case_no)
    finally:
        operation.close()
    return by_household, by_shelter


def test_a_shelters_sheets_read_back_to_its_people(tagged: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _, by_shelter = _expected(tagged)
    name, case_nos = max(by_shelter.items(), key=lambda item: len(item[1]))
    out = tmp_path / "shelter.pdf"
    assert main(["--db", str(tagged), "tags", str(out), "--shelter", name]) == 0
    pages = decoded_pages(out, tmp_path)
    assert len(pages) == -(-len(case_nos) // 24)
    assert all(len(page) == 24 for page in pages[:-1])
    assert set().union(*pages) == set(case_nos)
    assert f"Wrote {len(case_nos)} tags" in capsys.readouterr().out
    operation = open_operation(tagged)
    try:
        with operation.session() as session:
            entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "tags")
                                    .order_by(AuditEntry.id.desc())).first()
    finally:
        operation.close()
    assert sorted(entry.details["case_nos"]) == sorted(case_nos)
    # Members of its households who need no shelter sleep elsewhere: no label (the
    # tester's finding: 195 labels for a roster of 177).
    _, every_member = _expected(tagged, sheltered=False)
    assert len(every_member[name]) > len(case_nos)
    # The same persons as the shelter's sheet of the manifests.
    workbook = tmp_path / "manifests.xlsx"
    assert main(["--db", str(tagged), "export", str(workbook)]) == 0
    sheet = openpyxl.load_workbook(workbook, read_only=True)[name]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[:2] == ("No.", "Case No"))
    assert sorted(str(r[1]) for r in rows[header + 1:]
                  if len(r) > 1 and isinstance(r[0], int)) == sorted(case_nos)


def test_one_label_a_page_for_a_household(tagged: Path, tmp_path: Path) -> None:
    by_household, _ = _expected(tagged)
    code, case_nos = next((c, m) for c, m in sorted(by_household.items()) if len(m) >= 3)
    out = tmp_path / "family.pdf"
    assert main(["--db", str(tagged), "tags", str(out), "--household", code, "--label"]) == 0
    assert decoded_pages(out, tmp_path, dpi=300) == [{c} for c in sorted(case_nos)]


def test_unknown_people_and_wrong_files_are_refused(tagged: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", str(tagged), "tags", str(out), "C-000001", "C-999999"]) == 1
    assert "No person with case number C-999999" in capsys.readouterr().err
    assert main(["--db", str(tagged), "tags", str(tmp_path / "x.png"), "C-000001"]) == 1
    assert "name the file .pdf" in capsys.readouterr().err
    assert main(["--db", str(tagged), "tags", str(out), "--shelter", "Nowhere"]) == 1
    assert not out.exists()
