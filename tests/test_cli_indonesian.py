"""``evacplan --lang id``: every command an officer runs says its lines and its refusals in
Indonesian. Each command runs twice on copies of one operation, in English and in
Indonesian; every printed line is checked against the English catalogue (the English
templates of ``planner/words/``, as patterns) and for English words. The English run
must be caught by the same check (it proves the check can fail), the Indonesian run
must not."""

from __future__ import annotations

import json
import re
import shutil
import string
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from planner.cli import main
from planner.template import sheet_names
from planner.words.catalogue import catalogue_words
from planner.words.render import ALL_TEMPLATES
from planner.words.templates import NOUNS

#: Words of English sentences that Indonesian never uses (paths, codes and identifiers
#: are taken out of a line before it is read).
ENGLISH_WORDS = frozenset((
    "the", "of", "to", "and", "is", "was", "were", "are", "with", "by", "from", "for", "not",
    "no", "in", "on", "has", "have", "it", "its", "their", "as", "at", "or", "be", "been",
    "before", "after", "into", "nothing", "nobody", "cannot", "there", "this", "that",
    "set", "person", "persons", "household", "households", "flight", "flights", "plan",
    "seat", "seats"))
_FORMATTER = string.Formatter()


def _pattern(template: str) -> re.Pattern[str] | None:
    """A template as a pattern of a line ("Wrote .+ to .+"), or None when its own words
    are too few to tell English from anything else."""
    parts, literal = [], ""
    for text, name, _, _ in _FORMATTER.parse(template):
        parts.append(re.escape(text))
        literal += text
        if name is not None:
            parts.append(".+?")
    if len(re.findall(r"[A-Za-z]{3,}", literal)) < 2:
        return None
    return re.compile("".join(parts))


def _english_patterns() -> list[re.Pattern[str]]:
    """Every English template the Indonesian catalogue words otherwise."""
    indonesian = catalogue_words("id")
    sentences = {s for entry in ALL_TEMPLATES.values() for t in entry.templates()
                 for s in t.sentences()}
    sentences |= {s for pair in NOUNS.values() for s in pair}
    found = []
    for sentence in sorted(sentences):
        pattern = _pattern(sentence)
        if pattern is not None and indonesian.translate(sentence) != sentence:
            found.append(pattern)
    return found


PATTERNS = _english_patterns()


def english_in(line: str) -> str | None:
    """What is English in a printed line: a template of the catalogue it matches, or an
    English word; None when there is none. Names are not words: the template's sheets
    keep their names in every language (the importer recognises them)."""
    for name in sheet_names():
        line = line.replace(name, "")
    for pattern in PATTERNS:
        if pattern.search(line):
            return f"template {pattern.pattern!r}"
    words = [w for w in re.split(r"\s+", line)
             if "/" not in w and "_" not in w and not re.search(r"\d", w)
             and not w.startswith("-")]
    for word in words:
        bare = word.strip(".,:;()'\"!?").lower()
        if bare in ENGLISH_WORDS:
            return f"word {bare!r}"
    return None


def test_the_check_finds_english_and_passes_indonesian() -> None:
    """The check itself: English lines of every kind are caught, their Indonesian not."""
    assert english_in("Stored plan 3 (optimal, exact method, solver 0.2 s): 40 persons in "
                      "20 of 20 households fly") is not None
    assert english_in("Removed (no-show): H-1") is not None  # by the template
    assert english_in("Wrote tags to a file") is not None  # not a template: by its words
    assert english_in("Rencana 3 disimpan (optimal, metode eksak, pemecah 0,2 detik)") is None
    assert english_in("200 orang diekspor ke /tmp/pytest-of-root/the/r.csv") is None


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, object]]]:
    """A small demo operation with a published plan, and what the commands name: a
    flight with passengers, the case numbers of one of its households, another household
    waiting for another flight."""
    folder = tmp_path_factory.mktemp("base")
    db = folder / "op.sqlite"
    assert main(["--db", str(db), "demo", "--people", "60", "--seed", "4"]) == 0
    plan = folder / "plan.json"
    assert main(["--db", str(db), "solve", "--publish", "--quiet", "--time-limit", "20",
                 "--json", str(plan)]) == 0
    households = json.loads(plan.read_text(encoding="utf-8"))["households"]
    flown = [h for h in households if h["flight"]]
    flight = flown[0]["flight"]
    on_flight = [h for h in flown if h["flight"] == flight]
    other = next(h for h in flown if h["flight"] != flight and len(h["members"]) == 1)
    yield db, {"flight": flight,
               "checked_in": [m["case_no"] for m in on_flight[0]["members"]],
               "household": on_flight[0]["household"],
               "withdrawn": other["members"][0]["case_no"]}


def _commands(folder: Path, db: Path, facts: dict[str, object]
              ) -> list[tuple[str, list[str], int]]:
    """(name, arguments after evacplan --lang L --db DB, exit code): the commands an
    officer runs, from the plan to the departure, with the refusals they meet."""
    flight = str(facts["flight"])
    checked_in = [str(c) for c in facts["checked_in"]]  # type: ignore[attr-defined]
    return [
        ("solve", ["solve", "--publish", "--quiet", "--time-limit", "20",
                   "--json", str(folder / "p.json")], 0),
        ("publish", ["publish", "1"], 0),
        ("plan-diff", ["plan-diff", "2", "--against", "1"], 0),
        ("export", ["export", str(folder / "m.xlsx")], 0),
        ("export-roster", ["export-roster", str(folder / "r.csv")], 0),
        ("template", ["template", str(folder / "t.xlsx")], 0),
        ("tags", ["tags", str(folder / "t.pdf"), *checked_in], 0),
        ("pin", ["pin", "flight", str(facts["household"]), flight], 0),
        ("pin to no flight", ["pin", "flight", str(facts["household"]), "tomorrow"], 1),
        ("unpin", ["unpin", "flight", str(facts["household"])], 0),
        ("unpin again", ["unpin", "flight", str(facts["household"])], 0),
        ("freed-seat", ["freed-seat", flight], 0),
        ("backup", ["backup", str(folder / "b.sqlite")], 0),
        ("backups", ["backups"], 0),
        ("audit-check", ["audit-check"], 0),
        ("audit-export", ["audit-export", str(folder / "a.csv")], 0),
        ("audit-export json", ["audit-export", str(folder / "a.json")], 0),
        ("audit-check export", ["audit-check", "--file", str(folder / "a.json")], 0),
        ("purge", ["purge", "--before", "2020-01-01", "--dry-run"], 0),
        ("mappings", ["mappings", "list"], 0),
        ("mapping not json", ["import", str(folder / "r.csv"), "--mapping", "{bad"], 1),
        ("mapping not there", ["import", str(folder / "r.csv"), "--mapping", "no-such"], 1),
        ("save mapping dry run", ["import", str(folder / "r.csv"), "--save-mapping", "m",
                                  "--dry-run"], 1),
        ("init", ["init"], 0),
        ("call-list", ["call-list", flight, str(folder / "c.csv"), "--reference", "KBRI-T"],
         0),
        ("call-list preview", ["call-list", flight, str(folder / "c2.csv"), "--preview"], 0),
        ("checkin unknown", ["checkin", flight, "C-999999"], 1),
        ("checkin", ["checkin", flight, *checked_in], 0),
        ("checkin again", ["checkin", flight, *checked_in], 0),
        ("depart before close", ["depart", flight], 1),
        ("close", ["close", flight], 0),
        ("close again", ["close", flight], 1),
        ("depart", ["depart", flight], 0),
        ("arrive unknown", ["arrive", flight, "C-999999"], 1),
        ("arrive", ["arrive", flight], 0),
        ("status", ["status", str(facts["withdrawn"]), "--set", "withdrawn",
                    "--reason", "pulang"], 0),
        ("status refused", ["status", checked_in[0], "--set", "missing"], 1),
        ("no flight", ["close", "QZ 1 2026-01-01"], 1),
        ("demo on records", ["demo", "--people", "5"], 1),
        ("restore", ["restore", str(folder / "b.sqlite")], 0),
        ("unknown option", ["solve", "--bogus"], 2),
        ("unknown command", ["slove"], 2),
        ("option of evacplan", ["solve", "--db", "x.sqlite"], 2),
    ]


def _run_all(capsys: pytest.CaptureFixture[str], folder: Path, db: Path,
             facts: dict[str, object], language: str) -> dict[str, list[str]]:
    """The lines (stdout and stderr) of every command in the language, by command."""
    said: dict[str, list[str]] = {}
    for name, arguments, code in _commands(folder, db, facts):
        try:
            got = main(["--lang", language, "--db", str(db), *arguments])
        except SystemExit as wrong_use:  # refused by the parser, before the command runs
            got = int(wrong_use.code or 0)
        out, err = capsys.readouterr()
        assert got == code, (name, out, err)
        # The call list's messages are said in both languages by design (the lines under
        # "Message preview (...)"), not in the command's.
        said[name] = [line for line in (out + err).splitlines() if line.strip()
                      and not (name.startswith("call-list") and line.startswith("  "))]
        assert said[name], name
    return said


@pytest.fixture(scope="module")
def runs(base: tuple[Path, dict[str, object]], tmp_path_factory: pytest.TempPathFactory
         ) -> Callable[[pytest.CaptureFixture[str]], dict[str, dict[str, list[str]]]]:
    db, facts = base
    cache: dict[str, dict[str, list[str]]] = {}

    def run(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, list[str]]]:
        if not cache:
            for language in ("en", "id"):
                folder = tmp_path_factory.mktemp(language)
                copy = folder / "op.sqlite"
                shutil.copy(db, copy)
                cache[language] = _run_all(capsys, folder, copy, facts, language)
        return cache
    return run


def test_every_command_speaks_indonesian(capsys: pytest.CaptureFixture[str],
                                         runs: Callable[..., dict[str, dict[str, list[str]]]]
                                         ) -> None:
    said = runs(capsys)
    english_caught = {name: [line for line in lines if english_in(line)]
                      for name, lines in said["en"].items()}
    # The check can fail: it finds English in every English command's output.
    assert [name for name, caught in english_caught.items() if not caught] == []
    left = [(name, line, english_in(line)) for name, lines in said["id"].items()
            for line in lines if english_in(line)]
    assert left == [], "\n".join(f"{name}: {line}  <- {why}" for name, line, why in left)


def test_indonesian_numbers_and_dates(capsys: pytest.CaptureFixture[str],
                                      runs: Callable[..., dict[str, dict[str, list[str]]]]
                                      ) -> None:
    """Thousands with a dot, decimals with a comma, dates with the language's months."""
    said = runs(capsys)
    stored = said["id"]["solve"][0]
    assert stored.startswith("Rencana 2 disimpan (optimal, metode eksak, pemecah ")
    assert re.search(r"pemecah \d+,\d detik", stored), stored
    assert re.search(r"\d+ orang dalam \d+ dari \d+ keluarga terbang", stored), stored
    assert said["id"]["purge"] == ["Akan menghapus 0 orang yang sudah terbang dan terdaftar "
                                   "sebelum 1 Jan 2020"]
    assert said["en"]["purge"] == ["Would remove 0 persons flown and registered before "
                                   "1 Jan 2020"]
    assert said["id"]["checkin unknown"] == [
        "evacplan: Nomor kasus tidak dikenal: C-999999; tidak ada yang dilaporkan"]
    assert said["en"]["checkin unknown"] == [
        "evacplan: Unknown case number: C-999999; nothing was checked in"]


@pytest.mark.parametrize("language", ["en", "id"])
def test_an_operation_that_is_not_there_is_refused_in_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str) -> None:
    """The refusal an officer meets first (a wrong --db), said in the language chosen."""
    assert main(["--lang", language, "--db", str(tmp_path / "none.sqlite"), "solve"]) == 1
    err = capsys.readouterr().err
    expected = {"en": "evacplan: No operation at {path}: create one with 'evacplan init' or "
                      "'evacplan demo'\n",
                "id": "evacplan: Tidak ada operasi di {path}: buat dengan 'evacplan init' "
                      "atau 'evacplan demo'\n"}[language]
    assert err == expected.format(path=tmp_path / "none.sqlite")
    assert (english_in(err) is None) == (language == "id")
    assert not (tmp_path / "none.sqlite").exists()


def test_a_backup_that_cannot_serve_is_said_in_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Why a backup cannot be restored (verify_backup's reason) inside the line that
    lists it and in the refusal to restore it."""
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    damaged = tmp_path / "op.sqlite.before-import-20260101-000000-000000.bak"
    damaged.write_bytes(b"not a database at all")
    capsys.readouterr()
    said = {}
    for language in ("en", "id"):
        assert main(["--lang", language, "--db", str(db), "backups"]) == 0
        assert main(["--lang", language, "--db", str(db), "restore", str(damaged)]) == 1
        out, err = capsys.readouterr()
        said[language] = [out.strip(), err.strip()]
    assert said["en"] == [f"{damaged}  NOT usable: it is not a SQLite file",
                          f"evacplan: The backup {damaged} cannot be restored: it is not a "
                          "SQLite file"]
    assert said["id"] == [f"{damaged}  TIDAK dapat dipakai: bukan berkas SQLite",
                          f"evacplan: Cadangan {damaged} tidak dapat dipulihkan: bukan berkas "
                          "SQLite"]
    assert all(english_in(line) for line in said["en"])
    assert not any(english_in(line) for line in said["id"])


#: Wrong uses argparse itself finds (an argument missing, a choice not offered, a value
#: of the wrong kind...), after evacplan --lang L; what the Indonesian line says.
WRONG_USES = [
    (["checkin"], "evacplan checkin: argumen berikut wajib diberikan: FLIGHT, CASE_NO"),
    (["solve", "--method", "fast"], "evacplan solve: argumen --method: pilihan tidak sah: "
                                    "'fast' (pilih dari 'auto', 'exact', 'scaled')"),
    (["solve", "--time-limit", "abc"], "evacplan solve: argumen --time-limit: bukan jumlah "
                                       "detik: 'abc'"),
    (["solve", "--time-limit", "86401"], "evacplan solve: argumen --time-limit: batas waktu "
                                         "paling lama 86.400 detik (satu hari)"),
    (["solve", "--time-limit"], "evacplan solve: argumen --time-limit: perlu satu nilai"),
    (["restore"], "evacplan restore: salah satu argumen backup, --latest wajib diberikan"),
    (["restore", "b.sqlite", "--latest"], "evacplan restore: argumen --latest: tidak boleh "
                                          "bersama argumen backup"),
    (["purge", "--before", "2020-13-01"], "evacplan purge: argumen --before: bukan tanggal "
                                          "berbentuk YYYY-MM-DD: '2020-13-01'"),
    (["purge", "--dry-run=yes"], "evacplan purge: argumen --dry-run: opsi ini tidak menerima "
                                 "nilai ('yes' diberikan)"),
    (["publish", "x"], "evacplan publish: argumen plan_id: bukan bilangan bulat: 'x'"),
    (["demo", "--people", "-3"], "evacplan demo: argumen --people: harus nol atau lebih: -3"),
    (["mappings", "lst"], "evacplan mappings: argumen ACTION: pilihan tidak sah: 'lst' "
                          "(pilih dari 'list', 'export', 'import', 'forget')"),
    ([], "evacplan: argumen berikut wajib diberikan: COMMAND"),
    (["--db"], "evacplan: argumen --db: perlu satu nilai"),
]


@pytest.mark.parametrize(("arguments", "indonesian"), WRONG_USES)
def test_argparse_wrong_uses_are_said_in_the_language(
        arguments: list[str], indonesian: str, capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's own messages are codes (planner.cli._SpeakingParser): English as
    argparse words them, Indonesian under --lang id; each one line with the hint."""
    said = {}
    for language in ("en", "id"):
        with pytest.raises(SystemExit) as exited:
            main(["--lang", language, *arguments])
        assert exited.value.code == 2
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1
        said[language] = err.rstrip("\n")
    prog = indonesian.partition(":")[0]
    assert said["id"] == f"{indonesian} (lihat {prog} --help)"
    # Metavars (FLIGHT, CASE_NO) are names, as in --help: not words of a language.
    metavars = re.compile(r"\b[A-Z_]{2,}\b")
    assert english_in(metavars.sub("", said["id"])) is None, said["id"]
    assert english_in(metavars.sub("", said["en"])) is not None, said["en"]
    assert said["en"].endswith(f"(see {prog} --help)")


def test_each_parser_keeps_its_own_language(capsys: pytest.CaptureFixture[str]) -> None:
    """The language of a refusal belongs to the parser that read --lang and its
    commands' parsers, not to the process: a parser built before another one read
    --lang id still refuses in English."""
    from planner.cli import build_parser

    english, indonesian = build_parser(), build_parser()
    with pytest.raises(SystemExit):
        indonesian.parse_args(["--lang", "id", "checkin"])
    assert "argumen berikut wajib diberikan" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        english.parse_args(["checkin"])
    assert "the following arguments are required: FLIGHT" in capsys.readouterr().err


#: A mapping file's own checks (planner/importing/column_mapping.py, remembered.py): the
#: mapping's JSON or the command's arguments; what the Indonesian line says.
MAPPING_REFUSALS = [
    ({"kind": "people", "columns": {}}, None,
     "pemetaan m.json: jenis 'people' bukan salah satu dari persons, flights, shelters, slots"),
    ({"columns": {"Nama": "full_name"}}, None,
     'pemetaan m.json harus menyebutkan jenis data yang dipetakannya ("kind": "persons" atau '
     '"flights" atau "shelters" atau "slots")'),
    ({"kind": "persons", "columns": {"Nama": "warna"}}, None,
     "pemetaan m.json: 'warna' (untuk kolom 'Nama') bukan nama isian seperti full_name atau "
     "date_of_birth"),
    ({"kind": "persons", "columns": ["Nama"]}, None,
     "pemetaan m.json: 'columns' harus berupa objek kolom -> isian"),
    ({"kind": "persons", "header_row": -1, "columns": {}}, None,
     "pemetaan m.json: header_row harus berupa nomor baris (0 bila tidak ada)"),
    ({"kind": "persons", "headers": "Nama", "columns": {}}, None,
     "pemetaan m.json: 'headers' harus berupa daftar teks baris judul"),
    ({"kind": "persons", "name": 3, "columns": {}}, None,
     "pemetaan m.json: 'name' harus berupa teks"),
    ([1, 2], None, "pemetaan m.json harus berupa objek JSON kolom -> isian"),
    ("{nope", None, "Pemetaan {path} bukan JSON yang sah (baris 1, kolom 2)"),
    ({"kind": "persons", "columns": {}}, ["--name", "x.json"],
     "'x.json' tampak seperti berkas, bukan nama pemetaan"),
    ({"kind": "persons", "columns": {}}, ["--name", "a" * 101],
     "nama pemetaan paling banyak 100 karakter"),
]


@pytest.mark.parametrize(("content", "extra", "indonesian"), MAPPING_REFUSALS)
def test_a_mapping_files_own_checks_are_said_in_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], content: object,
        extra: list[str] | None, indonesian: str) -> None:
    """evacplan mappings import refuses a mapping file in one line in the language."""
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    mapping = tmp_path / "m.json"
    mapping.write_text(content if isinstance(content, str) else json.dumps(content),
                       encoding="utf-8")
    capsys.readouterr()
    said = {}
    for language in ("en", "id"):
        assert main(["--lang", language, "--db", str(db), "mappings", "import", str(mapping),
                     *(extra or [])]) == 1
        out, err = capsys.readouterr()
        assert err.count("\n") == 1
        said[language] = err.removeprefix("evacplan: ").rstrip("\n")
    assert said["id"] == indonesian.format(path=mapping)
    # The kinds are values the file holds ("kind": "persons"), the same in every language.
    values = re.compile(r"\b(persons|flights|shelters|slots)\b")
    line = values.sub("", said["id"].replace(str(mapping), ""))
    assert english_in(line) is None, line
    assert english_in(values.sub("", said["en"].replace(str(mapping), ""))) is not None, \
        said["en"]


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_mapping_text_is_named_in_the_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str) -> None:
    db = tmp_path / "op.sqlite"
    assert main(["--db", str(db), "init"]) == 0
    capsys.readouterr()
    assert main(["--lang", language, "--db", str(db), "import", str(tmp_path / "r.csv"),
                 "--mapping", '{"kind": "people"}']) == 1
    err = capsys.readouterr().err
    assert err == {"en": "evacplan: the --mapping text: kind 'people' is not one of persons, "
                         "flights, shelters, slots\n",
                   "id": "evacplan: teks --mapping: jenis 'people' bukan salah satu dari "
                         "persons, flights, shelters, slots\n"}[language]
