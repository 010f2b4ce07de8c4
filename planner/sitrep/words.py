"""The situation report's words in English and Indonesian.

The report is written by the command line too, where Qt (and its translation catalogue)
is not loaded, so its few dozen words are kept here in both languages, as the template's
instructions are (``planner.template``). The desktop program passes its current language.
"""

from __future__ import annotations

from planner.words.catalogue import thousands_text

LANGUAGES = ("en", "id")

#: English -> Indonesian.
INDONESIAN: dict[str, str] = {
    "Situation report": "Laporan situasi",
    "as of the end of {day}": "per akhir {day}",
    "plan in use: {plan}": "rencana yang berlaku: {plan}",
    "no plan published": "belum ada rencana yang diterbitkan",
    "Persons by status": "Orang menurut status",
    "Status": "Status",
    "Persons": "Orang",
    "In care": "Dalam penanganan",
    "registered": "terdaftar",
    "called": "dipanggil",
    "checked_in": "sudah lapor diri",
    "no_show": "tidak hadir",
    "flown": "sudah terbang",
    "arrived": "sudah tiba",
    "self_departed": "pulang sendiri",
    "withdrawn": "mengundurkan diri",
    "missing": "hilang",
    "Shelters tonight": "Penampungan malam ini",
    "Shelter": "Penampungan",
    "Beds": "Tempat tidur",
    "Used": "Terpakai",
    "Free": "Kosong",
    "closed": "tutup",
    "Total": "Jumlah",
    "Without a bed tonight": "Tanpa tempat tidur malam ini",
    "of them placed in {shelter}, closed": "di antaranya ditempatkan di {shelter}, yang tutup",
    "Documents": "Dokumen",
    # The command line's last line.
    "Situation report of {day} ({plan}): {in_care} in care, {used} of {beds} used tonight, "
    "{without} without a bed{closed}, {flights} in the next 7 days; written to {path}":
        "Laporan situasi {day} ({plan}): {in_care} dalam penanganan, {used} dari {beds} "
        "terpakai malam ini, {without} tanpa tempat tidur{closed}, {flights} dalam 7 hari ke "
        "depan; ditulis ke {path}",
    "plan {plan}": "rencana {plan}",
    "no published plan": "belum ada rencana yang diterbitkan",
    " ({count} of them placed in a shelter closed that night)":
        " ({count} di antaranya ditempatkan di penampungan yang tutup malam itu)",
    "{count} person": "{count} orang",
    "{count} persons": "{count} orang",
    "{count} bed": "{count} tempat tidur",
    "{count} beds": "{count} tempat tidur",
    "{count} flight": "{count} penerbangan",
    "{count} flights": "{count} penerbangan",
    "{count} shelter": "{count} penampungan",
    "{count} shelters": "{count} penampungan",
    # The first page's totals when every shelter and flight is listed on the pages after.
    "All {shelters}": "Semua {shelters}",
    "Each shelter on the pages after": "Rincian per penampungan di halaman berikut",
    "Each flight on the pages after": "Rincian per penerbangan di halaman berikut",
    "Shelters full tonight": "Penampungan penuh malam ini",
    "Shelters closed tonight": "Penampungan tutup malam ini",
    "of them placed in a closed shelter": "di antaranya ditempatkan di penampungan yang tutup",
    "Flights of the next 7 days, by day": "Penerbangan 7 hari ke depan, per hari",
    "Flights": "Penerbangan",
    "(continued)": "(lanjutan)",
    "Page {page} of {pages}": "Halaman {page} dari {pages}",
    # The command line's note when no --date is given and today is outside the operation.
    "Reporting {day}, the operation's last day with activity: its dates ({first} to {last}) "
    "are all before today ({today}). Give --date for another day.":
        "Melaporkan {day}, hari terakhir operasi yang ada kegiatannya: semua tanggalnya "
        "({first} s.d. {last}) sebelum hari ini ({today}). Berikan --date untuk hari lain.",
    "Reporting today ({today}): the operation's dates ({first} to {last}) are all after it, "
    "and a report counts what has happened by the end of its day.":
        "Melaporkan hari ini ({today}): semua tanggal operasi ({first} s.d. {last}) sesudah "
        "hari ini, dan laporan menghitung apa yang sudah terjadi sampai akhir harinya.",
    # The command line's note when the plan of the day was published after the operation.
    "Plan {plan} was published on {published}, after every day of the operation, for a "
    "start on {start}: the report shows it as the plan of {day}.":
        "Rencana {plan} diterbitkan pada {published}, sesudah semua hari operasi, untuk "
        "mulai {start}: laporan menampilkannya sebagai rencana {day}.",
    "Issued": "Sudah terbit",
    "Waiting for a document": "Menunggu dokumen",
    "Slot places left {first} to {last}": "Sisa kuota jadwal {first} s.d. {last}",
    "Flights of the next 7 days": "Penerbangan 7 hari ke depan",
    "Flight": "Penerbangan",
    "To": "Tujuan",
    "Departs": "Berangkat",
    "Seats": "Kursi",
    "Seats booked": "Kursi dipesan",
    "Lap infants": "Bayi dipangku",
    "Checked in": "Lapor diri",
    "No-shows": "Tidak hadir",
    "No flight in these days": "Tidak ada penerbangan pada hari-hari ini",
    "Vulnerable groups in care": "Kelompok rentan dalam penanganan",
    "Medical": "Medis",
    "Pregnant": "Hamil",
    "Unaccompanied minors": "Anak tanpa pendamping",
    "Elderly": "Lansia",
    "By day": "Per hari",
    "Day": "Hari",
    "Entering care": "Masuk penanganan",
    "Departing": "Berangkat",
    "Waiting": "Menunggu",
    "Group": "Kelompok",
    "Figure": "Angka",
    "Shown as recorded today, not as on this day":
        "Seperti tercatat sekarang, bukan seperti pada hari itu",
    "Not kept as of this day": "Tidak tersimpan per hari itu",
    "Records": "Jumlah data",
    "flights changed since": "Penerbangan yang diubah sesudahnya",
    "shelters changed since": "Penampungan yang diubah sesudahnya",
    "slots changed since": "Jadwal dokumen yang diubah sesudahnya",
    "persons changed since": "Orang yang diubah sesudahnya",
    "Departures with no recorded day (on the flight's date)":
        "Keberangkatan tanpa tanggal tercatat (pada tanggal penerbangan)",
}


#: Codes whose English reads differently from the code.
ENGLISH: dict[str, str] = {
    "flights changed since": "Flights changed since",
    "shelters changed since": "Shelters changed since",
    "slots changed since": "Document slots changed since",
    "persons changed since": "Persons changed since",
    "checked_in": "checked in",
    "no_show": "no-show",
    "self_departed": "self-departed",
}


def words(language: str) -> dict[str, str]:
    """Every word of the report in ``language`` (``en`` or ``id``), keyed by its English."""
    if language == "id":
        return dict(INDONESIAN)
    return {english: ENGLISH.get(english, english) for english in INDONESIAN}


def number(value: int, language: str) -> str:
    """A whole number with its thousands marked as the language marks them (the
    catalogue's, as the command line and the manifests write them)."""
    return thousands_text(value, language)


def counted(said: dict[str, str], value: int, noun: str, language: str) -> str:
    """"1 flight", "46 flights" ("46 penerbangan") in the words ``said`` of ``language``."""
    return said["{count} " + noun + ("" if value == 1 else "s")].format(
        count=number(value, language))


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        from planner.errors import PlannerError

        raise PlannerError.of("report_language_unknown", language=language)
    return language
