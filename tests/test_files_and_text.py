"""Atomic owner-only output and formula-safe cell text."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import openpyxl
import pytest

from planner.errors import PlannerError
from planner.protection.files import atomic_output
from planner.spreadsheet_text import csv_text, xlsx_cell


def test_atomic_output_is_whole_and_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with atomic_output(target) as temp:
        temp.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_output_failure_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_output_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="does not exist"), atomic_output(tmp_path / "no" / "x"):
        pass


@pytest.mark.parametrize("text", ["=1+1", "+62811", "-5", "@SUM(A1)", "\tx", "\rx"])
def test_formula_text_stays_text(tmp_path: Path, text: str) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    xlsx_cell(sheet["A1"], text)
    path = tmp_path / "t.xlsx"
    workbook.save(path)
    loaded = openpyxl.load_workbook(path).active
    assert loaded is not None
    stored = text.replace("\r", "\n")  # line breaks are normalised to LF
    assert loaded["A1"].data_type == "s" and loaded["A1"].value == stored
    assert csv_text(text) == "'" + stored


def test_control_characters_are_replaced_with_a_warning(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    warnings = xlsx_cell(sheet["A1"], "Siti\x00\x07 Rahayu")
    assert warnings == ["control characters replaced"]
    workbook.save(tmp_path / "t.xlsx")
    assert csv_text("plain") == "plain"
