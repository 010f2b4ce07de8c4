"""Column-wise snapshots of the record tables, for the desktop program's tables.

A national operation has 150,000 persons. Fetched row by row, the database driver
spends seconds building one Python object per value; here each column comes back as
one aggregated text value (``group_concat`` on SQLite, ``string_agg`` on PostgreSQL)
that Python splits in C, and is held as a numpy array, so that sorting and filtering
are array operations. Small reloads (the records of one edit) use plain rows.

Phone numbers and notes are never loaded into a snapshot: the tables do not show
them, and personal data not needed on screen stays in the database.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import numpy as np
from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    Text,
    case,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from planner.db.models import (
    DocumentSlot,
    Flight,
    Household,
    Person,
    Plan,
    PlanHousehold,
    Settings,
    Shelter,
)
from planner.fields import FLIGHT, PERSON, SHELTER, SLOT, FieldSet
from planner.operation import get_settings, plan_start
from solvers.problem import weighted_sum

SEPARATOR = "\x1f"
#: Between name, case number and passport in the search text.
SEARCH_JOIN = "\x1e"
#: Above this many ids a reload aggregates instead of fetching rows.
ROW_FETCH_LIMIT = 500


class ColumnKind(StrEnum):
    """How a column's values are held: the array type, the display and the sort key."""

    TEXT = "text"  # object array of str, "" for blank
    INT = "int"  # float64 array, NaN for blank (so blanks survive)
    FLOAT = "float"  # float64 array, NaN for blank
    BOOL = "bool"  # bool array
    DATE = "date"  # unicode "YYYY-MM-DD", "" for blank: sorts like the date
    DATETIME = "datetime"  # unicode "YYYY-MM-DD HH:MM", "" for blank
    SEARCH = "search"  # unicode text folded for searching (casefold), never shown


class PlanState(StrEnum):
    """Where a person stands in the plan shown (SPEC 3: flown / waiting / left behind)."""

    FLOWN = "flown"  # left on a departed flight
    WAITING = "waiting"  # a flight in the plan, not yet departed
    LEFT_BEHIND = "left_behind"  # in the plan without a flight
    NOT_PLANNED = "not_planned"  # no plan yet, or registered after it


@dataclass(frozen=True)
class SnapshotColumn:
    name: str
    kind: ColumnKind
    expression: SQLColumnExpression[Any]


@dataclass
class ColumnTable:
    """Records of one kind: database ids, versions, and one numpy array per column."""

    ids: np.ndarray
    versions: np.ndarray
    columns: dict[str, np.ndarray]
    kinds: dict[str, ColumnKind]

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @classmethod
    def empty(cls, kinds: dict[str, ColumnKind]) -> ColumnTable:
        return cls(
            ids=np.zeros(0, dtype=np.int64),
            versions=np.zeros(0, dtype=np.int64),
            columns={name: _to_array(kind, []) for name, kind in kinds.items()},
            kinds=dict(kinds),
        )

    def take(self, positions: np.ndarray) -> ColumnTable:
        return ColumnTable(
            ids=self.ids[positions],
            versions=self.versions[positions],
            columns={name: values[positions] for name, values in self.columns.items()},
            kinds=dict(self.kinds),
        )

    def merged(self, changed: ColumnTable, removed_ids: Sequence[int] = ()) -> ColumnTable:
        """This table with ``changed`` rows replaced or appended and ``removed_ids`` dropped."""
        if not removed_ids and len(self):
            places = np.searchsorted(self.ids, changed.ids)
            inside = places < len(self.ids)
            if bool(np.all(inside)) and bool(np.all(self.ids[places] == changed.ids)):
                return self._replaced(places, changed)
        drop = np.isin(self.ids, np.asarray(list(removed_ids), dtype=np.int64))
        drop |= np.isin(self.ids, changed.ids)
        keep = np.flatnonzero(~drop)
        ids = np.concatenate([self.ids[keep], changed.ids])
        order = np.argsort(ids, kind="stable")
        columns: dict[str, np.ndarray] = {}
        for name, values in self.columns.items():
            other = changed.columns[name]
            columns[name] = _concatenate(values[keep], other)[order]
        return ColumnTable(
            ids=ids[order],
            versions=np.concatenate([self.versions[keep], changed.versions])[order],
            columns=columns,
            kinds=dict(self.kinds),
        )

    def _replaced(self, places: np.ndarray, changed: ColumnTable) -> ColumnTable:
        """A copy with the rows at ``places`` taken from ``changed`` (the usual edit)."""
        columns: dict[str, np.ndarray] = {}
        for name, values in self.columns.items():
            other = changed.columns[name]
            if values.dtype.kind == "U" and other.dtype.itemsize > values.dtype.itemsize:
                values = values.astype(other.dtype)  # a longer text: widen the column
            else:
                values = values.copy()
            values[places] = other
            columns[name] = values
        versions = self.versions.copy()
        versions[places] = changed.versions
        return ColumnTable(self.ids, versions, columns, dict(self.kinds))

    def position_of(self, record_id: int) -> int | None:
        """The row index of a database id (ids are kept sorted)."""
        index = int(np.searchsorted(self.ids, record_id))
        if index < len(self) and int(self.ids[index]) == record_id:
            return index
        return None


def _concatenate(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    if first.dtype.kind == "U" and second.dtype.kind == "U" and first.dtype != second.dtype:
        wider = first.dtype if first.dtype.itemsize >= second.dtype.itemsize else second.dtype
        return np.concatenate([first.astype(wider, copy=False), second.astype(wider, copy=False)])
    return np.concatenate([first, second])


# --- reading columns ------------------------------------------------------------------


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


NUMERIC_KINDS = (ColumnKind.INT, ColumnKind.FLOAT)
#: Numbers in this schema are never negative (check constraints): -1 stands for blank.
BLANK_NUMBER = -1
#: A blank date in SQLite's aggregate, so that every date is ten characters wide.
BLANK_DATE = "0000-00-00"


def _text_literal(text: str) -> ColumnElement[str]:
    """A constant written into the SQL, not bound: SQLite's ``group_concat`` runs twice as
    fast with a literal separator as with a parameter (it cannot tell a bound value is
    the same on every row). Only the separators above go through here."""
    assert "'" not in text
    return literal_column(f"'{text}'", String)


def _aggregated_expression(
    expression: SQLColumnExpression[Any], kind: ColumnKind, postgres: bool
) -> ColumnElement[Any]:
    nullable = getattr(expression, "nullable", True)
    if kind is ColumnKind.BOOL:
        if postgres:
            return func.coalesce(func.string_agg(case((expression, "1"), else_="0"), ""), "")
        # SQLite keeps booleans as 0 and 1: joined without a separator, one digit per row.
        digit = expression if not nullable else func.coalesce(expression, 0)
        return func.coalesce(func.group_concat(digit, _text_literal("")), "")
    if kind in NUMERIC_KINDS:
        value: SQLColumnExpression[Any] = func.coalesce(expression, BLANK_NUMBER) if nullable \
            else expression
        if postgres:
            value = cast(value, Text)
    elif postgres:
        value = func.coalesce(cast(expression, Text), "")
    elif kind is ColumnKind.DATE:
        value = func.coalesce(expression, _text_literal(BLANK_DATE)) if nullable \
            else expression
    else:  # SQLite turns numbers into text itself; coalesce keeps blanks in line
        value = func.coalesce(expression, _text_literal("")) if nullable else expression
    if postgres:
        return func.string_agg(value, SEPARATOR)
    return func.group_concat(value, _text_literal(SEPARATOR))


def _parse_aggregate(text: str, kind: ColumnKind, count: int) -> np.ndarray | None:
    """One column's aggregated text as an array of ``count`` values; None if it does not
    split into exactly that many (a value holds the separator)."""
    if kind is ColumnKind.BOOL:
        flags = np.frombuffer(text.encode("ascii"), dtype=np.uint8) == ord("1")
        return flags if len(flags) == count else None
    if kind in NUMERIC_KINDS:
        # Whole numbers parse seven times faster as integers than as floats.
        dtype = np.int64 if kind is ColumnKind.INT else np.float64
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                numbers = np.fromstring(text, dtype=dtype, sep=SEPARATOR)
            except (ValueError, DeprecationWarning):
                return None
        if len(numbers) != count:
            return None
        return np.where(numbers == BLANK_NUMBER, np.nan, numbers.astype(np.float64))
    if kind is ColumnKind.SEARCH:  # folded once for the whole column, not row by row
        values = text.casefold().split(SEPARATOR)
        return np.array(values, dtype=str) if len(values) == count else None
    if kind is ColumnKind.DATE:
        dates = _fixed_width_dates(text, count)
        if dates is None:
            values = text.split(SEPARATOR)
            if len(values) != count:
                return None
            dates = _to_array(kind, values)
        dates[dates == BLANK_DATE] = ""
        return dates
    values = text.split(SEPARATOR)
    return _to_array(kind, values) if len(values) == count else None


def _fixed_width_dates(text: str, count: int) -> np.ndarray | None:
    """A column of ISO dates, when every value is ``YYYY-MM-DD`` (blanks as ``BLANK_DATE``):
    sliced from the bytes, not split; None when they are not all that wide."""
    if len(text) != count * 11 - 1 or not text.isascii():
        return None
    cells = np.frombuffer((text + SEPARATOR).encode("ascii"), dtype=np.uint8).reshape(count, 11)
    if not bool(np.all(cells[:, 10] == ord(SEPARATOR))):
        return None
    # Widened to four bytes a character, the rows are already a "<U10" array.
    return cells[:, :10].astype(np.uint32).view("<U10").reshape(count)


def _aggregate(
    session: Session, columns: Sequence[tuple[SQLColumnExpression[Any], ColumnKind]],
    statement: Select[Any],
) -> list[np.ndarray] | None:
    """Each column over the rows of ``statement``, read from one aggregated row; None
    when a value holds the separator (then rows are fetched)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    parts = [_aggregated_expression(e, k, postgres) for e, k in columns]
    row = session.execute(statement.with_only_columns(func.count(), *parts)).one()
    count = int(row[0])
    if count == 0:
        return [_to_array(kind, []) for _, kind in columns]
    arrays = []
    for (_, kind), text in zip(columns, row[1:], strict=True):
        array = _parse_aggregate(str(text or ""), kind, count)
        if array is None:
            return None
        arrays.append(array)
    return arrays


def _fetch_rows(
    session: Session, columns: Sequence[tuple[SQLColumnExpression[Any], ColumnKind]],
    statement: Select[Any],
) -> list[np.ndarray]:
    rows = session.execute(statement.with_only_columns(*(e for e, _ in columns))).all()
    return [_to_array(kind, [_as_text(row[i]) for row in rows])
            for i, (_, kind) in enumerate(columns)]


def _read(
    session: Session,
    columns: Sequence[tuple[SQLColumnExpression[Any], ColumnKind]],
    statement: Select[Any],
    small: bool = False,
) -> list[np.ndarray]:
    if small:
        return _fetch_rows(session, columns, statement)
    return _aggregate(session, columns, statement) or _fetch_rows(session, columns, statement)


_TRUE_TEXTS = ("1", "true", "t", "True")


def _to_array(kind: ColumnKind, texts: Sequence[str]) -> np.ndarray:
    if not texts:
        return np.zeros(0, dtype=bool if kind is ColumnKind.BOOL else
                        np.float64 if kind in NUMERIC_KINDS else "<U1")
    if kind is ColumnKind.BOOL:
        return np.isin(np.array(texts), _TRUE_TEXTS)
    if kind in NUMERIC_KINDS:
        return np.array([t or "nan" for t in texts], dtype=np.float64)
    if kind is ColumnKind.DATE:
        return np.array(texts, dtype="<U10")
    if kind is ColumnKind.DATETIME:
        return np.strings.replace(np.array(texts).astype("<U16"), "T", " ")
    if kind is ColumnKind.SEARCH:
        return np.array([t.casefold() for t in texts], dtype=str)
    # Text to show: Python strings in an object array cost a fifth of a unicode array to
    # build; sorting and filtering convert a column when they first need it.
    return np.array(texts, dtype=object)


def _ids(values: np.ndarray) -> np.ndarray:
    return np.nan_to_num(values, nan=-1).astype(np.int64)


def load_columns(
    session: Session,
    id_column: SQLColumnExpression[int],
    version_column: SQLColumnExpression[int],
    columns: Sequence[SnapshotColumn],
    ids: Sequence[int] | None = None,
) -> ColumnTable:
    """Read ``columns`` of every record (or of ``ids``) into a table sorted by id."""
    statement = select(id_column)
    if ids is not None:
        statement = statement.where(id_column.in_(list(ids)))
    specs = [(id_column, ColumnKind.INT), (version_column, ColumnKind.INT),
             *((c.expression, c.kind) for c in columns)]
    small = ids is not None and len(ids) <= ROW_FETCH_LIMIT
    arrays = _read(session, specs, statement, small)
    record_ids = _ids(arrays[0])
    table = ColumnTable(
        ids=record_ids,
        versions=_ids(arrays[1]),
        columns={c.name: values for c, values in zip(columns, arrays[2:], strict=True)},
        kinds={c.name: c.kind for c in columns},
    )
    if len(table) > 1 and not bool(np.all(record_ids[1:] >= record_ids[:-1])):
        table = table.take(np.argsort(record_ids, kind="stable"))
    return table


# --- the record kinds -----------------------------------------------------------------

_T, _I, _F, _B, _D, _DT = (ColumnKind.TEXT, ColumnKind.INT, ColumnKind.FLOAT, ColumnKind.BOOL,
                           ColumnKind.DATE, ColumnKind.DATETIME)

#: The person snapshot's column of household codes folded for search.
HOUSEHOLD_SEARCH = "household_search"
#: What the roster's search box looks in, besides the household code (added in numpy).
_PERSON_SEARCH = (Person.full_name + _text_literal(SEARCH_JOIN) + Person.case_no
                  + _text_literal(SEARCH_JOIN) + func.coalesce(Person.passport_no, ""))

#: The snapshot column kind of a registry field, by the field's type.
KIND_OF_TYPE: dict[type, ColumnKind] = {
    str: _T, int: _I, float: _F, bool: _B, dt.date: _D, dt.datetime: _DT,
}


def registry_columns(record: FieldSet, model: Any) -> list[SnapshotColumn]:
    """The registry's fields of a kind that the desktop tables load (``Field.table``)."""
    return [SnapshotColumn(f.name, KIND_OF_TYPE[f.type], getattr(model, f.name))
            for f in record if f.column and f.table]


def person_snapshot_columns() -> list[SnapshotColumn]:
    """The person fields of the roster (no phone, no notes), and what joins them."""
    return [*registry_columns(PERSON, Person),
            SnapshotColumn("household_id", _I, Person.household_id),
            SnapshotColumn("departed_flight_id", _I, Person.departed_flight_id),
            SnapshotColumn("search", ColumnKind.SEARCH, _PERSON_SEARCH)]


def load_flights(session: Session, ids: Sequence[int] | None = None) -> ColumnTable:
    return load_columns(session, Flight.id, Flight.version, registry_columns(FLIGHT, Flight),
                        ids=ids)


def load_shelters(session: Session, ids: Sequence[int] | None = None) -> ColumnTable:
    return load_columns(session, Shelter.id, Shelter.version,
                        registry_columns(SHELTER, Shelter), ids=ids)


def load_slots(session: Session, ids: Sequence[int] | None = None) -> ColumnTable:
    return load_columns(session, DocumentSlot.id, DocumentSlot.version,
                        registry_columns(SLOT, DocumentSlot), ids=ids)


def load_person_columns(session: Session, ids: Sequence[int] | None = None) -> ColumnTable:
    """The stored person fields shown in the roster (no phone, no notes), with the
    household code as officers wrote it ("" for an implicit household of one)."""
    table = load_columns(session, Person.id, Person.version, person_snapshot_columns(),
                         ids=ids)
    household_ids = table.columns["household_id"].astype(np.int64)
    statement = select(Household.id)
    small = ids is not None and len(ids) <= ROW_FETCH_LIMIT
    if small:
        statement = statement.where(Household.id.in_(np.unique(household_ids).tolist()))
    code = case((Household.implicit, ""), else_=Household.code)
    arrays = _read(session, [(Household.id, ColumnKind.INT), (code, ColumnKind.TEXT)],
                   statement, small)
    known = _ids(arrays[0])
    order = np.argsort(known, kind="stable")
    known = known[order]
    # Each household's code once (fewer households than persons), then taken per person;
    # the last place is the blank of a person whose household is missing.
    codes: list[str] = [*arrays[1][order].tolist(), ""]
    folded = SEPARATOR.join(codes).casefold().split(SEPARATOR)
    if len(folded) != len(codes):  # a code holding the separator
        folded = [code.casefold() for code in codes]
    if len(known) and len(table):
        where = np.clip(np.searchsorted(known, household_ids), 0, len(known) - 1)
        picked = np.where(known[where] == household_ids, where, len(known))
    else:
        picked = np.full(len(table), len(known), dtype=np.int64)
    table.columns["household"] = np.array(codes, dtype=str)[picked]
    table.kinds["household"] = ColumnKind.TEXT
    table.columns[HOUSEHOLD_SEARCH] = np.array(folded, dtype=str)[picked]
    table.kinds[HOUSEHOLD_SEARCH] = ColumnKind.SEARCH
    table.columns["birth_day"] = day_numbers(table.columns["date_of_birth"])
    table.kinds["birth_day"] = ColumnKind.INT
    return table


# --- the plan shown beside the roster -------------------------------------------------


@dataclass(frozen=True)
class PlanOutcome:
    """Each household's flight and shelter in one stored plan, keyed by household id."""

    plan_id: int | None
    published: bool
    created_at: dt.datetime | None
    household_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    flight_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # -1: none
    shelter_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # -1: none
    flight_keys: dict[int, str] = field(default_factory=dict)
    shelter_names: dict[int, str] = field(default_factory=dict)


def shown_plan_id(session: Session) -> tuple[int | None, bool]:
    """The plan the roster shows: the latest published one, else the latest; and whether
    it is published."""
    published = session.scalar(
        select(Plan.id).where(Plan.published_at.is_not(None))
        .order_by(Plan.published_at.desc(), Plan.id.desc()).limit(1)
    )
    if published is not None:
        return int(published), True
    latest = session.scalar(select(Plan.id).order_by(Plan.id.desc()).limit(1))
    return (int(latest) if latest is not None else None), False


def load_plan_outcome(session: Session) -> PlanOutcome:
    plan_id, published = shown_plan_id(session)
    flight_keys = {
        int(i): f"{n} {d.isoformat()}"
        for i, n, d in session.execute(select(Flight.id, Flight.flight_no,
                                              Flight.departure_date))
    }
    shelter_names = {int(i): n for i, n in session.execute(select(Shelter.id, Shelter.name))}
    if plan_id is None:
        return PlanOutcome(None, False, None, flight_keys=flight_keys,
                           shelter_names=shelter_names)
    created = session.scalar(select(Plan.created_at).where(Plan.id == plan_id))
    statement = select(PlanHousehold.id).where(PlanHousehold.plan_id == plan_id)
    arrays = _read(session, [(PlanHousehold.household_id, ColumnKind.INT),
                             (PlanHousehold.flight_id, ColumnKind.INT),
                             (PlanHousehold.shelter_id, ColumnKind.INT)], statement)
    household_ids, flight_ids, shelter_ids = (_ids(a) for a in arrays)
    order = np.argsort(household_ids, kind="stable")
    return PlanOutcome(
        plan_id=plan_id,
        published=published,
        created_at=created,
        household_ids=household_ids[order],
        flight_ids=flight_ids[order],
        shelter_ids=shelter_ids[order],
        flight_keys=flight_keys,
        shelter_names=shelter_names,
    )


# --- derived person columns (SPEC 2.1 derived ages, 2.6 weights) ----------------------


@dataclass(frozen=True)
class PersonRules:
    """The settings the derived columns depend on."""

    start: dt.date
    minor_age: int
    elderly_age: int
    weights: dict[str, int]
    default_destination: str = ""

    @classmethod
    def from_settings(cls, settings: Settings, today: dt.date | None = None) -> PersonRules:
        return cls(start=plan_start(settings, today), minor_age=settings.minor_age,
                   elderly_age=settings.elderly_age, weights=dict(settings.weights or {}),
                   default_destination=settings.default_destination or "")


def load_person_rules(session: Session) -> PersonRules:
    return PersonRules.from_settings(get_settings(session))


#: ``birth_day`` of a blank date of birth.
NO_DAY = np.iinfo(np.int64).min


def day_numbers(iso_dates: np.ndarray) -> np.ndarray:
    """ISO dates as days since 1970-01-01 (``NO_DAY`` where blank): parsed once, so that
    ages are plain arithmetic afterwards."""
    if len(iso_dates) == 0:
        return np.zeros(0, dtype=np.int64)
    valid = iso_dates != ""
    days = _digit_days(iso_dates, valid)
    if days is None:
        days = np.where(valid, iso_dates, "1970-01-01").astype("datetime64[D]").astype(np.int64)
    return np.where(valid, days, NO_DAY)


_DASH, _ZERO = ord("-"), ord("0")


def _digit_days(iso_dates: np.ndarray, valid: np.ndarray) -> np.ndarray | None:
    """Days since 1970 read from the digits of ``YYYY-MM-DD`` texts (blanks ignored); None
    unless every other value has that shape, a real month and a day that month has."""
    if iso_dates.dtype != np.dtype("<U10"):
        return None
    chars = iso_dates.view(np.uint32).reshape(len(iso_dates), 10)

    def number(*places: int) -> np.ndarray:
        value = np.zeros(len(iso_dates), dtype=np.int32)
        for place in places:
            digit = chars[:, place].astype(np.int32) - _ZERO
            if not bool(np.all((digit >= 0) & (digit <= 9) | ~valid)):
                raise ValueError
            value = value * 10 + digit
        return value

    if not bool(np.all((chars[:, 4] == _DASH) & (chars[:, 7] == _DASH) | ~valid)):
        return None
    try:
        years, months, days = number(0, 1, 2, 3), number(5, 6), number(8, 9)
    except ValueError:
        return None
    months = np.where(valid, months, 1)
    days = np.where(valid, days, 1)
    if not bool(np.all((months >= 1) & (months <= 12) & (days >= 1))):
        return None
    month_starts = ((years - 1970) * 12 + months - 1).astype("datetime64[M]")
    first_days = month_starts.astype("datetime64[D]")
    lengths = (month_starts + np.timedelta64(1, "M")).astype("datetime64[D]") - first_days
    if not bool(np.all(days <= lengths.astype(np.int64))):
        return None
    return first_days.astype(np.int64) + days - 1


def ages_at(birth_days: np.ndarray, start: dt.date) -> np.ndarray:
    """Whole years from birth (days since 1970, see ``day_numbers``) to ``start``; -1 where
    the date is blank."""
    if len(birth_days) == 0:
        return np.zeros(0, dtype=np.int64)
    valid = birth_days != NO_DAY
    dates = np.where(valid, birth_days, 0).astype("datetime64[D]")
    years = dates.astype("datetime64[Y]").astype(np.int64) + 1970
    month_starts = dates.astype("datetime64[M]")
    months = (month_starts.astype(np.int64) % 12) + 1
    days = (dates - month_starts).astype(np.int64) + 1
    before_birthday = (months > start.month) | ((months == start.month) & (days > start.day))
    ages = start.year - years - before_birthday.astype(np.int64)
    return np.where(valid, ages, -1)


def derive_person_columns(
    table: ColumnTable, rules: PersonRules, outcome: PlanOutcome | None = None
) -> dict[str, np.ndarray]:
    """Age, minor/elderly/unaccompanied flags, priority weight, and the plan columns."""
    count = len(table)
    birth_days = table.columns.get("birth_day")
    if birth_days is None:
        birth_days = day_numbers(table.columns["date_of_birth"])
    ages = ages_at(birth_days, rules.start)
    minor = (ages >= 0) & (ages < rules.minor_age)
    elderly = ages >= rules.elderly_age
    households = table.columns["household_id"].astype(np.int64)
    if count:
        codes, inverse = np.unique(households, return_inverse=True)
        oldest = np.full(len(codes), -1, dtype=np.int64)
        np.maximum.at(oldest, inverse, ages)
        unaccompanied = minor & (oldest[inverse] < rules.minor_age)
    else:
        unaccompanied = np.zeros(0, dtype=bool)
    cols = table.columns
    priority = np.asarray(weighted_sum(
        rules.weights, medical=cols["medical"], pregnant=cols["pregnant"],
        unaccompanied_minor=unaccompanied, elderly=elderly, disability=cols["disability"],
        trafficking_victim=cols["trafficking_victim"]), dtype=np.float64)
    derived = {
        "age": np.where(ages >= 0, ages, np.nan).astype(np.float64),
        "minor": minor,
        "elderly": elderly,
        "unaccompanied_minor": unaccompanied,
        "priority": priority,
    }
    derived.update(plan_columns(table, outcome))
    return derived


def plan_columns(table: ColumnTable, outcome: PlanOutcome | None) -> dict[str, np.ndarray]:
    """Each person's flight, shelter and plan state in the plan shown."""
    count = len(table)
    departed = table.columns["departed_flight_id"]
    departed_ids = np.where(np.isnan(departed), -1, departed).astype(np.int64)
    flight_ids = np.full(count, -1, dtype=np.int64)
    shelter_ids = np.full(count, -1, dtype=np.int64)
    in_plan = np.zeros(count, dtype=bool)
    keys: dict[int, str] = {}
    names: dict[int, str] = {}
    if outcome is not None:
        keys, names = outcome.flight_keys, outcome.shelter_names
        if outcome.plan_id is not None and len(outcome.household_ids) and count:
            households = table.columns["household_id"].astype(np.int64)
            where = np.searchsorted(outcome.household_ids, households)
            where = np.clip(where, 0, len(outcome.household_ids) - 1)
            in_plan = outcome.household_ids[where] == households
            flight_ids = np.where(in_plan, outcome.flight_ids[where], -1)
            shelter_ids = np.where(in_plan, outcome.shelter_ids[where], -1)
    flown = departed_ids >= 0
    shown_flight = np.where(flown, departed_ids, flight_ids)
    state = np.full(count, PlanState.NOT_PLANNED.value, dtype="<U12")
    state[in_plan & (flight_ids < 0)] = PlanState.LEFT_BEHIND.value
    state[in_plan & (flight_ids >= 0)] = PlanState.WAITING.value
    state[flown] = PlanState.FLOWN.value
    return {
        "plan_flight": _labels(shown_flight, keys),
        "plan_shelter": _labels(np.where(flown, -1, shelter_ids), names),
        "plan_state": state,
    }


def _labels(ids: np.ndarray, names: dict[int, str]) -> np.ndarray:
    if len(ids) == 0:
        return np.zeros(0, dtype="<U1")
    unique, inverse = np.unique(ids, return_inverse=True)
    labels = np.array([names.get(int(i), "") if i >= 0 else "" for i in unique] or [""],
                      dtype=str)
    return labels[inverse]


def household_search_text(table: ColumnTable) -> np.ndarray:
    """Each person's household code folded for search (the roster looks in it and in the
    ``search`` column of name, case number and passport); ``load_person_columns`` folds it
    while it reads the codes, once per household."""
    if len(table) == 0:
        return np.zeros(0, dtype="<U1")
    folded = table.columns.get(HOUSEHOLD_SEARCH)
    if folded is not None and len(folded) == len(table):
        return folded
    codes = [str(code) for code in table.columns["household"].tolist()]
    return np.array([code.casefold() for code in codes], dtype=str)
