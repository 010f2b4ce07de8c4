"""The words officers and ministries use, in English and Indonesian.

Header words of the fields are listed, as people write them, in ``planner.fields``; ``headers.header_key`` folds each one (case,
punctuation, abbreviations, word order), so ``Tgl. Lahir``, ``TANGGAL LAHIR`` and
``Lahir, Tanggal`` are the same key. Value words are folded by ``values.fold`` (lower
case, punctuation as spaces).
"""

from __future__ import annotations

from planner.travel_documents import TRAVEL_DOCUMENT_WORDS, names_travel_document  # noqa: F401 (re-exported)

# --- headers ---------------------------------------------------------------------------
# The header words of each field are in its entry of the field registry (``planner.fields``,
# ``Field.headers``); the words below recognise sheets and fold headers.

#: Sheet names that say what a sheet holds (folded).
SHEET_NAME_HINTS: dict[str, tuple[str, ...]] = {
    "persons": (
        "persons", "people", "roster", "passengers", "citizens", "nationals", "wni", "pmi",
        "daftar wni", "data wni", "peserta", "penumpang", "orang", "korban", "daftar nama",
    ),
    "flights": ("flights", "flight", "penerbangan", "jadwal penerbangan"),
    "shelters": ("shelters", "shelter", "penampungan", "tempat penampungan", "rumah aman"),
    "slots": (
        "document slots", "slots", "appointments", "splp", "jadwal splp", "janji temu",
        "jadwal dokumen", "etd",
    ),
}

#: Words in a header that carry no meaning for recognising it (folded).
NOISE_WORDS = frozenset({
    "of", "the", "a", "an", "yang", "di", "wni", "pmi", "required", "wajib", "optional",
    "opsional", "please", "mohon",
})

#: Abbreviations and spellings folded onto one word before comparing headers.
HEADER_WORD_ALIASES: dict[str, str] = {
    "no": "no", "nomor": "no", "nomer": "no", "number": "no", "num": "no", "nr": "no",
    "nbr": "no", "nmr": "no", "#": "no",
    "tgl": "tanggal", "tang": "tanggal", "tggl": "tanggal",
    "tlp": "telp", "tlpn": "telp", "telpon": "telepon",
    "ph": "phone", "mob": "mobile",
    "pasport": "paspor", "pasp": "paspor", "psp": "paspor",
    "ket": "keterangan", "kel": "keluarga", "klg": "keluarga", "klp": "kelompok", "kelp": "kelompok",
    "dokument": "dokumen", "doc": "document",
    "dt": "date", "nat": "nationality",
    # Malay spellings of the same words
    "tarikh": "tanggal", "nombor": "no", "bil": "no", "telefon": "telepon",
}

# --- values -----------------------------------------------------------------------------

SEX_WORDS: dict[str, str] = {
    **dict.fromkeys(("m", "male", "man", "l", "lk", "laki", "laki laki", "lakilaki", "lelaki",
                     "pria", "cowok", "lk lk", "laki2"), "M"),
    **dict.fromkeys(("f", "female", "woman", "p", "pr", "perempuan", "wanita", "w", "cewek",
                     "prp", "pere"), "F"),
}

YES_WORDS = frozenset({
    "yes", "y", "ya", "iya", "true", "1", "x", "v", "ok", "benar", "betul", "ada", "perlu",
    "butuh", "\u2713", "\u2714", "yes please",
})
NO_WORDS = frozenset({
    "no", "n", "tidak", "tdk", "tak", "false", "0", "bukan", "tidak ada", "tidak perlu",
    "tidak butuh", "none", "nope", "enggak", "gak", "nggak",
})

#: Whole cells that, in a yes/no column describing a condition, say the person does not
#: have it (folded), per field: a health column ("Kondisi Kesehatan") says "sehat" for
#: the well, as it says "diabetes" for the sick. "tidak sehat" starts with a no word
#: and is not listed: it is refused rather than read as either.
FLAG_ABSENT_WORDS: dict[str, frozenset[str]] = {
    "medical": frozenset({
        "sehat", "sehat walafiat", "kondisi sehat", "kondisi baik", "baik", "baik baik saja",
        "normal", "healthy", "well", "fit", "good", "in good health", "tidak ada keluhan",
        "no complaints", "sihat",
    }),
}

DOCUMENT_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("valid", "berlaku", "ada", "masih berlaku", "aktif", "ok", "baik",
                     "passport valid", "paspor ada", "paspor berlaku"), "valid"),
    **dict.fromkeys(("expired", "kedaluwarsa", "kadaluarsa", "kadaluwarsa", "kedaluarsa",
                     "habis", "habis berlaku", "mati", "tidak berlaku", "sudah habis"),
                    "expired"),
    **dict.fromkeys(("missing", "none", "no passport", "tidak ada", "tidak punya", "belum ada",
                     "tanpa paspor", "tidak ada paspor", "nihil", "no document", "kosong",
                     "belum punya"), "missing"),
    **dict.fromkeys(("lost", "hilang", "stolen", "dicuri", "paspor hilang"), "lost"),
    **dict.fromkeys(("confiscated", "disita", "ditahan", "diambil", "withheld", "seized",
                     "ditahan perusahaan", "disita perusahaan", "ditahan majikan",
                     "diambil perusahaan", "held by employer"), "confiscated"),
}
#: Words searched for inside a longer description, in this order.
DOCUMENT_STATUS_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("sita", "confiscated"), ("disita", "confiscated"), ("ditahan", "confiscated"), ("diambil", "confiscated"),
    ("confiscat", "confiscated"), ("withheld", "confiscated"), ("seiz", "confiscated"),
    ("hilang", "lost"), ("lost", "lost"), ("stolen", "lost"), ("dicuri", "lost"),
    ("kadaluarsa", "expired"), ("kedaluwarsa", "expired"), ("kadaluwarsa", "expired"),
    ("expired", "expired"), ("habis", "expired"), ("tidak berlaku", "expired"),
    ("tidak ada", "missing"), ("tidak punya", "missing"), ("tanpa", "missing"),
    ("belum", "missing"), ("missing", "missing"), ("no passport", "missing"),
    ("valid", "valid"), ("berlaku", "valid"),
)

ACCEPTS_WORDS: dict[str, str] = {
    **dict.fromkeys(("any", "all", "anyone", "everyone", "mixed", "semua", "campur", "umum",
                     "siapa saja", "bebas"), "any"),
    **dict.fromkeys(("women_children", "women children", "women and children", "women",
                     "female", "females", "families", "perempuan dan anak", "wanita dan anak",
                     "perempuan anak", "wanita anak", "ibu dan anak", "perempuan", "wanita",
                     "women and kids"), "women_children"),
    **dict.fromkeys(("men", "man", "male", "males", "pria", "laki laki", "lakilaki", "lelaki",
                     "men only", "khusus pria", "khusus laki laki"), "men"),
}

FLIGHT_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("planned", "plan", "scheduled", "direncanakan", "rencana", "terjadwal",
                     "tentative"), "planned"),
    **dict.fromkeys(("confirmed", "confirm", "ok", "dikonfirmasi", "terkonfirmasi", "pasti",
                     "fixed"), "confirmed"),
    **dict.fromkeys(("cancelled", "canceled", "cancel", "batal", "dibatalkan", "cnl"),
                    "cancelled"),
    **dict.fromkeys(("departed", "flown", "left", "berangkat", "sudah berangkat", "terbang"),
                    "departed"),
}

#: A person's movement status (SPEC 8.1): the codes, their spaced forms and Indonesian, and
#: every word the program shows for one (planner.fields, the situation report's words).
PERSON_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(("registered", "terdaftar", "waiting", "menunggu"), "registered"),
    **dict.fromkeys(("called", "dipanggil", "sudah dipanggil"), "called"),
    **dict.fromkeys(("checked_in", "checked in", "checkedin", "check in", "sudah check in",
                     "lapor diri", "sudah lapor diri", "sudah lapor"), "checked_in"),
    **dict.fromkeys(("no_show", "no show", "noshow", "tidak hadir"), "no_show"),
    **dict.fromkeys(("flown", "terbang", "sudah terbang", "diterbangkan"), "flown"),
    **dict.fromkeys(("arrived", "tiba", "sudah tiba", "diserahterimakan"), "arrived"),
    **dict.fromkeys(("self_departed", "self departed", "selfdeparted", "pulang sendiri",
                     "pulang mandiri", "left by own means"), "self_departed"),
    **dict.fromkeys(("withdrawn", "mengundurkan diri", "batal pulang"), "withdrawn"),
    **dict.fromkeys(("missing", "hilang", "kabur", "tidak diketahui", "whereabouts unknown",
                     "tidak diketahui keberadaannya"), "missing"),
}

NATIONALITY_WORDS: dict[str, str] = {
    **dict.fromkeys(("indonesia", "indonesian", "wni", "id", "ri", "warga negara indonesia",
                     "republik indonesia"), "IDN"),
    **dict.fromkeys(("malaysia", "malaysian", "my"), "MYS"),
    **dict.fromkeys(("cambodia", "cambodian", "kamboja", "kh"), "KHM"),
    **dict.fromkeys(("philippines", "filipino", "filipina", "ph"), "PHL"),
    **dict.fromkeys(("vietnam", "viet nam", "vietnamese", "vn"), "VNM"),
    **dict.fromkeys(("thailand", "thai", "th"), "THA"),
    **dict.fromkeys(("myanmar", "burma", "mm"), "MMR"),
    **dict.fromkeys(("laos", "lao", "la"), "LAO"),
    **dict.fromkeys(("timor leste", "east timor", "tl"), "TLS"),
    **dict.fromkeys(("china", "chinese", "tiongkok", "cn"), "CHN"),
    **dict.fromkeys(("singapore", "singapura", "sg"), "SGP"),
}

MONTHS: dict[str, int] = {
    **dict.fromkeys(("january", "januari", "jan"), 1),
    **dict.fromkeys(("february", "februari", "pebruari", "feb", "peb"), 2),
    **dict.fromkeys(("march", "maret", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("may", "mei"), 5),
    **dict.fromkeys(("june", "juni", "jun"), 6),
    **dict.fromkeys(("july", "juli", "jul"), 7),
    **dict.fromkeys(("august", "agustus", "aug", "agu", "agt", "ags", "agust"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("october", "oktober", "oct", "okt"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("december", "desember", "dec", "des"), 12),
}

#: What people type for "nothing here" (folded, plus a few raw forms).
BLANK_WORDS = frozenset({
    "-", "--", "---", "/", ".", "n/a", "n a", "na", "nil", "nihil", "none", "null",
    "tidak ada", "kosong", "belum ada", "tba", "tbc",
})

#: First words of a totals line under a table (folded).
TOTAL_WORDS = ("total", "jumlah", "grand total", "sub total", "subtotal", "totals", "sum")

# --- headers of columns that are no field -----------------------------------------------

#: Columns rosters carry that fill no field of SPEC 2.1 (folded as headers are), by what
#: they hold. A column so named is reported with that description and is never given a
#: field because of what its cells look like.
OTHER_PERSON_HEADERS: dict[str, tuple[str, ...]] = {
    "row numbers": ("no", "no urut", "urut", "serial no", "sl no", "s no", "sr no", "index",
                    "row", "row no", "baris"),
    "ages": ("age", "umur", "usia", "age years", "umur tahun", "usia tahun", "age in years"),
    "addresses": ("address", "alamat", "home address", "alamat rumah", "alamat asal",
                  "alamat di indonesia", "alamat lengkap", "domisili"),
    "places of birth": ("place of birth", "birthplace", "tempat lahir", "tempat kelahiran",
                        "pob"),
    "home regions": ("origin", "asal", "daerah asal", "kota asal", "kabupaten", "kab kota",
                     "provinsi", "province", "kecamatan", "desa", "kelurahan", "hometown",
                     "home town", "negeri", "state", "region", "negara asal"),
    "religions": ("religion", "agama"),
    "occupations": ("occupation", "job", "pekerjaan", "profesi", "jabatan",
                    "pekerjaan terakhir", "pekerjaan di luar negeri"),
    "employers": ("employer", "company", "perusahaan", "nama perusahaan", "majikan", "agency",
                  "agen", "agensi", "sponsor", "compound", "lokasi kerja", "tempat kerja"),
    "relatives": ("father", "mother", "nama ayah", "nama ibu", "nama ibu kandung", "ayah",
                  "next of kin", "ahli waris", "wali", "guardian", "hubungan keluarga",
                  "status dalam keluarga", "hubungan", "relationship", "relation",
                  "kepala keluarga", "head of family", "head of household"),
    "identity card numbers": ("nik", "ktp", "no ktp", "nik ktp", "id card", "national id",
                              "no kp", "no ic", "mykad", "no kad pengenalan"),
    "education": ("education", "pendidikan", "pendidikan terakhir"),
    "marital status": ("marital status", "status perkawinan", "status pernikahan",
                       "perkawinan", "status kawin"),
    "e-mail addresses": ("email", "e mail", "surel", "email address"),
    "photos": ("photo", "foto", "pas foto"),
    "other names": ("nama panggilan", "panggilan", "alias", "nickname", "nama alias", "aka",
                    "other names", "nama lain"),
    "the rejects workbook's own columns": ("problem", "source sheet", "source row"),
}

#: Single words that make a header one of ``OTHER_PERSON_HEADERS`` wherever they stand
#: (``Umur (th)``, ``Alamat di Indonesia``, ``Nama Ayah``): they never name a field.
OTHER_PERSON_HEADER_WORDS: dict[str, str] = {
    **dict.fromkeys(("umur", "usia", "age"), "ages"),
    **dict.fromkeys(("alamat", "address", "domisili"), "addresses"),
    **dict.fromkeys(("agama", "religion"), "religions"),
    **dict.fromkeys(("pekerjaan", "occupation", "profesi", "jabatan"), "occupations"),
    **dict.fromkeys(("perusahaan", "company", "employer", "majikan", "agensi", "agency",
                     "sponsor"), "employers"),
    **dict.fromkeys(("ayah", "father", "mother", "wali", "guardian"), "relatives"),
    **dict.fromkeys(("nik", "ktp", "mykad"), "identity card numbers"),
    **dict.fromkeys(("pendidikan", "education"), "education"),
    **dict.fromkeys(("perkawinan", "pernikahan", "marital"), "marital status"),
    **dict.fromkeys(("email", "surel"), "e-mail addresses"),
    **dict.fromkeys(("foto", "photo"), "photos"),
    **dict.fromkeys(("panggilan", "nickname", "alias"), "other names"),
    **dict.fromkeys(("provinsi", "province", "kabupaten", "kecamatan", "kelurahan", "desa",
                     "hometown"), "home regions"),
}

#: Header words too common to name a field alone ("Tanggal ...", "... No", "Status ...").
GENERIC_HEADER_WORDS = frozenset({
    "no", "tanggal", "date", "status", "id", "code", "kode", "data", "jam", "time", "waktu",
    "info", "list", "daftar", "type", "jenis", "detail", "details", "nilai", "value",
})

#: Header words that only join others ("ready *to* travel", "siap *untuk* pulang", "Y/T").
LINKING_HEADER_WORDS = frozenset({
    "to", "from", "for", "in", "on", "at", "and", "or", "per", "as", "by", "with", "if",
    "is", "dan", "atau", "untuk", "sejak", "dari", "ke", "dengan", "pada", "dalam", "oleh",
    "y", "n", "t", "ya", "tidak", "yes", "l", "p", "m", "f", "dd", "mm", "yyyy", "yy",
    "bb", "tt", "thn", "bln",
})
