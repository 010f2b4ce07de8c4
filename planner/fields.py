"""The registry of record fields: every field of SPEC 2.1-2.4 (and 8.1), declared once.

Each ``Field`` says what the field holds and how every part of the program treats it:
its name and type, whether a new record needs it, its default, the header words the
import recognises it by (English, Indonesian and Malay as ministries write them; the
template's header is the name in human words, SPEC 4), the parser that reads a cell into
it, the form widget, the width of its template column, and its label in English and
Indonesian. The template, the import (vocabulary, row parsing, writers), export-roster,
the editing service, the desktop forms and tables read these entries; nothing else
lists a record's fields. Adding a field is one entry here plus the migration that adds
its column (docs/architecture.md, "Where fields live").

The module is plain data: it imports no database, importer or Qt code, so every layer
can read it. The parsers are named (``Parser``) and resolved by
``planner.importing.row_reading``; the widgets are named (``Widget``) and built by
``ui.dialogs.record_form``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from planner.domain import (
    DEFAULT_READY_AFTER_HOURS,
    DocumentStatus,
    FlightStatus,
    PersonStatus,
    Sex,
    ShelterPolicy,
)


class Parser(StrEnum):
    """How a cell becomes the field's value (``planner.importing.row_reading.PARSERS``)."""

    TEXT = "text"  # one line of text, at most ``max_length`` characters
    NOTES = "notes"  # free text, kept as written
    CASE_NO = "case_no"  # text in capitals
    HOUSEHOLD = "household"  # text; "~..." is reserved for households of one
    PASSPORT = "passport"  # capitals without spaces
    SEX = "sex"  # M/F from M/F, L/P, Male/Female, Laki-laki/Perempuan, ...
    BIRTH_DATE = "birth_date"  # a date not in the future; two-digit years in the past
    DATE = "date"
    MOMENT = "moment"  # a date and time of day
    NATIONALITY = "nationality"  # ISO 3166 alpha-3, from codes or country names
    DOCUMENT_STATUS = "document_status"
    PHONE = "phone"  # text, leading 0 and + kept
    AIRPORT = "airport"  # one IATA code (or a city written for it)
    AIRPORTS = "airports"  # IATA codes joined by ";", first = preferred
    FLAG = "flag"  # yes/no, also a description ("Hamil 5 bulan": yes); see values
    COUNT = "count"  # a whole number, 0 or more
    HOURS = "hours"  # a number of hours (or days), 0 or more
    FLIGHT_NUMBER = "flight_number"
    FLIGHT_STATUS = "flight_status"
    PERSON_STATUS = "person_status"  # movement status (SPEC 8.1), codes or their words
    ACCEPTS = "accepts"  # who a shelter takes


class Widget(StrEnum):
    """The form widget of a field (``ui.dialogs.record_form.FieldKind`` has the same names)."""

    TEXT = "text"
    UPPER = "upper"  # codes: airports, countries, passport numbers
    LONG_TEXT = "long_text"
    CHOICE = "choice"
    DATE = "date"
    DATETIME = "datetime"
    WHOLE = "whole"
    OPTIONAL_WHOLE = "optional_whole"  # blank means something (no limit)
    NUMBER = "number"
    FLAG = "flag"


#: The widget a field gets when its entry names none, by its type.
_WIDGET_BY_TYPE: dict[type, Widget] = {
    str: Widget.TEXT, bool: Widget.FLAG, int: Widget.WHOLE, float: Widget.NUMBER,
    dt.date: Widget.DATE, dt.datetime: Widget.DATETIME,
}
#: The template's number format of a column, by the field's type (text columns: ``text_cell``).
_TEMPLATE_FORMAT_BY_TYPE: dict[type, str] = {
    dt.date: "date", dt.datetime: "datetime", int: "whole", float: "decimal",
}
YES_NO = ("yes", "no")
#: Words a title keeps in lower case inside a header (SPEC 4: ``Date of Birth``).
_HEADER_SMALL_WORDS = frozenset({"of"})


def header_for(name: str) -> str:
    """The template's human header of a field (SPEC 4): spaces for underscores, title case."""
    words = name.split("_")
    return " ".join(w if i and w in _HEADER_SMALL_WORDS else w.capitalize()
                    for i, w in enumerate(words))


@dataclass(frozen=True)
class Field:
    """One field of one kind of record."""

    name: str
    #: The Python type of its value: str, bool, int, float, dt.date or dt.datetime.
    type: type
    label_en: str
    label_id: str
    parse: Parser
    #: A new record must have it (the template's orange headers; the form asks for it).
    required: bool = False
    #: Part of the record's readable key (SPEC 2).
    key: bool = False
    #: The value of a new record that leaves it blank (None: blank stays blank, or
    #: ``default_note`` says what the service fills in).
    default: Any = None
    #: The operation setting (SPEC 2.5) whose value a new record's blank takes.
    default_setting: str = ""
    #: What a blank means when it is not a fixed value ("the operation's default ...").
    default_note: str = ""
    #: The coded values, in order (SPEC 2), for a drop-down list.
    choices: tuple[str, ...] = ()
    #: What the screens call each code, in English and Indonesian: (code, en, id).
    choice_words: tuple[tuple[str, str, str], ...] = ()
    max_length: int | None = None
    #: The largest number the form takes.
    maximum: float | None = None
    #: The form widget; None: the one for the type (``widget_kind``).
    widget: Widget | None = None
    #: Width of the template's column, in characters.
    width: int = 12
    #: The template formats the column as text (identifiers, codes, phone numbers), so a
    #: leading 0 or + survives.
    text_cell: bool = False
    #: A column of the record's own table (False for ``household``, a join).
    column: bool = True
    #: The officer edits it in the record's form (False: set by actions only).
    editable: bool = True
    #: Loaded into the desktop program's tables (False: read only when a record is
    #: opened, such as phone numbers and notes).
    table: bool = True
    #: A yes/no field: words that, in a cell describing the person, say yes ("Hamil 5
    #: bulan" in a pregnancy column; ``planner.importing.values.parse_flag``).
    describing: tuple[str, ...] = ()
    #: Header words the import recognises, as people write them (SPEC 4).
    headers: tuple[str, ...] = ()
    #: The field's own name (and template header) is a header word too; False when
    #: rosters use that word for other things, and the column's cells decide.
    name_is_header: bool = True
    #: For a date-time: header words of a column holding only its "date" or its "time".
    part_headers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def header(self) -> str:
        """The template's header (SPEC 4), also the header of export-roster."""
        return header_for(self.name)

    @property
    def widget_kind(self) -> Widget:
        return self.widget or _WIDGET_BY_TYPE[self.type]

    @property
    def template_format(self) -> str:
        """"text", "date", "datetime", "whole", "decimal" or "" (no number format)."""
        return "text" if self.text_cell else _TEMPLATE_FORMAT_BY_TYPE.get(self.type, "")

    @property
    def template_choices(self) -> tuple[str, ...]:
        return YES_NO if self.type is bool else self.choices

    def label(self, language: str) -> str:
        """The label in ``language`` ("en" or "id")."""
        return self.label_id if language == "id" else self.label_en

    def all_headers(self) -> dict[str, tuple[str, ...]]:
        """Header words by field or ``field@part`` (the import's vocabulary)."""
        found = {self.name: self.headers}
        found.update({f"{self.name}@{part}": words for part, words in self.part_headers.items()})
        return found


#: Called after a set of fields changed (``FieldSet.including``): caches built from the
#: registry (the import's header lookups) forget what they built.
_LISTENERS: list[Callable[[], None]] = []


def when_changed(callback: Callable[[], None]) -> Callable[[], None]:
    """Call ``callback`` whenever a set of fields changes; returns it (a decorator)."""
    _LISTENERS.append(callback)
    return callback


class FieldSet:
    """The fields of one kind of record, in the order of SPEC 2 (the template's columns).

    Readers take the fields when they need them (not once at import), so a field added
    with ``including`` (a test proving that a new field reaches every reader) is seen
    by all of them.
    """

    def __init__(self, record: str, sheet: str, fields: tuple[Field, ...],
                 every_row: tuple[str, ...]) -> None:
        self.record = record
        #: The template's sheet (SPEC 4).
        self.sheet = sheet
        #: Fields every imported row must fill, also one updating a stored record (its
        #: identity); the other required fields only a row adding one.
        self.every_row = every_row
        self.fields: tuple[Field, ...] = ()
        self.by_name: dict[str, Field] = {}
        self._set(fields)

    def _set(self, fields: tuple[Field, ...]) -> None:
        by_name = {f.name: f for f in fields}
        assert len(by_name) == len(fields), f"{self.record}: a field is listed twice"
        assert set(self.every_row) <= by_name.keys()
        self.fields, self.by_name = fields, by_name
        for callback in _LISTENERS:
            callback()

    @contextmanager
    def including(self, entry: Field) -> Iterator[Field]:
        """This set with ``entry`` added last, until the block ends."""
        before = self.fields
        self._set((*before, entry))
        try:
            yield entry
        finally:
            self._set(before)

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def __getitem__(self, name: str) -> Field:
        return self.by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self.by_name

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def columns(self) -> tuple[str, ...]:
        """Fields stored as columns of the record's own table."""
        return tuple(f.name for f in self.fields if f.column)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @property
    def required_new(self) -> tuple[str, ...]:
        """Required fields a row updating a stored record may leave blank."""
        return tuple(f.name for f in self.fields if f.required and f.name not in self.every_row)

    def defaults(self, settings: object | None = None) -> dict[str, Any]:
        """What a new record gets for the fields left blank: the fixed defaults (flags,
        statuses, hours) and, given the operation's settings, the values they hold."""
        found = {f.name: f.default for f in self.fields if f.default is not None}
        if settings is not None:
            found.update({f.name: getattr(settings, f.default_setting)
                          for f in self.fields if f.default_setting})
        return found

    def headers(self) -> dict[str, tuple[str, ...]]:
        """Header words by field or ``field@part``: the import vocabulary of this kind."""
        found: dict[str, tuple[str, ...]] = {}
        for entry in self.fields:
            found.update(entry.all_headers())
        return found


PERSON = FieldSet("person", "Persons", (
    Field(
        "case_no", str, "Case no.", "No. kasus", parse=Parser.CASE_NO,
        max_length=32, width=12, text_cell=True, key=True,
        headers=(
            "case no", "case number", "case id", "case", "case ref", "case reference",
            "registration no", "registration", "reg no", "reference no", "ref no", "no kasus",
            "kasus", "no registrasi", "registrasi", "no reg", "id kasus", "kode kasus",
            "no agenda", "no register", "file no", "file number", "case file", "case code",
            "embassy ref", "embassy reference", "registration id", "registration number", "reg id",
            "reference", "ref", "no berkas", "berkas", "no induk", "no pendaftaran", "pendaftaran",
            "kode registrasi", "id registrasi", "no kes", "nombor kes", "kes", "id kes",
            "no rujukan", "rujukan", "no fail",
        ),
    ),
    Field(
        "household", str, "Household", "Keluarga", parse=Parser.HOUSEHOLD, max_length=64, width=12,
        text_cell=True, column=False,
        headers=(
            "household", "household id", "household no", "household code", "family", "family id",
            "family no", "family code", "group", "group no", "group id", "travel group",
            "keluarga", "no keluarga", "id keluarga", "kode keluarga", "kelompok", "no kelompok",
            "kk", "no kk", "rombongan", "grup", "id grup", "family group", "family ref",
            "family unit", "family number", "group ref", "group code", "travel party", "party",
            "party no", "hh", "hh id", "hh no", "household ref", "household number",
            "travel group id", "travel group no", "kelompok keluarga", "kode rombongan",
            "no rombongan", "id rombongan", "kartu keluarga", "no kartu keluarga", "grup keluarga",
            "grup perjalanan", "kelompok perjalanan", "satu keluarga", "induk keluarga",
            "isi rumah", "no isi rumah", "kumpulan", "no kumpulan", "kumpulan keluarga",
        ),
    ),
    Field(
        "full_name", str, "Full name", "Nama lengkap", parse=Parser.TEXT, required=True,
        max_length=200, width=28,
        headers=(
            "full name", "name", "names", "passenger name", "name as in passport", "person",
            "nama", "nama lengkap", "nama wni", "nama pmi", "nama sesuai paspor", "nama penumpang",
            "nama korban", "nama orang", "full names", "surname and given names",
            "given names and surname", "name of citizen", "citizen name", "passenger names",
            "traveller", "traveller name", "traveler", "traveler name", "applicant",
            "applicant name", "victim name", "nama sesuai passpor", "nama peserta", "nama pemohon",
            "nama calon penumpang", "nama pekerja migran", "nama penuh",
            "nama seperti dalam pasport", "nama mangsa",
        ),
    ),
    Field(
        "sex", str, "Sex", "Jenis kelamin", parse=Parser.SEX, widget=Widget.CHOICE, required=True,
        choices=tuple(s.value for s in Sex), width=6,
        choice_words=(("M", "Male", "Laki-laki"), ("F", "Female", "Perempuan")),
        headers=(
            "sex", "gender", "m f", "jenis kelamin", "jk", "kelamin", "l p", "lp", "gender l p",
            "jenis kelamin l p", "sex m f", "male female", "sex l p", "jns kelamin",
            "jenis kelamin l p", "jantina", "jantina l p", "jantina lelaki perempuan", "seks",
            "kelamin l p",
        ),
    ),
    Field(
        "date_of_birth", dt.date, "Date of birth", "Tanggal lahir", parse=Parser.BIRTH_DATE,
        required=True, width=13,
        headers=(
            "date of birth", "birth date", "dob", "born", "birthday", "date born", "tanggal lahir",
            "lahir", "tempat tanggal lahir", "ttl", "tempat lahir tanggal lahir",
            "place and date of birth", "place date of birth", "birthdate",
            "date of birth dd mm yyyy", "d o b", "birth", "tanggal kelahiran", "kelahiran",
            "tempat dan tanggal lahir", "lahir tanggal", "tanggal bulan tahun lahir",
            "tarikh lahir", "tarikh kelahiran",
        ),
    ),
    Field(
        "nationality", str, "Nationality", "Kewarganegaraan", parse=Parser.NATIONALITY,
        widget=Widget.UPPER, max_length=3, width=11, text_cell=True,
        default_setting="default_nationality", table=False,
        headers=(
            "nationality", "citizenship", "country", "kewarganegaraan", "warga negara",
            "kebangsaan", "negara", "citizen of", "nation", "national of", "warganegara",
            "kerakyatan", "bangsa",
        ),
    ),
    Field(
        "passport_no", str, "Passport no.", "No. paspor", parse=Parser.PASSPORT,
        widget=Widget.UPPER, max_length=32, width=13, text_cell=True,
        headers=(
            "passport", "passport no", "passport number", "passport id", "travel document no",
            "paspor", "no paspor", "passpor", "no passpor", "no passport", "nomor dokumen",
            "no dokumen", "no dokumen perjalanan", "passport nr", "ppt no", "ppt", "pp no",
            "passport etd no", "document number", "travel document", "travel document number",
            "nomor paspor", "no paspor splp", "paspor splp", "no pasport", "nombor pasport",
        ),
    ),
    Field(
        "document_status", str, "Document", "Dokumen", parse=Parser.DOCUMENT_STATUS,
        widget=Widget.CHOICE, choices=tuple(s.value for s in DocumentStatus), width=16,
        default_note="valid with a passport number, else missing",
        choice_words=(
            ("valid", "Valid", "Berlaku"), ("expired", "Expired", "Kedaluwarsa"),
            ("missing", "Missing", "Tidak ada"), ("lost", "Lost", "Hilang"),
            ("confiscated", "Confiscated", "Disita"),
        ),
        headers=(
            "document status", "passport status", "document", "documents", "doc status",
            "status doc", "status dokumen", "status paspor", "dokumen", "keterangan paspor",
            "kondisi paspor", "status dokumen perjalanan", "passport condition",
            "passport remarks", "passport held", "passport available", "has passport",
            "documents held", "document condition", "travel document status",
            "status paspor dokumen", "paspor ada tidak", "ada paspor", "punya paspor",
            "keberadaan paspor", "posisi paspor", "paspor ditahan", "keadaan pasport",
            "status pasport",
        ),
    ),
    Field(
        "phone", str, "Phone", "Telepon", parse=Parser.PHONE, max_length=40, width=16,
        text_cell=True, table=False,
        headers=(
            "phone", "phone no", "telephone", "tel", "tel no", "mobile", "mobile no", "contact",
            "contact no", "whatsapp", "wa", "no wa", "hp", "no hp", "telepon", "no telepon",
            "telp", "no telp", "handphone", "kontak", "no kontak", "no hp wa", "phone number",
            "contact number", "mobile number", "cell", "cell phone", "cellphone", "hp no",
            "whatsapp no", "wa no", "telephone no", "tel number", "contact phone", "nomor telepon",
            "no whatsapp", "kontak wa", "hp wa", "no telp hp", "telepon seluler", "ponsel",
            "no ponsel", "no telefon", "telefon", "nombor telefon", "telefon bimbit",
            "no telefon bimbit", "bimbit",
        ),
    ),
    Field(
        "destinations", str, "Destinations", "Tujuan", parse=Parser.AIRPORTS,
        widget=Widget.UPPER, max_length=100, width=13, text_cell=True,
        default_note="the operation's default destination",
        headers=(
            "destinations", "destination", "destination airports", "destination airport",
            "arrival airport", "arrival airports", "airport", "airports", "going to", "tujuan",
            "kota tujuan", "bandara tujuan", "tujuan kepulangan", "daerah tujuan", "bandara",
            "tujuan pulang", "destination city", "home airport", "arrival city",
            "final destination", "going home to", "return to", "fly to", "airport of arrival",
            "preferred airport", "preferred destination", "destination preference", "tujuan kota",
            "kota tujuan pulang", "bandara kedatangan", "bandara tujuan pulang",
            "daerah kepulangan", "kepulangan", "kota kepulangan", "pulang ke", "tujuan akhir",
            "debarkasi", "destinasi", "lapangan terbang destinasi", "lapangan terbang",
            "bandar tujuan", "destinasi pulang",
        ),
    ),
    Field(
        "available_from", dt.date, "Available from", "Tersedia mulai", parse=Parser.DATE, width=13,
        headers=(
            "available from", "available", "available since", "in care from", "in care since",
            "arrival date", "date arrived", "arrived", "tanggal tiba", "tiba", "tanggal masuk",
            "tanggal diterima", "tersedia sejak", "tersedia", "tanggal kedatangan",
            "ready to travel", "ready to travel from", "ready date", "ready from", "ready",
            "ready to fly", "fit to travel", "fit to fly", "available to travel", "available date",
            "availability", "date available", "can travel from", "can leave from",
            "in shelter since", "date received", "received on", "intake date", "date of intake",
            "rescued on", "date rescued", "tanggal siap", "siap", "siap berangkat", "siap pulang",
            "tanggal siap pulang", "siap terbang", "dapat berangkat", "bisa berangkat",
            "tanggal bisa berangkat", "tanggal tersedia", "tanggal diselamatkan",
            "tanggal penyelamatan", "masuk shelter", "tanggal masuk shelter", "masuk penampungan",
            "tarikh sedia", "sedia", "tarikh tersedia", "sedia untuk pulang",
            "tarikh sedia pulang", "tarikh sampai", "tarikh tiba",
        ),
    ),
    Field(
        "cleared_from", dt.date, "Cleared from", "Boleh berangkat mulai", parse=Parser.DATE,
        width=13,
        headers=(
            "cleared from", "cleared", "clearance", "clearance date", "cleared on",
            "exit clearance", "may leave from", "tanggal izin keluar", "izin keluar",
            "tanggal clearance", "boleh pulang sejak", "izin pulang", "tanggal izin pulang",
            "exit permit", "exit permit date", "immigration clearance", "police clearance",
            "clearance from", "may leave", "allowed to leave", "permitted to leave",
            "date cleared", "cleared to leave", "release date", "izin keluar imigrasi",
            "clearance imigrasi", "imigrasi", "tanggal izin", "surat izin keluar",
            "tanggal deportasi", "deportasi", "izin polisi", "clearance polisi", "tanggal bebas",
            "tarikh pelepasan", "pelepasan", "kelulusan keluar", "tarikh kelulusan",
            "pelepasan imigresen", "imigresen",
        ),
    ),
    Field(
        "needs_shelter", bool, "Needs shelter", "Perlu penampungan", parse=Parser.FLAG,
        default=True, width=9,
        describing=(
            "shelter", "penampungan", "rumah aman", "tempat tinggal", "accommodation",
        ),
        headers=(
            "needs shelter", "shelter", "shelter needed", "need shelter", "needs accommodation",
            "butuh penampungan", "perlu penampungan", "penampungan", "butuh shelter",
            "perlu shelter", "needs housing", "needs a bed", "bed needed", "accommodation",
            "accommodation needed", "housing", "butuh tempat tinggal", "perlu tempat tinggal",
            "tinggal di shelter", "perlu tempat perlindungan", "tempat perlindungan",
            "perlindungan", "perlu perlindungan",
        ),
    ),
    Field(
        "medical", bool, "Medical", "Medis", parse=Parser.FLAG, default=False, width=9,
        describing=(
            "sakit", "sick", "ill", "illness", "medis", "medical", "perawatan", "dirawat", "rawat",
            "obat", "medication", "insulin", "diabetes", "hipertensi", "hypertension", "asma",
            "asthma", "jantung", "heart", "tbc", "tb", "hiv", "cedera", "injury", "injured",
            "luka", "patah", "demam", "fever", "operasi", "surgery", "oksigen", "oxygen",
            "dialisis", "dialysis", "stroke",
        ),
        headers=(
            "medical", "medical needs", "medical need", "medical condition", "sick", "ill",
            "medis", "sakit", "kondisi medis", "perlu perawatan", "perawatan medis", "kesehatan",
            "medical case", "health", "health condition", "illness", "sickness",
            "needs medical care", "medical attention", "patient", "riwayat penyakit", "penyakit",
            "kondisi kesehatan", "perlu medis", "butuh perawatan", "pasien", "perubatan",
            "keadaan perubatan", "rawatan", "perlu rawatan", "kesihatan",
        ),
    ),
    Field(
        "pregnant", bool, "Pregnant", "Hamil", parse=Parser.FLAG, default=False, width=9,
        describing=(
            "hamil", "pregnant", "pregnancy", "kehamilan", "mengandung", "bumil", "ibu hamil",
            "expecting",
        ),
        headers=(
            "pregnant", "pregnancy", "hamil", "sedang hamil", "pregnancy status", "expecting",
            "is pregnant", "pregnant woman", "kehamilan", "bumil", "ibu hamil", "mengandung",
        ),
    ),
    Field(
        "disability", bool, "Disability", "Disabilitas", parse=Parser.FLAG, default=False, width=9,
        describing=(
            "kursi roda", "wheelchair", "wchr", "disabilitas", "difabel", "disabled", "disability",
            "cacat", "lumpuh", "paralysed", "tuna netra", "tunanetra", "tuna rungu", "tunarungu",
            "buta", "blind", "tuli", "deaf", "kruk", "crutches", "amputasi", "amputee",
            "kerusi roda", "oku",
        ),
        headers=(
            "disability", "disabled", "wheelchair", "disabilitas", "difabel", "kursi roda",
            "penyandang disabilitas", "cacat", "disabilities", "handicap", "handicapped",
            "reduced mobility", "wheelchair needed", "wchr", "impairment", "berkebutuhan khusus",
            "penyandang cacat", "oku", "orang kurang upaya", "kurang upaya", "kerusi roda",
        ),
    ),
    Field(
        "trafficking_victim", bool, "Trafficking victim", "Korban perdagangan orang",
        parse=Parser.FLAG, default=False, width=10,
        describing=(
            "korban", "victim", "tppo", "trafficked", "trafficking", "perdagangan orang",
            "perdagangan manusia", "atipsom",
        ),
        headers=(
            "trafficking victim", "trafficking", "victim of trafficking", "human trafficking",
            "tppo", "korban tppo", "korban perdagangan orang", "perdagangan orang", "korban",
            "tip victim", "victim of human trafficking", "human trafficking victim", "trafficked",
            "trafficked person", "victim of trafficking in persons", "trafficking case",
            "korban perdagangan manusia", "perdagangan manusia", "indikasi tppo",
            "terindikasi tppo", "korban tindak pidana perdagangan orang",
            "mangsa pemerdagangan orang", "pemerdagangan orang", "mangsa pemerdagangan",
            "pemerdagangan manusia", "atipsom", "mangsa atipsom",
        ),
    ),
    Field(
        "notes", str, "Notes", "Catatan", parse=Parser.NOTES, widget=Widget.LONG_TEXT, width=30,
        table=False,
        headers=(
            "notes", "note", "remarks", "remark", "comments", "comment", "catatan", "keterangan",
            "ket", "keterangan lain", "catatan lain", "other info", "other information",
            "additional information", "information", "info", "details", "description",
            "observations", "misc", "keterangan tambahan", "informasi", "catatan khusus",
            "lain lain", "nota", "ulasan",
        ),
    ),
    Field(
        "status", str, "Status", "Status", parse=Parser.PERSON_STATUS, widget=Widget.CHOICE,
        choices=tuple(PersonStatus), default=PersonStatus.REGISTERED.value, width=13,
        editable=False, name_is_header=False,
        # A bare "Status" is read by its cells (planner.importing.column_content): rosters
        # use it for marital and document statuses as often as for movements.
        choice_words=(
            ("registered", "Registered", "Terdaftar"),
            ("called", "Called", "Sudah dipanggil"),
            ("checked_in", "Checked in", "Sudah lapor diri"),
            ("no_show", "No-show", "Tidak hadir"),
            ("flown", "Flown", "Sudah terbang"),
            ("arrived", "Arrived", "Sudah tiba"),
            ("self_departed", "Left by own means", "Pulang sendiri"),
            ("withdrawn", "Withdrawn", "Mengundurkan diri"),
            ("missing", "Whereabouts unknown", "Tidak diketahui keberadaannya"),
        ),
        headers=("movement status", "status perjalanan", "status kepulangan"),
    ),
    Field(
        "medical_clearance", dt.date, "Medical clearance", "Surat sehat terbang",
        parse=Parser.DATE, width=13,
        headers=(
            "medical clearance", "medical clearance date", "fit to fly certificate",
            "fit to travel certificate", "medical certificate",
            "medical certificate date", "surat keterangan sehat", "surat sehat",
            "tanggal surat sehat", "surat layak terbang", "layak terbang",
            "surat keterangan layak terbang", "sijil perubatan",
        ),
    ),
), ("full_name", "sex", "date_of_birth"))

FLIGHT = FieldSet("flight", "Flights", (
    Field(
        "flight_no", str, "Flight no.", "No. penerbangan", parse=Parser.FLIGHT_NUMBER,
        widget=Widget.UPPER, required=True, max_length=16, width=10, text_cell=True, key=True,
        headers=(
            "flight no", "flight", "flight number", "flight code", "no penerbangan", "penerbangan",
            "kode penerbangan", "flight nr", "flt", "flt no", "flight id", "nomor penerbangan",
            "no pesawat", "nombor penerbangan",
        ),
    ),
    Field(
        "carrier", str, "Carrier", "Maskapai", parse=Parser.TEXT, max_length=100, width=20,
        headers=(
            "carrier", "airline", "operator", "maskapai", "maskapai penerbangan", "airlines",
            "airline name", "carrier name", "syarikat penerbangan",
        ),
    ),
    Field(
        "origin", str, "From", "Dari", parse=Parser.AIRPORT, widget=Widget.UPPER,
        max_length=3, width=8, text_cell=True, default_setting="origin_airport",
        headers=(
            "origin", "from", "departure airport", "origin airport", "asal", "bandara asal",
            "dari", "dep airport", "departure station", "from airport", "berangkat dari",
            "bandara keberangkatan", "lapangan terbang berlepas", "asal penerbangan",
        ),
    ),
    Field(
        "destination", str, "To", "Ke", parse=Parser.AIRPORT, widget=Widget.UPPER,
        required=True, max_length=3, width=11, text_cell=True,
        headers=(
            "destination", "to", "arrival airport", "destination airport", "tujuan",
            "bandara tujuan", "ke", "arr airport", "arrival station", "to airport", "tiba di",
            "lapangan terbang ketibaan", "destinasi",
        ),
    ),
    Field(
        "departs_at", dt.datetime, "Departs", "Berangkat", parse=Parser.MOMENT, required=True,
        width=17, key=True,
        headers=(
            "departs at", "departure", "departs", "std", "etd", "departure date time",
            "departure datetime", "keberangkatan", "waktu keberangkatan", "jadwal keberangkatan",
            "jadwal berangkat", "berangkat", "tanggal jam berangkat", "waktu berangkat",
            "departure date and time", "etd local", "std local", "tarikh dan masa berlepas",
            "berlepas", "masa berlepas tarikh",
        ),
        part_headers={
            "date": (
                "departure date", "date", "flight date", "tanggal berangkat",
                "tanggal keberangkatan", "tanggal", "tanggal penerbangan", "dep date",
                "flight day", "tarikh berlepas", "tarikh penerbangan", "tarikh",
            ),
            "time": (
                "departure time", "time", "flight time", "jam berangkat", "jam keberangkatan",
                "jam", "pukul", "dep time", "masa berlepas", "masa",
            ),
        },
    ),
    Field(
        "seats", int, "Seats", "Kursi", parse=Parser.COUNT, required=True, maximum=10_000, width=8,
        headers=(
            "seats", "seat", "seats available", "available seats", "capacity", "kursi",
            "jumlah kursi", "kapasitas", "kursi tersedia", "pax", "allocated seats",
            "seat allocation", "kuota kursi", "tempat duduk", "bilangan tempat duduk", "kapasiti",
        ),
    ),
    Field(
        "medical_capacity", int, "Medical places", "Tempat medis", parse=Parser.COUNT,
        widget=Widget.OPTIONAL_WHOLE, maximum=10_000, width=10, default_note="no limit",
        headers=(
            "medical capacity", "medical seats", "medical", "stretcher", "kapasitas medis",
            "kursi medis", "medis", "medical pax", "stretcher capacity", "kapasiti perubatan",
            "tempat duduk perubatan",
        ),
    ),
    Field(
        "status", str, "Status", "Status", parse=Parser.FLIGHT_STATUS, widget=Widget.CHOICE,
        choices=tuple(s.value for s in FlightStatus), default=FlightStatus.PLANNED.value, width=11,
        choice_words=(
            ("planned", "Planned", "Direncanakan"), ("confirmed", "Confirmed", "Terkonfirmasi"),
            ("cancelled", "Cancelled", "Dibatalkan"), ("departed", "Departed", "Sudah berangkat"),
        ),
        headers=(
            "status", "flight status", "status penerbangan",
        ),
    ),
), ("flight_no", "departs_at"))

SHELTER = FieldSet("shelter", "Shelters", (
    Field(
        "name", str, "Name", "Nama", parse=Parser.TEXT, required=True, max_length=200, width=28,
        key=True,
        headers=(
            "name", "shelter", "shelter name", "nama", "nama shelter", "nama penampungan",
            "penampungan", "tempat penampungan", "rumah aman", "rumah perlindungan",
            "tempat perlindungan", "nama tempat perlindungan",
        ),
    ),
    Field(
        "beds", int, "Beds", "Tempat tidur", parse=Parser.COUNT, required=True, maximum=100_000,
        width=8,
        headers=(
            "beds", "bed", "capacity", "beds per night", "tempat tidur", "jumlah tempat tidur",
            "kapasitas", "kasur", "jumlah kasur", "katil", "bilangan katil", "kapasiti",
        ),
    ),
    Field(
        "accepts", str, "Accepts", "Menerima", parse=Parser.ACCEPTS, widget=Widget.CHOICE,
        choices=tuple(p.value for p in ShelterPolicy), default=ShelterPolicy.ANY.value, width=16,
        choice_words=(
            ("any", "Anyone", "Siapa saja"), ("women_children", "Women and children",
                                                 "Perempuan dan anak"),
            ("men", "Men", "Laki-laki"),
        ),
        headers=(
            "accepts", "accepts who", "for", "residents", "gender", "penghuni", "untuk", "khusus",
            "menerima", "peruntukan",
        ),
    ),
    Field(
        "medical_care", bool, "Medical care", "Perawatan medis", parse=Parser.FLAG, default=False,
        width=10,
        describing=(
            "klinik", "clinic", "dokter", "doctor", "perawat", "nurse", "medis", "medical",
            "perawatan",
        ),
        headers=(
            "medical care", "medical", "clinic", "perawatan medis", "medis", "fasilitas medis",
            "klinik", "kemudahan perubatan", "perubatan",
        ),
    ),
    Field(
        "open_from", dt.date, "Open from", "Buka mulai", parse=Parser.DATE, width=13,
        headers=(
            "open from", "opens", "opening date", "from", "buka", "buka sejak", "buka dari",
            "mulai", "tanggal buka", "dibuka dari", "tarikh buka",
        ),
    ),
    Field(
        "open_until", dt.date, "Open until", "Buka sampai", parse=Parser.DATE, width=13,
        headers=(
            "open until", "closes", "closing date", "until", "tutup", "buka sampai", "sampai",
            "hingga", "tanggal tutup", "ditutup", "tarikh tutup",
        ),
    ),
), ("name",))

SLOT = FieldSet("slot", "Document slots", (
    Field(
        "slot_id", str, "Slot", "Jadwal", parse=Parser.TEXT, max_length=64, width=18,
        text_cell=True, key=True, default_note="made from the start and the location",
        headers=(
            "slot id", "slot", "slot no", "appointment id", "id", "kode jadwal", "id jadwal",
            "kode slot", "no slot",
        ),
    ),
    Field(
        "starts_at", dt.datetime, "Starts", "Mulai", parse=Parser.MOMENT, required=True, width=17,
        headers=(
            "starts at", "start", "starts", "start time", "date time", "appointment",
            "appointment time", "waktu", "jadwal", "waktu mulai", "tanggal jam", "mulai",
            "janji temu", "masa mula",
        ),
        part_headers={
            "date": (
                "date", "appointment date", "tanggal", "tanggal jadwal", "hari tanggal", "tarikh",
                "tarikh janji temu",
            ),
            "time": (
                "time", "jam", "pukul", "jam mulai", "masa",
            ),
        },
    ),
    Field(
        "capacity", int, "Capacity", "Kapasitas", parse=Parser.COUNT, required=True,
        maximum=100_000, width=9,
        headers=(
            "capacity", "persons", "places", "seats", "kapasitas", "kuota", "jumlah orang",
            "kapasiti",
        ),
    ),
    Field(
        "ready_after_hours", float, "Ready after (hours)", "Siap setelah (jam)",
        parse=Parser.HOURS, default=DEFAULT_READY_AFTER_HOURS, maximum=24 * 365, width=11,
        headers=(
            "ready after hours", "ready after", "hours to ready", "ready in hours",
            "processing hours", "siap setelah jam", "jam siap", "lama proses jam", "lama proses",
            "siap setelah", "sedia selepas jam",
        ),
    ),
    Field(
        "location", str, "Location", "Lokasi", parse=Parser.TEXT, max_length=200, width=30,
        headers=(
            "location", "place", "venue", "office", "lokasi", "tempat", "kantor", "lokasi",
            "tempat",
        ),
    ),
), ())

#: Every kind of record, by its name.
RECORDS: dict[str, FieldSet] = {s.record: s for s in (PERSON, FLIGHT, SHELTER, SLOT)}


def find(name: str) -> Field | None:
    """The field of that name, looking in persons, flights, shelters and slots in turn."""
    for record in RECORDS.values():
        if name in record:
            return record[name]
    return None


def translated_labels(language: str) -> dict[str, str]:
    """English label -> label in ``language``, for every field and every code's words (the
    desktop program's translator of field labels, ``ui.i18n.FieldLabelTranslator``)."""
    found = {entry.label_en: entry.label(language)
             for record in RECORDS.values() for entry in record}
    found.update({english: indonesian if language == "id" else english
                  for record in RECORDS.values() for entry in record
                  for _code, english, indonesian in entry.choice_words})
    return found
