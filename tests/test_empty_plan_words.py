"""A plan that plans nothing says why, where it is stored and where it is published: an
operation with no person, or with persons and no flight, gave "0 persons in 0 of 0
households fly ... published" as any plan, without a word."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.cli import main

ROSTER = "Nama,Jenis Kelamin,Tanggal Lahir\nSiti Aminah,P,1990-02-03\nBudi,L,1985-05-06\n"


@pytest.mark.parametrize(("lang", "nobody", "no_flight"), [
    ("en", "Nothing was planned: the operation has no person. Import a roster",
     "Nobody flies in this plan: the operation has no flight."),
    ("id", "Tidak ada yang direncanakan: operasi ini belum memiliki orang.",
     "Tidak ada yang terbang dalam rencana ini: operasi ini belum memiliki penerbangan.")])
def test_an_empty_plan_says_why_when_stored_and_published(
        sqlite_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str,
        nobody: str, no_flight: str) -> None:
    cli = ["--db", str(sqlite_path), "--lang", lang]
    assert main([*cli, "init"]) == 0
    assert main([*cli, "solve", "--quiet", "--time-limit", "10"]) == 0
    assert nobody in capsys.readouterr().out
    assert main([*cli, "publish", "1"]) == 0
    assert nobody in capsys.readouterr().out
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    assert main([*cli, "import", str(roster)]) == 0
    capsys.readouterr()
    assert main([*cli, "solve", "--quiet", "--time-limit", "10", "--publish"]) == 0
    said = capsys.readouterr().out
    assert no_flight in said and nobody not in said


def test_a_plan_with_persons_and_flights_says_neither(
        sqlite_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = ["--db", str(sqlite_path)]
    assert main([*cli, "demo", "--people", "20", "--seed", "3"]) == 0
    assert main([*cli, "solve", "--quiet", "--time-limit", "10"]) == 0
    said = capsys.readouterr().out
    assert "Nothing was planned" not in said and "Nobody flies" not in said
