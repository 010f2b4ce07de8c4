"""The intake desk, by typed keys alone (issue 17): a household of four and two single
persons registered, and a walk-in already on the roster caught as a duplicate."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from planner.db.models import Household, Person
from tests.ui_support import *  # noqa: F403 - the UI fixtures
from tests.ui_support import narrowest_window, print_to
from ui.i18n import tr
from ui.main_window import MainWindow
from ui.pages import intake_page

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "user-guide.md"

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def typed(text: str) -> None:
    """Type ``text`` into the focused field, then Enter (a blank answer is Enter alone)."""
    widget = QApplication.focusWidget()
    if text:
        QTest.keyClicks(widget, text)
    QTest.keyClick(QApplication.focusWidget(), ENTER)


def answer(name: str, sex: str, born: str, passport: str = "", document: str = "",
           phone: str = "", household: str = "", destination: str = "") -> None:
    for text in (name, sex, born, "", passport, document, phone, household, destination):
        typed(text)  # the blank after the birth date: the nationality, the default


def _variant(name: str) -> str:
    """The name as another officer might write it: capitals, old spelling."""
    return name.upper().replace("U", "OE").replace("J", "DJ")



def _at_the_birth_date(window: MainWindow) -> intake_page.IntakePage:
    """The desk opened with Ctrl+its number, a name and a sex typed: the birth date next."""
    QTest.keyClick(window, getattr(Qt.Key, f"Key_{list(window.pages).index('intake') + 1}"),
                   CTRL)
    typed("Siti Nurhaliza")
    typed("p")
    page = window.pages["intake"]
    assert isinstance(page, intake_page.IntakePage)
    return page


def _boxes_answered_by_keys(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Message boxes open for real and wait for the keys a test presses; the records the
    desk would open are listed (returned) instead of opened."""

    def run_modal(box: QMessageBox) -> int:
        loop = QEventLoop()
        box.finished.connect(loop.quit)
        box.open()
        loop.exec()
        return box.result()

    monkeypatch.setattr(QMessageBox, "exec", run_modal)
    opened: list[Any] = []
    monkeypatch.setattr(intake_page, "edit_record",
                        lambda context, kind, ref: opened.append(ref.key))
    return opened

def test_a_household_of_four_and_two_walk_ins_by_keys_alone(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    operation = window.context.operation
    with operation.session() as session:
        before = set(session.scalars(select(Person.id)))
        # Someone whose name has a letter the old spelling writes otherwise (u: oe, j: dj).
        existing = next(p for p in session.scalars(select(Person).order_by(Person.id))
                        if _variant(p.full_name) != p.full_name.upper())
        known = (existing.full_name, existing.date_of_birth, existing.case_no)
    intake = window.pages["intake"]
    order = list(window.pages)
    QTest.keyClick(window, getattr(Qt.Key, f"Key_{order.index('intake') + 1}"), CTRL)
    assert window.current_page() is intake
    assert QApplication.focusWidget() is intake.fields["full_name"]
    assert intake.case_label.text().startswith("New person: C-")

    # The family: the first member answers everything, the others only what differs.
    answer("Siti Rahayu", "f", "17/05/1990", "B7012345", "", "081234567890", "", "CGK")
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL_SHIFT)
    assert QApplication.focusWidget() is intake.fields["full_name"]
    assert intake.fields["household"].text().startswith("H-C-")
    for name, sex, born in (("Budi Santoso", "l", "02/01/1988"),
                            ("Dewi Lestari", "p", "09/09/2012")):
        for text in (name, sex, born, "", "", "missing"):
            typed(text)
        QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL_SHIFT)
    for text in ("Agus Santoso", "m", "30/06/2024", "", "", "mis"):  # "mis": "missing"
        typed(text)
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)
    assert intake.fields["household"].text() == ""

    # A walk-in who is already registered, her name in the old spelling and in capitals.
    name, born, case_no = known

    opened = _boxes_answered_by_keys(monkeypatch)
    QTest.keyClicks(intake.fields["full_name"], _variant(name))
    QTest.keyClick(intake.fields["full_name"], ENTER)
    typed("f")
    QTest.keyClicks(QApplication.focusWidget(), born.strftime("%d/%m/%Y"))
    assert intake.duplicates.count() >= 1
    assert intake.duplicates.item(0).text().startswith(case_no)
    assert _variant(name) != name.upper()
    QApplication.processEvents()  # the header's count laid out again before the picture
    window.grab().save(str(tmp_path / "intake-desk.png"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F4)
    QTest.keyClick(intake.duplicates, ENTER)
    assert opened == [case_no]
    QTest.keyClick(intake.duplicates, Qt.Key.Key_Escape)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # not registered again

    # Two single persons: Enter through every field, the last one (a note) saves.
    answer("Rina Marlina", "p", "01/02/1995", "C1122334", "", "", "", "")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # needs shelter: no
    for _ in intake.flags:
        QTest.keyClick(QApplication.focusWidget(), ENTER)
    for text in ("", "05/03/2026", "came with a friend"):
        typed(text)
    answer("Joko Widodo", "l", "21/06/1961")
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)

    with operation.session() as session:
        new = session.scalars(select(Person).where(Person.id.not_in(before))
                              .order_by(Person.id)).all()
        rows = [(p.full_name, p.sex, p.date_of_birth.isoformat(), p.document_status,
                 p.household, p.destinations) for p in new]
        rina = new[4]
        later = (rina.needs_shelter, rina.cleared_from, rina.notes, rina.nationality)
        family = new[0].household
        implicit = [session.get(Household, p.household_id).implicit for p in new]
    assert rows == [
        ("Siti Rahayu", "F", "1990-05-17", "valid", family, "CGK"),
        ("Budi Santoso", "M", "1988-01-02", "missing", family, "CGK"),
        ("Dewi Lestari", "F", "2012-09-09", "missing", family, "CGK"),
        ("Agus Santoso", "M", "2024-06-30", "missing", family, "CGK"),
        ("Rina Marlina", "F", "1995-02-01", "valid", None, None),
        ("Joko Widodo", "M", "1961-06-21", "missing", None, None),
    ]
    assert family == f"H-{new[0].case_no}"
    assert later == (False, dt.date(2026, 3, 5), "came with a friend", "IDN")
    assert implicit == [False] * 4 + [True, True]




def test_tags_print_from_the_desk_and_a_scan_finds_the_person(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from tests.test_tags import decoded_pages

    intake = window.pages["intake"]
    window.show_page("intake")
    answer("Siti Rahayu", "f", "17/05/1990", "", "", "", "", "")
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL_SHIFT)
    answer("Budi Santoso", "l", "02/01/1988")
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)
    last = intake.last_registered.key
    one, family = tmp_path / "one.pdf", tmp_path / "family.pdf"
    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to(one))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9)
    assert decoded_pages(one, tmp_path, dpi=300) == [{last}]
    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_to(family))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)
    with window.context.operation.session() as session:
        members = set(session.scalars(select(Person.case_no).join(Household).where(
            Household.code == f"H-{last[:-1]}{int(last[-1]) - 1}")))
    assert len(members) == 2 and decoded_pages(family, tmp_path, dpi=300) == [
        {c} for c in sorted(members)]

    # A scanner types the tag's code and Enter: in the desk's name field it opens the
    # person; in the roster's search it chooses them.
    opened: list[str] = []
    monkeypatch.setattr(intake_page, "edit_record",
                        lambda context, kind, ref: opened.append(ref.key))
    QTest.keyClicks(intake.fields["full_name"], "C-000007")
    QTest.keyClick(intake.fields["full_name"], ENTER)
    assert opened == ["C-000007"] and intake.fields["full_name"].text() == ""
    roster = window.pages["roster"]
    window.show_page("roster")
    QTest.keyClicks(roster.search, "c-000012")
    QTest.keyClick(roster.search, ENTER)
    index = roster.view.currentIndex()
    assert roster.model.value(index.row(), "case_no") == "C-000012"
    assert roster.search.text() == "" and roster.view.hasFocus()


def test_ctrl_z_undoes_a_registration_and_redo_makes_it_again(
        qtbot: Any, window: MainWindow) -> None:
    """A person registered by mistake: Edit > Undo (Ctrl+Z) at the desk deletes them, the
    desk forgets them (no duplicate offered, the count back), Redo registers them again
    under the same case number."""
    operation = window.context.operation
    intake = window.pages["intake"]
    window.show_page("intake")
    qtbot.waitUntil(lambda: intake.desk is not None)
    before = len(intake.desk.index)
    intake.fields["full_name"].setFocus()
    answer("Rahmat Hidayat", "m", "03/04/1985", "C9988776")
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)
    case_no = intake.last_registered.key
    assert len(intake.desk.index) == before + 1
    with operation.session() as session:
        assert session.scalar(select(Person.id).where(Person.case_no == case_no))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    with operation.session() as session:
        assert session.scalar(select(Person.id).where(Person.case_no == case_no)) is None
    assert len(intake.desk.index) == before
    assert intake.status.text() == f"{before:,} persons registered"
    assert intake.desk.index.find(passport="C9988776") == []
    assert intake.last_registered is None
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL_SHIFT)
    with operation.session() as session:
        assert session.scalar(select(Person.full_name).where(Person.case_no == case_no)) \
            == "Rahmat Hidayat"
    assert [c.case_no for c in intake.desk.index.find(passport="C9988776")] == [case_no]
    assert len(intake.desk.index) == before + 1
    # A last key without modifiers: QTest leaves the application's modifier state as the
    # last key event said (Ctrl+Shift here), which would extend the next test's clicks.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def _answer_the_question(key: Qt.Key, asked: list[str], picture: Path | None = None) -> None:
    """When the desk's question shows, note its words and type ``key`` into it."""
    def answer_it() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        # Enter presses Cancel: it is the default button and has the keyboard.
        assert box.defaultButton() is box.escapeButton() is box.focusWidget()
        assert box.defaultButton().text() == tr("Cancel")
        if picture is not None:
            box.grab().save(str(picture))
        QTest.keyClick(box, key)
    QTimer.singleShot(0, answer_it)


def _key(words: str) -> Qt.Key:
    """The key of a button's words: the letter after its "&"."""
    letter = words[words.index("&") + 1].upper()
    return getattr(Qt.Key, f"Key_{letter}")


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_saving_with_a_possible_duplicate_listed_asks_once(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, language: str) -> None:
    """Ctrl+Enter with a possible duplicate on the desk asks "Register ... anyway?":
    Enter cancels (nobody registered), O opens the existing person, R registers (in
    Indonesian B and T, the buttons' own letters, as the user guide says)."""
    operation = window.context.operation
    with operation.session() as session:
        existing = session.scalars(select(Person).where(Person.date_of_birth.is_not(None))
                                   .order_by(Person.id)).first()
        known = (existing.full_name, existing.date_of_birth, existing.case_no)
        count = len(session.scalars(select(Person.id)).all())
    name, born, case_no = known

    opened = _boxes_answered_by_keys(monkeypatch)
    intake = window.pages["intake"]
    window.show_page("intake")

    def type_the_walk_in() -> None:
        intake.fields["full_name"].setFocus()
        QTest.keyClicks(intake.fields["full_name"], name)
        QTest.keyClick(intake.fields["full_name"], ENTER)
        typed("f")
        QTest.keyClicks(QApplication.focusWidget(), born.strftime("%d/%m/%Y"))
        assert intake.duplicates.count() >= 1

    def persons() -> int:
        with operation.session() as session:
            return len(session.scalars(select(Person.id)).all())

    asked: list[str] = []
    type_the_walk_in()
    _answer_the_question(ENTER, asked, tmp_path / "intake-duplicate-question.png")
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)
    assert len(asked) == 1 and asked[0].startswith(
        tr("Register {name} anyway? It may be the same person as {case} {existing}.")
        .format(name=name, case=case_no, existing=name))
    assert persons() == count and intake.fields["full_name"].text() == name
    # The keyboard goes back to the name (offscreen, the window is not activated again).
    assert window.focusWidget() is intake.fields["full_name"]
    _answer_the_question(_key(tr("&Open existing")), asked)
    QTest.keyClick(intake.fields["full_name"], ENTER, CTRL)
    assert len(asked) == 2 and opened == [case_no] and persons() == count
    _answer_the_question(_key(tr("&Register anyway")), asked)
    QTest.keyClick(intake.fields["full_name"], ENTER, CTRL)
    assert len(asked) == 3 and persons() == count + 1
    assert intake.fields["full_name"].text() == ""  # saved: the desk starts the next person
    # Nothing listed: no question.
    for field, text in (("full_name", "Rina Marlina"), ("sex", "p"),
                        ("date_of_birth", "01/02/1995")):
        QTest.keyClicks(intake.fields[field], text)
    assert intake.duplicates.count() == 0
    QTest.keyClick(intake.fields["full_name"], ENTER, CTRL)
    assert len(asked) == 3 and persons() == count + 2



@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_a_passport_already_registered_is_not_offered_to_register_anyway(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, language: str) -> None:
    """Officer's walk: a walk-in typed with a passport number already on the roster was
    asked "Register ... anyway?", and Register anyway was then refused (the passport
    number is another person's). A passport is one person's: the question says whose it is
    and offers only Open existing and Cancel; Cancel puts the keyboard on the passport."""
    operation = window.context.operation
    with operation.session() as session:
        holder = session.scalars(select(Person).where(Person.passport_no.is_not(None))
                                 .order_by(Person.id)).first()
        passport, case_no, holder_name = holder.passport_no, holder.case_no, holder.full_name
        count = len(session.scalars(select(Person.id)).all())
    opened = _boxes_answered_by_keys(monkeypatch)
    intake = window.pages["intake"]
    window.show_page("intake")
    for text in ("Rina Marlina", "p", "01/02/1995", "", passport):
        typed(text)
    assert intake.duplicates.count() >= 1
    seen: list[tuple[str, str, list[str]]] = []

    def answer(key: Qt.Key) -> None:
        def answer_it() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
            assert box.defaultButton() is box.escapeButton()
            box.grab().save(str(tmp_path / f"passport-question-{language}.png"))
            QTest.keyClick(box, key)
        QTimer.singleShot(0, answer_it)

    answer(Qt.Key.Key_Escape)
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)
    title, text, buttons = seen[0]
    assert title == tr("Passport already registered")
    assert text == tr(
        "Passport {passport} is already registered to {case} {existing}: a passport is one "
        "person's, so {name} cannot be registered with it. Open {case}, or cancel and "
        "correct the passport number.").format(passport=passport, case=case_no,
                                               existing=holder_name, name="Rina Marlina")
    assert sorted(buttons) == sorted([tr("&Open existing"), tr("Cancel")])
    assert window.focusWidget() is intake.fields["passport_no"]
    answer(_key(tr("&Open existing")))
    QTest.keyClick(intake.fields["passport_no"], ENTER, CTRL)
    assert len(seen) == 2 and opened == [case_no]
    assert intake.problem.text() == ""
    with operation.session() as session:
        assert len(session.scalars(select(Person.id)).all()) == count
    QTest.keyClick(intake.fields["full_name"], Qt.Key.Key_Escape)  # no modifier held after


def test_the_user_guide_names_the_duplicate_questions_keys_in_both_languages(qtbot: Any) -> None:
    """The guide said R and O; the Indonesian buttons answer to T and B. It names each
    button's own letter and words, in English and in Indonesian."""
    from ui.i18n import languages

    guide = GUIDE.read_text(encoding="utf-8")
    try:
        for code in ("en", "id"):
            languages.install(code)
            for words in (tr("&Register anyway"), tr("&Open existing")):
                letter = words[words.index("&") + 1].upper()
                said = f"**{letter}** (*{words.replace('&', '')}*)"
                assert said in guide, f"{code}: the guide does not say {said}"
    finally:
        languages.install("en")


def _registered(window: MainWindow, *walk_ins: tuple[str, ...]) -> list[Person]:
    """Each walk-in's answers typed at the desk (opened with Ctrl+its number) and saved with
    Ctrl+Enter, every save answered without a problem; the persons registered, in order."""
    operation = window.context.operation
    with operation.session() as session:
        before = set(session.scalars(select(Person.id)))
    intake = window.pages["intake"]
    QTest.keyClick(window, getattr(Qt.Key, f"Key_{list(window.pages).index('intake') + 1}"),
                   CTRL)
    for answers in walk_ins:
        answer(*answers)
        QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)
        assert intake.problem.text() == ""
    with operation.session() as session:
        return list(session.scalars(select(Person).where(Person.id.not_in(before))
                                    .order_by(Person.id)))


def test_a_city_typed_as_the_destination_is_its_airport(window: MainWindow) -> None:
    """Issue: "Surabaya" was refused at the desk while the importer reads it as SUB. The
    desk and the forms read airports with the importer's mapping (``planner.airports``)."""
    new = _registered(window,
                      ("Wahyu Hidayat", "l", "03/04/1991", "", "", "", "", "Surabaya"),
                      ("Sri Wahyuni", "p", "11/12/1993", "", "", "", "", "Jakarta atau surabaya"))
    assert [(p.full_name, p.destinations) for p in new] == [
        ("Wahyu Hidayat", "SUB"), ("Sri Wahyuni", "CGK;SUB")]


def test_the_document_in_the_rosters_words_is_read_as_the_importer_reads_it(
        window: MainWindow) -> None:
    """Officer's walk-through: "hilang" typed at the desk was refused ('Choose one of: valid,
    expired, missing, lost, confiscated'), while the same roster's column read "hilang" as
    lost and "ditahan perusahaan" as confiscated. The desk reads the importer's words."""
    new = _registered(window, ("Wahyu Hidayat", "l", "03/04/1991", "", "hilang"),
                      ("Sri Wahyuni", "p", "11/12/1993", "", "ditahan perusahaan"))
    assert [(p.full_name, p.document_status) for p in new] == [
        ("Wahyu Hidayat", "lost"), ("Sri Wahyuni", "confiscated")]


def test_splp_typed_as_the_document_status_is_refused_by_name(window: MainWindow) -> None:
    """Issue: "SPLP" at the desk gave the form's generic 'Choose one of: valid, ...'; the
    importer refuses it by name with advice. The desk says the importer's sentence."""
    operation = window.context.operation
    with operation.session() as session:
        count = len(session.scalars(select(Person.id)).all())
    intake = window.pages["intake"]
    QTest.keyClick(window, getattr(Qt.Key, f"Key_{list(window.pages).index('intake') + 1}"),
                   CTRL)
    answer("Wahyu Hidayat", "l", "03/04/1991", "", "SPLP")
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)
    assert "an emergency travel document (SPLP, Surat Perjalanan Laksana Paspor) is not a " \
           "document status: write valid once it is issued, or missing while it is still " \
           "to be issued" in intake.problem.text()
    assert "Choose one of" not in intake.problem.text()
    with operation.session() as session:
        assert len(session.scalars(select(Person.id)).all()) == count  # nothing saved
    if os.environ.get("EVACPLAN_SCREENSHOTS"):
        intake.grab().save(str(Path(os.environ["EVACPLAN_SCREENSHOTS"]) / "intake-splp.png"))


def test_the_birth_date_is_read_back_in_the_desk_language(window: MainWindow) -> None:
    """Issue (tester): in Indonesian the desk read 5/7/1990 back as 'Lahir 05 July 1990',
    the month in English (``strftime``); it says the month in the officer's language,
    written as every date of the program is (``date_text``: "5 Jul 1990")."""
    from ui.i18n import languages
    languages.install("id")
    try:
        intake = _at_the_birth_date(window)
        QTest.keyClicks(QApplication.focusWidget(), "5/7/1990")
        assert intake.reading.text() == "Lahir 5 Jul 1990"
    finally:
        languages.install("en")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    QTest.keyClicks(QApplication.focusWidget(), "1")
    assert intake.reading.text() == "Born 5 Jul 1991"


def test_a_walk_in_is_available_from_the_operations_today(window: MainWindow) -> None:
    """Issue (tester): the desk set ``available_from`` from the desk machine's date; it is
    today where the operation is. Of UTC+14 and UTC-12 (26 hours apart, never on the same
    date) one is on another date than this machine: the operation is set there."""
    from zoneinfo import ZoneInfo

    from planner.db.models import Settings
    zone = next(z for z in ("Pacific/Kiritimati", "Etc/GMT+12")
                if dt.datetime.now(ZoneInfo(z)).date() != dt.date.today())
    operation = window.context.operation
    with operation.session() as session:
        session.get(Settings, 1).timezone = zone
        before = set(session.scalars(select(Person.id)))
    QTest.keyClick(window, getattr(Qt.Key, f"Key_{list(window.pages).index('intake') + 1}"),
                   CTRL)
    answer("Wahyu Hidayat", "l", "03/04/1991")
    QTest.keyClick(QApplication.focusWidget(), ENTER, CTRL)
    assert window.pages["intake"].problem.text() == ""
    with operation.session() as session:
        new = session.scalars(select(Person).where(Person.id.not_in(before))).one()
        assert new.available_from == dt.datetime.now(ZoneInfo(zone)).date()


def test_the_indonesian_date_hint_says_day_month_year(window: MainWindow) -> None:
    """Issue (tester): 'hari dulu: 17/05/1990' reads as 'former days'; the hint names the
    order day/month/year."""
    from ui.i18n import languages, tr
    languages.install("id")
    try:
        assert tr("day first: 17/05/1990") == "hari/bulan/tahun: 17/05/1990"
    finally:
        languages.install("en")


def test_a_birth_date_not_on_the_calendar_is_said_as_it_is_typed(window: MainWindow) -> None:
    """Issue (tester): 31/02/1990 got only the generic 'A date such as...' and only on save.
    A date written whole but not on the calendar is said at once, and why; a date half
    typed is said only when the officer leaves the field."""
    intake = _at_the_birth_date(window)
    QTest.keyClicks(QApplication.focusWidget(), "31/02/199")
    assert intake.reading.text() == ""  # still being typed
    QTest.keyClicks(QApplication.focusWidget(), "0")
    assert intake.reading.text() == \
        "Date of birth: That month has 28 days, so there is no day 31."
    for _ in range(10):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    QTest.keyClicks(QApplication.focusWidget(), "5/13/1990")
    assert intake.reading.text() == ("Date of birth: There is no month 13: write the day "
                                     "first, then the month (1 to 12).")
    for _ in range(9):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    QTest.keyClicks(QApplication.focusWidget(), "5/7/19")
    assert intake.reading.text() == ""
    typed("")  # Enter: on to the nationality, the half-typed date is said
    assert QApplication.focusWidget() is intake.fields["nationality"]
    assert intake.reading.text() == "Date of birth: A date such as 2026-03-17 or 17/03/2026."


def test_a_date_not_on_the_calendar_is_said_in_indonesian(window: MainWindow) -> None:
    from ui.i18n import languages
    languages.install("id")
    try:
        _at_the_birth_date(window)
        QTest.keyClicks(QApplication.focusWidget(), "29/02/1991")
        assert window.pages["intake"].reading.text().endswith(
            ": Bulan itu punya 28 hari, jadi tidak ada tanggal 29.")
    finally:
        languages.install("en")


def _at_the_medical_clearance(window: MainWindow) -> intake_page.IntakePage:
    """The desk with a birth date typed and Enter pressed through the fields asked of
    everyone: the keyboard on the medical clearance date."""
    intake = _at_the_birth_date(window)
    typed("5/7/1990")
    for _ in range(20):
        if QApplication.focusWidget() is intake.later["medical_clearance"]:
            break
        typed("")
    assert QApplication.focusWidget() is intake.later["medical_clearance"]
    return intake


def test_clearance_dates_are_said_as_they_are_typed(window: MainWindow) -> None:
    """Issue (tester): the medical and exit clearance dates were said only on save. As
    the birth date: read back once whole, a date not on the calendar said at once, a date
    half typed said when the officer leaves the field."""
    intake = _at_the_medical_clearance(window)
    QTest.keyClicks(QApplication.focusWidget(), "31/04/202")
    assert intake.later_reading.text() == ""  # still being typed
    QTest.keyClicks(QApplication.focusWidget(), "6")
    assert intake.later_reading.text() == \
        "Medical clearance: That month has 30 days, so there is no day 31."
    for _ in range(10):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    QTest.keyClicks(QApplication.focusWidget(), "12/3/2026")
    assert intake.later_reading.text() == "Medical clearance: 12 Mar 2026"
    typed("")  # on to the exit clearance
    assert QApplication.focusWidget() is intake.later["cleared_from"]
    QTest.keyClicks(QApplication.focusWidget(), "5/13/2026")
    assert intake.later_reading.text() == (
        "Medical clearance: 12 Mar 2026\nCleared from: There is no month 13: write the "
        "day first, then the month (1 to 12).")
    for _ in range(9):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    QTest.keyClicks(QApplication.focusWidget(), "1/4/20")
    assert intake.later_reading.text() == "Medical clearance: 12 Mar 2026"
    typed("")  # on to the note: the half-typed date is said
    assert QApplication.focusWidget() is intake.later["notes"]
    assert intake.later_reading.text() == (
        "Medical clearance: 12 Mar 2026\nCleared from: A date such as 2026-03-17 or "
        "17/03/2026.")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Esc: the desk is cleared
    assert intake.later_reading.text() == ""


def test_a_clearance_date_not_on_the_calendar_is_said_in_indonesian(
        window: MainWindow) -> None:
    from ui.i18n import languages
    languages.install("id")
    try:
        intake = _at_the_medical_clearance(window)
        QTest.keyClicks(QApplication.focusWidget(), "29/02/2027")
        assert intake.later_reading.text().endswith(
            ": Bulan itu punya 28 hari, jadi tidak ada tanggal 29.")
        for _ in range(10):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
        QTest.keyClicks(QApplication.focusWidget(), "5/8/2026")
        assert intake.later_reading.text().endswith(": 5 Agu 2026")
    finally:
        languages.install("en")


def test_the_shelter_box_for_tags_reads_whole_in_indonesian(
        qtbot: Any, window: MainWindow, preferences: Any) -> None:
    """The walk of the 2,200-person demo in Indonesian (uitests, decisions): the box for the
    shelter whose tags to print read "nama penampun..."; a shelter's name typed into it
    lost its end as well. Its hint and the longest shelter name fit it, the window at its
    narrowest."""
    from PySide6.QtWidgets import QStyle

    from planner.db.models import Shelter
    from ui.i18n import languages

    with window.context.operation.session() as session:
        longest = max(session.scalars(select(Shelter.name)), key=len)
    languages.install("id")
    try:
        main = narrowest_window(qtbot, window, preferences, "Meja pendaftaran")
        box = main.current_page().shelter_choice
        frame = box.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        room = box.width() - 2 * frame - 4  # the line edit's frame and its 2-pixel margins
        assert box.fontMetrics().horizontalAdvance(box.placeholderText()) <= room
        box.setFocus()
        QTest.keyClicks(box, longest)
        assert box.text() == longest
        assert box.fontMetrics().horizontalAdvance(longest) <= room
        main.close()
    finally:
        languages.install("en")


def test_the_desk_scrolls_rather_than_squeezing_its_fields_on_a_laptop_screen(
        qtbot: Any, window: MainWindow, preferences: Any) -> None:
    """Officer's walk-through: on a window 640 pixels high (a 1,366 x 768 laptop less its
    task bar and title) the desk's fields were pressed below their height, each line's text
    cut at the bottom ("Surabaya" without its tail). The desk scrolls instead: every field
    keeps the height it needs, and the last one is reached by the Enter key."""
    main = narrowest_window(qtbot, window, preferences, "Intake desk")
    main.resize(main.width(), 640)
    QTest.qWait(20)
    page = main.current_page()
    for name, edit in [*page.fields.items(), *page.later.items()]:
        assert edit.height() >= edit.minimumSizeHint().height(), name
    # Typed through with Enter, each field the keyboard reaches is on the screen.
    main.activateWindow()
    page.fields["full_name"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.fields["full_name"])
    for text in ("Wahyu Hidayat", "l", "03/04/1991", "", "", "", "", "", "CGK"):
        typed(text)
        widget = QApplication.focusWidget()
        rect = widget.rect().translated(widget.mapTo(main, widget.rect().topLeft()))
        assert main.rect().contains(rect) and not widget.visibleRegion().isEmpty(), \
            widget.objectName()
    main.close()


@pytest.mark.parametrize("language", ["en", "id"], indirect=True)
def test_the_whole_desk_is_in_sight_on_a_1280_by_800_screen(
        qtbot: Any, window: MainWindow, preferences: Any, language: str,
        tmp_path: Path) -> None:
    """Officer's walk: on a 1,280 x 800 screen the desk's foot (the printing of a shelter's
    tags, its button) was below the fold, the form scrolled to reach it, and an empty list
    of possible duplicates took 150 pixels. In a window of 1,280 x 720 (the screen less a
    task bar and the title bar) every field, box and button is whole on the screen, with a
    returning walk-in's duplicate listed too."""
    operation = window.context.operation
    with operation.session() as session:
        person = session.scalars(select(Person).where(Person.date_of_birth.is_not(None))
                                 .order_by(Person.id)).first()
        name, born = person.full_name, person.date_of_birth
    main = narrowest_window(qtbot, window, preferences, tr("Intake desk"))
    main.resize(1280, 720)
    QTest.qWait(20)
    page = main.current_page()
    assert isinstance(page, intake_page.IntakePage)

    def in_sight() -> list[str]:
        widgets = [*page.fields.values(), *page.flags.values(), *page.later.values(),
                   page.shelter_choice, page.shelter_button]
        if page.duplicates.count():
            widgets.append(page.duplicates)
        hidden = []
        for widget in widgets:
            whole = widget.visibleRegion().boundingRect() == widget.rect()
            corner = widget.mapTo(main, widget.rect().bottomRight())
            if not (widget.isVisible() and whole and main.rect().contains(corner)):
                hidden.append(widget.objectName() or widget.text())
        return hidden

    assert in_sight() == []
    assert page.duplicates.isHidden()  # nothing listed: no empty box
    main.activateWindow()
    page.fields["full_name"].setFocus()
    for text in (name, "p", born.strftime("%d/%m/%Y")):
        typed(text)
    assert page.duplicates.count() >= 1
    QTest.qWait(20)
    main.grab().save(str(tmp_path / f"intake-1280x720-{language}.png"))
    assert in_sight() == []
    QTest.keyClick(page.fields["full_name"], Qt.Key.Key_Escape)
    main.close()
