"""The planner's and the import's sentences in Indonesian on the desktop: every reason
reads as the command line's renderer says it (one template per code, Qt Linguist's
``tr``), an import problem reads in Indonesian on the import screen (every import code's
template and its translation: tests/test_import_words.py), and an old stored sentence
stays as it was stored."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from planner.db import Operation
from planner.planning.insights import Move
from planner.records.editing import RecordKind, RecordRef
from planner.words.catalogue import catalogue_words
from planner.words.render import render, stored_reason
from planner.words.templates import TEMPLATES
from tests.ministry_workbook import write_ministry_workbook
from tests.test_ui_results import results, solve
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import Answers
from ui import messages
from ui.i18n import languages
from ui.main_window import MainWindow
from ui.pages.import_page import ImportPage

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def indonesian(qapp: Any) -> Iterator[None]:
    languages.install("id")
    yield
    languages.install("en")


# --- the codes the producers write ---------------------------------------------------------
def _tree(path: str) -> ast.Module:
    return ast.parse((ROOT / path).read_text(encoding="utf-8"))


def _written_codes(*paths: str) -> set[str]:
    """``"code": "..."`` in dicts and ``code = "..."`` assignments."""
    codes = set()
    for path in paths:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if (isinstance(key, ast.Constant) and key.value == "code"
                            and isinstance(value, ast.Constant)):
                        codes.add(value.value)
            elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                  and any(isinstance(t, ast.Name) and t.id == "code" for t in node.targets)):
                codes.add(node.value.value)
    return codes


# --- the planner's reasons: the desktop says what the command line says --------------------
FACTS: dict[str, Any] = {
    "flights": ["QZ 1 2026-03-05", "QZ 2 2026-03-06"], "persons": ["C-0042"],
    "destinations": ["CGK", "SUB"], "shelters": ["Rumah Aman, Jakarta", "Aula KBRI"],
    "start": "2026-05-20", "cleared_from": "2026-05-20", "last_flight": "2026-03-30",
    "ready": "2026-08-17", "after": "2026-03-04", "slot_date": "2026-03-03",
    "departure": "2026-03-01", "earliest": "2026-03-09", "night": "2026-03-06",
    "first": "2026-03-05", "last": "2026-03-09", "minor_age": 21, "infants": 2,
    "adults": 1, "seats": 9, "medical": 3, "competing_persons": 1312, "newcomers": 1,
    "newcomer_weight": 500, "weight": 2, "persons_weighed": 2, "capacity": 4, "need": 5,
    "beds": 30, "pin_id": 7, "age": 15, "reference_plan": 4, "against": 4, "days": 7,
    "all_flights": False, "cleared": True, "higher_priority": True,
    "subject": "H-7", "subject_kind": "household", "target": "QZ 3 2026-03-07",
    "flight": "QZ 1 2026-03-05", "shelter": "Rumah Aman, Jakarta", "case_no": "C-0042",
    "airport": "KNO", "before": "QZ 1 2026-03-05", "kind": "flight",
    "status": "cancelled", "before_status": "cancelled",
    "why": {"code": "cannot_leave_before", "earliest": "2026-03-09"},
    "misfits": [{"code": "shelter_men_only", "shelter": "Rumah Aman, Jakarta"}],
    "full": [{"code": "shelter_full_on", "shelter": "Aula KBRI", "night": "2026-03-06"}],
    "reason": {"code": "flights_full", "flights": ["QZ 4 2026-03-08"],
               "competing_persons": 40},
}


def test_every_reason_reads_in_indonesian_as_the_command_line_says_it(
        indonesian: None) -> None:
    indonesian_words = catalogue_words("id")
    for code in TEMPLATES:
        data = {**FACTS, "code": code}
        worded = messages.reason_text(data)
        assert worded == render(data, indonesian_words), code
        assert worded != render(data) or code == "shelter_full_on", code
    dated = messages.reason_text({**FACTS, "code": "not_cleared"})
    assert "20 Mei 2026" in dated and "30 Mar 2026" in dated  # Indonesian month names
    conflict = messages.conflict_text({**FACTS, "code": "pin_conflict"})
    assert conflict == ("Kunci keluarga H-7 ke penerbangan QZ 3 2026-03-07 dilepas: keluarga "
                        "ini tidak dapat berangkat sebelum 9 Mar 2026.")
    assert "1.312 orang" in messages.reason_text({**FACTS, "code": "flights_full"})


def test_english_is_the_templates_and_a_stored_sentence_stays_as_stored(qapp: Any) -> None:
    for code in TEMPLATES:
        data = {**FACTS, "code": code}
        assert messages.reason_text(data) == render(data), code
    old = {"code": "flights_full", "text": "All 1 flight(s) ..."}
    assert messages.reason_text(old) == "All 1 flight(s) ..."
    assert messages.overflow_text(stored_reason(None, "all shelters are full")) == \
        "all shelters are full"


def test_every_move_reads_in_indonesian(indonesian: None) -> None:
    lost = {"code": "flights_full", "flights": ["QZ 4 2026-03-08"], "after": "2026-03-04",
            "competing_persons": 40, "destinations": ["CGK"]}
    moves = [
        Move("H-1", 1, "QZ 1 2026-03-05", "QZ 2 2026-03-06", "flight_unusable",
             before_status="cancelled"),
        Move("H-1", 1, "QZ 1 2026-03-05", None, "flight_unusable", before_status="departed"),
        Move("H-1", 1, "QZ 1 2026-03-05", None, "lost_seat", reason=lost),
        Move("H-1", 1, "QZ 1 2026-03-05", None, "lost_seat"),
        Move("H-1", 1, None, "QZ 2 2026-03-06", "newly_flown", against=4),
        Move("H-1", 1, "QZ 1 2026-03-05", "QZ 2 2026-03-06", "moved"),
        Move("H-1", 1, "QZ 1 2026-03-05", "QZ 2 2026-03-06", "moved_unproven"),
    ]
    for move in moves:
        worded = messages.move_text(move)
        assert "{" not in worded and worded == render(move.why, catalogue_words("id"))
        assert all(k in worded for k in (move.before, move.after) if k), move.code
    assert "dibatalkan" in messages.move_text(moves[0])
    assert "QZ 4 2026-03-08" in messages.move_text(moves[2])
    assert "lihat alasannya" in messages.move_text(moves[3])
    assert "rencana 4" in messages.move_text(moves[4])


# --- the screens -----------------------------------------------------------------------------
def test_results_screen_words_reasons_and_changes_in_indonesian(
        qtbot: Any, window: MainWindow, answers: Answers, demo_operation: Operation,
        indonesian: None) -> None:
    first = solve(window)
    page = results(window)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert page.overview is not None and page.overview.plan_id == first
    busiest = max(page.overview.flights, key=lambda f: f.passengers)
    flights = window.context.stores.flights.table
    position = flights.position_of(busiest.flight_id)
    assert position is not None
    window.context.edits.update(RecordRef(RecordKind.FLIGHT, busiest.flight_id, busiest.key,
                                          int(flights.versions[position])),
                                {"status": "cancelled"})
    solve(window)
    page = results(window)
    overview = page.overview
    assert overview is not None
    # Left behind: the "Why no flight" column (the last) and its tooltip with every reason.
    left = page.left_tab.model
    assert left.rowCount() > 0
    why = left.columnCount() - 1
    for row in range(left.rowCount()):
        record = left.record(row)
        reasons = record.household.reasons
        assert reasons, record.member.case_no
        shown = left.data(left.index(row, why))
        assert shown.startswith(render(reasons[0], catalogue_words("id")))
        assert shown != render(reasons[0]) and "{" not in shown
        tooltip = left.data(left.index(row, why), Qt.ItemDataRole.ToolTipRole)
        assert all(render(r) not in tooltip for r in reasons)
    moves = page.changes_tab.model
    assert moves.rowCount() > 0
    for row in range(moves.rowCount()):
        record = moves.record(row)
        assert record.text != render(record.move.why) and "{" not in record.text, \
            record.move.code
    cancelled = [moves.record(r) for r in range(moves.rowCount())
                 if moves.record(r).move.code == "flight_unusable"]
    assert cancelled and all(busiest.flight_no in r.text and "dibatalkan" in r.text
                             for r in cancelled)


def test_import_problems_read_in_indonesian(qtbot: Any, window: MainWindow, tmp_path: Path,
                                            indonesian: None) -> None:
    workbook = write_ministry_workbook(tmp_path / "daftar.xlsx", persons=30, bad_rows=2)
    window.handle_dropped([workbook])
    page = window.pages["import"]
    assert isinstance(page, ImportPage)
    problems = page.check_step.problems
    assert problems.rowCount() == 2
    for row in range(problems.rowCount()):
        problem = problems.record(row)
        assert problem.code, problem.reason
        shown = problems.data(problems.index(row, problems.columnCount() - 1))
        assert shown != problem.reason and shown == messages.problem_reason(problem)
        assert shown == problem.reason_in(catalogue_words("id")), shown
