"""``evacplan solve``'s progress lines: every report a solver may send is printed, those
without a plan yet (an LP round of the scaled method, HiGHS before its first plan) too."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from planner.cli import main
from planner.cli.solve import objective_name as solve_objective
from planner.cli.solve import progress_line
from planner.planning.service import (
    CHECKING_STAGE,
    READING_STAGE,
    STORED_STAGE,
    STORING_STAGE,
    BudgetNotice,
    TimeBudget,
    solving_stage,
)
from planner.words.catalogue import catalogue_words
from planner.words.render import decimal_text, render
from solvers.reasons import Reason
from solvers.solution import (
    FIRST_LP_OUT_OF_TIME,
    FIRST_LP_STAGE,
    LATER_BOUNDS_STAGE,
    REPAIR_STAGE,
    Progress,
    first_lp_round,
    objective_done,
    objective_stage,
)
from tests.test_cli_indonesian import english_in

figures = st.one_of(st.none(), st.floats(-1e9, 1e9, allow_nan=False))
#: Every stage a solve reports.
STAGES = (READING_STAGE, solving_stage(30000, 17576, 132, 25.6), objective_stage(2, 5), objective_done(1), FIRST_LP_STAGE, first_lp_round(3),
          FIRST_LP_OUT_OF_TIME, LATER_BOUNDS_STAGE, REPAIR_STAGE, CHECKING_STAGE,
          STORING_STAGE, STORED_STAGE)


@given(st.sampled_from(STAGES), st.sampled_from(["flown_weight", "changes"]),
       figures, figures, st.floats(0, 1e5))
def test_every_report_makes_one_line(stage: Reason, objective: str, best: float | None,
                                     bound: float | None, elapsed: float) -> None:
    line = progress_line(Progress(stage, objective, best, bound, elapsed))
    assert "\n" not in line
    seconds = decimal_text(elapsed, places=1)  # thousands separated: "1,000.0 s"
    assert line.strip().startswith(f"{seconds} s  {render(stage)}: {objective}")
    assert ("bound " in line) == (bound is not None)
    assert line.endswith(objective) == (best is None and bound is None)


def test_figures_are_read_as_counts() -> None:
    assert progress_line(Progress(objective_done(1), "flown_weight", 233238.0, 233338.4,
                                  71.7)) == \
        "    71.7 s  objective 1 done: flown_weight 233,238, bound 233,338.4"
    assert progress_line(Progress(first_lp_round(3), "flown_weight", None, None,
                                  0.3)) == "     0.3 s  objective 1 LP, round 3: flown_weight"
    assert progress_line(Progress(FIRST_LP_STAGE, "flown_weight", None, 31010.0, 2.8)) == \
        "     2.8 s  objective 1 LP: flown_weight bound 31,010"


def test_a_stage_of_the_whole_job_names_no_objective() -> None:
    assert progress_line(Progress(STORING_STAGE, "", None, None, 12.04)) == \
        "    12.0 s  storing the plan with the reasons of those left behind"


def test_every_stage_is_said_in_the_language() -> None:
    """The solver's stages are codes (Progress.stage), worded by the command line:
    Indonesian under --lang id, with its decimal comma and its unit, the objective by
    the name the desktop's Plan screen gives it (it said "flown_weight")."""
    indonesian = catalogue_words("id")
    assert progress_line(Progress(objective_done(1), "flown_weight", 233238.0, 233338.4,
                                  71.7), indonesian) == \
        ("    71,7 dtk  sasaran 1 selesai: Bobot prioritas yang diterbangkan 233.238, "
         "batas 233.338,4")
    for stage in STAGES:
        for best, bound in ((None, None), (1.0, None), (None, 2.0), (1.0, 2.0)):
            report = Progress(stage, "flown_weight", best, bound, 1.0)
            said = progress_line(report, indonesian)
            assert english_in(said) is None and said != progress_line(report), stage


def test_scaled_solve_prints_its_lp_rounds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The scaled method's LP rounds carry no plan: before, the printer formatted their
    missing value and the command ended in "internal error (TypeError)"."""
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "150", "--seed", "3"]) == 0
    entry = "import sys; from planner.cli import main; sys.exit(main())"
    run = subprocess.run([sys.executable, "-c", entry, "--db", str(db), "solve",
                          "--time-limit", "10", "--method", "scaled"],
                         capture_output=True, text=True, check=False, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Stored plan"), run.stdout
    assert "objective 1 LP, round 1: flown_weight\n" in run.stderr
    assert "objective 1 LP: flown_weight bound " in run.stderr
    # After the LP's bound: every objective, the later bounds, the check and the store,
    # in order (before, nothing was said for the last 45 s of a 20,000-person solve).
    stages = [re.sub(r"^ +[\d.]+ s  ", "", line).split(":")[0]
              for line in run.stderr.splitlines()]
    # Before the solver's first report: reading, then what is solved in how long (at
    # 30,000 persons the first 9-25 s under load said nothing).
    assert stages[:2] == [render(READING_STAGE), "solving"], run.stderr
    assert re.search(r"^ +[\d.]+ s  solving: 150 persons in \d+ households, \d+ flights; "
                     r"the solver has \d+ s$", run.stderr, re.M), run.stderr
    after = stages[stages.index("objective 1 LP") + 1:]
    assert after == ["objective 1 done", render(LATER_BOUNDS_STAGE), "objective 2 done",
                     "objective 3 done", "objective 4 done", "objective 5 done",
                     *map(render, (CHECKING_STAGE, STORING_STAGE, STORED_STAGE))], run.stderr
    # The summary gives the solver's seconds and the whole job's, the figure the progress
    # said last and the time limit counts (it gave the solver's alone).
    summary = re.match(r"Stored plan 1 \(\w+, scaled method, solver ([\d.]+) s of the job's "
                       r"([\d.]+) s\): ", run.stdout)
    assert summary is not None, run.stdout
    stored = re.search(r"^ +([\d.]+) s  plan stored$", run.stderr, re.M)
    assert stored is not None, run.stderr
    assert summary.group(2) == stored.group(1)
    assert float(summary.group(1)) <= float(summary.group(2))


def test_a_reader_that_goes_away_stops_no_solve(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``evacplan solve | head -1``: the reader goes before the progress and the summary are
    written. The plan is made and stored all the same, and no "internal error" is said
    (before, the failed write stopped the solve with one)."""
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "150", "--seed", "3"]) == 0
    entry = "import sys; from planner.cli import main; sys.exit(main())"
    read, write = os.pipe()
    os.close(read)  # nobody will read: every write fails with a broken pipe
    try:
        done = subprocess.run([sys.executable, "-c", entry, "--db", str(db), "solve",
                               "--time-limit", "10", "--method", "scaled"],
                              stdout=write, stderr=write, timeout=120, check=False)
    finally:
        os.close(write)
    assert done.returncode == 141
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM plans").fetchone() == (1,)


def test_the_summary_counts_what_the_json_lists_without_reading_it_all(
        tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``solve`` says how many households fly from counts: the whole plan's document
    (every household with its members and reasons) is read only for ``--json`` (it took
    2.2 s of a 10 s job at 30,000 persons). The line says what the document lists."""
    import json

    from planner.planning import reading  # what evacplan solve reads the plan with

    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "150", "--seed", "3"]) == 0
    capsys.readouterr()
    out = tmp_path / "plan.json"
    assert main(["--db", str(db), "solve", "--time-limit", "10", "--json", str(out)]) == 0
    with_json = capsys.readouterr().out.splitlines()[0]
    document = json.loads(out.read_text())
    flown = sum(1 for h in document["households"] if h["flight"])
    assert f"in {flown:,} of {len(document['households']):,} households fly" in with_json

    def refused(*args: object) -> None:
        raise AssertionError("the whole plan was read for its summary")

    monkeypatch.setattr(reading, "plan_json", refused)
    assert main(["--db", str(db), "solve", "--time-limit", "10"]) == 0
    without = capsys.readouterr().out.splitlines()[0]
    assert re.match(r"Stored plan 2 \(\w+, \w+ method, solver [\d.]+ s of the job's "
                    r"[\d.]+ s\): [\d,]+ persons? in "
                    r"[\d,]+ of 89 households fly", without), without


def test_the_time_limit_notice_is_said_in_the_language() -> None:
    """The notice that the limit cannot hold follows evacplan --lang; its template is the
    one the desktop's Plan screen shows (time_limit_cannot_hold)."""
    budget = TimeBudget(persons=1500, limit=5, spent=3.2, after=4.1, solver=30.0)
    notice = BudgetNotice(budget.notice(), "", None, None, 3.25, budget)
    assert progress_line(notice) == (
        "     3.2 s  The time limit of 5 s cannot hold: 1,500 persons take about 8 s to "
        "read, check and store, and the planner needs at least 30 s more, about 38 s in "
        "all. The planner goes on and takes longer than the limit; to plan within it, set "
        "at least 38 s.")
    assert progress_line(notice, catalogue_words("id")) == (
        "     3,2 dtk  Batas waktu 5 dtk tidak cukup: 1.500 orang perlu sekitar 8 dtk untuk "
        "dibaca, diperiksa, dan disimpan, dan perencana perlu paling sedikit 30 dtk lagi, "
        "sekitar 38 dtk seluruhnya. Perencana tetap bekerja dan melewati batas itu; agar "
        "selesai di dalamnya, atur paling sedikit 38 dtk.")


def test_every_objective_is_named_as_the_plan_screen_names_it() -> None:
    """Under --lang id each objective of a progress line and a bound line is the Plan
    screen's word for it (ui.plan_words.objective_label); English keeps the identifier,
    the key of --json's objectives that scripts read."""
    from planner.words.command_templates import COMMAND_VALUE_WORDS
    from planner.words.render import said

    indonesian = catalogue_words("id")
    for name, label in COMMAND_VALUE_WORDS["objective"].items():
        word = indonesian.translate(label)
        assert word != label, name  # translated
        line = progress_line(Progress(objective_stage(2, 5), name, 12.0, None, 1.0),
                             indonesian)
        assert line.endswith(f"sasaran 2 dari 5: {word} 12"), line
        assert name not in line
        assert progress_line(Progress(objective_stage(2, 5), name, 12.0, None, 1.0)) \
            .endswith(f"objective 2 of 5: {name} 12")
        bound = said(indonesian, "solve_bound", objective=solve_objective(name, indonesian),
                     value="3", bound="4")
        assert bound.startswith(f"{word}: 3"), bound
