"""The planner's and the import's sentences in Indonesian: every code the producers write
has Indonesian words (found by reading the producers, so a new English-only code fails
here), the facts are filled in, and an unknown code or an old sentence stays English."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from planner.db import Operation
from planner.editing import RecordKind, RecordRef
from planner.importing import Problem
from planner.planning.insights import Move
from solvers.explain import ACTION_ORDER, OVERFLOW_SENTENCES
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


_IMPORT_CALLS = {"ValueProblem", "UnusableCell", "Problem", "_reject", "_coded", "_problem"}


def _import_codes() -> set[str]:
    codes = set()
    for path in sorted((ROOT / "planner" / "importing").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in _IMPORT_CALLS:
                continue
            args = [*node.args, *(k.value for k in node.keywords if k.arg == "code")]
            codes |= {a.value for a in args if isinstance(a, ast.Constant)
                      and isinstance(a.value, str) and re.fullmatch(r"[a-z]+(_[a-z]+)*", a.value)}
    return codes


def test_every_code_the_producers_write_has_indonesian_words() -> None:
    # explain.py names each code it gives in ACTION_ORDER (its reasons are made by code).
    reasons = _written_codes("solvers/explain.py", "solvers/solve.py",
                             "solvers/rules/pins.py") | set(ACTION_ORDER)
    assert {"flights_full", "no_document_slot", "pin_conflict"} <= reasons
    assert reasons <= set(messages.REASON_CODES)
    moves = _written_codes("planner/planning/insights.py")
    assert moves == set(messages.MOVE_CODES)
    assert set(OVERFLOW_SENTENCES) == set(messages.OVERFLOW_CODES)
    written = _import_codes()
    assert {"bad_sex", "required", "repeats_person", "spreadsheet_error"} <= written
    assert written <= messages.import_codes(), written - messages.import_codes()


def _pin_clauses() -> list[str]:
    """Every clause a pin rule gives for a released pin (and the shelter policies it
    quotes), with sample facts: dates for date formats, numbers otherwise."""
    clauses = []
    for path, prefixes in (("solvers/rules/pins.py", ("_screen", "screen")),
                           ("solvers/rules/shelter_fit.py", ("misfit",))):
        for function in ast.walk(_tree(path)):
            if not (isinstance(function, ast.FunctionDef)
                    and function.name.startswith(prefixes)):
                continue
            for node in ast.walk(function):
                value = node.value if isinstance(node, ast.Return) or (
                    isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "why"
                ) else None
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    clauses.append(value.value)
                elif isinstance(value, ast.JoinedStr):
                    clauses.append("".join(
                        part.value if isinstance(part, ast.Constant) else
                        ("05 Mar 2026" if part.format_spec else "7") for part in value.values))
    return [c for c in clauses if " " in c]


def test_every_pin_rule_clause_reads_in_indonesian(indonesian: None) -> None:
    clauses = _pin_clauses()
    assert len(clauses) >= 18
    for clause in clauses:
        text = f"The pin of household H-7 to flight QZ 1 2026-03-05 was released: {clause}."
        worded = messages.conflict_text({"code": "pin_conflict", "text": text})
        assert worded != text and "dilepas" in worded and "keluarga H-7" in worded, clause
    together = ("The pin #4 (shelter) was released: the pins cannot all hold together with "
                "the seats, slots and beds there are.")
    assert "Kunci #4 (penampungan) dilepas" in messages.conflict_text({"text": together})


# --- the sentences, with their facts --------------------------------------------------------
REASONS = [
    {"code": "no_common_destination"},
    {"code": "no_flight_to_destination", "destinations": ["CGK", "SUB"],
     "start": "2026-03-02"},
    {"code": "not_cleared", "cleared_from": "2026-05-20", "last_flight": "2026-03-30",
     "destinations": ["KNO"]},
    {"code": "no_flight_after_ready", "ready": "2026-08-17", "last_flight": "2026-03-30",
     "destinations": ["KNO"]},
    {"code": "infant_without_adult", "minor_age": 18},
    {"code": "infant_without_adult", "minor_age": 18, "infants": 2, "adults": 1},
    {"code": "infant_without_adult", "minor_age": 18, "infants": 3, "adults": 0},
    {"code": "household_too_large", "seats": 9, "destinations": ["UPG"],
     "flights": ["QZ 9 2026-03-09"]},
    {"code": "medical_capacity", "medical": 3, "destinations": ["DPS"], "after": "2026-03-04",
     "flights": ["QZ 9 2026-03-09"]},
    {"code": "no_document_slot", "persons": ["C-0042"], "destinations": ["CGK"],
     "after": "2026-03-04"},
    {"code": "flights_full", "flights": ["QZ 1 2026-03-05", "QZ 2 2026-03-06"],
     "competing_persons": 312},
    {"code": "no_fit_to_travel", "flights": ["QZ 1 2026-03-05"], "persons": ["C-0042"],
     "days": 7},
    {"code": "medical_capacity_full", "flights": ["QZ 3 2026-03-07"]},
    {"code": "document_slots_full", "flights": ["QZ 3 2026-03-07"], "persons": ["C-0042"]},
    {"code": "not_placed", "flights": ["QZ 3 2026-03-07"]},
    {"code": "pinned_slot_late", "flights": ["QZ 3 2026-03-07"], "persons": ["C-0042"],
     "all_flights": True},
    {"code": "flights_before_ready", "flights": ["QZ 1 2026-03-05"], "ready": "2026-03-06",
     "cleared": False},
    {"code": "lost_seat", "flight": "QZ 1 2026-03-05", "reference_plan": 4, "newcomers": 312,
     "newcomer_weight": 500, "weight": 2, "persons_weighed": 2, "higher_priority": True},
    {"code": "pin_conflict", "pin_id": 3, "kind": "flight", "subject": "household H-7",
     "target": "QZ 3 2026-03-07",
     "text": "The pin of household H-7 to flight QZ 3 2026-03-07 was released: the household "
             "cannot leave before 05 Mar 2026."},
]
FACTS = {"CGK", "SUB", "KNO", "UPG", "DPS", "QZ 1 2026-03-05", "QZ 3 2026-03-07", "C-0042",
         "312", "H-7"}


def test_every_reason_reads_in_indonesian_with_its_facts(indonesian: None) -> None:
    assert {r["code"] for r in REASONS} == set(messages.REASON_CODES)
    for reason in REASONS:
        english = reason.get("text") or f"English sentence of {reason['code']}"
        worded = messages.reason_text({**reason, "text": english})
        assert worded != english and "{" not in worded, reason["code"]
        for fact in FACTS:
            if any(fact in str(v) for v in reason.values()):
                assert fact in worded, (reason["code"], fact, worded)
    dated = messages.reason_text({**REASONS[2], "text": "x"})
    assert "20 Mei 2026" in dated and "30 Mar 2026" in dated  # Indonesian month names


def test_english_shows_the_producers_sentence_and_unknown_codes_stay_english(
        qapp: Any, indonesian: None) -> None:
    unknown = {"code": "something_new", "text": "A new reason."}
    assert messages.reason_text(unknown) == "A new reason."
    # A reason stored before it carried a fact its new sentence needs is still worded.
    old = {"code": "flights_full", "flights": ["QZ 1 2026-03-05"], "after": "2026-03-04",
           "competing_persons": 12, "text": "All 1 flight(s) ..."}
    assert messages.reason_text(old) not in ("", old["text"])
    broken = {"code": "flights_full", "text": "All 1 flight(s) ..."}  # no facts at all
    assert messages.reason_text(broken) == "All 1 flight(s) ..."
    assert messages.overflow_text("all compatible shelters are full") == \
        "all compatible shelters are full"
    assert messages.conflict_text({"text": "Some pin sentence of the future."}) == \
        "Some pin sentence of the future."
    problem = Problem("Sheet1", 4, "an English reason", code="new_code")
    assert messages.problem_reason(problem) == "an English reason"
    languages.install("en")
    assert messages.reason_text(REASONS[-1]) == REASONS[-1]["text"]
    move = Move("H-1", 1, "QZ 1 2026-03-05", "QZ 2 2026-03-06", "moved", "Moved from ...")
    assert messages.move_text(move) == "Moved from ..."


def test_overflow_reasons_read_in_indonesian(indonesian: None) -> None:
    samples = {
        "no_shelter": {"first": "5 Mar 2026", "last": "9 Mar 2026"},
        "no_fitting_shelter": {"misfits": "Wisma A takes only men, Wisma B takes only women "
                                          "and children under 12 and 1 more"},
        "shelters_closed": {"first": "5 Mar 2026", "last": "9 Mar 2026",
                            "shelters": "Wisma A, Aula KBRI"},
        "not_placed": {"shelter": "Wisma A", "first": "5 Mar 2026", "last": "9 Mar 2026"},
        "shelters_full": {"full": "Wisma A on the night of 06 Mar 2026, Aula KBRI on the "
                                  "night of 7 Mar 2026"},
    }
    assert set(samples) == set(OVERFLOW_SENTENCES)
    for code, facts in samples.items():
        english = OVERFLOW_SENTENCES[code].format(**facts)
        worded = messages.overflow_text(english)
        assert worded != english and "Wisma A" in worded or code == "no_shelter", code
        assert "{" not in worded
    assert "1 lainnya" in messages.overflow_text(
        OVERFLOW_SENTENCES["no_fitting_shelter"].format(**samples["no_fitting_shelter"]))


def test_every_move_reads_in_indonesian(indonesian: None) -> None:
    lost = {"code": "flights_full", "flights": ["QZ 4 2026-03-08"], "after": "2026-03-04",
            "competing_persons": 40, "destinations": ["CGK"], "text": "All 1 ..."}
    moves = [
        Move("H-1", 1, "QZ 1 2026-03-05", "QZ 2 2026-03-06", "flight_unusable", "x",
             before_status="cancelled"),
        Move("H-1", 1, "QZ 1 2026-03-05", None, "flight_unusable", "x",
             before_status="departed"),
        Move("H-1", 1, "QZ 1 2026-03-05", None, "lost_seat", "x", reason=lost),
        Move("H-1", 1, None, "QZ 2 2026-03-06", "newly_flown", "x", against=4),
        Move("H-1", 1, "QZ 1 2026-03-05", "QZ 2 2026-03-06", "moved", "x"),
        Move("H-1", 1, "QZ 1 2026-03-05", "QZ 2 2026-03-06", "moved_unproven", "x"),
    ]
    assert {m.code for m in moves} == set(messages.MOVE_CODES)
    for move in moves:
        worded = messages.move_text(move)
        assert worded != "x" and "{" not in worded, move.code
        assert all(k in worded for k in (move.before, move.after) if k), move.code
    assert "dibatalkan" in messages.move_text(moves[0])
    assert "QZ 4 2026-03-08" in messages.move_text(moves[2])
    assert "rencana 4" in messages.move_text(moves[3])


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
        known = reasons[0].get("code") in messages.REASON_CODES
        shown = left.data(left.index(row, why))
        assert (shown != reasons[0]["text"]) == known and "{" not in shown
        tooltip = left.data(left.index(row, why), Qt.ItemDataRole.ToolTipRole)
        assert all(r["text"] not in tooltip for r in reasons
                   if r.get("code") in messages.REASON_CODES)
    moves = page.changes_tab.model
    assert moves.rowCount() > 0
    for row in range(moves.rowCount()):
        record = moves.record(row)
        assert record.text != record.move.text and "{" not in record.text, record.move.code
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
