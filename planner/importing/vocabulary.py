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
        "file no", "file number", "case file", "case code", "embassy ref", "embassy reference",
        "registration id", "registration number", "reg id", "reference", "ref", "no berkas",
        "berkas", "no induk", "no pendaftaran", "pendaftaran", "kode registrasi",
        "id registrasi", "no kes", "nombor kes", "kes", "id kes", "no rujukan", "rujukan",
        "no fail",
    ),
    "household": (
        "household", "household id", "household no", "household code", "family", "family id",
        "family no", "family code", "group", "group no", "group id", "travel group",
        "keluarga", "no keluarga", "id keluarga", "kode keluarga", "kelompok", "no kelompok",
        "kk", "no kk", "rombongan", "grup", "id grup",
        "family group", "family ref", "family unit", "family number", "group ref", "group code",
        "travel party", "party", "party no", "hh", "hh id", "hh no", "household ref",
        "household number", "travel group id", "travel group no", "kelompok keluarga",
        "kode rombongan", "no rombongan", "id rombongan", "kartu keluarga", "no kartu keluarga",
        "grup keluarga", "grup perjalanan", "kelompok perjalanan", "satu keluarga",
        "induk keluarga", "isi rumah", "no isi rumah", "kumpulan",
        "no kumpulan", "kumpulan keluarga",
    ),
    "full_name": (
        "full name", "name", "names", "passenger name", "name as in passport", "person",
        "nama", "nama lengkap", "nama wni", "nama pmi", "nama sesuai paspor", "nama penumpang",
        "nama korban", "nama orang",
        "full names", "surname and given names", "given names and surname", "name of citizen",
        "citizen name", "passenger names", "traveller", "traveller name", "traveler",
        "traveler name", "applicant", "applicant name", "victim name", "nama sesuai passpor",
        "nama peserta", "nama pemohon", "nama calon penumpang", "nama pekerja migran",
        "nama penuh", "nama seperti dalam pasport", "nama mangsa",
    ),
    "sex": (
        "sex", "gender", "m f", "jenis kelamin", "jk", "kelamin", "l p", "lp", "gender l p",
        "jenis kelamin l p", "sex m f",
        "male female", "sex l p", "jns kelamin", "jenis kelamin l p", "jantina", "jantina l p",
        "jantina lelaki perempuan", "seks", "kelamin l p",
    ),
    "date_of_birth": (
        "date of birth", "birth date", "dob", "born", "birthday", "date born",
        "tanggal lahir", "lahir", "tempat tanggal lahir", "ttl", "tempat lahir tanggal lahir",
        "place and date of birth", "place date of birth",
        "birthdate", "date of birth dd mm yyyy", "d o b", "birth", "tanggal kelahiran",
        "kelahiran", "tempat dan tanggal lahir", "lahir tanggal", "tanggal bulan tahun lahir",
        "tarikh lahir", "tarikh kelahiran",
    ),
    "nationality": (
        "nationality", "citizenship", "country", "kewarganegaraan", "warga negara",
        "kebangsaan", "negara",
        "citizen of", "nation", "national of", "warganegara", "kerakyatan", "bangsa",
    ),
    "passport_no": (
        "passport", "passport no", "passport number", "passport id", "travel document no",
        "paspor", "no paspor", "passpor", "no passpor", "no passport", "nomor dokumen",
        "no dokumen", "no dokumen perjalanan",
        "passport nr", "ppt no", "ppt", "pp no", "passport etd no", "document number",
        "travel document", "travel document number", "nomor paspor", "no paspor splp",
        "paspor splp", "no pasport", "nombor pasport",
    ),
    "document_status": (
        "document status", "passport status", "document", "documents", "doc status", "status doc",
        "status dokumen", "status paspor", "dokumen", "keterangan paspor", "kondisi paspor",
        "status dokumen perjalanan",
        "passport condition", "passport remarks", "passport held", "passport available",
        "has passport", "documents held", "document condition", "travel document status",
        "status paspor dokumen", "paspor ada tidak", "ada paspor", "punya paspor",
        "keberadaan paspor", "posisi paspor", "paspor ditahan", "keadaan pasport",
        "status pasport",
    ),
    "phone": (
        "phone", "phone no", "telephone", "tel", "tel no", "mobile", "mobile no", "contact",
        "contact no", "whatsapp", "wa", "no wa", "hp", "no hp", "telepon", "no telepon", "telp",
        "no telp", "handphone", "kontak", "no kontak", "no hp wa",
        "phone number", "contact number", "mobile number", "cell", "cell phone", "cellphone",
        "hp no", "whatsapp no", "wa no", "telephone no", "tel number", "contact phone",
        "nomor telepon", "no whatsapp", "kontak wa", "hp wa", "no telp hp", "telepon seluler",
        "ponsel", "no ponsel", "no telefon", "telefon", "nombor telefon", "telefon bimbit",
        "no telefon bimbit", "bimbit",
    ),
    "destinations": (
        "destinations", "destination", "destination airports", "destination airport",
        "arrival airport", "arrival airports", "airport", "airports", "going to",
        "tujuan", "kota tujuan", "bandara tujuan", "tujuan kepulangan", "daerah tujuan",
        "bandara", "tujuan pulang",
        "destination city", "home airport", "arrival city", "final destination",
        "going home to", "return to", "fly to", "airport of arrival", "preferred airport",
        "preferred destination", "destination preference", "tujuan kota", "kota tujuan pulang",
        "bandara kedatangan", "bandara tujuan pulang", "daerah kepulangan", "kepulangan",
        "kota kepulangan", "pulang ke", "tujuan akhir", "debarkasi", "destinasi",
        "lapangan terbang destinasi", "lapangan terbang", "bandar tujuan", "destinasi pulang",
    ),
    "available_from": (
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
        "tarikh sedia", "sedia", "tarikh tersedia", "sedia untuk pulang", "tarikh sedia pulang",
        "tarikh sampai", "tarikh tiba",
    ),
    "cleared_from": (
        "cleared from", "cleared", "clearance", "clearance date", "cleared on", "exit clearance",
        "may leave from", "tanggal izin keluar", "izin keluar", "tanggal clearance",
        "boleh pulang sejak", "izin pulang", "tanggal izin pulang",
        "exit permit", "exit permit date", "immigration clearance", "police clearance",
        "clearance from", "may leave", "allowed to leave", "permitted to leave", "date cleared",
        "cleared to leave", "release date", "izin keluar imigrasi", "clearance imigrasi",
        "imigrasi", "tanggal izin", "surat izin keluar", "tanggal deportasi", "deportasi",
        "izin polisi", "clearance polisi", "tanggal bebas", "tarikh pelepasan", "pelepasan",
        "kelulusan keluar", "tarikh kelulusan", "pelepasan imigresen", "imigresen",
    ),
    "needs_shelter": (
        "needs shelter", "shelter", "shelter needed", "need shelter", "needs accommodation",
        "butuh penampungan", "perlu penampungan", "penampungan", "butuh shelter",
        "perlu shelter",
        "needs housing", "needs a bed", "bed needed", "accommodation", "accommodation needed",
        "housing", "butuh tempat tinggal", "perlu tempat tinggal", "tinggal di shelter",
        "perlu tempat perlindungan", "tempat perlindungan", "perlindungan",
        "perlu perlindungan",
    ),
    "medical": (
        "medical", "medical needs", "medical need", "medical condition", "sick", "ill",
        "medis", "sakit", "kondisi medis", "perlu perawatan", "perawatan medis", "kesehatan",
        "medical case", "health", "health condition", "illness", "sickness",
        "needs medical care", "medical attention", "patient", "riwayat penyakit", "penyakit",
        "kondisi kesehatan", "perlu medis", "butuh perawatan", "pasien", "perubatan",
        "keadaan perubatan", "rawatan", "perlu rawatan", "kesihatan",
    ),
    "pregnant": ("pregnant", "pregnancy", "hamil", "sedang hamil", "pregnancy status", "expecting", "is pregnant", "pregnant woman", "kehamilan", "bumil", "ibu hamil", "mengandung"),
    "disability": (
        "disability", "disabled", "wheelchair", "disabilitas", "difabel", "kursi roda",
        "penyandang disabilitas", "cacat",
        "disabilities", "handicap", "handicapped", "reduced mobility", "wheelchair needed",
        "wchr", "impairment", "berkebutuhan khusus", "penyandang cacat", "oku",
        "orang kurang upaya", "kurang upaya", "kerusi roda",
    ),
    "trafficking_victim": (
        "trafficking victim", "trafficking", "victim of trafficking", "human trafficking",
        "tppo", "korban tppo", "korban perdagangan orang", "perdagangan orang", "korban",
        "tip victim", "victim of human trafficking", "human trafficking victim", "trafficked",
        "trafficked person", "victim of trafficking in persons", "trafficking case",
        "korban perdagangan manusia", "perdagangan manusia", "indikasi tppo",
        "terindikasi tppo", "korban tindak pidana perdagangan orang",
        "mangsa pemerdagangan orang", "pemerdagangan orang", "mangsa pemerdagangan",
        "pemerdagangan manusia", "atipsom", "mangsa atipsom",
    ),
    "notes": (
        "notes", "note", "remarks", "remark", "comments", "comment", "catatan", "keterangan",
        "ket", "keterangan lain", "catatan lain",
        "other info", "other information", "additional information", "information", "info",
        "details", "description", "observations", "misc", "keterangan tambahan", "informasi",
        "catatan khusus", "lain lain", "nota", "ulasan",
    ),
}

FLIGHT_HEADERS: dict[str, tuple[str, ...]] = {
    "flight_no": (
        "flight no", "flight", "flight number", "flight code", "no penerbangan", "penerbangan",
        "kode penerbangan",
        "flight nr", "flt", "flt no", "flight id", "nomor penerbangan", "no pesawat",
        "nombor penerbangan",
    ),
    "carrier": ("carrier", "airline", "operator", "maskapai", "maskapai penerbangan", "airlines", "airline name", "carrier name", "syarikat penerbangan"),
    "origin": (
        "origin", "from", "departure airport", "origin airport", "asal", "bandara asal", "dari",
        "dep airport", "departure station", "from airport", "berangkat dari",
        "bandara keberangkatan", "lapangan terbang berlepas", "asal penerbangan",
    ),
    "destination": (
        "destination", "to", "arrival airport", "destination airport", "tujuan",
        "bandara tujuan", "ke",
        "arr airport", "arrival station", "to airport", "tiba di", "lapangan terbang ketibaan",
        "destinasi",
    ),
    "departs_at": (
        "departs at", "departure", "departs", "std", "etd", "departure date time",
        "departure datetime", "keberangkatan", "waktu keberangkatan", "jadwal keberangkatan",
        "jadwal berangkat", "berangkat", "tanggal jam berangkat", "waktu berangkat",
        "departure date and time", "etd local", "std local", "tarikh dan masa berlepas",
        "berlepas", "masa berlepas tarikh",
    ),
    "departs_at@date": (
        "departure date", "date", "flight date", "tanggal berangkat", "tanggal keberangkatan",
        "tanggal", "tanggal penerbangan",
        "dep date", "flight day", "tarikh berlepas", "tarikh penerbangan", "tarikh",
    ),
    "departs_at@time": (
        "departure time", "time", "flight time", "jam berangkat", "jam keberangkatan", "jam",
        "pukul",
        "dep time", "masa berlepas", "masa",
    ),
    "seats": (
        "seats", "seat", "seats available", "available seats", "capacity", "kursi",
        "jumlah kursi", "kapasitas", "kursi tersedia",
        "pax", "allocated seats", "seat allocation", "kuota kursi", "tempat duduk",
        "bilangan tempat duduk", "kapasiti",
    ),
    "medical_capacity": (
        "medical capacity", "medical seats", "medical", "stretcher", "kapasitas medis",
        "kursi medis", "medis",
        "medical pax", "stretcher capacity", "kapasiti perubatan", "tempat duduk perubatan",
    ),
    "status": ("status", "flight status", "status penerbangan"),
}

SHELTER_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "shelter", "shelter name", "nama", "nama shelter", "nama penampungan",
        "penampungan", "tempat penampungan", "rumah aman",
        "rumah perlindungan", "tempat perlindungan", "nama tempat perlindungan",
    ),
    "beds": (
        "beds", "bed", "capacity", "beds per night", "tempat tidur", "jumlah tempat tidur",
        "kapasitas", "kasur", "jumlah kasur",
        "katil", "bilangan katil", "kapasiti",
    ),
    "accepts": (
        "accepts", "accepts who", "for", "residents", "gender", "penghuni", "untuk", "khusus",
        "menerima", "peruntukan",
    ),
    "medical_care": (
        "medical care", "medical", "clinic", "perawatan medis", "medis", "fasilitas medis",
        "klinik",
        "kemudahan perubatan", "perubatan",
    ),
    "open_from": (
        "open from", "opens", "opening date", "from", "buka", "buka sejak", "buka dari",
        "mulai", "tanggal buka",
        "dibuka dari", "tarikh buka",
    ),
    "open_until": (
        "open until", "closes", "closing date", "until", "tutup", "buka sampai", "sampai",
        "hingga", "tanggal tutup",
        "ditutup", "tarikh tutup",
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
        "janji temu", "masa mula",
    ),
    "starts_at@date": ("date", "appointment date", "tanggal", "tanggal jadwal", "hari tanggal", "tarikh", "tarikh janji temu"),
    "starts_at@time": ("time", "jam", "pukul", "jam mulai", "masa"),
    "capacity": (
        "capacity", "persons", "places", "seats", "kapasitas", "kuota", "jumlah orang",
        "kapasiti",
    ),
    "ready_after_hours": (
        "ready after hours", "ready after", "hours to ready", "ready in hours",
        "processing hours", "siap setelah jam", "jam siap", "lama proses jam", "lama proses",
        "siap setelah",
        "sedia selepas jam",
    ),
    "location": ("location", "place", "venue", "office", "lokasi", "tempat", "kantor", "lokasi", "tempat"),
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
