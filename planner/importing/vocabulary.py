"""The words officers and ministries use, in English and Indonesian.

Headers are listed as people write them; ``headers.header_key`` folds each one (case,
punctuation, abbreviations, word order), so ``Tgl. Lahir``, ``TANGGAL LAHIR`` and
``Lahir, Tanggal`` are the same key. Value words are folded by ``values.fold`` (lower
case, punctuation as spaces).
"""

from __future__ import annotations

# --- headers, per kind of record --------------------------------------------------------

PERSON_HEADERS: dict[str, tuple[str, ...]] = {
    "case_no": (
        "case no", "case number", "case id", "case", "case ref", "case reference",
        "registration no", "registration", "reg no", "reference no", "ref no",
        "no kasus", "kasus", "no registrasi", "registrasi", "no reg", "id kasus", "kode kasus",
        "no agenda", "no register",
    ),
    "household": (
        "household", "household id", "household no", "household code", "family", "family id",
        "family no", "family code", "group", "group no", "group id", "travel group",
        "keluarga", "no keluarga", "id keluarga", "kode keluarga", "kelompok", "no kelompok",
        "kk", "no kk", "rombongan", "grup", "id grup",
    ),
    "full_name": (
        "full name", "name", "names", "passenger name", "name as in passport", "person",
        "nama", "nama lengkap", "nama wni", "nama pmi", "nama sesuai paspor", "nama penumpang",
        "nama korban", "nama orang",
    ),
    "sex": (
        "sex", "gender", "m f", "jenis kelamin", "jk", "kelamin", "l p", "lp", "gender l p",
        "jenis kelamin l p", "sex m f",
    ),
    "date_of_birth": (
        "date of birth", "birth date", "dob", "born", "birthday", "date born",
        "tanggal lahir", "lahir", "tempat tanggal lahir", "ttl", "tempat lahir tanggal lahir",
        "place and date of birth", "place date of birth",
    ),
    "nationality": (
        "nationality", "citizenship", "country", "kewarganegaraan", "warga negara",
        "kebangsaan", "negara",
    ),
    "passport_no": (
        "passport", "passport no", "passport number", "passport id", "travel document no",
        "paspor", "no paspor", "passpor", "no passpor", "no passport", "nomor dokumen",
        "no dokumen", "no dokumen perjalanan",
    ),
    "document_status": (
        "document status", "passport status", "document", "documents", "doc status", "status doc",
        "status dokumen", "status paspor", "dokumen", "keterangan paspor", "kondisi paspor",
        "status dokumen perjalanan",
    ),
    "phone": (
        "phone", "phone no", "telephone", "tel", "tel no", "mobile", "mobile no", "contact",
        "contact no", "whatsapp", "wa", "no wa", "hp", "no hp", "telepon", "no telepon", "telp",
        "no telp", "handphone", "kontak", "no kontak", "no hp wa",
    ),
    "destinations": (
        "destinations", "destination", "destination airports", "destination airport",
        "arrival airport", "arrival airports", "airport", "airports", "going to",
        "tujuan", "kota tujuan", "bandara tujuan", "tujuan kepulangan", "daerah tujuan",
        "bandara", "tujuan pulang",
    ),
    "available_from": (
        "available from", "available", "available since", "in care from", "in care since",
        "arrival date", "date arrived", "arrived", "tanggal tiba", "tiba", "tanggal masuk",
        "tanggal diterima", "tersedia sejak", "tersedia", "tanggal kedatangan",
    ),
    "cleared_from": (
        "cleared from", "cleared", "clearance", "clearance date", "cleared on", "exit clearance",
        "may leave from", "tanggal izin keluar", "izin keluar", "tanggal clearance",
        "boleh pulang sejak", "izin pulang", "tanggal izin pulang",
    ),
    "needs_shelter": (
        "needs shelter", "shelter", "shelter needed", "need shelter", "needs accommodation",
        "butuh penampungan", "perlu penampungan", "penampungan", "butuh shelter",
        "perlu shelter",
    ),
    "medical": (
        "medical", "medical needs", "medical need", "medical condition", "sick", "ill",
        "medis", "sakit", "kondisi medis", "perlu perawatan", "perawatan medis", "kesehatan",
    ),
    "pregnant": ("pregnant", "pregnancy", "hamil", "sedang hamil"),
    "disability": (
        "disability", "disabled", "wheelchair", "disabilitas", "difabel", "kursi roda",
        "penyandang disabilitas", "cacat",
    ),
    "trafficking_victim": (
        "trafficking victim", "trafficking", "victim of trafficking", "human trafficking",
        "tppo", "korban tppo", "korban perdagangan orang", "perdagangan orang", "korban",
    ),
    "notes": (
        "notes", "note", "remarks", "remark", "comments", "comment", "catatan", "keterangan",
        "ket", "keterangan lain", "catatan lain",
    ),
}

FLIGHT_HEADERS: dict[str, tuple[str, ...]] = {
    "flight_no": (
        "flight no", "flight", "flight number", "flight code", "no penerbangan", "penerbangan",
        "kode penerbangan",
    ),
    "carrier": ("carrier", "airline", "operator", "maskapai", "maskapai penerbangan"),
    "origin": (
        "origin", "from", "departure airport", "origin airport", "asal", "bandara asal", "dari",
    ),
    "destination": (
        "destination", "to", "arrival airport", "destination airport", "tujuan",
        "bandara tujuan", "ke",
    ),
    "departs_at": (
        "departs at", "departure", "departs", "std", "etd", "departure date time",
        "departure datetime", "keberangkatan", "waktu keberangkatan", "jadwal keberangkatan",
        "jadwal berangkat", "berangkat", "tanggal jam berangkat", "waktu berangkat",
    ),
    "departs_at@date": (
        "departure date", "date", "flight date", "tanggal berangkat", "tanggal keberangkatan",
        "tanggal", "tanggal penerbangan",
    ),
    "departs_at@time": (
        "departure time", "time", "flight time", "jam berangkat", "jam keberangkatan", "jam",
        "pukul",
    ),
    "seats": (
        "seats", "seat", "seats available", "available seats", "capacity", "kursi",
        "jumlah kursi", "kapasitas", "kursi tersedia",
    ),
    "medical_capacity": (
        "medical capacity", "medical seats", "medical", "stretcher", "kapasitas medis",
        "kursi medis", "medis",
    ),
    "status": ("status", "flight status", "status penerbangan"),
}

SHELTER_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "shelter", "shelter name", "nama", "nama shelter", "nama penampungan",
        "penampungan", "tempat penampungan", "rumah aman",
    ),
    "beds": (
        "beds", "bed", "capacity", "beds per night", "tempat tidur", "jumlah tempat tidur",
        "kapasitas", "kasur", "jumlah kasur",
    ),
    "accepts": (
        "accepts", "accepts who", "for", "residents", "gender", "penghuni", "untuk", "khusus",
        "menerima", "peruntukan",
    ),
    "medical_care": (
        "medical care", "medical", "clinic", "perawatan medis", "medis", "fasilitas medis",
        "klinik",
    ),
    "open_from": (
        "open from", "opens", "opening date", "from", "buka", "buka sejak", "buka dari",
        "mulai", "tanggal buka",
    ),
    "open_until": (
        "open until", "closes", "closing date", "until", "tutup", "buka sampai", "sampai",
        "hingga", "tanggal tutup",
    ),
}

SLOT_HEADERS: dict[str, tuple[str, ...]] = {
    "slot_id": (
        "slot id", "slot", "slot no", "appointment id", "id", "kode jadwal", "id jadwal",
        "kode slot", "no slot",
    ),
    "starts_at": (
        "starts at", "start", "starts", "start time", "date time", "appointment",
        "appointment time", "waktu", "jadwal", "waktu mulai", "tanggal jam", "mulai",
    ),
    "starts_at@date": ("date", "appointment date", "tanggal", "tanggal jadwal", "hari tanggal"),
    "starts_at@time": ("time", "jam", "pukul", "jam mulai"),
    "capacity": (
        "capacity", "persons", "places", "seats", "kapasitas", "kuota", "jumlah orang",
    ),
    "ready_after_hours": (
        "ready after hours", "ready after", "hours to ready", "ready in hours",
        "processing hours", "siap setelah jam", "jam siap", "lama proses jam", "lama proses",
        "siap setelah",
    ),
    "location": ("location", "place", "venue", "office", "lokasi", "tempat", "kantor"),
}

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
    "kel": "keluarga", "klg": "keluarga",
    "dokument": "dokumen", "doc": "document",
    "dt": "date", "nat": "nationality",
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
    ("sita", "confiscated"), ("ditahan", "confiscated"), ("diambil", "confiscated"),
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

#: Arrival cities written instead of their airport's code (folded).
AIRPORT_BY_CITY: dict[str, str] = {
    "jakarta": "CGK", "soekarno hatta": "CGK", "tangerang": "CGK", "surabaya": "SUB",
    "medan": "KNO", "kualanamu": "KNO", "makassar": "UPG", "ujung pandang": "UPG",
    "denpasar": "DPS", "bali": "DPS", "batam": "BTH", "padang": "PDG", "yogyakarta": "YIA",
    "jogja": "YIA", "jogjakarta": "YIA", "semarang": "SRG", "solo": "SOC", "surakarta": "SOC",
    "bandung": "BDO", "palembang": "PLM", "pekanbaru": "PKU", "pontianak": "PNK",
    "balikpapan": "BPN", "manado": "MDC", "lombok": "LOP", "mataram": "LOP", "kupang": "KOE",
    "banjarmasin": "BDJ", "lampung": "TKG", "bandar lampung": "TKG", "jambi": "DJB",
    "banda aceh": "BTJ", "aceh": "BTJ", "ambon": "AMQ", "jayapura": "DJJ",
    "phnom penh": "PNH", "siem reap": "SAI",
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
