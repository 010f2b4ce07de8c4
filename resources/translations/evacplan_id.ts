<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Changed by another officer</source>
        <translation>Diubah oleh petugas lain</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>The program met an internal error and could not finish what you asked. Your data is safe: the unfinished change was not saved.

Please copy the report below and send it to the people who support the program. It names only the program&apos;s code, never a person&apos;s data.</source>
        <translation>Program mengalami kesalahan internal dan tidak dapat menyelesaikan permintaan Anda. Data Anda aman: perubahan yang belum selesai tidak disimpan.

Mohon salin laporan di bawah ini dan kirimkan kepada tim pendukung program. Laporan hanya menyebut kode program, tidak pernah data seseorang.</translation>
    </message>
    <message>
        <source>The report was also saved in {file}.</source>
        <translation>Laporan juga disimpan di {file}.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Salin laporan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>These preferences belong to you on this computer; the operation&apos;s data and settings are shared in its database.</source>
        <translation>Preferensi ini milik Anda di komputer ini; data dan pengaturan operasi dibagikan melalui basis datanya.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Not saved: {flight} is not cancelled.</source>
        <extracomment>The settings that give blank fields their meaning in the forms.</extracomment>
        <translation>Tidak disimpan: {flight} tidak dibatalkan.</translation>
    </message>
    <message>
        <source>Not saved: {flight} keeps its {seats} seats.</source>
        <translation>Tidak disimpan: {flight} tetap memiliki {seats} kursi.</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <translation>Tambah {kind}</translation>
    </message>
    <message>
        <source>Edit {kind} {key}</source>
        <translation>Ubah {kind} {key}</translation>
    </message>
    <message>
        <source>{persons} in {households} have seats on {flight} in the published plan {plan}: cancelling the flight takes their seats.</source>
        <translation>{persons} dalam {households} mendapat kursi di {flight} pada rencana terbit {plan}: membatalkan penerbangan ini mengambil kursi mereka.</translation>
    </message>
    <message>
        <source>Of them, {called} were called forward for it and {checked} are checked in.</source>
        <translation>Dari mereka, {called} sudah dipanggil untuk penerbangan ini dan {checked} sudah check-in.</translation>
    </message>
    <message>
        <source>Plan again to move them to other flights.</source>
        <translation>Rencanakan ulang untuk memindahkan mereka ke penerbangan lain.</translation>
    </message>
    <message>
        <source>Cancel flight {flight}</source>
        <translation>Batalkan penerbangan {flight}</translation>
    </message>
    <message>
        <source>Save as cancelled</source>
        <translation>Simpan sebagai dibatalkan</translation>
    </message>
    <message>
        <source>{persons} in {households} have seats on {flight} in the published plan {plan}: {seats} seats leave {over} without one.</source>
        <translation>{persons} dalam {households} mendapat kursi di {flight} pada rencana terbit {plan}: dengan {seats} kursi, {over} tidak mendapat kursi.</translation>
    </message>
    <message>
        <source>Cut the seats of {flight}</source>
        <translation>Kurangi kursi {flight}</translation>
    </message>
    <message>
        <source>Save with fewer seats</source>
        <translation>Simpan dengan kursi lebih sedikit</translation>
    </message>
    <message>
        <source>Operation settings</source>
        <translation>Pengaturan operasi</translation>
    </message>
    <message>
        <source>These settings apply to every officer working on this operation.</source>
        <translation>Pengaturan ini berlaku bagi setiap petugas yang mengerjakan operasi ini.</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>CHOICE: code -&gt; words, in order. CHOICE: words for &quot;&quot; (the default), if blank is allowed; DATE / OPTIONAL_WHOLE: what a blank means. Column of the form&apos;s grid (0 = left, 1 = right).</extracomment>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Save it all the same?</source>
        <translation>Tetap simpan?</translation>
    </message>
    <message>
        <source>Connect to a database server</source>
        <translation>Sambungkan ke server basis data</translation>
    </message>
    <message>
        <source>Several officers can work on one operation kept on a PostgreSQL server. Ask your administrator for these details.</source>
        <translation>Beberapa petugas dapat mengerjakan satu operasi yang disimpan di server PostgreSQL. Tanyakan rincian ini kepada administrator Anda.</translation>
    </message>
    <message>
        <source>the operation&apos;s database name</source>
        <translation>nama basis data operasi</translation>
    </message>
    <message>
        <source>not remembered by the program</source>
        <translation>tidak disimpan oleh program</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Sambungkan</translation>
    </message>
    <message>
        <source>Give the server and the database name.</source>
        <translation>Isi nama server dan nama basis data.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Add {kind} {key}</source>
        <extracomment>A ChangeSet after every edit, undo and redo. An undo or redo could not be done (the exception); the history was cleared.</extracomment>
        <translation>Tambah {kind} {key}</translation>
    </message>
    <message>
        <source>Delete {kind} {key}</source>
        <translation>Hapus {kind} {key}</translation>
    </message>
    <message>
        <source>Delete {count} records: {keys}</source>
        <translation>Hapus {count} data: {keys}</translation>
    </message>
    <message>
        <source>Rename household {old} to {new}</source>
        <translation>Ganti kode keluarga {old} menjadi {new}</translation>
    </message>
    <message>
        <source>Change operation settings</source>
        <translation>Ubah pengaturan operasi</translation>
    </message>
    <message>
        <source>Another officer changed or deleted these records after you opened them, so your change was not saved. Reload to see the current data, then make your change again.</source>
        <translation>Petugas lain mengubah atau menghapus data ini setelah Anda membukanya, sehingga perubahan Anda tidak disimpan. Muat ulang untuk melihat data terkini, lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <source>Please correct these fields:</source>
        <translation>Mohon perbaiki isian berikut:</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Masalah basis data</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>given automatically when blank</source>
        <translation>diberikan otomatis bila kosong</translation>
    </message>
    <message>
        <source>as in the travel document</source>
        <translation>sesuai dokumen perjalanan</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(wajib)</translation>
    </message>
    <message>
        <source>blank: {code}</source>
        <extracomment>One group of a form: its title, its column of the grid, the fields it shows in order.</extracomment>
        <translation>kosong: {code}</translation>
    </message>
    <message>
        <source>blank: travels alone</source>
        <translation>kosong: bepergian sendiri</translation>
    </message>
    <message>
        <source>Members of a household travel together and stay in one shelter: give them the same code.</source>
        <translation>Anggota satu keluarga bepergian bersama dan tinggal di satu penampungan: beri mereka kode yang sama.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Kebutuhan</translation>
    </message>
    <message>
        <source>Date of the fit-to-travel clearance of a medical or pregnant person</source>
        <translation>Tanggal surat layak terbang orang sakit atau hamil</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Dokumen perjalanan</translation>
    </message>
    <message>
        <source>(from the passport number)</source>
        <translation>(menurut nomor paspor)</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <source>Arrival airports the person accepts, first = preferred, such as CGK;SUB</source>
        <translation>Bandara kedatangan yang diterima orang ini, yang pertama = pilihan utama, misalnya CGK;SUB</translation>
    </message>
    <message>
        <source>(plan start)</source>
        <translation>(awal rencana)</translation>
    </message>
    <message>
        <source>(no restriction)</source>
        <translation>(tanpa batasan)</translation>
    </message>
    <message>
        <source>Contact and notes</source>
        <translation>Kontak dan catatan</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Penerbangan</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Penampungan</translation>
    </message>
    <message>
        <source>(open already)</source>
        <translation>(sudah buka)</translation>
    </message>
    <message>
        <source>(open throughout)</source>
        <translation>(buka sepanjang waktu)</translation>
    </message>
    <message>
        <source>Document slot</source>
        <translation>Jadwal dokumen</translation>
    </message>
    <message>
        <source>The document is ready this many hours after the appointment</source>
        <translation>Dokumen siap sekian jam setelah jadwal</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operasi</translation>
    </message>
    <message>
        <source>Every call-forward message carries it, so people can tell the embassy&apos;s messages from a scammer&apos;s</source>
        <translation>Setiap pesan panggilan memuatnya, agar orang dapat membedakan pesan KBRI dari pesan penipu</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Perencanaan</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(hari ini)</translation>
    </message>
    <message>
        <source>The first day the plan may use; blank = the day of planning</source>
        <translation>Hari pertama yang boleh dipakai rencana; kosong = hari penyusunan rencana</translation>
    </message>
    <message>
        <source>Travel documents must be ready this many hours before departure</source>
        <translation>Dokumen perjalanan harus siap sekian jam sebelum keberangkatan</translation>
    </message>
    <message>
        <source>Medical and pregnant persons fly only with a medical clearance date</source>
        <translation>Orang sakit dan hamil hanya terbang dengan tanggal surat keterangan sehat</translation>
    </message>
    <message>
        <source>A clearance covers departures up to this many days after its date</source>
        <translation>Surat berlaku untuk keberangkatan sampai sekian hari setelah tanggalnya</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Priority weights</source>
        <translation>Bobot prioritas</translation>
    </message>
    <message>
        <source>It is in the past: earlier today.</source>
        <translation>Ini sudah lewat: tadi, hari ini.</translation>
    </message>
    <message>
        <source>It is in the past: {count} day ago.</source>
        <translation>Ini sudah lewat: {count} hari yang lalu.</translation>
    </message>
    <message>
        <source>It is in the past: {count} days ago.</source>
        <translation>Ini sudah lewat: {count} hari yang lalu.</translation>
    </message>
    <message>
        <source>Flights that left since then get passengers unless they are marked departed.</source>
        <translation>Penerbangan yang terbang sejak itu tetap diberi penumpang kecuali ditandai sudah berangkat.</translation>
    </message>
    <message>
        <source>It is before the plan start, {start}: plans leave it out.</source>
        <translation>Ini sebelum awal rencana, {start}: rencana tidak memakainya.</translation>
    </message>
    <message>
        <source>It is more than a year after the plan start: is the year right?</source>
        <translation>Ini lebih dari setahun setelah awal rencana: apakah tahunnya benar?</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Needs shelter</source>
        <translation>Perlu penampungan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Lansia</translation>
    </message>
    <message>
        <source>Unaccompanied minor</source>
        <translation>Anak tanpa pendamping</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Dewasa</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>First member</source>
        <translation>Anggota pertama</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <source>Beds</source>
        <translation>Tempat tidur</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>Menerima</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Perawatan medis</translation>
    </message>
    <message>
        <source>Origin airport</source>
        <translation>Bandara asal</translation>
    </message>
    <message>
        <source>Default destination</source>
        <translation>Tujuan bawaan</translation>
    </message>
    <message>
        <source>Default nationality</source>
        <translation>Kewarganegaraan bawaan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Kode referensi</translation>
    </message>
    <message>
        <source>Plan start</source>
        <translation>Awal rencana</translation>
    </message>
    <message>
        <source>Check-in buffer (hours)</source>
        <translation>Jeda check-in (jam)</translation>
    </message>
    <message>
        <source>Minor below age</source>
        <translation>Anak di bawah umur</translation>
    </message>
    <message>
        <source>Infant below age</source>
        <translation>Bayi di bawah umur</translation>
    </message>
    <message>
        <source>Elderly from age</source>
        <translation>Lansia mulai umur</translation>
    </message>
    <message>
        <source>Child in a women&apos;s shelter below age</source>
        <translation>Anak di penampungan perempuan di bawah umur</translation>
    </message>
    <message>
        <source>Ask for a fit-to-travel clearance</source>
        <translation>Wajibkan surat layak terbang</translation>
    </message>
    <message>
        <source>Clearance valid for (days)</source>
        <translation>Surat berlaku (hari)</translation>
    </message>
    <message>
        <source>Every person</source>
        <translation>Setiap orang</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Flown</source>
        <translation>Sudah terbang</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Left behind</source>
        <translation>Tertinggal</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Belum direncanakan</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <source>At most {max} character.</source>
        <translation>Paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Paling banyak {max} karakter.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Pilih salah satu: {choices}.</translation>
    </message>
    <message>
        <source>A three-letter airport code (IATA) such as CGK, or its city such as Surabaya.</source>
        <translation>Kode bandara tiga huruf (IATA) misalnya CGK, atau kotanya misalnya Surabaya.</translation>
    </message>
    <message>
        <source>Airport codes or their cities separated by ; or , such as CGK;SUB or Jakarta, Surabaya.</source>
        <translation>Kode bandara atau kotanya dipisahkan ; atau , misalnya CGK;SUB atau Jakarta, Surabaya.</translation>
    </message>
    <message>
        <source>A three-letter country code (ISO 3166), such as IDN.</source>
        <translation>Kode negara tiga huruf (ISO 3166), misalnya IDN.</translation>
    </message>
    <message>
        <source>Only digits, spaces and + - ( ) . /</source>
        <translation>Hanya angka, spasi dan + - ( ) . /</translation>
    </message>
    <message>
        <source>A date such as 2026-03-17 or 17/03/2026.</source>
        <translation>Tanggal, misalnya 2026-03-17 atau 17/03/2026.</translation>
    </message>
    <message>
        <source>A date and time such as 2026-03-17 09:30 or 17/03/2026 09:30.</source>
        <translation>Tanggal dan jam, misalnya 2026-03-17 09:30 atau 17/03/2026 09:30.</translation>
    </message>
    <message>
        <source>There is no month {month}: write the day first, then the month (1 to 12).</source>
        <translation>Tidak ada bulan {month}: tulis harinya dulu, lalu bulannya (1 sampai 12).</translation>
    </message>
    <message>
        <source>That month has {days} days, so there is no day {day}.</source>
        <translation>Bulan itu punya {days} hari, jadi tidak ada tanggal {day}.</translation>
    </message>
    <message>
        <source>Add the time of day, such as 2026-03-17 09:30.</source>
        <translation>Tambahkan jamnya, misalnya 2026-03-17 09:30.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Sebuah angka.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Bilangan bulat.</translation>
    </message>
    <message>
        <source>Between {min} and {max}.</source>
        <translation>Antara {min} dan {max}.</translation>
    </message>
    <message>
        <source>Not before {min}.</source>
        <translation>Tidak sebelum {min}.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Already used by {other}.</source>
        <translation>Sudah dipakai oleh {other}.</translation>
    </message>
    <message>
        <source>Cannot be before {other}.</source>
        <translation>Tidak boleh sebelum {other}.</translation>
    </message>
    <message>
        <source>Only for a woman.</source>
        <translation>Hanya untuk perempuan.</translation>
    </message>
    <message>
        <source>A time zone such as Asia/Phnom_Penh.</source>
        <translation>Zona waktu, misalnya Asia/Phnom_Penh.</translation>
    </message>
    <message>
        <source>2 to 16 letters, digits or dashes, such as KBRI-PNH.</source>
        <translation>2 sampai 16 huruf, angka atau tanda hubung, misalnya KBRI-PNH.</translation>
    </message>
    <message>
        <source>Must be above the infant age and at most the elderly age.</source>
        <translation>Harus di atas umur bayi dan paling tinggi umur lansia.</translation>
    </message>
    <message>
        <source>Cannot start with ~ (kept for households of one).</source>
        <translation>Tidak boleh diawali ~ (khusus untuk orang yang bepergian sendiri).</translation>
    </message>
    <message>
        <source>Delete the hidden {character}.</source>
        <translation>Hapus {character} yang tersembunyi.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>household</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <source>flight</source>
        <translation>penerbangan</translation>
    </message>
    <message>
        <source>shelter</source>
        <translation>penampungan</translation>
    </message>
    <message>
        <source>document slot</source>
        <translation>jadwal dokumen</translation>
    </message>
    <message>
        <source>operation settings</source>
        <translation>pengaturan operasi</translation>
    </message>
    <message>
        <source>Added {kind}</source>
        <translation>Menambah {kind}</translation>
    </message>
    <message>
        <source>Edited {kind}</source>
        <translation>Mengubah {kind}</translation>
    </message>
    <message>
        <source>Deleted {kind}</source>
        <translation>Menghapus {kind}</translation>
    </message>
    <message>
        <source>Imported a file</source>
        <translation>Mengimpor berkas</translation>
    </message>
    <message>
        <source>Removed a pin</source>
        <translation>Melepas kunci</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Memulihkan cadangan</translation>
    </message>
    <message>
        <source>Made demo records</source>
        <translation>Membuat data demo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Changes since plan {plan}</source>
        <translation>Perubahan sejak rencana {plan}</translation>
    </message>
    <message>
        <source>{count} change to the records or pins since plan {plan} was made: the plan no longer describes the operation, so it cannot be published. Solve again in the Plan screen to plan with it.</source>
        <translation>{count} perubahan pada data atau kunci sejak rencana {plan} dibuat: rencana tidak lagi menggambarkan operasi, jadi tidak dapat diterbitkan. Susun ulang rencana di layar Rencana untuk memakainya.</translation>
    </message>
    <message>
        <source>{count} changes to the records or pins since plan {plan} was made: the plan no longer describes the operation, so it cannot be published. Solve again in the Plan screen to plan with them.</source>
        <translation>{count} perubahan pada data atau kunci sejak rencana {plan} dibuat: rencana tidak lagi menggambarkan operasi, jadi tidak dapat diterbitkan. Susun ulang rencana di layar Rencana untuk memakainya.</translation>
    </message>
    <message>
        <source>Double-click a person, flight, shelter, slot or household to open it in its screen.</source>
        <translation>Klik dua kali orang, penerbangan, penampungan, jadwal atau keluarga untuk membukanya di layarnya.</translation>
    </message>
    <message>
        <source>The audit log names no change (the plan was made before the log recorded them).</source>
        <translation>Log audit tidak mencatat perubahan (rencana dibuat sebelum log mencatatnya).</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Buka datanya</translation>
    </message>
    <message>
        <source>The first {shown} of {total} are listed.</source>
        <translation>{shown} pertama dari {total} ditampilkan.</translation>
    </message>
    <message>
        <source>Records</source>
        <extracomment>How long an action&apos;s result line stays in the status bar. The window&apos;s first size, where the screen has room for it. Room kept for the window&apos;s title bar and borders, which ``resize`` does not count. Files dropped on the window that are not operations (the import screen takes them). Called with a language code after the officer chose another language; the application rebuilds the window (``ui.app``). None: applies at the next start. What each action does, as the shortcuts list names it.</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;New operation...</source>
        <translation>Operasi &amp;baru...</translation>
    </message>
    <message>
        <source>Create an empty operation file</source>
        <translation>Buat berkas operasi kosong</translation>
    </message>
    <message>
        <source>&amp;Open operation...</source>
        <translation>&amp;Buka operasi...</translation>
    </message>
    <message>
        <source>Open an operation file</source>
        <translation>Buka berkas operasi</translation>
    </message>
    <message>
        <source>Connect to a database &amp;server...</source>
        <translation>Sambungkan ke &amp;server basis data...</translation>
    </message>
    <message>
        <source>Open an operation kept on a PostgreSQL server</source>
        <translation>Buka operasi yang disimpan di server PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Close operation</source>
        <translation>&amp;Tutup operasi</translation>
    </message>
    <message>
        <source>Operation &amp;settings...</source>
        <translation>&amp;Pengaturan operasi...</translation>
    </message>
    <message>
        <source>Plan start, airports, ages and priority weights</source>
        <translation>Awal rencana, bandara, umur dan bobot prioritas</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferensi...</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Bahasa program</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Tambah...</translation>
    </message>
    <message>
        <source>Add a record to the screen shown</source>
        <translation>Tambah data pada layar yang tampil</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Ubah...</translation>
    </message>
    <message>
        <source>Edit the chosen record</source>
        <translation>Ubah data yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete the chosen records</source>
        <translation>Hapus data yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Hapus saringan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the operation again (after another officer&apos;s changes)</source>
        <translation>Baca ulang operasi (setelah perubahan oleh petugas lain)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Tentang</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Done: {action}.</source>
        <translation>Selesai: {action}.</translation>
    </message>
    <message>
        <source>Undone: {action}.</source>
        <translation>Dibatalkan: {action}.</translation>
    </message>
    <message>
        <source>Evacuation planner</source>
        <translation>Perencana evakuasi</translation>
    </message>
    <message>
        <source>No operation is open</source>
        <translation>Tidak ada operasi yang terbuka</translation>
    </message>
    <message>
        <source>{name} - Evacuation planner</source>
        <translation>{name} - Perencana evakuasi</translation>
    </message>
    <message>
        <source>Operation file {path}</source>
        <translation>Berkas operasi {path}</translation>
    </message>
    <message>
        <source>Shared database {url}</source>
        <translation>Basis data bersama {url}</translation>
    </message>
    <message>
        <source>Opening the operation...</source>
        <translation>Membuka operasi...</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>Operasi baru</translation>
    </message>
    <message>
        <source>Operation files (*.sqlite)</source>
        <translation>Berkas operasi (*.sqlite)</translation>
    </message>
    <message>
        <source>Creating the operation...</source>
        <translation>Membuat operasi...</translation>
    </message>
    <message>
        <source>Open operation</source>
        <translation>Buka operasi</translation>
    </message>
    <message>
        <source>Operation files (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Berkas operasi (*.sqlite *.sqlite3 *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>Bahasa baru dipakai mulai saat program dibuka berikutnya.</translation>
    </message>
    <message>
        <source>{key} is no longer in the operation.</source>
        <translation>{key} tidak ada lagi dalam operasi.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <source>Evacuation planner {version}</source>
        <translation>Perencana evakuasi {version}</translation>
    </message>
    <message>
        <source>Plans repatriation flights, shelters and emergency travel documents for embassy operations.</source>
        <translation>Merencanakan penerbangan repatriasi, penampungan dan dokumen perjalanan darurat untuk operasi perwakilan RI.</translation>
    </message>
    <message>
        <source>Opening {location}...</source>
        <translation>Membuka {location}...</translation>
    </message>
    <message>
        <source>{used} of {capacity}</source>
        <translation>{used} dari {capacity}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <source>Seats taken by the plan&apos;s passengers (infants on a lap take none)</source>
        <translation>Kursi yang diisi penumpang rencana (bayi dipangku tidak memakai kursi)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kosong</translation>
    </message>
    <message>
        <source>Infants</source>
        <translation>Bayi</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Why no flight</source>
        <translation>Mengapa tanpa penerbangan</translation>
    </message>
    <message>
        <source>flight {flight}</source>
        <translation>penerbangan {flight}</translation>
    </message>
    <message>
        <source>shelter {shelter}</source>
        <translation>penampungan {shelter}</translation>
    </message>
    <message>
        <source>Names</source>
        <extracomment>The members&apos; names (&quot;Ketut Nasution, Ayu Nasution and 2 more&quot;).</extracomment>
        <translation>Nama</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>How often the board reads the flight again (another desk&apos;s check-ins show by then).</extracomment>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Nights without a bed</source>
        <translation>Malam tanpa tempat tidur</translation>
    </message>
    <message>
        <source>{flight} ({status})</source>
        <translation>{flight} ({status})</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Published plan</source>
        <translation>Rencana terbit</translation>
    </message>
    <message>
        <source>no flight</source>
        <translation>tanpa penerbangan</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Rencana ini</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Persons</source>
        <extracomment>The column mapping&apos;s field for a column left out of the import.</extracomment>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Tidak dikenali</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>{field} (date)</source>
        <extracomment>A field&apos;s part in a mapping target (&quot;departs_at@date&quot;).</extracomment>
        <translation>{field} (tanggal)</translation>
    </message>
    <message>
        <source>{field} (time)</source>
        <translation>{field} (jam)</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>dikenali</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>dipilih oleh Anda</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>tidak dikenali</translation>
    </message>
    <message>
        <source>repeats another column</source>
        <translation>mengulang kolom lain</translation>
    </message>
    <message>
        <source>by words and cells</source>
        <translation>dari kata dan isi sel</translation>
    </message>
    <message>
        <source>remembered</source>
        <translation>diingat</translation>
    </message>
    <message>
        <source>Sheet</source>
        <extracomment>Rows the import would write. Rows with a problem of their own (invalid, or refused while written). Valid rows held back with their household (a member&apos;s row has a problem).</extracomment>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Berisi</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>Untuk diimpor</translation>
    </message>
    <message>
        <source>Rows that can be imported</source>
        <translation>Baris yang dapat diimpor</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Valid rows left out with their household, as a member&apos;s row has a problem</source>
        <translation>Baris sah yang ditinggalkan bersama rumah tangganya, karena baris salah satu anggotanya bermasalah</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <extracomment>A column&apos;s field was changed: (mapping key, field or &quot;&quot; for not imported).</extracomment>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Judul di berkas</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>{how}, {confidence} sure</source>
        <translation>{how}, yakin {confidence}</translation>
    </message>
    <message>
        <source>Use: {field}</source>
        <translation>Pakai: {field}</translation>
    </message>
    <message>
        <source>Choose: {fields}</source>
        <translation>Pilih: {fields}</translation>
    </message>
    <message>
        <source>(not imported: decide)</source>
        <translation>(tidak diimpor: putuskan)</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>Double-click to choose the field this column fills</source>
        <translation>Klik dua kali untuk memilih isian yang diisi kolom ini</translation>
    </message>
    <message>
        <source>Priority gained</source>
        <translation>Tambahan prioritas</translation>
    </message>
    <message>
        <source>Priority weight flown more if the household takes the seats</source>
        <translation>Tambahan bobot prioritas yang diterbangkan bila keluarga ini mengisi kursi</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Hari menunggu</translation>
    </message>
    <message>
        <source>Flies now on</source>
        <translation>Sekarang terbang dengan</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Best found</source>
        <translation>Terbaik ditemukan</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>No plan can do better than this (proven by the solver)</source>
        <translation>Tidak ada rencana yang lebih baik dari ini (dibuktikan oleh pemecah)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} dtk</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Penerbangan</translation>
    </message>
    <message>
        <source>Passengers flagged medical the flight can carry; blank = no limit</source>
        <translation>Penumpang bertanda medis yang dapat dibawa penerbangan ini; kosong = tanpa batas</translation>
    </message>
    <message>
        <source>Search flight number, carrier, airport or status</source>
        <translation>Cari nomor penerbangan, maskapai, bandara atau status</translation>
    </message>
    <message>
        <source>No flights yet.
Add one with Add..., or import a workbook with a Flights sheet.</source>
        <translation>Belum ada penerbangan.
Tambahkan dengan Tambah..., atau impor buku kerja dengan lembar Flights.</translation>
    </message>
    <message>
        <source>Sum of the members&apos; priority weights</source>
        <translation>Jumlah bobot prioritas para anggota</translation>
    </message>
    <message>
        <source>Search household code or a member&apos;s name</source>
        <translation>Cari kode keluarga atau nama anggota</translation>
    </message>
    <message>
        <source>Include persons travelling alone</source>
        <translation>Sertakan orang yang bepergian sendiri</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Ganti kode...</translation>
    </message>
    <message>
        <source>Add member...</source>
        <translation>Tambah anggota...</translation>
    </message>
    <message>
        <source>Edit member...</source>
        <translation>Ubah anggota...</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Memuat...</translation>
    </message>
    <message>
        <source>No operation is open.</source>
        <translation>Tidak ada operasi yang terbuka.</translation>
    </message>
    <message>
        <source>No households match.</source>
        <translation>Tidak ada keluarga yang cocok.</translation>
    </message>
    <message>
        <source>No households yet.
Persons who share a household code travel together.</source>
        <translation>Belum ada keluarga.
Orang dengan kode keluarga yang sama bepergian bersama.</translation>
    </message>
    <message>
        <source>Choose a household to see its members.</source>
        <translation>Pilih keluarga untuk melihat anggotanya.</translation>
    </message>
    <message>
        <source>Members of {code}</source>
        <translation>Anggota {code}</translation>
    </message>
    <message>
        <source>A person travelling alone</source>
        <translation>Orang yang bepergian sendiri</translation>
    </message>
    <message>
        <source>Delete the person {key}?</source>
        <translation>Hapus orang {key}?</translation>
    </message>
    <message>
        <source>Delete these {count} persons: {keys}?</source>
        <translation>Hapus {count} orang ini: {keys}?</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo until you close the program.</source>
        <translation>Anda dapat membatalkannya dengan Ubah &gt; Batalkan sampai program ditutup.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Reading the operation...</source>
        <extracomment>The warning that the time limit cannot hold: dark text on amber, read at a glance. Solve from the keyboard (while the Plan screen shows).</extracomment>
        <translation>Membaca operasi...</translation>
    </message>
    <message>
        <source>The planner decides who flies on which flight, who sleeps in which shelter and who gets which document appointment, most vulnerable first and households together. It changes nothing until you publish the plan in Results.</source>
        <extracomment>A plan was stored (its id): the results screen shows it. The job&apos;s own clock (the one the time limit counts): its last report&apos;s seconds, and when that report arrived (None before the first: the planner is starting). The planner&apos;s word that the time limit cannot hold, for the solve under way or the last one (None when it held).</extracomment>
        <translation>Perencana menentukan siapa terbang dengan penerbangan yang mana, siapa tidur di penampungan yang mana dan siapa mendapat jadwal dokumen yang mana, yang paling rentan lebih dulu dan keluarga tetap bersama. Tidak ada yang berubah sampai Anda menerbitkan rencana di Hasil.</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Berlalu</translation>
    </message>
    <message>
        <source>Working on</source>
        <translation>Sedang mengerjakan</translation>
    </message>
    <message>
        <source>Best plan found</source>
        <translation>Rencana terbaik yang ditemukan</translation>
    </message>
    <message>
        <source>Proven bound</source>
        <translation>Batas terbukti</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Waktu terpakai</translation>
    </message>
    <message>
        <source>The part of the time limit used: the limit counts the planner&apos;s own work (reading, solving, checking, storing), not the start of its process</source>
        <translation>Bagian batas waktu yang terpakai: batas itu menghitung kerja perencana sendiri (membaca, menyelesaikan, memeriksa, menyimpan), bukan waktu memulai prosesnya</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Tampilkan hasil</translation>
    </message>
    <message>
        <source>Solve (in the Plan screen)</source>
        <translation>Susun rencana (di layar Rencana)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>The planner stops after this many seconds with the best plan it has found; it usually needs far less</source>
        <translation>Perencana berhenti setelah sekian detik dengan rencana terbaik yang ditemukannya; biasanya jauh lebih cepat</translation>
    </message>
    <message>
        <source>Keep the published plan&apos;s flights where possible</source>
        <translation>Pertahankan penerbangan dari rencana yang diterbitkan bila memungkinkan</translation>
    </message>
    <message>
        <source>After a cancellation or a new roster, move as few people as the new situation requires</source>
        <translation>Setelah pembatalan atau daftar baru, pindahkan orang sesedikit mungkin sesuai keadaan baru</translation>
    </message>
    <message>
        <source>Solve</source>
        <translation>Susun rencana</translation>
    </message>
    <message>
        <source>Make a new plan ({keys})</source>
        <translation>Susun rencana baru ({keys})</translation>
    </message>
    <message>
        <source>Stop the planner and keep the best plan found so far</source>
        <translation>Hentikan perencana dan simpan rencana terbaik sejauh ini</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Keep the flights of the published plan {plan} where possible</source>
        <translation>Pertahankan penerbangan rencana terbit {plan} bila bisa</translation>
    </message>
    <message>
        <source>Keep the published plan&apos;s flights where possible (none is published yet)</source>
        <translation>Pertahankan penerbangan rencana terbit bila bisa (belum ada yang terbit)</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>belum ada rencana</translation>
    </message>
    <message>
        <source>published plan: {plan}</source>
        <translation>rencana terbit: {plan}</translation>
    </message>
    <message>
        <source>latest plan: {plan} (not published)</source>
        <translation>rencana terakhir: {plan} (belum diterbitkan)</translation>
    </message>
    <message>
        <source>Waiting for the first plan...</source>
        <translation>Menunggu rencana pertama...</translation>
    </message>
    <message>
        <source>of at most {limit} s</source>
        <translation>dari paling lama {limit} dtk</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Membaca</translation>
    </message>
    <message>
        <source>the operation&apos;s records</source>
        <translation>data operasi</translation>
    </message>
    <message>
        <source>before a plan was stored</source>
        <translation>sebelum rencana disimpan</translation>
    </message>
    <message>
        <source>The planner was stopped before it stored a plan; nothing was stored.</source>
        <translation>Perencana dihentikan sebelum menyimpan rencana; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Planning...</source>
        <translation>Menyusun rencana...</translation>
    </message>
    <message>
        <source>Solved in</source>
        <translation>Disusun dalam</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Menghentikan</translation>
    </message>
    <message>
        <source>Time used: {seconds} s of {limit} s</source>
        <translation>Waktu terpakai: {seconds} dtk dari {limit} dtk</translation>
    </message>
    <message>
        <source>Objective {number} of {count}</source>
        <translation>Sasaran {number} dari {count}</translation>
    </message>
    <message>
        <source>proven best</source>
        <translation>terbukti terbaik</translation>
    </message>
    <message>
        <source>gap {gap} %</source>
        <translation>selisih {gap} %</translation>
    </message>
    <message>
        <source>The time limit of {limit} s cannot hold: {persons} take about {work} s to read, check and store, and the planner needs at least {solver} s more, about {needed} s in all. The planner goes on and takes longer than the limit; to plan within it, set at least {needed} s.</source>
        <translation>Batas waktu {limit} dtk tidak cukup: {persons} perlu sekitar {work} dtk untuk dibaca, diperiksa, dan disimpan, dan perencana perlu paling sedikit {solver} dtk lagi, sekitar {needed} dtk seluruhnya. Perencana tetap bekerja dan melewati batas itu; agar selesai di dalamnya, atur paling sedikit {needed} dtk.</translation>
    </message>
    <message>
        <source>Proving bounds</source>
        <translation>Membuktikan batas</translation>
    </message>
    <message>
        <source>of objectives 2 to 5</source>
        <translation>tujuan 2 sampai 5</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Memeriksa</translation>
    </message>
    <message>
        <source>the plan against every rule</source>
        <translation>rencana terhadap setiap aturan</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>the plan and the reasons of those left behind</source>
        <translation>rencana dan alasan bagi yang tertinggal</translation>
    </message>
    <message>
        <source>of {persons}</source>
        <translation>dari {persons}</translation>
    </message>
    <message>
        <source>persons without a flight</source>
        <translation>orang tanpa penerbangan</translation>
    </message>
    <message>
        <source>Plan {plan} is stored: {flown} of {persons} fly, {left} without a flight.</source>
        <translation>Rencana {plan} disimpan: {flown} dari {persons} terbang, {left} tanpa penerbangan.</translation>
    </message>
    <message>
        <source>As the planner said before it began, a time limit of {limit} s is too short for this operation (it estimated about {needed} s); set a longer one to plan within it.</source>
        <translation>Seperti dikatakan perencana sebelum mulai, batas waktu {limit} dtk terlalu singkat untuk operasi ini (perkiraannya sekitar {needed} dtk); atur batas yang lebih panjang agar selesai di dalamnya.</translation>
    </message>
    <message>
        <source>plan {plan}</source>
        <translation>rencana {plan}</translation>
    </message>
    <message>
        <source>The first day of the plan: nobody flies before it. Type it year first, 2026-12-09, or day first, 09/12/2026</source>
        <translation>Hari pertama rencana: tidak ada yang terbang sebelumnya. Ketik tahun dulu, 2026-12-09, atau tanggal dulu, 09/12/2026</translation>
    </message>
    <message>
        <source>keeping the best plan if it is stored within {seconds} s</source>
        <translation>menyimpan rencana terbaik bila tersimpan dalam {seconds} detik</translation>
    </message>
    <message>
        <source>solver {seconds} s; time limit {limit} s</source>
        <translation>pemecah {seconds} dtk; batas waktu {limit} dtk</translation>
    </message>
    <message>
        <source>You stopped the planner, so this plan is the best found until then; it cannot be published. Solve again to finish.</source>
        <translation>Anda menghentikan perencana, jadi rencana ini adalah yang terbaik sampai saat itu; rencana ini tidak dapat diterbitkan. Susun ulang untuk menyelesaikan.</translation>
    </message>
    <message>
        <source>The time limit ended before every objective was proven best; the plan can be published, or solve again with more time.</source>
        <translation>Batas waktu habis sebelum setiap sasaran terbukti terbaik; rencana dapat diterbitkan, atau susun ulang dengan waktu lebih lama.</translation>
    </message>
    <message>
        <source>{count} pin could not be kept; Results says why.</source>
        <translation>{count} kunci tidak dapat dipertahankan; layar Hasil menjelaskan alasannya.</translation>
    </message>
    <message>
        <source>{count} pins could not be kept; Results says why.</source>
        <translation>{count} kunci tidak dapat dipertahankan; Hasil menjelaskan alasannya.</translation>
    </message>
    <message>
        <source>See who flies, who is left behind and why in Results, then publish it there.</source>
        <translation>Lihat siapa yang terbang, siapa yang tertinggal dan alasannya di Hasil, lalu terbitkan rencana di sana.</translation>
    </message>
    <message>
        <source>The solver took {seconds} s ({method} method).</source>
        <translation>Pemecah memakai {seconds} dtk (metode {method}).</translation>
    </message>
    <message>
        <source>The planner took {job} s in all, the solver {seconds} s of them ({method} method).</source>
        <translation>Perencana memakai {job} dtk seluruhnya, pemecah {seconds} dtk di antaranya (metode {method}).</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Add...</source>
        <extracomment>The roster&apos;s second search column: the household code. Text fields the search box looks in (small tables; the roster brings its own). The column sorted by until the officer sorts otherwise (None: registration order).</extracomment>
        <translation>Tambah...</translation>
    </message>
    <message>
        <source>Add a {kind} ({keys})</source>
        <translation>Tambah {kind} ({keys})</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Ubah...</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Registry fields shown otherwise than as a column of their own (the roster&apos;s needs).</extracomment>
        <translation>Cari</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translation>Belum ada data.</translation>
    </message>
    <message>
        <source>The records were not read. Press F5 to read them again.</source>
        <translation>Data belum terbaca. Tekan F5 untuk membacanya lagi.</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>Tidak ada yang cocok dengan pencarian dan saringan.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Choose one record to edit.</source>
        <translation>Pilih satu data untuk diubah.</translation>
    </message>
    <message>
        <source>Delete the {kind} {key}?</source>
        <translation>Hapus {kind} {key}?</translation>
    </message>
    <message>
        <source>Delete these {count} records: {keys}?</source>
        <translation>Hapus {count} data ini: {keys}?</translation>
    </message>
    <message>
        <source>Who gets the free seats?</source>
        <translation>Siapa mendapat kursi kosong?</translation>
    </message>
    <message>
        <source>Choose a flight: the planner lists the households that could take its free seats, most priority gained first.</source>
        <translation>Pilih penerbangan: perencana menampilkan keluarga yang bisa mengisi kursi kosongnya, dimulai dari tambahan prioritas terbesar.</translation>
    </message>
    <message>
        <source>Find who could take them</source>
        <translation>Cari siapa yang bisa mengisinya</translation>
    </message>
    <message>
        <source>No candidates listed yet.</source>
        <translation>Belum ada calon.</translation>
    </message>
    <message>
        <source>No flights depart on or after the plan start.</source>
        <extracomment>The officer dragged the divider: the widths are theirs from then on.</extracomment>
        <translation>Tidak ada penerbangan pada atau setelah awal rencana.</translation>
    </message>
    <message>
        <source>Who gets the free seats of {flight}?</source>
        <translation>Siapa mendapat kursi kosong {flight}?</translation>
    </message>
    <message>
        <source>This flight is {status}: it takes no passengers.</source>
        <translation>Penerbangan ini {status}: tidak menerima penumpang.</translation>
    </message>
    <message>
        <source>Looking...</source>
        <translation>Mencari...</translation>
    </message>
    <message>
        <source>Nobody else could take these seats: every household that may take this flight already flies as early or earlier.</source>
        <translation>Tidak ada orang lain yang bisa mengisi kursi ini: setiap keluarga yang boleh naik penerbangan ini sudah terbang sama awal atau lebih awal.</translation>
    </message>
    <message>
        <source>Most beds used</source>
        <translation>Terpakai terbanyak</translation>
    </message>
    <message>
        <source>Nights full</source>
        <translation>Malam penuh</translation>
    </message>
    <message>
        <source>Person-nights</source>
        <translation>Malam-orang</translation>
    </message>
    <message>
        <source>All shelters</source>
        <translation>Semua penampungan</translation>
    </message>
    <message>
        <source>The operation has no shelters.</source>
        <translation>Operasi ini tidak punya penampungan.</translation>
    </message>
    <message>
        <source>Beds, all shelters</source>
        <translation>Tempat tidur, semua penampungan</translation>
    </message>
    <message>
        <source>Beds, {shelter}</source>
        <translation>Tempat tidur, {shelter}</translation>
    </message>
    <message>
        <source>Nights from {first} to {last}.</source>
        <translation>Malam dari {first} sampai {last}.</translation>
    </message>
    <message>
        <source>Pin the household to</source>
        <translation>Kunci keluarga ke</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>The next plan puts the household on this flight, or says why it cannot</source>
        <translation>Rencana berikutnya menempatkan keluarga pada penerbangan ini, atau menjelaskan mengapa tidak bisa</translation>
    </message>
    <message>
        <source>{flight} to {to} ({free} free)</source>
        <translation>{flight} ke {to} ({free} kosong)</translation>
    </message>
    <message>
        <source>Nobody matches the search.</source>
        <translation>Tidak ada yang cocok dengan pencarian.</translation>
    </message>
    <message>
        <source>Everyone in the plan has a flight.</source>
        <translation>Semua orang dalam rencana mendapat penerbangan.</translation>
    </message>
    <message>
        <source>Choose a person to see every reason.</source>
        <translation>Pilih orang untuk melihat semua alasannya.</translation>
    </message>
    <message>
        <source>Household {code}: {names}</source>
        <translation>Keluarga {code}: {names}</translation>
    </message>
    <message>
        <source>Nights without a bed: {nights}. {why}</source>
        <translation>Malam tanpa tempat tidur: {nights}. {why}</translation>
    </message>
    <message>
        <source>The planner recorded no reason.</source>
        <translation>Perencana tidak mencatat alasan.</translation>
    </message>
    <message>
        <source>{flight} to {to}, {departs} ({status})
{taken}, {passengers}</source>
        <extracomment>A household to pin: (kind &quot;flight&quot; | &quot;shelter&quot;, stored household code, target key).</extracomment>
        <translation>{flight} ke {to}, {departs} ({status})
{taken}, {passengers}</translation>
    </message>
    <message>
        <source>{taken} of {count} seat taken</source>
        <translation>{taken} dari {count} kursi terisi</translation>
    </message>
    <message>
        <source>{taken} of {count} seats taken</source>
        <translation>{taken} dari {count} kursi terisi</translation>
    </message>
    <message>
        <source>{flight} to {to}: {why}</source>
        <translation>{flight} ke {to}: {why}</translation>
    </message>
    <message>
        <source>{flight} to {to} ({free} free, needs {count} seat: others would move)</source>
        <translation>{flight} ke {to} ({free} kosong, perlu {count} kursi: penumpang lain dipindah)</translation>
    </message>
    <message>
        <source>{flight} to {to} ({free} free, needs {count} seats: others would move)</source>
        <translation>{flight} ke {to} ({free} kosong, perlu {count} kursi: penumpang lain dipindah)</translation>
    </message>
    <message>
        <source>A pin to {flight} ({departs}) would be released at the next plan: {why}.</source>
        <translation>Kunci ke {flight} ({departs}) akan dilepas pada rencana berikutnya: {why}.</translation>
    </message>
    <message>
        <source>{flight} leaves {departs}; the next plan keeps the pin.</source>
        <translation>{flight} berangkat {departs}; rencana berikutnya mempertahankan kunci.</translation>
    </message>
    <message>
        <source>{flight} leaves {departs}; the next plan keeps the pin and moves other passengers off it to make room.</source>
        <translation>{flight} berangkat {departs}; rencana berikutnya mempertahankan kunci dan memindahkan penumpang lain agar ada tempat.</translation>
    </message>
    <message>
        <source>{free} of {count} seat is free.</source>
        <translation>{free} dari {count} kursi kosong.</translation>
    </message>
    <message>
        <source>{free} of {count} seats are free.</source>
        <translation>{free} dari {count} kursi kosong.</translation>
    </message>
    <message>
        <source>Nights from {first} to {last}. {nights} without a bed.</source>
        <translation>Malam dari {first} sampai {last}. {nights} tanpa tempat tidur.</translation>
    </message>
    <message>
        <source>Search name, case no. or household (or scan a tag)</source>
        <translation>Cari nama, no. kasus atau keluarga (atau pindai label)</translation>
    </message>
    <message>
        <source>No flight can take this household</source>
        <translation>Tidak ada penerbangan yang dapat membawa keluarga ini</translation>
    </message>
    <message>
        <source>Pinned: {pins}</source>
        <translation>Dikunci: {pins}</translation>
    </message>
    <message>
        <source>{case} is not left behind: the plan puts them on {flight}. Households and pins keeps a flight.</source>
        <translation>{case} tidak tertinggal: rencana menempatkannya di {flight}. Penerbangan dipertahankan lewat Keluarga dan kunci.</translation>
    </message>
    <message>
        <source>Nobody in this plan has case number {case}.</source>
        <translation>Tidak ada orang dalam rencana ini dengan nomor kasus {case}.</translation>
    </message>
    <message>
        <source>This plan ({plan})</source>
        <translation>Rencana ini ({plan})</translation>
    </message>
    <message>
        <source>Plan {plan}</source>
        <translation>Rencana {plan}</translation>
    </message>
    <message>
        <source>No plan is published yet, so there is nothing to compare with. Publish a plan; the next ones show who they move.</source>
        <translation>Belum ada rencana yang diterbitkan, jadi belum ada pembanding. Terbitkan sebuah rencana; rencana berikutnya akan menunjukkan siapa yang dipindahkan.</translation>
    </message>
    <message>
        <source>Plan {plan} compared with plan {other}: {count} household flies differently.</source>
        <translation>Rencana {plan} dibandingkan dengan rencana {other}: {count} keluarga terbang secara berbeda.</translation>
    </message>
    <message>
        <source>Plan {plan} compared with plan {other}: {count} households fly differently.</source>
        <translation>Rencana {plan} dibandingkan dengan rencana {other}: {count} keluarga terbang secara berbeda.</translation>
    </message>
    <message>
        <source>Nobody flies differently.</source>
        <translation>Tidak ada yang terbang dengan cara berbeda.</translation>
    </message>
    <message>
        <source>Search household, name, flight or shelter (or scan a tag)</source>
        <translation>Cari keluarga, nama, penerbangan atau penampungan (atau pindai label)</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>Semua keluarga</translation>
    </message>
    <message>
        <source>With a flight</source>
        <translation>Dengan penerbangan</translation>
    </message>
    <message>
        <source>Without a flight</source>
        <translation>Tanpa penerbangan</translation>
    </message>
    <message>
        <source>Without a bed some nights</source>
        <translation>Tanpa tempat tidur beberapa malam</translation>
    </message>
    <message>
        <source>Keep this flight</source>
        <translation>Pertahankan penerbangan ini</translation>
    </message>
    <message>
        <source>Pin the household to its flight in this plan</source>
        <translation>Kunci keluarga pada penerbangannya dalam rencana ini</translation>
    </message>
    <message>
        <source>Keep this shelter</source>
        <translation>Pertahankan penampungan ini</translation>
    </message>
    <message>
        <source>Pin the household to its shelter in this plan</source>
        <translation>Kunci keluarga pada penampungannya dalam rencana ini</translation>
    </message>
    <message>
        <source>Remove pins</source>
        <translation>Lepas kunci</translation>
    </message>
    <message>
        <source>A pin is a decision the planner keeps in every later plan. Pins take effect when you solve again.</source>
        <translation>Kunci adalah keputusan yang dipertahankan perencana di setiap rencana berikutnya. Kunci berlaku saat rencana disusun ulang.</translation>
    </message>
    <message>
        <source>No household matches.</source>
        <translation>Tidak ada keluarga yang cocok.</translation>
    </message>
    <message>
        <source>M</source>
        <comment>sex: male</comment>
        <extracomment>Filter masks of the roster model. Document filter: anyone whose document is not valid.</extracomment>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <comment>sex: female</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>Arrival airports the person accepts, first = preferred; blank = the operation&apos;s default</source>
        <translation>Bandara kedatangan yang diterima orang ini, yang pertama = pilihan utama; kosong = bawaan operasi</translation>
    </message>
    <message>
        <source>Priority weight (SPEC 2.6): higher flies first</source>
        <translation>Bobot prioritas (SPEC 2.6): yang lebih tinggi terbang lebih dulu</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Daftar orang</translation>
    </message>
    <message>
        <source>Search name, case no., passport or household</source>
        <extracomment>The flags the needs column words, and the shelter flag the plan acts on.</extracomment>
        <translation>Cari nama, no. kasus, paspor atau keluarga</translation>
    </message>
    <message>
        <source>No persons yet.
Import a ministry roster, or add a person with Add...</source>
        <translation>Belum ada orang.
Impor daftar dari kementerian, atau tambahkan orang dengan Tambah...</translation>
    </message>
    <message>
        <source>published plan {id}</source>
        <translation>rencana terbit {id}</translation>
    </message>
    <message>
        <source>latest plan {id} (not published)</source>
        <translation>rencana terakhir {id} (belum diterbitkan)</translation>
    </message>
    <message>
        <source>Show only persons with any of the chosen needs</source>
        <translation>Tampilkan hanya orang dengan salah satu kebutuhan yang dipilih</translation>
    </message>
    <message>
        <source>Any document</source>
        <translation>Semua dokumen</translation>
    </message>
    <message>
        <source>Needs a document</source>
        <translation>Perlu dokumen</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>Semua tujuan</translation>
    </message>
    <message>
        <source>Anyone in the plan</source>
        <translation>Semua dalam rencana</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus saringan</translation>
    </message>
    <message>
        <source>Accepts {code}</source>
        <translation>Menerima {code}</translation>
    </message>
    <message>
        <source>Needs: {list}</source>
        <translation>Kebutuhan: {list}</translation>
    </message>
    <message>
        <source>Reading the plan...</source>
        <extracomment>The plan the moves are against (None: nothing to compare with). When the records changed since the plan: the first changes, and how many in all. The flights each household left behind can be pinned to, on the records now.</extracomment>
        <translation>Membaca rencana...</translation>
    </message>
    <message>
        <source>Comparing with the published plan...</source>
        <translation>Membandingkan dengan rencana terbit...</translation>
    </message>
    <message>
        <source>{count} person loses the seat they have in plan {plan}:</source>
        <translation>{count} orang kehilangan kursinya dalam rencana {plan}:</translation>
    </message>
    <message>
        <source>{count} persons lose the seats they have in plan {plan}:</source>
        <translation>{count} orang kehilangan kursinya dalam rencana {plan}:</translation>
    </message>
    <message>
        <source>and {count} more household</source>
        <translation>dan {count} keluarga lainnya</translation>
    </message>
    <message>
        <source>and {count} more households</source>
        <translation>dan {count} keluarga lainnya</translation>
    </message>
    <message>
        <source>{count} person moves to another flight.</source>
        <translation>{count} orang pindah ke penerbangan lain.</translation>
    </message>
    <message>
        <source>{count} persons move to another flight.</source>
        <translation>{count} orang pindah ke penerbangan lain.</translation>
    </message>
    <message>
        <source>{count} person now flies.</source>
        <translation>{count} orang kini terbang.</translation>
    </message>
    <message>
        <source>{count} persons now fly.</source>
        <translation>{count} orang kini terbang.</translation>
    </message>
    <message>
        <source>Everyone keeps the flight they have in plan {plan}.</source>
        <translation>Semua orang tetap di penerbangan mereka dalam rencana {plan}.</translation>
    </message>
    <message>
        <source>household {code} ({names})</source>
        <translation>keluarga {code} ({names})</translation>
    </message>
    <message>
        <source>Plan {plan} · {made} · {status}</source>
        <translation>Rencana {plan} · {made} · {status}</translation>
    </message>
    <message>
        <source>Reading the manifests...</source>
        <extracomment>The complete (embassy) document of the chosen plan; None without a plan.</extracomment>
        <translation>Membaca manifes...</translation>
    </message>
    <message>
        <source>Writing {file}...</source>
        <translation>Menulis {file}...</translation>
    </message>
    <message>
        <source>Embassy copy</source>
        <extracomment>The manifest table keeps at least this width beside the list of flights.</extracomment>
        <translation>Salinan perwakilan RI</translation>
    </message>
    <message>
        <source>Airline and immigration copy</source>
        <translation>Salinan maskapai dan imigrasi</translation>
    </message>
    <message>
        <source>Complete and confidential: case numbers, phones, notes, special needs, shelters, appointments and the persons left behind. For the embassy only.</source>
        <translation>Lengkap dan rahasia: nomor kasus, telepon, catatan, kebutuhan khusus, penampungan, jadwal dokumen dan orang yang tertinggal. Hanya untuk perwakilan RI.</translation>
    </message>
    <message>
        <source>Only what boarding and arrival need: names, documents, households and assistance codes (MEDA, WCHR, PREG, UMNR, INFT). No phones, no notes, never the trafficking flag.</source>
        <translation>Hanya yang diperlukan untuk naik pesawat dan kedatangan: nama, dokumen, keluarga dan kode bantuan (MEDA, WCHR, PREG, UMNR, INFT). Tanpa telepon, tanpa catatan, tidak pernah tanda korban perdagangan orang.</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>Pratinjau cetak...</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Cetak...</translation>
    </message>
    <message>
        <source>Save this flight as PDF...</source>
        <translation>Simpan penerbangan ini sebagai PDF...</translation>
    </message>
    <message>
        <source>No plan to export yet.
Make one in the Plan screen and publish it in Results.</source>
        <translation>Belum ada rencana untuk diekspor.
Susun rencana di layar Rencana dan terbitkan di Hasil.</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>Ekspor dan cetak</translation>
    </message>
    <message>
        <source>Save the manifests workbook...</source>
        <translation>Simpan buku kerja manifes...</translation>
    </message>
    <message>
        <source>Every flight on its own sheet, ready to print; the embassy copy adds shelters, appointments and the persons left behind</source>
        <translation>Setiap penerbangan di lembarnya sendiri, siap dicetak; salinan perwakilan RI menambahkan penampungan, jadwal dokumen dan orang yang tertinggal</translation>
    </message>
    <message>
        <source>Save all as PDF...</source>
        <translation>Simpan semua sebagai PDF...</translation>
    </message>
    <message>
        <source>Nobody flies in this plan.</source>
        <translation>Tidak ada yang terbang dalam rencana ini.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>diterbitkan</translation>
    </message>
    <message>
        <source>plan {plan} ({state}): {passengers} on {flights}</source>
        <translation>rencana {plan} ({state}): {passengers} dengan {flights}</translation>
    </message>
    <message>
        <source>{flight} to {to}, {departs}: {passengers} · {copy}</source>
        <translation>{flight} ke {to}, {departs}: {passengers} · {copy}</translation>
    </message>
    <message>
        <source>{copy} of plan {plan} saved to {file}: {flights}, {passengers}.</source>
        <translation>{copy} rencana {plan} disimpan ke {file}: {flights}, {passengers}.</translation>
    </message>
    <message>
        <source>Choose a flight to see its manifest.</source>
        <translation>Pilih penerbangan untuk melihat manifesnya.</translation>
    </message>
    <message>
        <source>published, in use</source>
        <translation>diterbitkan, sedang dipakai</translation>
    </message>
    <message>
        <source>published before, replaced by plan {plan}</source>
        <translation>pernah diterbitkan, digantikan rencana {plan}</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifes</translation>
    </message>
    <message>
        <source>Save the manifests</source>
        <translation>Simpan manifes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Manifest {flight}</source>
        <translation>Manifes {flight}</translation>
    </message>
    <message>
        <source>Print the manifest of {flight}</source>
        <translation>Cetak manifes {flight}</translation>
    </message>
    <message>
        <source>Recording the print...</source>
        <translation>Mencatat pencetakan...</translation>
    </message>
    <message>
        <source>Publish this plan...</source>
        <translation>Terbitkan rencana ini...</translation>
    </message>
    <message>
        <source>Make this the plan officers work from and export manifests of</source>
        <translation>Jadikan ini rencana yang dipakai para petugas dan sumber manifes</translation>
    </message>
    <message>
        <source>Fly</source>
        <translation>Terbang</translation>
    </message>
    <message>
        <source>Fly differently</source>
        <translation>Terbang berbeda</translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation>Penampungan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Households and pins</source>
        <translation>Keluarga dan kunci</translation>
    </message>
    <message>
        <source>No plan yet.
Make one in the Plan screen; its results appear here.</source>
        <translation>Belum ada rencana.
Susun satu di layar Rencana; hasilnya tampil di sini.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>reading...</source>
        <translation>membaca...</translation>
    </message>
    <message>
        <source>plan {plan}, made {made} by {who}</source>
        <translation>rencana {plan}, disusun {made} oleh {who}</translation>
    </message>
    <message>
        <source>Left behind ({count})</source>
        <translation>Tertinggal ({count})</translation>
    </message>
    <message>
        <source>Changes ({count})</source>
        <translation>Perubahan ({count})</translation>
    </message>
    <message>
        <source>person-nights over all shelters</source>
        <translation>malam-orang di semua penampungan</translation>
    </message>
    <message>
        <source>persons, against plan {plan}</source>
        <translation>orang, dibanding rencana {plan}</translation>
    </message>
    <message>
        <source>no published plan to compare with</source>
        <translation>belum ada rencana terbit sebagai pembanding</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>belum diterbitkan</translation>
    </message>
    <message>
        <source>Show the changes...</source>
        <translation>Lihat perubahannya...</translation>
    </message>
    <message>
        <source>Which records and pins changed since this plan was made, by whom and when</source>
        <translation>Data dan kunci mana yang berubah sejak rencana ini dibuat, oleh siapa dan kapan</translation>
    </message>
    <message>
        <source>of {persons}, on {flights}</source>
        <translation>dari {persons}, dengan {flights}</translation>
    </message>
    <message>
        <source>in {households}</source>
        <translation>dalam {households}</translation>
    </message>
    <message>
        <source>this is the published plan</source>
        <translation>ini rencana yang diterbitkan</translation>
    </message>
    <message>
        <source>The records or pins changed since this plan was made, so it can no longer be published. Solve again in the Plan screen to plan with the changes.</source>
        <translation>Data atau kunci berubah sejak rencana ini disusun, sehingga rencana ini tidak dapat diterbitkan lagi. Susun ulang di layar Rencana agar perubahan ikut diperhitungkan.</translation>
    </message>
    <message>
        <source>{count} change since then, the last: {what} {key} by {who}, {when}.</source>
        <translation>{count} perubahan sejak itu, yang terakhir: {what} {key} oleh {who}, {when}.</translation>
    </message>
    <message>
        <source>{count} changes since then, the last: {what} {key} by {who}, {when}.</source>
        <translation>{count} perubahan sejak itu, yang terakhir: {what} {key} oleh {who}, {when}.</translation>
    </message>
    <message>
        <source>The planner was stopped before it finished this plan; it cannot be published.</source>
        <translation>Perencana dihentikan sebelum rencana ini selesai; rencana ini tidak dapat diterbitkan.</translation>
    </message>
    <message>
        <source>{count} pin broke a planning rule and was released:</source>
        <translation>{count} kunci melanggar aturan perencanaan dan dilepas:</translation>
    </message>
    <message>
        <source>{count} pins broke a planning rule and were released:</source>
        <translation>{count} kunci melanggar aturan perencanaan dan dilepas:</translation>
    </message>
    <message>
        <source>This is the published plan. Export and print its manifests in the Export screen.</source>
        <translation>Ini rencana yang diterbitkan. Ekspor dan cetak manifesnya di layar Ekspor.</translation>
    </message>
    <message>
        <source>This plan is not published yet. Check who is left behind and why, then publish it.</source>
        <translation>Rencana ini belum diterbitkan. Periksa siapa yang tertinggal dan alasannya, lalu terbitkan.</translation>
    </message>
    <message>
        <source>Looking for households...</source>
        <translation>Mencari keluarga...</translation>
    </message>
    <message>
        <source>Pinned {who} to flight {flight}. Solve again to plan with the pin.</source>
        <translation>{who} dikunci ke penerbangan {flight}. Susun ulang rencana agar kunci ini berlaku.</translation>
    </message>
    <message>
        <source>Pinned {who} to shelter {flight}. Solve again to plan with the pin.</source>
        <translation>{who} dikunci ke penampungan {flight}. Susun ulang rencana agar kunci ini berlaku.</translation>
    </message>
    <message>
        <source>Pinning...</source>
        <translation>Mengunci...</translation>
    </message>
    <message>
        <source>Removed the pins of {who}. Solve again to plan without them.</source>
        <translation>Kunci {who} dilepas. Susun ulang rencana tanpa kunci itu.</translation>
    </message>
    <message>
        <source>Removing pins...</source>
        <translation>Melepas kunci...</translation>
    </message>
    <message>
        <source>Publish plan {plan}? It becomes the plan officers work from: manifests are exported from it, and the next plans keep its flights where they can.</source>
        <translation>Terbitkan rencana {plan}? Rencana ini menjadi pegangan para petugas: manifes diekspor darinya, dan rencana berikutnya mempertahankan penerbangannya bila memungkinkan.</translation>
    </message>
    <message>
        <source>Publish plan {plan}? It replaces plan {published} as the plan officers work from: manifests are exported from it.</source>
        <translation>Terbitkan rencana {plan}? Rencana ini menggantikan rencana {published} sebagai rencana kerja petugas: manifes diekspor darinya.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>Published plan {plan}: manifests are exported from it now.</source>
        <translation>Rencana {plan} diterbitkan: manifes kini diekspor darinya.</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Menerbitkan...</translation>
    </message>
    <message>
        <source>Search shelter name</source>
        <translation>Cari nama penampungan</translation>
    </message>
    <message>
        <source>No shelters yet.
Add one with Add..., or import a workbook with a Shelters sheet.</source>
        <translation>Belum ada penampungan.
Tambahkan dengan Tambah..., atau impor buku kerja dengan lembar Shelters.</translation>
    </message>
    <message>
        <source>Document slots</source>
        <translation>Jadwal dokumen</translation>
    </message>
    <message>
        <source>Search slot, date or location</source>
        <translation>Cari jadwal, tanggal atau lokasi</translation>
    </message>
    <message>
        <source>No document slots yet.
Add one with Add..., or import a workbook with a Document slots sheet.</source>
        <translation>Belum ada jadwal dokumen.
Tambahkan dengan Tambah..., atau impor buku kerja dengan lembar Document slots.</translation>
    </message>
    <message>
        <source>Plan who flies on which repatriation flight, who sleeps in which shelter, and who gets which appointment for an emergency travel document. Start by opening an operation.</source>
        <translation>Rencanakan siapa terbang dengan penerbangan repatriasi yang mana, siapa tidur di penampungan yang mana, dan siapa mendapat jadwal penerbitan dokumen perjalanan darurat yang mana. Mulailah dengan membuka sebuah operasi.</translation>
    </message>
    <message>
        <source>New operation...</source>
        <translation>Operasi baru...</translation>
    </message>
    <message>
        <source>Open operation file...</source>
        <translation>Buka berkas operasi...</translation>
    </message>
    <message>
        <source>Connect to a database server...</source>
        <translation>Sambungkan ke server basis data...</translation>
    </message>
    <message>
        <source>Recent operations</source>
        <translation>Operasi terakhir</translation>
    </message>
    <message>
        <source>To try the program, make a demo operation from the command line: evacplan --db demo.sqlite demo --people 2200 --seed 1</source>
        <translation>Untuk mencoba program, buat operasi contoh dari baris perintah: evacplan --db demo.sqlite demo --people 2200 --seed 1</translation>
    </message>
    <message>
        <source>Open {location}</source>
        <translation>Buka {location}</translation>
    </message>
    <message>
        <source>Priority weight flown</source>
        <translation>Bobot prioritas yang diterbangkan</translation>
    </message>
    <message>
        <source>Persons flown</source>
        <translation>Orang diterbangkan</translation>
    </message>
    <message>
        <source>Changes from the published plan</source>
        <translation>Perubahan dari rencana yang diterbitkan</translation>
    </message>
    <message>
        <source>Weighted days of waiting</source>
        <translation>Hari menunggu berbobot</translation>
    </message>
    <message>
        <source>Flown to their first choice</source>
        <translation>Diterbangkan ke pilihan utama</translation>
    </message>
    <message>
        <source>more is better</source>
        <extracomment>The objectives of SPEC 3.2 in their strict order. The objectives maximised (the others are minimised).</extracomment>
        <translation>makin banyak makin baik</translation>
    </message>
    <message>
        <source>less is better</source>
        <translation>makin sedikit makin baik</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <source>Good, not proven best</source>
        <translation>Baik, belum terbukti terbaik</translation>
    </message>
    <message>
        <source>Proven best</source>
        <translation>Terbukti terbaik</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Belum tercapai</translation>
    </message>
    <message>
        <source>Solving...</source>
        <translation>Menyusun rencana...</translation>
    </message>
    <message>
        <source>{count} person</source>
        <extracomment>The officer&apos;s language for the planner&apos;s words: Qt Linguist&apos;s ``tr`` and the locale&apos;s numbers (read at each call, so a change of language applies at once).</extracomment>
        <translation>{count} orang</translation>
    </message>
    <message>
        <source>{count} persons</source>
        <translation>{count} orang</translation>
    </message>
    <message>
        <source>{count} household</source>
        <translation>{count} keluarga</translation>
    </message>
    <message>
        <source>{count} households</source>
        <translation>{count} keluarga</translation>
    </message>
    <message>
        <source>{count} flight</source>
        <translation>{count} penerbangan</translation>
    </message>
    <message>
        <source>{count} flights</source>
        <translation>{count} penerbangan</translation>
    </message>
    <message>
        <source>{count} passenger</source>
        <translation>{count} penumpang</translation>
    </message>
    <message>
        <source>{count} passengers</source>
        <translation>{count} penumpang</translation>
    </message>
    <message>
        <source>{count} shelter</source>
        <translation>{count} penampungan</translation>
    </message>
    <message>
        <source>{count} shelters</source>
        <translation>{count} penampungan</translation>
    </message>
    <message>
        <source>{count} slot</source>
        <translation>{count} jadwal</translation>
    </message>
    <message>
        <source>{count} slots</source>
        <translation>{count} jadwal</translation>
    </message>
    <message>
        <source>{count} record</source>
        <translation>{count} data</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} data</translation>
    </message>
    <message>
        <source>{count} pin</source>
        <translation>{count} kunci</translation>
    </message>
    <message>
        <source>{count} pins</source>
        <translation>{count} kunci</translation>
    </message>
    <message>
        <source>{count} person-night</source>
        <translation>{count} malam-orang</translation>
    </message>
    <message>
        <source>{count} person-nights</source>
        <translation>{count} malam-orang</translation>
    </message>
    <message>
        <source>{visible} of {total}</source>
        <translation>{visible} dari {total}</translation>
    </message>
    <message>
        <source>{shown} and {count} more</source>
        <translation>{shown} dan {count} lainnya</translation>
    </message>
    <message>
        <source>The members accept no arrival airport in common; record one they all accept or split the household.</source>
        <translation>Para anggota tidak punya bandara kedatangan yang sama-sama diterima; catat satu yang diterima semua atau pisahkan keluarga.</translation>
    </message>
    <message>
        <source>The medical places on {flights} are taken.</source>
        <translation>Tempat medis di {flights} sudah terisi.</translation>
    </message>
    <message>
        <source>Now flies on {after}; a no-show on {no_show} (plan {against}), planned again.</source>
        <translation>Sekarang terbang dengan {after}; tidak hadir (no-show) di {no_show} (rencana {against}), direncanakan ulang.</translation>
    </message>
    <message>
        <source>Moved from {before} to {after}: no plan with fewer changes flies as much priority weight.</source>
        <translation>Dipindahkan dari {before} ke {after}: tidak ada rencana dengan perubahan lebih sedikit yang menerbangkan bobot prioritas sebesar ini.</translation>
    </message>
    <message>
        <source>Moved from {before} to {after}, although {before} still flies; the planner did not prove this move necessary. Pin the household to {before} to keep it there.</source>
        <translation>Dipindahkan dari {before} ke {after}, walaupun {before} tetap terbang; perencana tidak membuktikan bahwa pemindahan ini perlu. Sematkan keluarga ke {before} agar tetap di sana.</translation>
    </message>
    <message>
        <source>Moved, not proven needed</source>
        <translation>Dipindahkan, belum terbukti perlu</translation>
    </message>
    <message>
        <source>Flight cancelled</source>
        <extracomment>A released pin (a plan&apos;s conflict, or a household&apos;s &quot;pin_conflict&quot; reason), why a pin would be released, why a household has no bed: all reasons.</extracomment>
        <translation>Penerbangan dibatalkan</translation>
    </message>
    <message>
        <source>No document appointment is early enough for {persons} to take {flights}; add an earlier appointment.</source>
        <translation>Tidak ada jadwal dokumen yang cukup awal bagi {persons} untuk mengambil {flights}; tambahkan jadwal yang lebih awal.</translation>
    </message>
    <message>
        <source>Every document appointment early enough for {persons} to take {flights} is fully booked.</source>
        <translation>Setiap jadwal dokumen yang cukup awal bagi {persons} untuk mengambil {flights} sudah penuh.</translation>
    </message>
    <message>
        <source>The pinned document appointment of {persons} is ready too late for {flights}; pin an earlier appointment or remove the pin.</source>
        <translation>Jadwal dokumen yang dikunci untuk {persons} selesai terlambat untuk {flights}; kunci jadwal yang lebih awal atau lepaskan kuncinya.</translation>
    </message>
    <message>
        <source>{first} (+{count} more reason)</source>
        <translation>{first} (+{count} alasan lain)</translation>
    </message>
    <message>
        <source>{first} (+{count} more reasons)</source>
        <translation>{first} (+{count} alasan lain)</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of pin</source>
        <translation>&apos;{kind}&apos; bukan jenis kunci</translation>
    </message>
    <message>
        <source>the person is no longer awaiting a flight</source>
        <translation>orang ini tidak lagi menunggu penerbangan</translation>
    </message>
    <message>
        <source>the appointment no longer exists</source>
        <translation>jadwal dokumen itu sudah tidak ada</translation>
    </message>
    <message>
        <source>the household is no longer awaiting a flight</source>
        <translation>keluarga ini tidak lagi menunggu penerbangan</translation>
    </message>
    <message>
        <source>the flight no longer exists</source>
        <translation>penerbangan itu sudah tidak ada</translation>
    </message>
    <message>
        <source>the flight is {status}</source>
        <translation>penerbangan itu {status}</translation>
    </message>
    <message>
        <source>not every member accepts {airport}</source>
        <translation>tidak semua anggota menerima {airport}</translation>
    </message>
    <message>
        <source>the flight has fewer seats ({seats}) than the household needs ({need})</source>
        <translation>penerbangan memiliki lebih sedikit kursi ({seats}) daripada yang dibutuhkan keluarga ({need})</translation>
    </message>
    <message>
        <source>its {seats} are taken by earlier pins</source>
        <translation>{seats}nya sudah diambil kunci sebelumnya</translation>
    </message>
    <message>
        <source>the flight carries fewer medical passengers ({capacity}) than the household has ({medical})</source>
        <translation>penerbangan membawa lebih sedikit penumpang medis ({capacity}) daripada yang dimiliki keluarga ({medical})</translation>
    </message>
    <message>
        <source>the document appointments in time for its members are taken (by pins or by their capacity)</source>
        <translation>jadwal dokumen yang tepat waktu untuk anggotanya sudah terisi (oleh kunci atau karena kapasitasnya)</translation>
    </message>
    <message>
        <source>the shelter no longer exists</source>
        <translation>penampungan itu sudah tidak ada</translation>
    </message>
    <message>
        <source>the shelter is closed on some night of the stay</source>
        <translation>penampungan itu tutup pada salah satu malam selama menginap</translation>
    </message>
    <message>
        <source>{shelter} takes only women and children under {age}</source>
        <translation>{shelter} hanya menerima perempuan dan anak di bawah {age} tahun</translation>
    </message>
    <message>
        <source>{shelter} takes only men</source>
        <translation>{shelter} hanya menerima laki-laki</translation>
    </message>
    <message>
        <source>{shelter} has no medical care for a member flagged medical</source>
        <translation>{shelter} tidak punya perawatan medis untuk anggota yang ditandai medis</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>direncanakan</translation>
    </message>
    <message>
        <source>{day} Jan {year}</source>
        <extracomment>The variant of a template the desktop program says (``Words.desktop``): it names the desktop&apos;s own controls where the command line&apos;s sentence names an option.</extracomment>
        <translation>{day} Jan {year}</translation>
    </message>
    <message>
        <source>{day} Feb {year}</source>
        <translation>{day} Feb {year}</translation>
    </message>
    <message>
        <source>{day} Mar {year}</source>
        <translation>{day} Mar {year}</translation>
    </message>
    <message>
        <source>{day} Apr {year}</source>
        <translation>{day} Apr {year}</translation>
    </message>
    <message>
        <source>{day} May {year}</source>
        <translation>{day} Mei {year}</translation>
    </message>
    <message>
        <source>{day} Jun {year}</source>
        <translation>{day} Jun {year}</translation>
    </message>
    <message>
        <source>{day} Jul {year}</source>
        <translation>{day} Jul {year}</translation>
    </message>
    <message>
        <source>{day} Aug {year}</source>
        <translation>{day} Agu {year}</translation>
    </message>
    <message>
        <source>{day} Sep {year}</source>
        <translation>{day} Sep {year}</translation>
    </message>
    <message>
        <source>{day} Oct {year}</source>
        <translation>{day} Okt {year}</translation>
    </message>
    <message>
        <source>{day} Nov {year}</source>
        <translation>{day} Nov {year}</translation>
    </message>
    <message>
        <source>{day} Dec {year}</source>
        <translation>{day} Des {year}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>{count} seat</source>
        <translation>{count} kursi</translation>
    </message>
    <message>
        <source>{count} seats</source>
        <translation>{count} kursi</translation>
    </message>
    <message>
        <source>{count} medical passenger</source>
        <translation>{count} penumpang medis</translation>
    </message>
    <message>
        <source>{count} medical passengers</source>
        <translation>{count} penumpang medis</translation>
    </message>
    <message>
        <source>{count} infant</source>
        <translation>{count} bayi</translation>
    </message>
    <message>
        <source>{count} infants</source>
        <translation>{count} bayi</translation>
    </message>
    <message>
        <source>{count} bed</source>
        <translation>{count} tempat tidur</translation>
    </message>
    <message>
        <source>{count} beds</source>
        <translation>{count} tempat tidur</translation>
    </message>
    <message>
        <source>{count} place</source>
        <translation>{count} tempat</translation>
    </message>
    <message>
        <source>{count} places</source>
        <translation>{count} tempat</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} hari</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} hari</translation>
    </message>
    <message>
        <source>{count} member aged</source>
        <translation>{count} anggota berusia</translation>
    </message>
    <message>
        <source>{count} members aged</source>
        <translation>{count} anggota berusia</translation>
    </message>
    <message>
        <source>{count} document appointment</source>
        <translation>{count} jadwal dokumen</translation>
    </message>
    <message>
        <source>{count} document appointments</source>
        <translation>{count} jadwal dokumen</translation>
    </message>
    <message>
        <source>{count} conflict</source>
        <translation>{count} konflik</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} konflik</translation>
    </message>
    <message>
        <source>{count} emptied household</source>
        <translation>{count} keluarga yang kini kosong</translation>
    </message>
    <message>
        <source>{count} emptied households</source>
        <translation>{count} keluarga yang kini kosong</translation>
    </message>
    <message>
        <source>{count} entry</source>
        <translation>{count} entri</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entri</translation>
    </message>
    <message>
        <source>{count} column</source>
        <translation>{count} kolom</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>{count} kolom</translation>
    </message>
    <message>
        <source>{count} tag</source>
        <translation>{count} label</translation>
    </message>
    <message>
        <source>{count} tags</source>
        <translation>{count} label</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} halaman</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} halaman</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>dikonfirmasi</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>departed</source>
        <translation>sudah berangkat</translation>
    </message>
    <message>
        <source>No usable flight to {destinations} on or after {start}; add a flight or accept another airport.</source>
        <translation>Tidak ada penerbangan yang bisa dipakai ke {destinations} pada atau setelah {start}; tambahkan penerbangan atau terima bandara lain.</translation>
    </message>
    <message>
        <source>Cleared to leave only from {cleared_from}, after the last flight to {destinations} on {last_flight}.</source>
        <translation>Baru boleh meninggalkan negara mulai {cleared_from}, setelah penerbangan terakhir ke {destinations} pada {last_flight}.</translation>
    </message>
    <message>
        <source>Available to travel only from {ready}, after the last flight to {destinations} on {last_flight}.</source>
        <translation>Baru siap berangkat mulai {ready}, setelah penerbangan terakhir ke {destinations} pada {last_flight}.</translation>
    </message>
    <message>
        <source>An infant in this household has no member aged {minor_age} or over to travel with on {flights}.</source>
        <translation>Bayi dalam keluarga ini tidak punya anggota berusia {minor_age} tahun ke atas untuk mendampinginya di {flights}.</translation>
    </message>
    <message>
        <source>The household has {infants} but no member aged {minor_age} or over on {flights}; each infant travels on the lap of its own adult.</source>
        <translation>Keluarga ini memiliki {infants} tetapi tidak ada anggota berusia {minor_age} tahun ke atas di {flights}; setiap bayi dipangku oleh orang dewasanya sendiri.</translation>
    </message>
    <message>
        <source>The household has {infants} but only {adults} {minor_age} or over on {flights}; each infant travels on the lap of its own adult.</source>
        <translation>Keluarga ini memiliki {infants} tetapi hanya {adults} {minor_age} tahun ke atas di {flights}; setiap bayi dipangku oleh orang dewasanya sendiri.</translation>
    </message>
    <message>
        <source>The household needs {seats}, more than {flights} has.</source>
        <translation>Keluarga ini memerlukan {seats}, lebih banyak dari kursi {flights}.</translation>
    </message>
    <message>
        <source>The household needs {seats}, more than {flights} have.</source>
        <translation>Keluarga ini memerlukan {seats}, lebih banyak dari kursi {flights}.</translation>
    </message>
    <message>
        <source>Its {medical} exceeds the medical capacity of {flights}.</source>
        <translation>{medical}nya melebihi kapasitas medis {flights}.</translation>
    </message>
    <message>
        <source>Its {medical} exceed the medical capacity of {flights}.</source>
        <translation>{medical}nya melebihi kapasitas medis {flights}.</translation>
    </message>
    <message>
        <source>No fit-to-travel clearance: {persons} needs a medical clearance dated at most {days} before {flights}; record the clearance date.</source>
        <translation>Tidak ada surat layak terbang: {persons} memerlukan surat keterangan sehat bertanggal paling lama {days} sebelum {flights}; catat tanggal surat tersebut.</translation>
    </message>
    <message>
        <source>No fit-to-travel clearance: {persons} need a medical clearance dated at most {days} before {flights}; record the clearance date.</source>
        <translation>Tidak ada surat layak terbang: {persons} memerlukan surat keterangan sehat bertanggal paling lama {days} sebelum {flights}; catat tanggal surat tersebut.</translation>
    </message>
    <message>
        <source>No document appointment is early enough for {persons} to take any flight to {destinations} from {after}; add an earlier appointment.</source>
        <translation>Tidak ada jadwal dokumen yang cukup awal bagi {persons} untuk mengambil penerbangan mana pun ke {destinations} mulai {after}; tambahkan jadwal yang lebih awal.</translation>
    </message>
    <message>
        <source>Every document appointment is before {after}, the first day {persons} can attend one; add an appointment from {after} on, in time for {flights}.</source>
        <translation>Semua jadwal dokumen sebelum {after}, hari pertama {persons} dapat hadir; tambahkan jadwal mulai {after}, tepat waktu untuk {flights}.</translation>
    </message>
    <message>
        <source>The operation has no document appointment, and {persons} needs a travel document to fly; add appointments (Document slots).</source>
        <translation>Operasi ini belum punya jadwal dokumen, dan {persons} memerlukan dokumen perjalanan untuk terbang; tambahkan jadwal (Jadwal dokumen).</translation>
    </message>
    <message>
        <source>The operation has no document appointment, and {persons} need travel documents to fly; add appointments (Document slots).</source>
        <translation>Operasi ini belum punya jadwal dokumen, dan {persons} memerlukan dokumen perjalanan untuk terbang; tambahkan jadwal (Jadwal dokumen).</translation>
    </message>
    <message>
        <source>{flights} is full in this plan, carrying {competing_persons}.</source>
        <translation>{flights} sudah penuh dalam rencana ini, membawa {competing_persons}.</translation>
    </message>
    <message>
        <source>{flights} are full in this plan, carrying {competing_persons}.</source>
        <translation>{flights} sudah penuh dalam rencana ini, membawa {competing_persons}.</translation>
    </message>
    <message>
        <source>{flights} still has room for this household, but the planner could not place it without moving others within its time limit; solve again with more time or pin it.</source>
        <translation>{flights} masih punya tempat untuk keluarga ini, tetapi perencana tidak dapat menempatkannya tanpa memindahkan keluarga lain dalam batas waktunya; susun ulang dengan waktu lebih lama atau kunci keluarga ini.</translation>
    </message>
    <message>
        <source>{flights} still have room for this household, but the planner could not place it without moving others within its time limit; solve again with more time or pin it.</source>
        <translation>{flights} masih punya tempat untuk keluarga ini, tetapi perencana tidak dapat menempatkannya tanpa memindahkan keluarga lain dalam batas waktunya; susun ulang dengan waktu lebih lama atau kunci keluarga ini.</translation>
    </message>
    <message>
        <source>{flights} leaves before {ready}, the day it is available to travel.</source>
        <translation>{flights} berangkat sebelum {ready}, hari keluarga ini siap bepergian.</translation>
    </message>
    <message>
        <source>{flights} leave before {ready}, the day it is available to travel.</source>
        <translation>{flights} berangkat sebelum {ready}, hari keluarga ini siap bepergian.</translation>
    </message>
    <message>
        <source>{flights} leaves before {ready}, the day it is cleared to leave.</source>
        <translation>{flights} berangkat sebelum {ready}, hari keluarga ini boleh meninggalkan negara.</translation>
    </message>
    <message>
        <source>{flights} leave before {ready}, the day it is cleared to leave.</source>
        <translation>{flights} berangkat sebelum {ready}, hari keluarga ini boleh meninggalkan negara.</translation>
    </message>
    <message>
        <source>Lost its seat on {flight} (plan {reference_plan}) to other households: it now carries {newcomers} not on it then, with priority weight {newcomer_weight} (this household: {weight} for {persons_weighed}).</source>
        <translation>Kehilangan kursinya di {flight} (rencana {reference_plan}) karena keluarga lain: {newcomers} yang dulu tidak ada di penerbangan itu kini terbang dengannya, dengan bobot prioritas {newcomer_weight} (keluarga ini: {weight} untuk {persons_weighed}).</translation>
    </message>
    <message>
        <source>Lost its seat on {flight} (plan {reference_plan}) to households of higher priority: it now carries {newcomers} not on it then, with priority weight {newcomer_weight} (this household: {weight} for {persons_weighed}).</source>
        <translation>Kehilangan kursinya di {flight} (rencana {reference_plan}) karena keluarga dengan prioritas lebih tinggi: {newcomers} yang dulu tidak ada di penerbangan itu kini terbang dengannya, dengan bobot prioritas {newcomer_weight} (keluarga ini: {weight} untuk {persons_weighed}).</translation>
    </message>
    <message>
        <source>Lost its seat on {flight} (the previous plan) to households of higher priority: it now carries {newcomers} not on it then, with priority weight {newcomer_weight} (this household: {weight} for {persons_weighed}).</source>
        <translation>Kehilangan kursinya di {flight} (rencana sebelumnya) karena keluarga dengan prioritas lebih tinggi: {newcomers} yang dulu tidak ada di penerbangan itu kini terbang dengannya, dengan bobot prioritas {newcomer_weight} (keluarga ini: {weight} untuk {persons_weighed}).</translation>
    </message>
    <message>
        <source>Lost its seat on {flight} (the previous plan) to other households: it now carries {newcomers} not on it then, with priority weight {newcomer_weight} (this household: {weight} for {persons_weighed}).</source>
        <translation>Kehilangan kursinya di {flight} (rencana sebelumnya) karena keluarga lain: {newcomers} yang dulu tidak ada di penerbangan itu kini terbang dengannya, dengan bobot prioritas {newcomer_weight} (keluarga ini: {weight} untuk {persons_weighed}).</translation>
    </message>
    <message>
        <source>Did not check in for {flight}; planned again.</source>
        <translation>Tidak melapor (check-in) untuk {flight}; direncanakan lagi.</translation>
    </message>
    <message>
        <source>The pin of household {subject} to {kind} {target} was released: {why}.</source>
        <translation>Kunci keluarga {subject} ke {kind} {target} dilepas: {why}.</translation>
    </message>
    <message>
        <source>The pin of person {subject} to {kind} {target} was released: {why}.</source>
        <translation>Kunci orang {subject} ke {kind} {target} dilepas: {why}.</translation>
    </message>
    <message>
        <source>Pin #{pin_id} ({kind}) was released: the pins cannot all hold together with the seats, appointments and beds there are.</source>
        <translation>Kunci #{pin_id} ({kind}) dilepas: semua kunci tidak dapat dipertahankan bersama dengan kursi, jadwal dokumen dan tempat tidur yang ada.</translation>
    </message>
    <message>
        <source>the person&apos;s travel document is valid: they need no appointment</source>
        <translation>dokumen perjalanan orang ini masih berlaku: ia tidak memerlukan jadwal dokumen</translation>
    </message>
    <message>
        <source>the appointment is on {slot_date}, before the person is available on {ready}</source>
        <translation>jadwal dokumen itu pada {slot_date}, sebelum orangnya siap pada {ready}</translation>
    </message>
    <message>
        <source>the appointment&apos;s {capacity} is taken by an earlier pin</source>
        <translation>{capacity} di jadwal dokumen ini sudah diambil kunci sebelumnya</translation>
    </message>
    <message>
        <source>the appointment&apos;s {capacity} are taken by earlier pins</source>
        <translation>{capacity} di jadwal dokumen ini sudah diambil kunci sebelumnya</translation>
    </message>
    <message>
        <source>the household is called or checked in for flight {flight}, and the planner keeps it there until the flight closes or its status is set back to registered</source>
        <translation>keluarga ini sudah dipanggil atau sudah check-in untuk penerbangan {flight}, dan perencana menahannya di sana sampai penerbangan ditutup atau statusnya dikembalikan ke terdaftar</translation>
    </message>
    <message>
        <source>the flight left on {departure}, before the plan start</source>
        <translation>penerbangan itu berangkat pada {departure}, sebelum awal rencana</translation>
    </message>
    <message>
        <source>the household accepts only {accepted}, not {airport}</source>
        <translation>keluarga ini hanya menerima {accepted}, bukan {airport}</translation>
    </message>
    <message>
        <source>the household cannot leave before {earliest}</source>
        <translation>keluarga ini tidak dapat berangkat sebelum {earliest}</translation>
    </message>
    <message>
        <source>an infant would travel without a member aged {minor_age} or over</source>
        <translation>bayi akan bepergian tanpa anggota berusia {minor_age} tahun ke atas</translation>
    </message>
    <message>
        <source>{infants} would travel with {adults} {minor_age} or over, and each infant needs the lap of its own adult</source>
        <translation>{infants} akan bepergian dengan {adults} {minor_age} tahun ke atas, dan setiap bayi perlu dipangku oleh orang dewasanya sendiri</translation>
    </message>
    <message>
        <source>no fit-to-travel clearance of {persons} covers {departure}</source>
        <translation>tidak ada surat layak terbang {persons} yang berlaku untuk {departure}</translation>
    </message>
    <message>
        <source>its medical capacity of {capacity} is taken by earlier pins</source>
        <translation>kapasitas medisnya sebanyak {capacity} sudah diambil kunci sebelumnya</translation>
    </message>
    <message>
        <source>the document of {case_no} from its pinned appointment is not ready in time</source>
        <translation>dokumen {case_no} dari jadwal yang dikuncinya tidak siap tepat waktu</translation>
    </message>
    <message>
        <source>no document appointment is early enough for {case_no}</source>
        <translation>tidak ada jadwal dokumen yang cukup awal bagi {case_no}</translation>
    </message>
    <message>
        <source>no member of the household needs a shelter</source>
        <translation>tidak ada anggota keluarga yang memerlukan penampungan</translation>
    </message>
    <message>
        <source>the shelter has fewer beds ({beds}) than the household needs ({need})</source>
        <translation>penampungan memiliki lebih sedikit tempat tidur ({beds}) daripada yang dibutuhkan keluarga ({need})</translation>
    </message>
    <message>
        <source>its {beds} are taken by earlier pins on the night of {night}</source>
        <translation>{beds}nya sudah diambil kunci sebelumnya pada malam {night}</translation>
    </message>
    <message>
        <source>did not check in (no-show)</source>
        <translation>tidak melapor (tidak hadir)</translation>
    </message>
    <message>
        <source>standby, given a freed seat at close</source>
        <translation>cadangan, mendapat kursi kosong saat penutupan</translation>
    </message>
    <message>
        <source>moved by a new plan</source>
        <translation>dipindahkan oleh rencana baru</translation>
    </message>
    <message>
        <source>left by own means</source>
        <translation>pulang dengan cara sendiri</translation>
    </message>
    <message>
        <source>withdrew</source>
        <translation>mengundurkan diri</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>hilang</translation>
    </message>
    <message>
        <source>left the operation</source>
        <translation>keluar dari operasi</translation>
    </message>
    <message>
        <source>Needs {needed}; {free} left on the flight.</source>
        <translation>Perlu {needed}; tersisa {free} di penerbangan.</translation>
    </message>
    <message>
        <source>Its infant needs the lap of a member aged {minor_age} or over; it has none on the flight&apos;s day.</source>
        <translation>Bayinya perlu dipangku anggota berumur {minor_age} tahun ke atas; tidak ada pada hari penerbangan.</translation>
    </message>
    <message>
        <source>{infants} need the laps of members aged {minor_age} or over; it has {adults} on the flight&apos;s day.</source>
        <translation>{infants} perlu dipangku anggota berumur {minor_age} tahun ke atas; hanya ada {adults} pada hari penerbangan.</translation>
    </message>
    <message>
        <source>Has {medical}; the flight takes {free} more.</source>
        <translation>Ada {medical}; penerbangan hanya menerima {free} lagi.</translation>
    </message>
    <message>
        <source>The flight goes to {destination}, which not every member accepts.</source>
        <translation>Penerbangan ini ke {destination}, yang tidak diterima semua anggota.</translation>
    </message>
    <message>
        <source>May leave only from {ready}; the flight leaves {departs}.</source>
        <translation>Baru boleh berangkat mulai {ready}; penerbangan berangkat {departs}.</translation>
    </message>
    <message>
        <source>No travel document ready before check-in for the flight of {departs}.</source>
        <translation>Tidak ada dokumen perjalanan yang siap sebelum lapor diri untuk penerbangan {departs}.</translation>
    </message>
    <message>
        <source>No fit-to-travel clearance covering {departs} ({days} days).</source>
        <translation>Tidak ada surat layak terbang yang berlaku untuk {departs} ({days} hari).</translation>
    </message>
    <message>
        <source>Seating it would break planning rule {rule}.</source>
        <translation>Memberinya kursi akan melanggar aturan perencanaan {rule}.</translation>
    </message>
    <message>
        <source>{before} is {before_status}; no other flight could take it.</source>
        <translation>{before} {before_status}; tidak ada penerbangan lain yang dapat mengangkutnya.</translation>
    </message>
    <message>
        <source>{before} is {before_status}; moved to {after}.</source>
        <translation>{before} {before_status}; dipindahkan ke {after}.</translation>
    </message>
    <message>
        <source>Taken off {before}: {reason}</source>
        <translation>Dikeluarkan dari {before}: {reason}</translation>
    </message>
    <message>
        <source>Taken off {before}: see its reasons</source>
        <translation>Dikeluarkan dari {before}: lihat alasannya</translation>
    </message>
    <message>
        <source>Now flies on {after}; it had no flight in plan {against}.</source>
        <translation>Sekarang terbang dengan {after}; di rencana {against} belum mendapat penerbangan.</translation>
    </message>
    <message>
        <source>household {code}</source>
        <translation>keluarga {code}</translation>
    </message>
    <message>
        <source>document appointment</source>
        <translation>jadwal dokumen</translation>
    </message>
    <message>
        <source>No shelter is recorded for the nights of {first} to {last}.</source>
        <translation>Tidak ada penampungan yang tercatat untuk malam {first} sampai {last}.</translation>
    </message>
    <message>
        <source>No shelter takes this household: {misfits}.</source>
        <translation>Tidak ada penampungan yang menerima keluarga ini: {misfits}.</translation>
    </message>
    <message>
        <source>Every shelter that takes this household is closed on some of the nights of {first} to {last} ({shelters}).</source>
        <translation>Setiap penampungan yang menerima keluarga ini tutup pada sebagian malam dari {first} sampai {last} ({shelters}).</translation>
    </message>
    <message>
        <source>{shelter} has beds for the nights of {first} to {last}, but the planner did not place the household within its time limit; solve again or pin the shelter.</source>
        <translation>{shelter} punya tempat tidur untuk malam {first} sampai {last}, tetapi perencana tidak menempatkan keluarga ini dalam batas waktunya; susun rencana lagi atau kunci penampungannya.</translation>
    </message>
    <message>
        <source>{shelter} on the night of {night}</source>
        <translation>{shelter} pada malam {night}</translation>
    </message>
    <message>
        <source>All shelters that take this household are full: {full}.</source>
        <translation>Semua penampungan yang menerima keluarga ini penuh: {full}.</translation>
    </message>
    <message>
        <source>Lost the seat</source>
        <translation>Kehilangan kursi</translation>
    </message>
    <message>
        <source>Now flies</source>
        <translation>Sekarang terbang</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Dipindahkan</translation>
    </message>
    <message>
        <source>full name and date of birth</source>
        <translation>nama lengkap dan tanggal lahir</translation>
    </message>
    <message>
        <source>not a flight number such as QZ 8205</source>
        <translation>bukan nomor penerbangan seperti QZ 8205</translation>
    </message>
    <message>
        <source>not a sex (M/F, L/P, Male/Female, Laki-laki/Perempuan)</source>
        <translation>bukan jenis kelamin (L/P, Laki-laki/Perempuan, M/F, Male/Female)</translation>
    </message>
    <message>
        <source>not a shelter rule (any, women_children, men)</source>
        <translation>bukan aturan penampungan (any, women_children, men)</translation>
    </message>
    <message>
        <source>not a flight status (planned, confirmed, cancelled, departed)</source>
        <translation>bukan status penerbangan (planned, confirmed, cancelled, departed)</translation>
    </message>
    <message>
        <source>not a movement status (registered, called, checked_in, no_show, flown, arrived, self_departed, withdrawn, missing)</source>
        <translation>bukan status perjalanan (registered, called, checked_in, no_show, flown, arrived, self_departed, withdrawn, missing)</translation>
    </message>
    <message>
        <source>not yes or no (yes/no, ya/tidak, y/n, 1/0)</source>
        <translation>bukan ya atau tidak (ya/tidak, yes/no, y/n, 1/0)</translation>
    </message>
    <message>
        <source>not a document status (valid, expired, missing, lost, confiscated)</source>
        <translation>bukan status dokumen (valid, expired, missing, lost, confiscated)</translation>
    </message>
    <message>
        <source>an emergency travel document (SPLP, Surat Perjalanan Laksana Paspor) is not a document status: write valid once it is issued, or missing while it is still to be issued</source>
        <translation>dokumen perjalanan darurat (SPLP, Surat Perjalanan Laksana Paspor) bukan status dokumen: tulis valid bila sudah terbit, atau missing bila belum terbit</translation>
    </message>
    <message>
        <source>not a three-letter country code such as IDN</source>
        <translation>bukan kode negara tiga huruf seperti IDN</translation>
    </message>
    <message>
        <source>no airport code</source>
        <translation>tidak ada kode bandara</translation>
    </message>
    <message>
        <source>too many airports</source>
        <translation>terlalu banyak bandara</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>bukan nomor telepon</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>bukan angka</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>bukan bilangan bulat</translation>
    </message>
    <message>
        <source>less than zero</source>
        <translation>kurang dari nol</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>terlalu besar</translation>
    </message>
    <message>
        <source>more than a year</source>
        <translation>lebih dari setahun</translation>
    </message>
    <message>
        <source>not a time of day (such as 14:30)</source>
        <translation>bukan jam (misalnya 14:30)</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>bukan tanggal</translation>
    </message>
    <message>
        <source>a number that is not a date</source>
        <translation>angka yang bukan tanggal</translation>
    </message>
    <message>
        <source>not a date (write it day first, such as 31/12/1990 or 31 Des 1990)</source>
        <translation>bukan tanggal (tulis harinya dulu, misalnya 31/12/1990 atau 31 Des 1990)</translation>
    </message>
    <message>
        <source>a date outside the years 1900 to 2100</source>
        <translation>tanggal di luar tahun 1900 sampai 2100</translation>
    </message>
    <message>
        <source>a date of birth in the future</source>
        <translation>tanggal lahir di masa depan</translation>
    </message>
    <message>
        <source>a date of birth more than 120 years ago</source>
        <translation>tanggal lahir lebih dari 120 tahun yang lalu</translation>
    </message>
    <message>
        <source>a date without a time of day (write it like 03/02/2026 14:30)</source>
        <translation>tanggal tanpa jam (tulis seperti 03/02/2026 14:30)</translation>
    </message>
    <message>
        <source>a date without a time of day; add the time or a time column</source>
        <translation>tanggal tanpa jam; tambahkan jamnya atau kolom jam</translation>
    </message>
    <message>
        <source>household codes starting with ~ are reserved for households of one</source>
        <translation>kode keluarga yang diawali ~ khusus untuk keluarga satu orang</translation>
    </message>
    <message>
        <source>a formula without a saved result ({formula}); open the file in a spreadsheet program and save it again so the results are stored</source>
        <translation>rumus tanpa hasil tersimpan ({formula}); buka berkas di program lembar kerja lalu simpan lagi agar hasilnya tersimpan</translation>
    </message>
    <message>
        <source>longer than a spreadsheet cell may be ({limit} characters)</source>
        <translation>lebih panjang dari batas sel lembar kerja ({limit} karakter)</translation>
    </message>
    <message>
        <source>the spreadsheet shows the error {shown}</source>
        <translation>lembar kerja menampilkan galat {shown}</translation>
    </message>
    <message>
        <source>is missing (required)</source>
        <translation>tidak diisi (wajib)</translation>
    </message>
    <message>
        <source>pregnant is yes but sex is M</source>
        <translation>hamil diisi ya tetapi jenis kelamin L</translation>
    </message>
    <message>
        <source>closes before it opens</source>
        <translation>tutup sebelum dibuka</translation>
    </message>
    <message>
        <source>needs a slot id or a start time to be known by</source>
        <translation>memerlukan kode jadwal atau waktu mulai sebagai pengenalnya</translation>
    </message>
    <message>
        <source>repeats {key} of row {first_row} but {fields} differs</source>
        <translation>mengulang {key} dari baris {first_row} tetapi {fields} berbeda</translation>
    </message>
    <message>
        <source>repeats {key} of row {first_row} but {fields} differ</source>
        <translation>mengulang {key} dari baris {first_row} tetapi {fields} berbeda</translation>
    </message>
    <message>
        <source>{sheet} row {row}: {case_no}: passport {before} → {after}, status {status} (a new passport: the case number, name and date of birth are those stored)</source>
        <translation>{sheet} baris {row}: {case_no}: paspor {before} → {after}, status {status} (paspor baru: nomor kasus, nama dan tanggal lahirnya sama dengan yang tersimpan)</translation>
    </message>
    <message>
        <source>{sheet} row {row} cancels {flight}: {persons} in {households} lose their seats on it in the published plan {plan}; plan again to move them to other flights</source>
        <translation>{sheet} baris {row} membatalkan {flight}: {persons} dalam {households} kehilangan kursinya di penerbangan itu dalam rencana terbit {plan}; rencanakan lagi untuk memindahkan mereka ke penerbangan lain</translation>
    </message>
    <message>
        <source>{sheet} row {row} cancels {flight}: {persons} in {households} lose their seats on it in the published plan {plan} ({called} called forward for it, {checked} checked in); plan again to move them to other flights</source>
        <translation>{sheet} baris {row} membatalkan {flight}: {persons} dalam {households} kehilangan kursinya di penerbangan itu dalam rencana terbit {plan} ({called} sudah dipanggil untuk penerbangan itu, {checked} sudah check-in); rencanakan lagi untuk memindahkan mereka ke penerbangan lain</translation>
    </message>
    <message>
        <source>{sheet}: {note}</source>
        <translation>{sheet}: {note}</translation>
    </message>
    <message>
        <source>a mapping without a header row must give its kind</source>
        <translation>pemetaan tanpa baris judul harus menyebut jenis datanya</translation>
    </message>
    <message>
        <source>the mapping&apos;s header row {row} is empty or not in the sheet</source>
        <translation>baris judul {row} dari pemetaan kosong atau tidak ada di lembar ini</translation>
    </message>
    <message>
        <source>no row near the top names the columns of persons, flights, shelters or document slots</source>
        <translation>tidak ada baris di bagian atas yang menamai kolom orang, penerbangan, penampungan atau jadwal dokumen</translation>
    </message>
    <message>
        <source>column {column} ({header}) was ignored: column {first_column} already gives {field}</source>
        <translation>kolom {column} ({header}) diabaikan: kolom {first_column} sudah memberi {field}</translation>
    </message>
    <message>
        <source>the mapping&apos;s column &apos;{column}&apos; is not in the header row</source>
        <translation>kolom &apos;{column}&apos; dari pemetaan tidak ada di baris judul</translation>
    </message>
    <message>
        <source>the mapping&apos;s field &apos;{field}&apos; is not a field of {kind}</source>
        <translation>isian &apos;{field}&apos; dari pemetaan bukan isian {kind}</translation>
    </message>
    <message>
        <source>{count} cell right of column {column} was not read</source>
        <translation>{count} sel di kanan kolom {column} tidak dibaca</translation>
    </message>
    <message>
        <source>{count} cells right of column {column} were not read</source>
        <translation>{count} sel di kanan kolom {column} tidak dibaca</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation>berkas ini bukan UTF-8; dibaca sebagai Windows-1252</translation>
    </message>
    <message>
        <source>the file is UTF-8 but row {rows} is Windows-1252; it was read as Windows-1252: check the accented letters of that row</source>
        <translation>berkas ini UTF-8 tetapi baris {rows} Windows-1252; baris itu dibaca sebagai Windows-1252: periksa huruf beraksen di baris itu</translation>
    </message>
    <message>
        <source>the file is UTF-8 but rows {rows} are Windows-1252; they were read as Windows-1252: check the accented letters of those rows</source>
        <translation>berkas ini UTF-8 tetapi baris {rows} Windows-1252; baris-baris itu dibaca sebagai Windows-1252: periksa huruf beraksen di baris-baris itu</translation>
    </message>
    <message>
        <source>the file is Windows-1252 but row {rows} is UTF-8; it was read as UTF-8: check the accented letters of that row</source>
        <translation>berkas ini Windows-1252 tetapi baris {rows} UTF-8; baris itu dibaca sebagai UTF-8: periksa huruf beraksen di baris itu</translation>
    </message>
    <message>
        <source>the file is Windows-1252 but rows {rows} are UTF-8; they were read as UTF-8: check the accented letters of those rows</source>
        <translation>berkas ini Windows-1252 tetapi baris {rows} UTF-8; baris-baris itu dibaca sebagai UTF-8: periksa huruf beraksen di baris-baris itu</translation>
    </message>
    <message>
        <source>row numbers {first} to {last}</source>
        <translation>nomor urut {first} sampai {last}</translation>
    </message>
    <message>
        <source>whole numbers from {low} to {high} (ages?)</source>
        <translation>bilangan bulat dari {low} sampai {high} (umur?)</translation>
    </message>
    <message>
        <source>sex words ({shown})</source>
        <translation>kata jenis kelamin ({shown})</translation>
    </message>
    <message>
        <source>yes/no words ({shown}): a yes/no flag</source>
        <translation>kata ya/tidak ({shown}): tanda ya/tidak</translation>
    </message>
    <message>
        <source>movement statuses ({shown})</source>
        <translation>status perjalanan ({shown})</translation>
    </message>
    <message>
        <source>document statuses ({shown})</source>
        <translation>status dokumen ({shown})</translation>
    </message>
    <message>
        <source>dates from {first} to {last}</source>
        <translation>tanggal dari {first} sampai {last}</translation>
    </message>
    <message>
        <source>dates from {first} to {last} (ages {youngest} to {oldest}): dates of birth</source>
        <translation>tanggal dari {first} sampai {last} (umur {youngest} sampai {oldest}): tanggal lahir</translation>
    </message>
    <message>
        <source>dates from {first} to {last}: recent dates, such as when a person is ready to travel</source>
        <translation>tanggal dari {first} sampai {last}: tanggal baru-baru ini, seperti kapan seseorang siap berangkat</translation>
    </message>
    <message>
        <source>phone numbers ({examples})</source>
        <translation>nomor telepon ({examples})</translation>
    </message>
    <message>
        <source>passport numbers ({examples})</source>
        <translation>nomor paspor ({examples})</translation>
    </message>
    <message>
        <source>nationalities ({examples})</source>
        <translation>kewarganegaraan ({examples})</translation>
    </message>
    <message>
        <source>airports or cities of arrival ({examples})</source>
        <translation>bandara atau kota tujuan ({examples})</translation>
    </message>
    <message>
        <source>the same value on {low}-{high} adjacent rows in {places} places ({examples}): looks like a household (a family&apos;s id typed or merged over its members&apos; rows)</source>
        <translation>nilai yang sama pada {low}-{high} baris berurutan di {places} tempat ({examples}): tampaknya keluarga (kode keluarga yang diketik atau digabung di baris para anggotanya)</translation>
    </message>
    <message>
        <source>the same value on {low} adjacent rows in {places} places ({examples}): looks like a household (a family&apos;s id typed or merged over its members&apos; rows)</source>
        <translation>nilai yang sama pada {low} baris berurutan di {places} tempat ({examples}): tampaknya keluarga (kode keluarga yang diketik atau digabung di baris para anggotanya)</translation>
    </message>
    <message>
        <source>case numbers ({examples})</source>
        <translation>nomor kasus ({examples})</translation>
    </message>
    <message>
        <source>names ({examples})</source>
        <translation>nama ({examples})</translation>
    </message>
    <message>
        <source>text ({examples})</source>
        <translation>teks ({examples})</translation>
    </message>
    <message>
        <source>numbers ({examples})</source>
        <translation>angka ({examples})</translation>
    </message>
    <message>
        <source>its header reads like &apos;{like}&apos;</source>
        <translation>judulnya terbaca seperti &apos;{like}&apos;</translation>
    </message>
    <message>
        <source>its header reads like &apos;{like}&apos; ({field})</source>
        <translation>judulnya terbaca seperti &apos;{like}&apos; ({field})</translation>
    </message>
    <message>
        <source>its cells hold {reading}</source>
        <translation>sel-selnya berisi {reading}</translation>
    </message>
    <message>
        <source>its cells are empty</source>
        <translation>sel-selnya kosong</translation>
    </message>
    <message>
        <source>{header}, but {cells}</source>
        <translation>{header}, tetapi {cells}</translation>
    </message>
    <message>
        <source>{header}, but {cells} and {percent} % of them read as {field}</source>
        <translation>{header}, tetapi {cells} dan {percent} % di antaranya terbaca sebagai {field}</translation>
    </message>
    <message>
        <source>its header is one the vocabulary lists</source>
        <translation>judulnya ada dalam daftar kosakata</translation>
    </message>
    <message>
        <source>the mapping names it</source>
        <translation>pemetaan menyebutnya</translation>
    </message>
    <message>
        <source>the remembered mapping names it</source>
        <translation>pemetaan yang diingat menyebutnya</translation>
    </message>
    <message>
        <source>{how}, but only {percent} % of its cells read as {field}</source>
        <translation>{how}, tetapi hanya {percent} % selnya terbaca sebagai {field}</translation>
    </message>
    <message>
        <source>its header reads as much like {field}</source>
        <translation>judulnya sama miripnya dengan {field}</translation>
    </message>
    <message>
        <source>not proposed as {field}, which its header reads like: {percent} % of its cells read as it</source>
        <translation>tidak diusulkan sebagai {field}, yang mirip dengan judulnya: {percent} % selnya terbaca sebagai itu</translation>
    </message>
    <message>
        <source>not proposed as {field}: column {letter} gives it</source>
        <translation>tidak diusulkan sebagai {field}: kolom {letter} sudah memberikannya</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>Tidak ada berkas di {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} adalah folder, bukan berkas</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Tidak dapat membaca {path}: {detail}</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} kosong</translation>
    </message>
    <message>
        <source>{file} is too large to import ({size_mb} MB; the limit is {limit_mb} MB)</source>
        <translation>{file} terlalu besar untuk diimpor ({size_mb} MB; batasnya {limit_mb} MB)</translation>
    </message>
    <message>
        <source>{file} is {kind}, not a workbook or CSV file; save the roster as .xlsx or .csv and import that</source>
        <translation>{file} adalah {kind}, bukan buku kerja atau berkas CSV; simpan daftar sebagai .xlsx atau .csv lalu impor berkas itu</translation>
    </message>
    <message>
        <source>{file} is protected with a password; open it, remove the password (File &gt; Info &gt; Protect Workbook in Excel, or File &gt; Properties &gt; Security in LibreOffice) and save it again</source>
        <translation>{file} dilindungi kata sandi; buka berkas itu, hapus kata sandinya (File &gt; Info &gt; Protect Workbook di Excel, atau File &gt; Properties &gt; Security di LibreOffice) lalu simpan lagi</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a readable zip package ({detail})</source>
        <translation>{file} rusak: bukan paket zip yang bisa dibaca ({detail})</translation>
    </message>
    <message>
        <source>{file} is too large to read in its format; save it as .xlsx, which is read without loading it whole</source>
        <translation>{file} terlalu besar untuk dibaca dalam formatnya; simpan sebagai .xlsx, yang dibaca tanpa memuatnya utuh</translation>
    </message>
    <message>
        <source>{file} is too large for its format ({size_mb} MB); save it as .xlsx, which is read without loading it whole</source>
        <translation>{file} terlalu besar untuk formatnya ({size_mb} MB); simpan sebagai .xlsx, yang dibaca tanpa memuatnya utuh</translation>
    </message>
    <message>
        <source>{file} needs more memory than a workbook in this format may use ({limit_mb} MB) and was not read; save it as .xlsx, which is read without loading it whole</source>
        <translation>{file} memerlukan memori lebih besar dari yang boleh dipakai buku kerja dalam format ini ({limit_mb} MB) dan tidak dibaca; simpan sebagai .xlsx, yang dibaca tanpa memuatnya utuh</translation>
    </message>
    <message>
        <source>{file} is damaged or not a workbook we can read ({detail})</source>
        <translation>{file} rusak atau bukan buku kerja yang bisa dibaca ({detail})</translation>
    </message>
    <message>
        <source>{file} has more than {max_rows} rows</source>
        <translation>{file} berisi lebih dari {max_rows} baris</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; has more than {max_rows} rows</source>
        <translation>{file}: lembar &apos;{sheet}&apos; berisi lebih dari {max_rows} baris</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; has {rows} rows of {columns} columns ({cells} cells); a sheet in this format is read whole and may have at most {max_cells} cells (and {max_rows} rows of {max_columns} columns): delete the empty rows and columns after the roster, or save it as .xlsx, which is read without loading it whole</source>
        <translation>{file}: lembar &apos;{sheet}&apos; berisi {rows} baris kali {columns} kolom ({cells} sel); lembar dalam format ini dibaca utuh dan paling banyak boleh berisi {max_cells} sel (dan {max_rows} baris kali {max_columns} kolom): hapus baris dan kolom kosong sesudah daftar, atau simpan sebagai .xlsx, yang dibaca tanpa memuatnya utuh</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; declares (with repeated rows or columns) {rows} rows of {columns} columns ({cells} cells); a sheet in this format is read whole and may have at most {max_cells} cells (and {max_rows} rows of {max_columns} columns): delete the empty rows and columns after the roster, or save it as .xlsx, which is read without loading it whole</source>
        <translation>{file}: lembar &apos;{sheet}&apos; menyatakan (dengan baris atau kolom berulang) {rows} baris kali {columns} kolom ({cells} sel); lembar dalam format ini dibaca utuh dan paling banyak boleh berisi {max_cells} sel (dan {max_rows} baris kali {max_columns} kolom): hapus baris dan kolom kosong sesudah daftar, atau simpan sebagai .xlsx, yang dibaca tanpa memuatnya utuh</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; has cells up to {rows} rows of {columns} columns ({cells} cells); a sheet in this format is read whole and may have at most {max_cells} cells (and {max_rows} rows of {max_columns} columns): delete the empty rows and columns after the roster, or save it as .xlsx, which is read without loading it whole</source>
        <translation>{file}: lembar &apos;{sheet}&apos; punya sel sampai {rows} baris kali {columns} kolom ({cells} sel); lembar dalam format ini dibaca utuh dan paling banyak boleh berisi {max_cells} sel (dan {max_rows} baris kali {max_columns} kolom): hapus baris dan kolom kosong sesudah daftar, atau simpan sebagai .xlsx, yang dibaca tanpa memuatnya utuh</translation>
    </message>
    <message>
        <source>{file}: sheet &apos;{sheet}&apos; is {size_mb} MB unpacked; save it as .xlsx, which is read without loading it whole</source>
        <translation>{file}: lembar &apos;{sheet}&apos; berukuran {size_mb} MB setelah dibuka; simpan sebagai .xlsx, yang dibaca tanpa memuatnya utuh</translation>
    </message>
    <message>
        <source>{file} is not a CSV file we can read (row {row}: {detail})</source>
        <translation>{file} bukan berkas CSV yang bisa dibaca (baris {row}: {detail})</translation>
    </message>
    <message>
        <source>{file} is too large for a JSON roster</source>
        <translation>{file} terlalu besar untuk daftar JSON</translation>
    </message>
    <message>
        <source>{file} is not valid JSON ({detail})</source>
        <translation>{file} bukan JSON yang sah ({detail})</translation>
    </message>
    <message>
        <source>{file} is JSON but not a roster: expected a list of records or an object of lists</source>
        <translation>{file} berformat JSON tetapi bukan daftar: seharusnya berupa daftar data atau objek berisi daftar</translation>
    </message>
    <message>
        <source>{file} has no sheet named &apos;{sheet}&apos; (its sheets: {sheets})</source>
        <translation>{file} tidak punya lembar bernama &apos;{sheet}&apos; (lembarnya: {sheets})</translation>
    </message>
    <message>
        <source>{file} has no sheet named &apos;{sheet}&apos; (it has no sheets)</source>
        <translation>{file} tidak punya lembar bernama &apos;{sheet}&apos; (berkas ini tidak punya lembar)</translation>
    </message>
    <message>
        <source>{file} has no sheets with cells</source>
        <translation>{file} tidak punya lembar yang berisi sel</translation>
    </message>
    <message>
        <source>{file} holds no sheet {mapping} fits ({sheets}); nothing was imported</source>
        <translation>{file} tidak berisi lembar yang cocok dengan {mapping} ({sheets}); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>no row near the top has the mapping&apos;s column {columns} (the nearest, row {row}, reads {header}): name it in the mapping as that row does, or import without the mapping for the planner to recognise the columns</source>
        <translation>tidak ada baris di bagian atas yang memuat kolom pemetaan {columns} (yang terdekat, baris {row}, berbunyi {header}): namai kolom itu di pemetaan seperti baris tersebut menamainya, atau impor tanpa pemetaan agar perencana mengenali kolomnya</translation>
    </message>
    <message>
        <source>no row near the top has the mapping&apos;s columns {columns} (the nearest, row {row}, reads {header}): name them in the mapping as that row does, or import without the mapping for the planner to recognise the columns</source>
        <translation>tidak ada baris di bagian atas yang memuat kolom pemetaan {columns} (yang terdekat, baris {row}, berbunyi {header}): namai kolom-kolom itu di pemetaan seperti baris tersebut menamainya, atau impor tanpa pemetaan agar perencana mengenali kolomnya</translation>
    </message>
    <message>
        <source>row {row} ({header}) has the mapping&apos;s columns, but they do not name enough of the fields of persons, flights, shelters or document slots to tell which the sheet holds: add the sheet&apos;s kind to the mapping (such as {{&quot;kind&quot;: &quot;persons&quot;}})</source>
        <translation>baris {row} ({header}) memuat kolom pemetaan, tetapi kolom itu tidak cukup menamai bidang orang, penerbangan, penampungan atau jadwal dokumen untuk mengetahui isi lembar: tambahkan jenis lembar ke pemetaan (seperti {{&quot;kind&quot;: &quot;persons&quot;}})</translation>
    </message>
    <message>
        <source>{mapping} is for the sheet {sheet}, and {file} has no sheet of that name (its sheets: {sheets}): import the file that has it, or take &quot;sheet&quot; out of the mapping; nothing was imported</source>
        <translation>{mapping} ditujukan untuk lembar {sheet}, dan {file} tidak punya lembar bernama itu (lembarnya: {sheets}): impor berkas yang memilikinya, atau hapus &quot;sheet&quot; dari pemetaan; tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>{file} holds no sheet of persons, flights, shelters or document slots that could be recognised ({sheets}); name the columns with --mapping</source>
        <translation>{file} tidak berisi lembar orang, penerbangan, penampungan atau jadwal dokumen yang bisa dikenali ({sheets}); namai kolomnya dengan --mapping</translation>
    </message>
    <message>
        <source>a mapping is saved for one sheet, and {file} has {count} recognised sheets ({sheets}): choose one (--sheet); nothing was imported</source>
        <translation>pemetaan disimpan untuk satu lembar, sedangkan {file} punya {count} lembar yang dikenali ({sheets}): pilih satu (--sheet); tidak ada yang diimpor</translation>
    </message>
    <message>
        <source>nothing was imported from {file}: {columns} but is not imported; say which field each fills or that it is to be left out</source>
        <translation>tidak ada yang diimpor dari {file}: {columns} tetapi tidak diimpor; sebutkan kolom data yang diisinya atau bahwa kolom itu dilewati</translation>
    </message>
    <message>
        <source>&apos;{sheet}&apos; column {column} looks like {field}</source>
        <translation>kolom {column} di &apos;{sheet}&apos; tampaknya berisi {field}</translation>
    </message>
    <message>
        <source>&apos;{sheet}&apos; column {column} looks like a household</source>
        <translation>kolom {column} di &apos;{sheet}&apos; tampaknya berisi keluarga</translation>
    </message>
    <message>
        <source>&apos;{sheet}&apos; column {column} looks like a yes/no flag</source>
        <translation>kolom {column} di &apos;{sheet}&apos; tampaknya berisi tanda ya/tidak</translation>
    </message>
    <message>
        <source>{file} is damaged: sheet &apos;{sheet}&apos; has a row numbered {number}, beyond the {max_rows} rows a sheet can have</source>
        <translation>{file} rusak: lembar &apos;{sheet}&apos; punya baris bernomor {number}, melebihi {max_rows} baris yang bisa dimuat satu lembar</translation>
    </message>
    <message>
        <source>{file} is not a workbook: it has no workbook part</source>
        <translation>{file} bukan buku kerja: tidak ada bagian buku kerjanya</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a readable workbook package ({detail})</source>
        <translation>{file} rusak: bukan paket buku kerja yang bisa dibaca ({detail})</translation>
    </message>
    <message>
        <source>{file} has {parts} parts: not a workbook we can read</source>
        <translation>{file} punya {parts} bagian: bukan buku kerja yang bisa dibaca</translation>
    </message>
    <message>
        <source>{file} looks like a compression bomb: its part {part} unpacks to {size_mb} MB from {packed_kb} KB</source>
        <translation>{file} tampaknya bom kompresi: bagian {part} menjadi {size_mb} MB dari {packed_kb} KB setelah dibuka</translation>
    </message>
    <message>
        <source>{file} is too large to import: its part {part} unpacks to {size_mb} MB</source>
        <translation>{file} terlalu besar untuk diimpor: bagian {part} setelah dibuka menjadi {size_mb} MB</translation>
    </message>
    <message>
        <source>{file} is too large to import: it unpacks to {size_mb} MB</source>
        <translation>{file} terlalu besar untuk diimpor: setelah dibuka menjadi {size_mb} MB</translation>
    </message>
    <message>
        <source>{file} is too large to import: its shared text table unpacks to {size_mb} MB</source>
        <translation>{file} terlalu besar untuk diimpor: tabel teks bersamanya setelah dibuka menjadi {size_mb} MB</translation>
    </message>
    <message>
        <source>{file} is damaged: the part {part} is missing</source>
        <translation>{file} rusak: bagian {part} tidak ada</translation>
    </message>
    <message>
        <source>{file} is damaged: cannot open {part} ({detail})</source>
        <translation>{file} rusak: {part} tidak dapat dibuka ({detail})</translation>
    </message>
    <message>
        <source>{file} is not a workbook we can read: its part {part} is {size_mb} MB</source>
        <translation>{file} bukan buku kerja yang bisa dibaca: bagian {part} berukuran {size_mb} MB</translation>
    </message>
    <message>
        <source>{file} was refused: its part {part} declares XML entities or a document type, which workbooks never need (a known attack)</source>
        <translation>{file} ditolak: bagian {part} menyatakan entitas XML atau jenis dokumen, yang tidak pernah diperlukan buku kerja (serangan yang dikenal)</translation>
    </message>
    <message>
        <source>{file} is damaged: {part} cannot be read ({detail})</source>
        <translation>{file} rusak: {part} tidak dapat dibaca ({detail})</translation>
    </message>
    <message>
        <source>{file} is damaged: {part} holds XML that cannot be read ({detail})</source>
        <translation>{file} rusak: {part} berisi XML yang tidak dapat dibaca ({detail})</translation>
    </message>
    <message>
        <source>{file} is damaged: {part}: no &lt;{element}&gt; element</source>
        <translation>{file} rusak: {part}: tidak ada elemen &lt;{element}&gt;</translation>
    </message>
    <message>
        <source>{file} is damaged: {part}: one &lt;{element}&gt; is larger than {limit_mb} MB</source>
        <translation>{file} rusak: {part}: satu &lt;{element}&gt; lebih besar dari {limit_mb} MB</translation>
    </message>
    <message>
        <source>{file} is damaged: {part}: it ends inside &lt;{element}&gt;</source>
        <translation>{file} rusak: {part}: berakhir di dalam &lt;{element}&gt;</translation>
    </message>
    <message>
        <source>Read {file} ({format})</source>
        <translation>Membaca {file} ({format})</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;: {kind}, header row {row}</source>
        <translation>Lembar &apos;{sheet}&apos;: {kind}, baris judul {row}</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;: {kind}, no header row</source>
        <translation>Lembar &apos;{sheet}&apos;: {kind}, tanpa baris judul</translation>
    </message>
    <message>
        <source>Read {file}</source>
        <translation>Membaca {file}</translation>
    </message>
    <message>
        <source>columns as remembered ({how})</source>
        <translation>kolom seperti yang diingat ({how})</translation>
    </message>
    <message>
        <source>(from the mapping)</source>
        <translation>(dari pemetaan)</translation>
    </message>
    <message>
        <source>(remembered mapping)</source>
        <translation>(pemetaan yang diingat)</translation>
    </message>
    <message>
        <source>(inferred, confidence {confidence}: {evidence})</source>
        <translation>(disimpulkan, keyakinan {confidence}: {evidence})</translation>
    </message>
    <message>
        <source>repeats another column&apos;s field</source>
        <translation>mengulang bidang kolom lain</translation>
    </message>
    <message>
        <source>left out as asked</source>
        <translation>dikecualikan sesuai permintaan</translation>
    </message>
    <message>
        <source>proposal: {proposal}</source>
        <translation>usulan: {proposal}</translation>
    </message>
    <message>
        <source>proposal: {proposal} (confidence {confidence})</source>
        <translation>usulan: {proposal} (keyakinan {confidence})</translation>
    </message>
    <message>
        <source>decide: --mapping or --ignore-column {letter}</source>
        <translation>putuskan: --mapping atau --ignore-column {letter}</translation>
    </message>
    <message>
        <source>no column for the required {fields}: every row will be rejected; name the column with --mapping</source>
        <translation>tidak ada kolom untuk {fields} yang wajib: setiap baris akan ditolak; sebutkan kolomnya dengan --mapping</translation>
    </message>
    <message>
        <source>Nothing was imported. Each column marked &apos;decide&apos; looks like a field the planner needs; give it its field with --mapping (a JSON file such as {{&quot;Kelompok&quot;: &quot;household&quot;}}) or leave it out with --ignore-column LETTER.</source>
        <translation>Tidak ada yang diimpor. Setiap kolom bertanda &apos;putuskan&apos; tampak seperti bidang yang diperlukan perencana; tetapkan bidangnya dengan --mapping (berkas JSON seperti {{&quot;Kelompok&quot;: &quot;household&quot;}}) atau kecualikan dengan --ignore-column HURUF.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;: not imported: {why}</source>
        <translation>Lembar &apos;{sheet}&apos;: tidak diimpor: {why}</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>tidak ada data</translation>
    </message>
    <message>
        <source>not imported:</source>
        <translation>tidak diimpor:</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Rejected rows ({count}):</source>
        <translation>Baris yang ditolak ({count}):</translation>
    </message>
    <message>
        <source>Rows held back with their households ({count}):</source>
        <translation>Baris yang ditahan bersama rumah tangganya ({count}):</translation>
    </message>
    <message>
        <source>... and {count} more problems (--rejects OUT.xlsx writes every rejected row)</source>
        <translation>... dan {count} masalah lagi (--rejects OUT.xlsx menulis setiap baris yang ditolak)</translation>
    </message>
    <message>
        <source>Repeated rows ({count}):</source>
        <translation>Baris berulang ({count}):</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... dan {count} lagi</translation>
    </message>
    <message>
        <source>Rows that are not records:</source>
        <translation>Baris yang bukan data:</translation>
    </message>
    <message>
        <source>{kind}: {parts}</source>
        <translation>{kind}: {parts}</translation>
    </message>
    <message>
        <source>{kind} (would be): {parts}</source>
        <translation>{kind} (akan): {parts}</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} ditambahkan</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} diperbarui</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} tidak berubah</translation>
    </message>
    <message>
        <source>{count} repeated row merged</source>
        <translation>{count} baris berulang digabung</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>{count} ditolak</translation>
    </message>
    <message>
        <source>{count} held back with its household</source>
        <translation>{count} ditahan bersama rumah tangganya</translation>
    </message>
    <message>
        <source>{count} held back with their households</source>
        <translation>{count} ditahan bersama rumah tangganya</translation>
    </message>
    <message>
        <source>{count} not records</source>
        <translation>{count} bukan data</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The import would be refused: {count} row is invalid; correct it or import the valid rows with --skip-invalid.</source>
        <translation>Uji coba: tidak ada yang diubah. Impor akan ditolak: {count} baris tidak valid; perbaiki atau impor baris yang valid dengan --skip-invalid.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The import would be refused: {count} rows are invalid; correct them or import the valid rows with --skip-invalid.</source>
        <translation>Uji coba: tidak ada yang diubah. Impor akan ditolak: {count} baris tidak valid; perbaiki atau impor baris yang valid dengan --skip-invalid.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. The import would take nothing: no row of {file} can be imported ({count} rejected); the commonest problems: {problems}.</source>
        <translation>Uji coba: tidak ada yang diubah. Impor tidak akan mengambil apa pun: tidak ada baris {file} yang dapat diimpor ({count} ditolak); masalah yang paling sering: {problems}.</translation>
    </message>
    <message>
        <source>Nothing was imported: no row of {file} can be imported ({count} rejected); the commonest problems: {problems}.</source>
        <translation>Tidak ada yang diimpor: tidak ada baris {file} yang dapat diimpor ({count} ditolak); masalah yang paling sering: {problems}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. No row of {file} can be imported ({count} rejected), so --skip-invalid would import nothing; the commonest problems: {problems}.</source>
        <translation>Uji coba: tidak ada yang diubah. Tidak ada baris {file} yang dapat diimpor ({count} ditolak), jadi --skip-invalid tidak akan mengimpor apa pun; masalah yang paling sering: {problems}.</translation>
    </message>
    <message>
        <source>Nothing was imported. No row of {file} can be imported ({count} rejected), so --skip-invalid would import nothing; the commonest problems: {problems}.</source>
        <translation>Tidak ada yang diimpor. Tidak ada baris {file} yang dapat diimpor ({count} ditolak), jadi --skip-invalid tidak akan mengimpor apa pun; masalah yang paling sering: {problems}.</translation>
    </message>
    <message>
        <source>column {column} ({header}), {count} row: {example}</source>
        <translation>kolom {column} ({header}), {count} baris: {example}</translation>
    </message>
    <message>
        <source>column {column} ({header}), {count} rows, such as {example}</source>
        <translation>kolom {column} ({header}), {count} baris, misalnya {example}</translation>
    </message>
    <message>
        <source>column {column}, {count} row: {example}</source>
        <translation>kolom {column}, {count} baris: {example}</translation>
    </message>
    <message>
        <source>column {column}, {count} rows, such as {example}</source>
        <translation>kolom {column}, {count} baris, misalnya {example}</translation>
    </message>
    <message>
        <source>{count} row: {example}</source>
        <translation>{count} baris: {example}</translation>
    </message>
    <message>
        <source>{count} rows, such as: {example}</source>
        <translation>{count} baris, misalnya: {example}</translation>
    </message>
    <message>
        <source>{value}: {why}</source>
        <translation>{value}: {why}</translation>
    </message>
    <message>
        <source>the import of {file} would be refused: {count} row is invalid (listed above)</source>
        <translation>impor {file} akan ditolak: {count} baris tidak valid (tercantum di atas)</translation>
    </message>
    <message>
        <source>the import of {file} would be refused: {count} rows are invalid (listed above)</source>
        <translation>impor {file} akan ditolak: {count} baris tidak valid (tercantum di atas)</translation>
    </message>
    <message>
        <source>nothing to import: sheet {sheets} of {file} has no rows under its headers (header row {row})</source>
        <translation>tidak ada yang diimpor: lembar {sheets} dari {file} tidak memiliki baris di bawah judulnya (baris judul {row})</translation>
    </message>
    <message>
        <source>nothing to import: sheets {sheets} of {file} have no rows under their headers</source>
        <translation>tidak ada yang diimpor: lembar {sheets} dari {file} tidak memiliki baris di bawah judulnya</translation>
    </message>
    <message>
        <source>no row of {file} can be imported: {count} rejected (listed above)</source>
        <translation>tidak ada baris {file} yang dapat diimpor: {count} ditolak (tercantum di atas)</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Uji coba: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row is invalid; correct it or import the valid rows with --skip-invalid.</source>
        <translation>Tidak ada yang diimpor: {count} baris tidak sah; perbaiki baris itu atau impor baris yang sah dengan --skip-invalid.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows are invalid; correct them or import the valid rows with --skip-invalid.</source>
        <translation>Tidak ada yang diimpor: {count} baris tidak sah; perbaiki baris-baris itu atau impor baris yang sah dengan --skip-invalid.</translation>
    </message>
    <message>
        <source>Nothing changed: the valid rows of {file} are in the operation already and its {count} invalid row was left out.</source>
        <translation>Tidak ada yang berubah: baris {file} yang sah sudah ada di operasi dan {count} baris yang tidak sah tidak diimpor.</translation>
    </message>
    <message>
        <source>Nothing changed: the valid rows of {file} are in the operation already and its {count} invalid rows were left out.</source>
        <translation>Tidak ada yang berubah: baris {file} yang sah sudah ada di operasi dan {count} baris yang tidak sah tidak diimpor.</translation>
    </message>
    <message>
        <source>Nothing changed: the operation already holds everything in {file}.</source>
        <translation>Tidak ada yang berubah: operasi sudah memuat semua isi {file}.</translation>
    </message>
    <message>
        <source>Imported {file} as import batch {batch}.</source>
        <translation>{file} diimpor sebagai angkatan impor {batch}.</translation>
    </message>
    <message>
        <source>nothing was imported from {file}: {count} row is invalid (listed above); correct it or use --skip-invalid</source>
        <translation>tidak ada yang diimpor dari {file}: {count} baris tidak sah (tercantum di atas); perbaiki baris itu atau gunakan --skip-invalid</translation>
    </message>
    <message>
        <source>nothing was imported from {file}: {count} rows are invalid (listed above); correct them or use --skip-invalid</source>
        <translation>tidak ada yang diimpor dari {file}: {count} baris tidak sah (tercantum di atas); perbaiki baris-baris itu atau gunakan --skip-invalid</translation>
    </message>
    <message>
        <source>Backed up the operation to {path} before importing</source>
        <translation>Operasi dicadangkan ke {path} sebelum impor</translation>
    </message>
    <message>
        <source>Wrote {count} rejected row to {path}</source>
        <translation>{count} baris yang ditolak ditulis ke {path}</translation>
    </message>
    <message>
        <source>Wrote {count} rejected rows to {path}</source>
        <translation>{count} baris yang ditolak ditulis ke {path}</translation>
    </message>
    <message>
        <source>Remembered {name} for the next file with these headers</source>
        <translation>{name} diingat untuk berkas berikutnya dengan judul kolom ini</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>nomor kasus</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>nomor paspor</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Jadwal dokumen</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>hilang</translation>
    </message>
    <message>
        <source>confiscated</source>
        <translation>disita</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>flights</source>
        <translation>penerbangan</translation>
    </message>
    <message>
        <source>shelters</source>
        <translation>penampungan</translation>
    </message>
    <message>
        <source>document slots</source>
        <translation>jadwal dokumen</translation>
    </message>
    <message>
        <source>row numbers</source>
        <translation>nomor urut</translation>
    </message>
    <message>
        <source>ages</source>
        <translation>umur</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>alamat</translation>
    </message>
    <message>
        <source>places of birth</source>
        <translation>tempat lahir</translation>
    </message>
    <message>
        <source>home regions</source>
        <translation>daerah asal</translation>
    </message>
    <message>
        <source>religions</source>
        <translation>agama</translation>
    </message>
    <message>
        <source>occupations</source>
        <translation>pekerjaan</translation>
    </message>
    <message>
        <source>employers</source>
        <translation>pemberi kerja</translation>
    </message>
    <message>
        <source>relatives</source>
        <translation>kerabat</translation>
    </message>
    <message>
        <source>identity card numbers</source>
        <translation>nomor KTP</translation>
    </message>
    <message>
        <source>education</source>
        <translation>pendidikan</translation>
    </message>
    <message>
        <source>marital status</source>
        <translation>status perkawinan</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>alamat surel</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>other names</source>
        <translation>nama lain</translation>
    </message>
    <message>
        <source>the rejects workbook&apos;s own columns</source>
        <translation>kolom milik berkas baris yang ditolak</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>arsip RAR</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>arsip gzip</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>arsip 7-Zip</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>program Windows</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>an OpenDocument file that is not a spreadsheet</source>
        <translation>berkas OpenDocument yang bukan lembar kerja</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>dokumen Word</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>presentasi PowerPoint</translation>
    </message>
    <message>
        <source>a zip archive of other files</source>
        <translation>arsip zip berisi berkas lain</translation>
    </message>
    <message>
        <source>a Word 97-2003 document</source>
        <translation>dokumen Word 97-2003</translation>
    </message>
    <message>
        <source>a PowerPoint 97-2003 presentation</source>
        <translation>presentasi PowerPoint 97-2003</translation>
    </message>
    <message>
        <source>a web page saved with a spreadsheet&apos;s name</source>
        <translation>halaman web yang disimpan dengan nama lembar kerja</translation>
    </message>
    <message>
        <source>an Excel 2003 XML spreadsheet</source>
        <translation>lembar kerja Excel 2003 XML</translation>
    </message>
    <message>
        <source>a Rich Text document</source>
        <translation>dokumen Rich Text</translation>
    </message>
    <message>
        <source>a file that is not a spreadsheet or text</source>
        <translation>berkas yang bukan lembar kerja atau teks</translation>
    </message>
    <message>
        <source>a formula without a saved result; open the file in a spreadsheet program and save it again so the results are stored</source>
        <translation>rumus tanpa hasil tersimpan; buka berkas di program lembar kerja lalu simpan lagi agar hasilnya tersimpan</translation>
    </message>
    <message>
        <source>not a number although stored as one</source>
        <translation>bukan angka walaupun disimpan sebagai angka</translation>
    </message>
    <message>
        <source>refers to text missing from the file (damaged)</source>
        <translation>merujuk ke teks yang tidak ada di berkas (rusak)</translation>
    </message>
    <message>
        <source>holds an invisible control character ({character}); remove it</source>
        <translation>berisi karakter kontrol yang tak terlihat ({character}); hapus karakter itu</translation>
    </message>
    <message>
        <source>longer than the {max_length} characters this field can hold</source>
        <translation>lebih panjang dari {max_length} karakter yang muat di kolom ini</translation>
    </message>
    <message>
        <source>longer than the {max_length} characters a phone number can have</source>
        <translation>lebih panjang dari {max_length} karakter yang boleh untuk nomor telepon</translation>
    </message>
    <message>
        <source>holds letters that are neither UTF-8 nor Windows-1252, so they cannot be read; save the file again as CSV UTF-8</source>
        <translation>berisi huruf yang bukan UTF-8 maupun Windows-1252 sehingga tidak dapat dibaca; simpan lagi berkasnya sebagai CSV UTF-8</translation>
    </message>
    <message>
        <source>{key} is new and needs {fields}</source>
        <translation>{key} baru dan memerlukan {fields}</translation>
    </message>
    <message>
        <source>{key}: it would close before it opens</source>
        <translation>{key}: akan tutup sebelum dibuka</translation>
    </message>
    <message>
        <source>not one airport: a three-letter airport code such as CGK, or its city such as Surabaya</source>
        <translation>bukan satu bandara: kode bandara tiga huruf seperti CGK, atau kotanya seperti Surabaya</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a three-letter airport code such as CGK or a city such as Surabaya</source>
        <translation>&apos;{part}&apos; bukan kode bandara tiga huruf seperti CGK atau kota seperti Surabaya</translation>
    </message>
    <message>
        <source>matches the stored person {case_no} by {key} but {fields} differs; correct the row or the stored person</source>
        <translation>cocok dengan orang tersimpan {case_no} menurut {key} tetapi {fields} berbeda; perbaiki baris ini atau data orang yang tersimpan</translation>
    </message>
    <message>
        <source>matches the stored person {case_no} by {key} but {fields} differ; correct the row or the stored person</source>
        <translation>cocok dengan orang tersimpan {case_no} menurut {key} tetapi {fields} berbeda; perbaiki baris ini atau data orang yang tersimpan</translation>
    </message>
    <message>
        <source>repeats the person of row {first_row} (same {key}) but {fields} differs</source>
        <translation>mengulang orang di baris {first_row} ({key} sama) tetapi {fields} berbeda</translation>
    </message>
    <message>
        <source>repeats the person of row {first_row} (same {key}) but {fields} differ</source>
        <translation>mengulang orang di baris {first_row} ({key} sama) tetapi {fields} berbeda</translation>
    </message>
    <message>
        <source>repeats the person of {first_sheet} row {first_row} (same {key}) but {fields} differs</source>
        <translation>mengulang orang di {first_sheet} baris {first_row} ({key} sama) tetapi {fields} berbeda</translation>
    </message>
    <message>
        <source>repeats the person of {first_sheet} row {first_row} (same {key}) but {fields} differ</source>
        <translation>mengulang orang di {first_sheet} baris {first_row} ({key} sama) tetapi {fields} berbeda</translation>
    </message>
    <message>
        <source>held back: {invalid_row} of household {household} is invalid; correct it and import the household&apos;s rows together</source>
        <translation>ditahan: {invalid_row} dari rumah tangga {household} tidak sah; perbaiki baris itu dan impor baris-baris rumah tangga ini bersama-sama</translation>
    </message>
    <message>
        <source>{sheet} row {row}</source>
        <translation>{sheet} baris {row}</translation>
    </message>
    <message>
        <source>{sheet} row {row} ({field})</source>
        <translation>{sheet} baris {row} ({field})</translation>
    </message>
    <message>
        <source>{sheet} row {row} column {column}</source>
        <translation>{sheet} baris {row} kolom {column}</translation>
    </message>
    <message>
        <source>{sheet} row {row} column {column} ({header})</source>
        <translation>{sheet} baris {row} kolom {column} ({header})</translation>
    </message>
    <message>
        <source>a totals line, not a record</source>
        <translation>baris jumlah, bukan data</translation>
    </message>
    <message>
        <source>a single note without {fields}, not a record</source>
        <translation>satu catatan tanpa {fields}, bukan data</translation>
    </message>
    <message>
        <source>the header row repeated, not a record</source>
        <translation>baris judul yang terulang, bukan data</translation>
    </message>
    <message>
        <source>{sheet} row {row} repeats row {first_row} (same {same}): merged</source>
        <translation>{sheet} baris {row} mengulang baris {first_row} ({same} sama): digabung</translation>
    </message>
    <message>
        <source>{sheet} row {row} repeats {first_sheet} row {first_row} (same {same}): merged</source>
        <translation>{sheet} baris {row} mengulang {first_sheet} baris {first_row} ({same} sama): digabung</translation>
    </message>
    <message>
        <source>{sheet} row {row} has the same name and date of birth as {others} but another case or passport number; it was taken as another person: check that it is not the same person registered twice</source>
        <translation>{sheet} baris {row} bernama dan bertanggal lahir sama dengan {others} tetapi nomor kasus atau paspornya lain; dianggap orang lain: periksa bahwa ini bukan orang yang sama yang terdaftar dua kali</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>baris {row}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <extracomment>The workbook&apos;s body font; row heights in the layout are for this size. One workbook width unit is about this many times the body font size, in points. Lines under a table (totals, signatures) get room to write by hand. Indexes into the sheet&apos;s after-lines (or [-1] for the empty-table line). How each body cell is set: 0 on one line, else the flags that wrap it.</extracomment>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>Print preview - {copy}</source>
        <translation>Pratinjau cetak - {copy}</translation>
    </message>
    <message>
        <source>No flights from the plan start on.</source>
        <extracomment>The value axis&apos;s labels as last painted (the tests read them).</extracomment>
        <translation>Tidak ada penerbangan sejak awal rencana.</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>Kursi terisi</translation>
    </message>
    <message>
        <source>Seats free</source>
        <translation>Kursi kosong</translation>
    </message>
    <message>
        <source>Cancelled or departed</source>
        <translation>Dibatalkan atau sudah berangkat</translation>
    </message>
    <message>
        <source>{flight}: {taken} of {count} seat taken</source>
        <translation>{flight}: {taken} dari {count} kursi terisi</translation>
    </message>
    <message>
        <source>{flight}: {taken} of {count} seats taken</source>
        <translation>{flight}: {taken} dari {count} kursi terisi</translation>
    </message>
    <message>
        <source>Night of {night}: {used} of {count} bed used</source>
        <translation>Malam {night}: {used} dari {count} tempat tidur terpakai</translation>
    </message>
    <message>
        <source>Night of {night}: {used} of {count} beds used</source>
        <translation>Malam {night}: {used} dari {count} tempat tidur terpakai</translation>
    </message>
    <message>
        <source>{count} person without a bed</source>
        <translation>{count} orang tanpa tempat tidur</translation>
    </message>
    <message>
        <source>No nights to show.</source>
        <translation>Tidak ada malam untuk ditampilkan.</translation>
    </message>
    <message>
        <source>Beds used</source>
        <translation>Tempat tidur terpakai</translation>
    </message>
    <message>
        <source>Beds available</source>
        <translation>Tempat tidur tersedia</translation>
    </message>
    <message>
        <source>Without a bed</source>
        <translation>Tanpa tempat tidur</translation>
    </message>
    <message>
        <source>{count} persons without a bed</source>
        <translation>{count} orang tanpa tempat tidur</translation>
    </message>
    <message>
        <source>The solver&apos;s progress appears here.</source>
        <translation>Kemajuan pemecah tampil di sini.</translation>
    </message>
    <message>
        <source>Stop the work running in the background</source>
        <translation>Hentikan pekerjaan yang berjalan di latar belakang</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Membatalkan...</translation>
    </message>
    <message>
        <source>Reading the roster...</source>
        <translation>Membaca daftar orang...</translation>
    </message>
    <message>
        <source>Reading the flights...</source>
        <translation>Membaca penerbangan...</translation>
    </message>
    <message>
        <source>Reading the shelters...</source>
        <translation>Membaca penampungan...</translation>
    </message>
    <message>
        <source>Reading the document slots...</source>
        <translation>Membaca jadwal dokumen...</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Membaca...</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>medis</translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation>kursi roda</translation>
    </message>
    <message>
        <source>pregnant</source>
        <translation>hamil</translation>
    </message>
    <message>
        <source>unaccompanied minor</source>
        <translation>anak tanpa pendamping</translation>
    </message>
    <message>
        <source>infant on lap</source>
        <translation>bayi dipangku</translation>
    </message>
    <message>
        <source>Passengers</source>
        <translation>Penumpang</translation>
    </message>
    <message>
        <source>{taken} of {seats}</source>
        <translation>{taken} dari {seats}</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>The passenger table&apos;s case-number column: the embassy copy&apos;s own (SPEC 6), hidden while the airline and immigration copy is shown. The passenger&apos;s name: it elides, and gives way to keep a date or key whole.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Reading {file}...</source>
        <extracomment>What a workbook writer returns (the rejected rows written, a path...).</extracomment>
        <translation>Membaca {file}...</translation>
    </message>
    <message>
        <source>Saving a copy of the operation as it was before this import...</source>
        <translation>Menyimpan salinan operasi seperti sebelum impor ini...</translation>
    </message>
    <message>
        <source>Finishing the import of {file}...</source>
        <translation>Menyelesaikan impor {file}...</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Mengimpor {file}...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose a file</source>
        <translation>Langkah 1 dari 3: pilih berkas</translation>
    </message>
    <message>
        <source>Step 2 of 3: check how it reads</source>
        <translation>Langkah 2 dari 3: periksa cara pembacaannya</translation>
    </message>
    <message>
        <source>Step 3 of 3: done</source>
        <translation>Langkah 3 dari 3: selesai</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Impor daftar</translation>
    </message>
    <message>
        <source>Rosters ({patterns});;All files (*)</source>
        <translation>Daftar ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Please wait until the file being read is done.</source>
        <translation>Mohon tunggu sampai berkas selesai dibaca.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Memeriksa {file}...</translation>
    </message>
    <message>
        <source>You changed the columns of the sheet {other}. One import can change the columns of one sheet only: drop those changes and change {sheet}?</source>
        <translation>Anda mengubah kolom lembar {other}. Satu impor hanya dapat mengubah kolom satu lembar: buang perubahan itu dan ubah {sheet}?</translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation>Ubah kolom</translation>
    </message>
    <message>
        <source>Change {sheet}</source>
        <translation>Ubah {sheet}</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Mengimpor...</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Impor dibatalkan; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>Simpan baris yang bermasalah</translation>
    </message>
    <message>
        <source>{count} row with what to correct was saved to {file}.</source>
        <translation>{count} baris beserta yang perlu diperbaiki disimpan ke {file}.</translation>
    </message>
    <message>
        <source>{count} rows with what to correct were saved to {file}.</source>
        <translation>{count} baris beserta yang perlu diperbaiki disimpan ke {file}.</translation>
    </message>
    <message>
        <source>Save the blank template</source>
        <translation>Simpan templat kosong</translation>
    </message>
    <message>
        <source>The template was saved to {file}. Fill it in and import it here.</source>
        <translation>Templat disimpan ke {file}. Isi lalu impor di sini.</translation>
    </message>
    <message>
        <source>{kind}: would add {added}, update {updated} and leave {unchanged} unchanged</source>
        <extracomment>File kinds the import reads (SPEC 4), for the file dialog.</extracomment>
        <translation>{kind}: akan menambah {added}, memperbarui {updated} dan membiarkan {unchanged} tidak berubah</translation>
    </message>
    <message>
        <source>{kind}: {added} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{kind}: {added} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah</translation>
    </message>
    <message>
        <source>1 repeated row merged</source>
        <translation>1 baris berulang digabung</translation>
    </message>
    <message>
        <source>{count} repeated rows merged</source>
        <translation>{count} baris berulang digabung</translation>
    </message>
    <message>
        <source>1 row held back with its household</source>
        <translation>1 baris ditahan bersama rumah tangganya</translation>
    </message>
    <message>
        <source>{count} rows held back with their households</source>
        <translation>{count} baris ditahan bersama rumah tangganya</translation>
    </message>
    <message>
        <source>... and {count} more (see Notes)</source>
        <translation>... dan {count} lagi (lihat Catatan)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>Import (nothing new)</source>
        <translation>Impor (tidak ada yang baru)</translation>
    </message>
    <message>
        <source>Import {records}</source>
        <translation>Impor {records}</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 orang</translation>
    </message>
    <message>
        <source>1 flight</source>
        <translation>1 penerbangan</translation>
    </message>
    <message>
        <source>1 shelter</source>
        <translation>1 penampungan</translation>
    </message>
    <message>
        <source>1 document slot</source>
        <translation>1 jadwal dokumen</translation>
    </message>
    <message>
        <source>{count} document slots</source>
        <translation>{count} jadwal dokumen</translation>
    </message>
    <message>
        <source>Drop a roster here</source>
        <translation>Letakkan daftar di sini</translation>
    </message>
    <message>
        <source>A ministry spreadsheet or the template, with persons, flights, shelters or document slots: .xlsx, .xls, .ods, .csv or .json. Nothing changes until you press Import.</source>
        <translation>Lembar kerja dari kementerian atau templat, berisi orang, penerbangan, penampungan atau jadwal dokumen: .xlsx, .xls, .ods, .csv atau .json. Tidak ada yang berubah sampai Anda menekan Impor.</translation>
    </message>
    <message>
        <source>Choose a file...</source>
        <translation>Pilih berkas...</translation>
    </message>
    <message>
        <source>Save the blank template...</source>
        <translation>Simpan templat kosong...</translation>
    </message>
    <message>
        <source>A workbook with the sheets and headers the import knows, to fill in and import</source>
        <translation>Buku kerja dengan lembar dan judul kolom yang dikenali impor, untuk diisi lalu diimpor</translation>
    </message>
    <message>
        <source>Headers in English or Indonesian are recognised (Nama, Jenis Kelamin, Tanggal Lahir, No. Paspor...), also below a title block. You can change what each column means before importing.</source>
        <translation>Judul kolom dalam bahasa Inggris atau Indonesia dikenali (Nama, Jenis Kelamin, Tanggal Lahir, No. Paspor...), juga di bawah blok judul. Anda dapat mengubah arti setiap kolom sebelum mengimpor.</translation>
    </message>
    <message>
        <source>Choose another file...</source>
        <translation>Pilih berkas lain...</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>The sheet holds</source>
        <translation>Lembar ini berisi</translation>
    </message>
    <message>
        <source>choose...</source>
        <translation>pilih...</translation>
    </message>
    <message>
        <source>Headers in row</source>
        <translation>Judul di baris</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Baris pertama</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with problems</source>
        <translation>Impor baris yang sah dan tinggalkan baris yang bermasalah</translation>
    </message>
    <message>
        <source>Save the rows with problems...</source>
        <translation>Simpan baris yang bermasalah...</translation>
    </message>
    <message>
        <source>A workbook of these rows with what to correct; import it again once corrected</source>
        <translation>Buku kerja berisi baris-baris ini beserta yang perlu diperbaiki; impor lagi setelah diperbaiki</translation>
    </message>
    <message>
        <source>{file} ({format})</source>
        <translation>{file} ({format})</translation>
    </message>
    <message>
        <source>No problems: every row can be imported.</source>
        <translation>Tidak ada masalah: setiap baris dapat diimpor.</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Masalah ({count})</translation>
    </message>
    <message>
        <source>Sheet {sheet} is not imported: {reason}</source>
        <translation>Lembar {sheet} tidak diimpor: {reason}</translation>
    </message>
    <message>
        <source>{sheet} row {row} is not a record: {reason}</source>
        <translation>{sheet} baris {row} bukan data: {reason}</translation>
    </message>
    <message>
        <source>... and {count} more rows that are not records</source>
        <translation>... dan {count} baris lain yang bukan data</translation>
    </message>
    <message>
        <source>Nothing to note.</source>
        <translation>Tidak ada catatan.</translation>
    </message>
    <message>
        <source>Columns of {sheet}</source>
        <translation>Kolom {sheet}</translation>
    </message>
    <message>
        <source>Columns as remembered for this header row: {origin}.</source>
        <translation>Kolom sesuai yang diingat untuk baris judul ini: {origin}.</translation>
    </message>
    <message>
        <source>Not recognised: {reason}. Say what the sheet holds to choose its columns.</source>
        <translation>Tidak dikenali: {reason}. Tentukan isi lembar ini untuk memilih kolomnya.</translation>
    </message>
    <message>
        <source>Decide what column {column} holds: it looks like something the plan needs (a household, a date of readiness, a flag...) and is not imported.</source>
        <translation>Putuskan isi kolom {column}: tampaknya berisi sesuatu yang diperlukan rencana (keluarga, tanggal siap berangkat, tanda ya/tidak...) dan tidak diimpor.</translation>
    </message>
    <message>
        <source>Decide what columns {column} hold: they look like something the plan needs (a household, a date of readiness, a flag...) and are not imported.</source>
        <translation>Putuskan isi kolom {column}: tampaknya berisi sesuatu yang diperlukan rencana (keluarga, tanggal siap berangkat, tanda ya/tidak...) dan tidak diimpor.</translation>
    </message>
    <message>
        <source>Click its proposal to use it, or choose (not imported) under Goes to.</source>
        <translation>Klik usulannya untuk memakainya, atau pilih (tidak diimpor) di kolom Menjadi.</translation>
    </message>
    <message>
        <source>No column gives {fields}: every row would be rejected. Double-click a column&apos;s Goes to cell to choose it.</source>
        <translation>Tidak ada kolom yang berisi {fields}: setiap baris akan ditolak. Klik dua kali sel Menjadi pada sebuah kolom untuk memilihnya.</translation>
    </message>
    <message>
        <source>1 row has a problem (listed above). Correct it in the file and choose it again, or import the valid rows and leave it out.</source>
        <translation>1 baris bermasalah (tercantum di atas). Perbaiki di berkas lalu pilih lagi, atau impor baris yang sah dan tinggalkan baris itu.</translation>
    </message>
    <message>
        <source>{count} rows have problems (listed above). Correct them in the file and choose it again, or import the valid rows and leave them out.</source>
        <translation>{count} baris bermasalah (tercantum di atas). Perbaiki di berkas lalu pilih lagi, atau impor baris yang sah dan tinggalkan baris tersebut.</translation>
    </message>
    <message>
        <source>Checking the file...</source>
        <translation>Memeriksa berkas...</translation>
    </message>
    <message>
        <source>Import {count} rows</source>
        <translation>Impor {count} baris</translation>
    </message>
    <message>
        <source>Save the rejected rows...</source>
        <translation>Simpan baris yang ditolak...</translation>
    </message>
    <message>
        <source>Import another file</source>
        <translation>Impor berkas lain</translation>
    </message>
    <message>
        <source>See the roster</source>
        <translation>Lihat daftar orang</translation>
    </message>
    <message>
        <source>Go on to Plan</source>
        <translation>Lanjut ke Rencana</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} diimpor</translation>
    </message>
    <message>
        <source>Nothing new in {file}</source>
        <translation>Tidak ada yang baru di {file}</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}</source>
        <translation>Tidak ada yang diimpor dari {file}</translation>
    </message>
    <message>
        <source>{count} rows with problems were left out; save them to correct and import again.</source>
        <translation>{count} baris bermasalah ditinggalkan; simpan untuk diperbaiki dan diimpor lagi.</translation>
    </message>
    <message>
        <source>{count} rows have problems.</source>
        <translation>{count} baris bermasalah.</translation>
    </message>
    <message>
        <source>A copy of the operation from before the import was saved as {file}.</source>
        <translation>Salinan operasi dari sebelum impor disimpan sebagai {file}.</translation>
    </message>
    <message>
        <source>The columns were remembered ({origin}): the next file with the same headers imports without asking.</source>
        <translation>Kolom-kolom ini diingat ({origin}): berkas berikutnya dengan judul kolom yang sama diimpor tanpa bertanya lagi.</translation>
    </message>
    <message>
        <source>Took {seconds} s.</source>
        <translation>Memakan waktu {seconds} dtk.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ditinggalkan</translation>
    </message>
    <message>
        <source>No published plan</source>
        <translation>Belum ada rencana terbit</translation>
    </message>
    <message>
        <source>Objective {number} of {count}: {name}</source>
        <translation>Sasaran {number} dari {count}: {name}</translation>
    </message>
    <message>
        <source>Pin the chosen household to this flight: the next plan keeps it there</source>
        <translation>Kunci keluarga yang dipilih pada penerbangan ini: rencana berikutnya mempertahankannya di sana</translation>
    </message>
    <message>
        <source>Pin to this flight</source>
        <translation>Kunci pada penerbangan ini</translation>
    </message>
    <message>
        <source>Planning: objective {number} of {count}</source>
        <translation>Merencanakan: sasaran {number} dari {count}</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Sudah tetap</translation>
    </message>
    <message>
        <source>Open or create an operation first, then drop the roster on the window again.</source>
        <translation>Buka atau buat operasi terlebih dahulu, lalu letakkan daftar di jendela lagi.</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, pukul {time}</translation>
    </message>
    <message>
        <source>Type the date and time year first, 2026-12-09 14:15, or day first, 09/12/2026 14:15</source>
        <translation>Ketik tanggal dan jam dengan tahun dulu, 2026-12-09 14:15, atau tanggal dulu, 09/12/2026 14:15</translation>
    </message>
    <message>
        <source>Type the date year first, 2026-12-09, or day first, 09/12/2026</source>
        <translation>Ketik tanggal dengan tahun dulu, 2026-12-09, atau tanggal dulu, 09/12/2026</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Pilih tanggal di kalender</translation>
    </message>
    <message>
        <source>Read as {moment}</source>
        <translation>Dibaca sebagai {moment}</translation>
    </message>
    <message>
        <source>The operation&apos;s files were readable by other users; they are now readable by you only</source>
        <translation>Berkas operasi ini dapat dibaca pengguna lain; sekarang hanya dapat dibaca oleh Anda</translation>
    </message>
    <message>
        <source>Counting the situation of {day}...</source>
        <extracomment>(plan, published, start) of the plan in use when it was published after the day. (plan, published, start) of the first plan published, when none was in use.</extracomment>
        <translation>Menghitung situasi {day}...</translation>
    </message>
    <message>
        <source>women and children only</source>
        <translation>khusus perempuan dan anak</translation>
    </message>
    <message>
        <source>men only</source>
        <translation>khusus laki-laki</translation>
    </message>
    <message>
        <source>no medical care</source>
        <translation>tanpa layanan medis</translation>
    </message>
    <message>
        <source>No plan was in use on {day}: the report shows no seats booked and no beds used on it.</source>
        <translation>Tidak ada rencana yang berlaku pada {day}: laporan tidak menunjukkan kursi terpesan maupun tempat tidur terpakai pada hari itu.</translation>
    </message>
    <message>
        <source>The first plan published, plan {plan} (published on {published}), starts on {start}.</source>
        <translation>Rencana pertama yang diterbitkan, rencana {plan} (diterbitkan {published}), mulai {start}.</translation>
    </message>
    <message>
        <source>Plan {plan} was published on {published}, after {day}: the report shows the plan made for this day (it starts on {start}), not one known on it.</source>
        <translation>Rencana {plan} diterbitkan {published}, setelah {day}: laporan menunjukkan rencana yang dibuat untuk hari ini (mulai {start}), bukan rencana yang sudah diketahui pada hari itu.</translation>
    </message>
    <message>
        <source>{count} person is without a bed tonight while {free} beds are free:</source>
        <translation>{count} orang tanpa tempat tidur malam ini, padahal {free} tempat tidur kosong:</translation>
    </message>
    <message>
        <source>{count} persons are without a bed tonight while {free} beds are free:</source>
        <translation>{count} orang tanpa tempat tidur malam ini, padahal {free} tempat tidur kosong:</translation>
    </message>
    <message>
        <source>{count} of them: their household is not all in care yet (a household&apos;s stay starts when its last member arrives)</source>
        <translation>{count} di antaranya: keluarganya belum semua dalam penanganan (masa tinggal keluarga mulai saat anggota terakhirnya tiba)</translation>
    </message>
    <message>
        <source>{count} of them: not in plan {plan} (registered after it was made: plan again)</source>
        <translation>{count} di antaranya: tidak ada dalam rencana {plan} (terdaftar setelah rencana dibuat: rencanakan lagi)</translation>
    </message>
    <message>
        <source>{count} of them: no plan was in use</source>
        <translation>{count} di antaranya: tidak ada rencana yang berlaku</translation>
    </message>
    <message>
        <source>{count} of them: the plan&apos;s flight for them leaves on this day or has left (no bed the night of the flight)</source>
        <translation>{count} di antaranya: penerbangan mereka dalam rencana berangkat hari ini atau sudah berangkat (tanpa tempat tidur pada malam penerbangan)</translation>
    </message>
    <message>
        <source>{count} of them: placed in a shelter closed tonight (to be moved)</source>
        <translation>{count} di antaranya: ditempatkan di penampungan yang tutup malam ini (harus dipindahkan)</translation>
    </message>
    <message>
        <source>{count} of them: the plan gives their household no shelter; a household stays in one shelter for its whole stay, and every shelter that takes it is full on a night of it</source>
        <translation>{count} di antaranya: rencana tidak memberi keluarganya penampungan; satu keluarga tinggal di satu penampungan selama masa tinggalnya, dan setiap penampungan yang menerimanya penuh pada salah satu malam itu</translation>
    </message>
    <message>
        <source>{free} free in {shelter}{rule}: {not_taken} of the {no_shelter} are in households it does not take (its rules, or it is not open every night of their stay), {full} in households it takes but it is full on another night of their stay</source>
        <translation>{free} kosong di {shelter}{rule}: {not_taken} dari {no_shelter} orang itu berada dalam keluarga yang tidak diterimanya (aturannya, atau tidak buka setiap malam masa tinggal mereka), {full} dalam keluarga yang diterimanya tetapi penampungan itu penuh pada malam lain masa tinggal mereka</translation>
    </message>
    <message>
        <source>Opens on today while the operation runs, otherwise on its last day with activity</source>
        <translation>Terbuka pada hari ini selama operasi berjalan, selain itu pada hari terakhir ada kegiatan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Save as PDF or workbook...</source>
        <translation>Simpan sebagai PDF atau buku kerja...</translation>
    </message>
    <message>
        <source>Chart by day ↓</source>
        <translation>Grafik per hari ↓</translation>
    </message>
    <message>
        <source>Scroll to the chart by day under the tables</source>
        <translation>Gulir ke grafik per hari di bawah tabel</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Hari:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Situation report</source>
        <translation>Laporan situasi</translation>
    </message>
    <message>
        <source>Print the situation report</source>
        <translation>Cetak laporan situasi</translation>
    </message>
    <message>
        <source>Type the day as 2026-03-05 or 05/03/2026</source>
        <translation>Ketik hari sebagai 2026-03-05 atau 05/03/2026</translation>
    </message>
    <message>
        <source>No situation report of {day}: that day is still to come (today is {today} where the operation is), and a report counts what has happened by the end of its day. Choose today or an earlier day.</source>
        <translation>Tidak ada laporan situasi untuk {day}: hari itu belum tiba (hari ini {today} di lokasi operasi), dan laporan menghitung apa yang telah terjadi sampai akhir harinya. Pilih hari ini atau hari sebelumnya.</translation>
    </message>
    <message>
        <source>{count} persons in care</source>
        <translation>{count} orang dalam penanganan</translation>
    </message>
    <message>
        <source>Situation report printed</source>
        <translation>Laporan situasi dicetak</translation>
    </message>
    <message>
        <source>Save the situation report</source>
        <translation>Simpan laporan situasi</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Buku kerja (*.xlsx)</translation>
    </message>
    <message>
        <source>Situation report saved to {file}</source>
        <translation>Laporan situasi disimpan ke {file}</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>No. kasus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>On the flight as</source>
        <translation>Di penerbangan sebagai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <source>passenger</source>
        <translation>penumpang</translation>
    </message>
    <message>
        <source>{case}: checked in, household {household} complete ({count} persons)</source>
        <translation>{case}: sudah lapor, keluarga {household} lengkap ({count} orang)</translation>
    </message>
    <message>
        <source>{case}: checked in</source>
        <translation>{case}: sudah lapor</translation>
    </message>
    <message>
        <source>{case}: standby, household {household} complete ({count} persons)</source>
        <translation>{case}: cadangan, keluarga {household} lengkap ({count} orang)</translation>
    </message>
    <message>
        <source>{case}: checked in as standby</source>
        <translation>{case}: lapor sebagai cadangan</translation>
    </message>
    <message>
        <source>{case}: household {household} incomplete, scan also {missing}</source>
        <translation>{case}: keluarga {household} belum lengkap, pindai juga {missing}</translation>
    </message>
    <message>
        <source>{case}: already checked in</source>
        <translation>{case}: sudah lapor sebelumnya</translation>
    </message>
    <message>
        <source>{case}: wrong flight, the seat is on {flight}</source>
        <translation>{case}: salah penerbangan, kursinya di {flight}</translation>
    </message>
    <message>
        <source>{case}: no seat on this flight (tick Standby to let them wait for one)</source>
        <translation>{case}: tidak punya kursi di penerbangan ini (centang Cadangan agar bisa menunggu kursi)</translation>
    </message>
    <message>
        <source>{case}: cannot check in, status is {status}</source>
        <translation>{case}: tidak dapat lapor, statusnya {status}</translation>
    </message>
    <message>
        <source>{case}: this flight is closed</source>
        <translation>{case}: penerbangan ini sudah ditutup</translation>
    </message>
    <message>
        <source>{case}: cannot wait for this flight, it could never be seated: {why}</source>
        <translation>{case}: tidak bisa menunggu penerbangan ini, tidak akan pernah mendapat kursi: {why}</translation>
    </message>
    <message>
        <source>{case}: unknown case number</source>
        <translation>{case}: nomor kasus tidak dikenal</translation>
    </message>
    <message>
        <source>Call list of {flight} saved to {file}: {persons}</source>
        <translation>Daftar panggilan {flight} disimpan ke {file}: {persons}</translation>
    </message>
    <message>
        <source>Standby</source>
        <extracomment>Case numbers scanned whose household is not complete yet, per flight.</extracomment>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Persons without a seat on this flight who came hoping for a freed one</source>
        <translation>Orang tanpa kursi di penerbangan ini yang datang berharap mendapat kursi kosong</translation>
    </message>
    <message>
        <source>Scan or type a case number, then Enter</source>
        <translation>Pindai atau ketik nomor kasus, lalu Enter</translation>
    </message>
    <message>
        <source>Call forward...</source>
        <translation>Panggil penumpang...</translation>
    </message>
    <message>
        <source>Preview the message to the passengers in Indonesian and English, then write the call list for SMS or WhatsApp and mark them called</source>
        <translation>Lihat dulu pesan kepada penumpang dalam bahasa Indonesia dan Inggris, lalu tulis daftar panggilan untuk SMS atau WhatsApp dan tandai mereka sudah dipanggil</translation>
    </message>
    <message>
        <source>Close flight...</source>
        <translation>Tutup penerbangan...</translation>
    </message>
    <message>
        <source>Depart...</source>
        <translation>Berangkatkan...</translation>
    </message>
    <message>
        <source>Arrive...</source>
        <translation>Serahkan di tujuan...</translation>
    </message>
    <message>
        <source>Hand the flown passengers over at the destination (select rows to hand over only their households)</source>
        <translation>Serahkan penumpang yang sudah terbang di tempat tujuan (pilih baris untuk menyerahkan keluarga mereka saja)</translation>
    </message>
    <message>
        <source>Flight:</source>
        <translation>Penerbangan:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Pindai:</translation>
    </message>
    <message>
        <source>Departure day</source>
        <translation>Hari keberangkatan</translation>
    </message>
    <message>
        <source>Scan a case number (departure day)</source>
        <translation>Pindai nomor kasus (hari keberangkatan)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <source>open for check-in</source>
        <translation>buka untuk lapor diri</translation>
    </message>
    <message>
        <source>{flight}  ({state})</source>
        <translation>{flight}  ({state})</translation>
    </message>
    <message>
        <source>Choose a flight</source>
        <translation>Pilih penerbangan</translation>
    </message>
    <message>
        <source>Close {flight}? Check-in ends. No-shows, planned again: {removed}. Standby taking their seats: {added}.</source>
        <translation>Tutup {flight}? Lapor diri berakhir. Tidak hadir, direncanakan lagi: {removed}. Cadangan yang mengambil kursi mereka: {added}.</translation>
    </message>
    <message>
        <source>{codes} and {rest} more</source>
        <extracomment>Households a confirmation names itself; the rest are behind &quot;Show Details...&quot;.</extracomment>
        <translation>{codes} dan {rest} lainnya</translation>
    </message>
    <message>
        <source>No-shows: {households}</source>
        <translation>Tidak hadir: {households}</translation>
    </message>
    <message>
        <source>Standby given seats: {households}</source>
        <translation>Cadangan yang mendapat kursi: {households}</translation>
    </message>
    <message>
        <source>Standby left without a seat (back to registered): {households}</source>
        <translation>Cadangan tanpa kursi (kembali terdaftar): {households}</translation>
    </message>
    <message>
        <source>Every household and its case numbers: Show Details...</source>
        <translation>Setiap keluarga dan nomor kasusnya: Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Standby left without a seat (back to registered):</source>
        <translation>Cadangan yang tidak mendapat kursi (kembali terdaftar):</translation>
    </message>
    <message>
        <source>{case}: {why}</source>
        <translation>{case}: {why}</translation>
    </message>
    <message>
        <source>It is due to leave on {day}, tomorrow: is it the flight you mean?</source>
        <translation>Penerbangan ini dijadwalkan berangkat {day}, besok: benarkah ini penerbangan yang Anda maksud?</translation>
    </message>
    <message>
        <source>Passengers after the close: {persons} ({infants})</source>
        <translation>Penumpang setelah ditutup: {persons} ({infants})</translation>
    </message>
    <message>
        <source>{count} lap infant, no seat</source>
        <translation>{count} bayi dipangku, tanpa kursi</translation>
    </message>
    <message>
        <source>{count} lap infants, no seat</source>
        <translation>{count} bayi dipangku, tanpa kursi</translation>
    </message>
    <message>
        <source>Seats left: {left} of {seats} (lap infants, under 2 on the day, sit on a lap and take no seat)</source>
        <translation>Sisa kursi: {left} dari {seats} (bayi di bawah 2 tahun pada hari itu dipangku dan tidak memakai kursi)</translation>
    </message>
    <message>
        <source>It is due to leave on {day}, in {count} days: is it the flight you mean?</source>
        <translation>Penerbangan ini dijadwalkan berangkat {day}, {count} hari lagi: benarkah ini penerbangan yang Anda maksud?</translation>
    </message>
    <message>
        <source>{booked}   |   Flown {flown}   |   Arrived {arrived}   |   No-show {no_show}   |   Seats free {free} of {seats}</source>
        <translation>{booked}   |   Sudah terbang {flown}   |   Sudah tiba {arrived}   |   Tidak hadir {no_show}   |   Kursi kosong {free} dari {seats}</translation>
    </message>
    <message>
        <source>{booked}   |   Called {called}   |   Checked in {checked}   |   No-show {no_show}   |   Standby {standby}   |   Seats free {free} of {seats}</source>
        <translation>{booked}   |   Sudah dipanggil {called}   |   Sudah lapor {checked}   |   Tidak hadir {no_show}   |   Cadangan {standby}   |   Kursi kosong {free} dari {seats}</translation>
    </message>
    <message>
        <source>Closed now, everyone not checked in becomes a no-show.</source>
        <translation>Jika ditutup sekarang, semua yang belum lapor diri menjadi tidak hadir.</translation>
    </message>
    <message>
        <source>Closed {flight}. No-shows: {removed}; added from standby: {added}; seats left: {left}</source>
        <translation>{flight} ditutup. Tidak hadir: {removed}; ditambahkan dari cadangan: {added}; sisa kursi: {left}</translation>
    </message>
    <message>
        <source>{flight} departs with {persons} checked in?</source>
        <translation>{flight} berangkat dengan {persons} yang sudah lapor?</translation>
    </message>
    <message>
        <source>Marked departed now, its passengers count as flown from today.</source>
        <translation>Jika ditandai berangkat sekarang, penumpangnya terhitung sudah terbang sejak hari ini.</translation>
    </message>
    <message>
        <source>{flight} departed: {persons} flown</source>
        <translation>{flight} berangkat: {persons} diterbangkan</translation>
    </message>
    <message>
        <source>Save the call list of {flight}</source>
        <translation>Simpan daftar panggilan {flight}</translation>
    </message>
    <message>
        <source>CSV for SMS and WhatsApp gateways (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV untuk gateway SMS dan WhatsApp (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>1 phone number has no country code and could be a number of more than one country: the CSV for the gateway leaves it out (a workbook keeps it). Write it with + and the country code (+62 812...) in the roster and open this again, or call the person yourself:</source>
        <translation>1 nomor telepon tidak punya kode negara dan bisa jadi nomor lebih dari satu negara: CSV untuk gateway tidak memuatnya (buku kerja tetap memuatnya). Tulis dengan + dan kode negara (+62 812...) di daftar lalu buka ini lagi, atau hubungi sendiri orangnya:</translation>
    </message>
    <message>
        <source>{count} phone numbers have no country code and could be numbers of more than one country: the CSV for the gateway leaves them out (a workbook keeps them). Write them with + and the country code (+62 812...) in the roster and open this again, or call the persons yourself:</source>
        <translation>{count} nomor telepon tidak punya kode negara dan bisa jadi nomor lebih dari satu negara: CSV untuk gateway tidak memuatnya (buku kerja tetap memuatnya). Tulis dengan + dan kode negara (+62 812...) di daftar lalu buka ini lagi, atau hubungi sendiri orang-orangnya:</translation>
    </message>
    <message>
        <source>phone numbers left out of the CSV (no country code): {count}</source>
        <translation>nomor telepon yang tidak dimuat CSV (tanpa kode negara): {count}</translation>
    </message>
    <message>
        <source>Call list of {flight} saved to {file}: {persons}; {called} marked called</source>
        <translation>Daftar panggilan {flight} disimpan ke {file}: {persons}; {called} ditandai sudah dipanggil</translation>
    </message>
    <message>
        <source>Hand over {persons} in {households} from {flight} as arrived? Their status becomes arrived and they leave the operation&apos;s figures of people in care.</source>
        <translation>Serahkan {persons} dalam {households} dari {flight} sebagai sudah tiba? Status mereka menjadi sudah tiba dan mereka keluar dari angka orang dalam perlindungan operasi.</translation>
    </message>
    <message>
        <source>Only the selected households: {rest} flown passengers stay to hand over.</source>
        <translation>Hanya keluarga yang dipilih: {rest} penumpang yang sudah terbang masih menunggu diserahkan.</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Serahkan di tujuan</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Serahkan</translation>
    </message>
    <message>
        <source>Arrived from {flight}: {persons} in {households}</source>
        <translation>Tiba dari {flight}: {persons} dalam {households}</translation>
    </message>
    <message>
        <source>Arrived from {flight}: {persons} in {households}: {described}</source>
        <translation>Tiba dari {flight}: {persons} dalam {households}: {described}</translation>
    </message>
    <message>
        <source>Arrived from {flight}: {persons} in {households}, each household whole with the member named ({named}): {described}</source>
        <translation>Tiba dari {flight}: {persons} dalam {households}, setiap keluarga utuh bersama anggota yang disebut ({named}): {described}</translation>
    </message>
    <message>
        <source>No-shows (planned again):</source>
        <translation>Tidak hadir (direncanakan lagi):</translation>
    </message>
    <message>
        <source>Standby households given the freed seats:</source>
        <translation>Keluarga cadangan yang mendapat kursi kosong:</translation>
    </message>
    <message>
        <source>Seats left: {left} of {seats}</source>
        <translation>Sisa kursi: {left} dari {seats}</translation>
    </message>
    <message>
        <source>Close flight</source>
        <translation>Tutup penerbangan</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>Berangkatkan</translation>
    </message>
    <message>
        <source>Reading the roster for the intake desk...</source>
        <extracomment>The dates among them, read back (or said unreadable) as the birth date is.</extracomment>
        <translation>Membaca daftar untuk meja pendaftaran...</translation>
    </message>
    <message>
        <source>{count} person registered</source>
        <translation>{count} orang terdaftar</translation>
    </message>
    <message>
        <source>M or F (L/P)</source>
        <translation>M atau F (L/P)</translation>
    </message>
    <message>
        <source>day first: 17/05/1990</source>
        <translation>hari/bulan/tahun: 17/05/1990</translation>
    </message>
    <message>
        <source>blank: valid with a passport, else missing</source>
        <translation>kosong: valid bila ada paspor, selain itu hilang</translation>
    </message>
    <message>
        <source>blank: the operation&apos;s default</source>
        <translation>kosong: bawaan operasi</translation>
    </message>
    <message>
        <source>Enter: next field - Ctrl+Enter: save and next person - Ctrl+Shift+Enter: save and next member of this household - F4: possible duplicates - F9: print the tag of the person registered last (Shift+F9: their household&apos;s) - a scanned tag in the name opens that person - Esc: clear</source>
        <translation>Enter: kolom berikut - Ctrl+Enter: simpan dan orang berikut - Ctrl+Shift+Enter: simpan dan anggota keluarga berikut - F4: kemungkinan data ganda - F9: cetak label orang yang terakhir didaftarkan (Shift+F9: label keluarganya) - label yang dipindai ke kolom nama membuka data orang itu - Esc: kosongkan</translation>
    </message>
    <message>
        <source>shelter name</source>
        <translation>nama penampungan</translation>
    </message>
    <message>
        <source>Print a shelter&apos;s tags...</source>
        <translation>Cetak label satu penampungan...</translation>
    </message>
    <message>
        <source>Tags of the persons the published plan puts in</source>
        <translation>Label orang yang ditempatkan rencana terbit di</translation>
    </message>
    <message>
        <source>Intake desk</source>
        <translation>Meja pendaftaran</translation>
    </message>
    <message>
        <source>Save and next person</source>
        <translation>Simpan dan orang berikut</translation>
    </message>
    <message>
        <source>Save and next member of this household</source>
        <translation>Simpan dan anggota keluarga berikut</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <source>Print the tag of the person registered last</source>
        <translation>Cetak label orang yang terakhir didaftarkan</translation>
    </message>
    <message>
        <source>Print the tags of their household</source>
        <translation>Cetak label keluarganya</translation>
    </message>
    <message>
        <source>Passport already registered</source>
        <translation>Paspor sudah terdaftar</translation>
    </message>
    <message>
        <source>Passport {passport} is already registered to {case} {existing}: a passport is one person&apos;s, so {name} cannot be registered with it. Open {case}, or cancel and correct the passport number.</source>
        <translation>Paspor {passport} sudah terdaftar atas nama {case} {existing}: satu paspor milik satu orang, jadi {name} tidak dapat didaftarkan dengan paspor itu. Buka {case}, atau batalkan dan perbaiki nomor paspor.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>orang ini</translation>
    </message>
    <message>
        <source>Register {name} anyway? It may be the same person as {case} {existing}.</source>
        <translation>Tetap daftarkan {name}? Mungkin orang yang sama dengan {case} {existing}.</translation>
    </message>
    <message>
        <source>The desk lists {more} more possible duplicates (F4).</source>
        <translation>Meja mencantumkan {more} kemungkinan ganda lainnya (F4).</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Kemungkinan ganda</translation>
    </message>
    <message>
        <source>&amp;Register anyway</source>
        <translation>&amp;Tetap daftarkan</translation>
    </message>
    <message>
        <source>&amp;Open existing</source>
        <translation>&amp;Buka yang ada</translation>
    </message>
    <message>
        <source>Printed {count} tag</source>
        <translation>{count} label dicetak</translation>
    </message>
    <message>
        <source>{count} persons registered</source>
        <translation>{count} orang terdaftar</translation>
    </message>
    <message>
        <source>New person: {case_no}</source>
        <translation>Orang baru: {case_no}</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <source>Born {day}</source>
        <translation>Lahir {day}</translation>
    </message>
    <message>
        <source>same passport</source>
        <translation>paspor sama</translation>
    </message>
    <message>
        <source>same name and birth</source>
        <translation>nama dan tanggal lahir sama</translation>
    </message>
    <message>
        <source>same name and household</source>
        <translation>nama dan keluarga sama</translation>
    </message>
    <message>
        <source>Possible duplicates (F4, then Enter opens the person):</source>
        <translation>Kemungkinan data ganda (F4, lalu Enter membuka data orang itu):</translation>
    </message>
    <message>
        <source>Registered {case_no}</source>
        <translation>Terdaftar {case_no}</translation>
    </message>
    <message>
        <source>Register a person first: F9 prints the tag of the person registered last.</source>
        <translation>Daftarkan seseorang dulu: F9 mencetak label orang yang terakhir didaftarkan.</translation>
    </message>
    <message>
        <source>Printed {count} tags</source>
        <translation>{count} label dicetak</translation>
    </message>
    <message>
        <source>Household {code}</source>
        <extracomment>The sheet&apos;s top and bottom margin: 8 rows of 37 mm on 297 mm.</extracomment>
        <translation>Keluarga {code}</translation>
    </message>
    <message>
        <source>Print tags</source>
        <translation>Cetak label</translation>
    </message>
    <message>
        <source>Writing the list marks {count} of them called for this flight.</source>
        <translation>Menulis daftar menandai {count} di antaranya sudah dipanggil untuk penerbangan ini.</translation>
    </message>
    <message>
        <source>Everyone on it is called or checked in already: writing the list changes no status.</source>
        <translation>Semua di dalamnya sudah dipanggil atau sudah lapor: menulis daftar tidak mengubah status siapa pun.</translation>
    </message>
    <message>
        <source>The others are called or checked in already.</source>
        <translation>Yang lain sudah dipanggil atau sudah lapor.</translation>
    </message>
    <message>
        <source>{persons} in {households} of plan {plan}; report by {time} at {place}.</source>
        <translation>{persons} dalam {households} dari rencana {plan}; lapor paling lambat {time} di {place}.</translation>
    </message>
    <message>
        <source>{count} of {limit} characters: 1 SMS</source>
        <translation>{count} dari {limit} karakter: 1 SMS</translation>
    </message>
    <message>
        <source>{count} characters: {parts} SMS (one takes {limit})</source>
        <translation>{count} karakter: {parts} SMS (satu SMS memuat {limit})</translation>
    </message>
    <message>
        <source>Call forward {flight}</source>
        <extracomment>The most persons the list of phones left out shows at once; more scroll.</extracomment>
        <translation>Panggil penumpang {flight}</translation>
    </message>
    <message>
        <source>2 to 16 letters, digits or dashes</source>
        <translation>2 sampai 16 huruf, angka atau tanda hubung</translation>
    </message>
    <message>
        <source>Every message carries the operation&apos;s reference code, so people can tell the embassy&apos;s message from a scammer&apos;s. It is kept in the settings.</source>
        <translation>Setiap pesan memuat kode referensi operasi, agar orang dapat membedakan pesan KBRI dari pesan penipu. Kode disimpan di pengaturan.</translation>
    </message>
    <message>
        <source>Reference code:</source>
        <translation>Kode referensi:</translation>
    </message>
    <message>
        <source>Message to:</source>
        <translation>Pesan kepada:</translation>
    </message>
    <message>
        <source>Bahasa Indonesia:</source>
        <translation>Bahasa Indonesia:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Bahasa Inggris:</translation>
    </message>
    <message>
        <source>Write list, mark {count} called...</source>
        <translation>Tulis daftar, tandai {count} sudah dipanggil...</translation>
    </message>
    <message>
        <source>Type the operation&apos;s reference code: 2 to 16 letters, digits or dashes (for example KBRI-PNH).</source>
        <translation>Ketik kode referensi operasi: 2 sampai 16 huruf, angka atau tanda hubung (misalnya KBRI-PNH).</translation>
    </message>
    <message>
        <source>{code} is not a reference code: use 2 to 16 letters, digits or dashes.</source>
        <translation>{code} bukan kode referensi: gunakan 2 sampai 16 huruf, angka atau tanda hubung.</translation>
    </message>
    <message>
        <source>a {kind} is assigned to unknown id #{id}</source>
        <translation>{kind} ditetapkan ke id tak dikenal #{id}</translation>
    </message>
    <message>
        <source>household #{household_id} is on unknown flight #{flight_id}</source>
        <translation>keluarga #{household_id} ada di penerbangan tak dikenal #{flight_id}</translation>
    </message>
    <message>
        <source>household #{household_id} is in unknown shelter #{shelter_id}</source>
        <translation>keluarga #{household_id} ada di penampungan tak dikenal #{shelter_id}</translation>
    </message>
    <message>
        <source>household {household} flies {infants} with {adults} {minor_age} or over on {flight} (one lap infant per adult)</source>
        <translation>keluarga {household} terbang dengan {infants} bersama {adults} {minor_age} tahun ke atas di {flight} (satu bayi dipangku per orang dewasa)</translation>
    </message>
    <message>
        <source>{flight} has {seated} seated passengers for {seats} seats</source>
        <translation>{flight} berisi {seated} penumpang duduk untuk {seats} kursi</translation>
    </message>
    <message>
        <source>{flight} carries {medical} medical passengers for a capacity of {capacity}</source>
        <translation>{flight} membawa {medical} penumpang medis untuk kapasitas {capacity}</translation>
    </message>
    <message>
        <source>{case_no} does not accept {airport} ({flight})</source>
        <translation>{case_no} tidak menerima {airport} ({flight})</translation>
    </message>
    <message>
        <source>{flight} leaves before the plan start on {start}</source>
        <translation>{flight} berangkat sebelum awal rencana pada {start}</translation>
    </message>
    <message>
        <source>{case_no} flies on {departure}, before being ready on {ready}</source>
        <translation>{case_no} terbang pada {departure}, sebelum siap pada {ready}</translation>
    </message>
    <message>
        <source>{case_no} flies on {departure}, before being cleared on {cleared}</source>
        <translation>{case_no} terbang pada {departure}, sebelum mendapat izin pada {cleared}</translation>
    </message>
    <message>
        <source>{case_no} flies on {flight} without a document appointment</source>
        <translation>{case_no} terbang dengan {flight} tanpa jadwal dokumen</translation>
    </message>
    <message>
        <source>{case_no} has the document appointment {slot} before being available</source>
        <translation>{case_no} mendapat jadwal dokumen {slot} sebelum tersedia</translation>
    </message>
    <message>
        <source>the document of {case_no} from {slot} is ready at {ready_at}, after check-in for {flight}</source>
        <translation>dokumen {case_no} dari {slot} siap pada {ready_at}, setelah lapor diri untuk {flight}</translation>
    </message>
    <message>
        <source>the document appointment {slot} has {persons} persons for {capacity} places</source>
        <translation>jadwal dokumen {slot} berisi {persons} orang untuk {capacity} tempat</translation>
    </message>
    <message>
        <source>{shelter} is closed on the night of {night} when household {household} stays</source>
        <translation>{shelter} tutup pada malam {night} saat keluarga {household} menginap</translation>
    </message>
    <message>
        <source>{shelter} has {persons} persons for {beds} beds on the night of {night}</source>
        <translation>{shelter} berisi {persons} orang untuk {beds} tempat tidur pada malam {night}</translation>
    </message>
    <message>
        <source>{case_no} cannot stay in {shelter} (women and children only)</source>
        <translation>{case_no} tidak boleh tinggal di {shelter} (khusus perempuan dan anak)</translation>
    </message>
    <message>
        <source>{case_no} cannot stay in {shelter} (men only)</source>
        <translation>{case_no} tidak boleh tinggal di {shelter} (khusus laki-laki)</translation>
    </message>
    <message>
        <source>{case_no} is medical and {shelter} has no medical care</source>
        <translation>{case_no} perlu perawatan medis dan {shelter} tidak punya perawatan medis</translation>
    </message>
    <message>
        <source>pin #{pin_id} ({kind}) is neither kept nor released</source>
        <translation>kunci #{pin_id} ({kind}) tidak dipertahankan dan tidak dilepas</translation>
    </message>
    <message>
        <source>household {household} is on {flight}, which is {status}</source>
        <translation>keluarga {household} ada di {flight}, yang {status}</translation>
    </message>
    <message>
        <source>household {household} is on {flight}, which is {status} and left before the plan start</source>
        <translation>keluarga {household} ada di {flight}, yang {status} dan berangkat sebelum awal rencana</translation>
    </message>
    <message>
        <source>{case_no} flies on {flight} without a medical clearance</source>
        <translation>{case_no} terbang dengan {flight} tanpa surat layak terbang</translation>
    </message>
    <message>
        <source>the clearance of {case_no} of {clearance} does not cover {flight} ({days} days)</source>
        <translation>surat layak terbang {case_no} tanggal {clearance} tidak mencakup {flight} ({days} hari)</translation>
    </message>
    <message>
        <source>rule {number}</source>
        <extracomment>The rule a violation breaks, in words (&quot;rule 2&quot;, &quot;fit to travel&quot;).</extracomment>
        <translation>aturan {number}</translation>
    </message>
    <message>
        <source>fit to travel</source>
        <translation>layak terbang</translation>
    </message>
    <message>
        <source>Cancelled before any plan was found; nothing was stored.</source>
        <translation>Dibatalkan sebelum ada rencana yang ditemukan; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Stored plan {plan} ({how}): {flown}, priority weight {weight}, {nights} without a bed, {conflicts}</source>
        <translation>Rencana {plan} disimpan ({how}): {flown}, bobot prioritas {weight}, {nights} tanpa tempat tidur, {conflicts}</translation>
    </message>
    <message>
        <source>Stored plan {plan} ({how}): {flown}, priority weight {weight}, {nights} without a bed, {conflicts}, published</source>
        <translation>Rencana {plan} disimpan ({how}): {flown}, bobot prioritas {weight}, {nights} tanpa tempat tidur, {conflicts}, diterbitkan</translation>
    </message>
    <message>
        <source>{status}, solver {seconds} s</source>
        <translation>{status}, pemecah {seconds} detik</translation>
    </message>
    <message>
        <source>{status}, {method} method, solver {seconds} s</source>
        <translation>{status}, metode {method}, pemecah {seconds} detik</translation>
    </message>
    <message>
        <source>{status}, solver {seconds} s of the job&apos;s {job} s</source>
        <translation>{status}, pemecah {seconds} detik dari {job} detik seluruh pekerjaan</translation>
    </message>
    <message>
        <source>{status}, {method} method, solver {seconds} s of the job&apos;s {job} s</source>
        <translation>{status}, metode {method}, pemecah {seconds} detik dari {job} detik seluruh pekerjaan</translation>
    </message>
    <message>
        <source>{persons} in {flown} of {households} flies</source>
        <translation>{persons} dalam {flown} dari {households} terbang</translation>
    </message>
    <message>
        <source>{persons} in {flown} of {households} fly</source>
        <translation>{persons} dalam {flown} dari {households} terbang</translation>
    </message>
    <message>
        <source>{seconds} s  {stage}</source>
        <translation>{seconds} dtk  {stage}</translation>
    </message>
    <message>
        <source>{seconds} s  {stage}: {objective}</source>
        <translation>{seconds} dtk  {stage}: {objective}</translation>
    </message>
    <message>
        <source>{seconds} s  {stage}: {objective} {best}</source>
        <translation>{seconds} dtk  {stage}: {objective} {best}</translation>
    </message>
    <message>
        <source>{seconds} s  {stage}: {objective} bound {bound}</source>
        <translation>{seconds} dtk  {stage}: {objective} batas {bound}</translation>
    </message>
    <message>
        <source>{seconds} s  {stage}: {objective} {best}, bound {bound}</source>
        <translation>{seconds} dtk  {stage}: {objective} {best}, batas {bound}</translation>
    </message>
    <message>
        <source>objective {number} of {count}</source>
        <translation>sasaran {number} dari {count}</translation>
    </message>
    <message>
        <source>objective {number} done</source>
        <translation>sasaran {number} selesai</translation>
    </message>
    <message>
        <source>objective 1 LP</source>
        <translation>LP sasaran 1</translation>
    </message>
    <message>
        <source>objective 1 LP, round {round}</source>
        <translation>LP sasaran 1, putaran {round}</translation>
    </message>
    <message>
        <source>objective 1 LP out of time</source>
        <translation>LP sasaran 1 kehabisan waktu</translation>
    </message>
    <message>
        <source>bounds of objectives 2 to 5</source>
        <translation>batas sasaran 2 sampai 5</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>perbaikan</translation>
    </message>
    <message>
        <source>reading the operation&apos;s records</source>
        <translation>membaca data operasi</translation>
    </message>
    <message>
        <source>solving: {persons} persons in {households} households, {flights} flights; the solver has {seconds} s</source>
        <translation>menyusun rencana: {persons} orang dalam {households} keluarga, {flights} penerbangan; waktu penyelesai {seconds} dtk</translation>
    </message>
    <message>
        <source>checking the plan against every rule</source>
        <translation>memeriksa rencana terhadap setiap aturan</translation>
    </message>
    <message>
        <source>storing the plan with the reasons of those left behind</source>
        <translation>menyimpan rencana beserta alasan bagi yang tertinggal</translation>
    </message>
    <message>
        <source>plan stored</source>
        <translation>rencana disimpan</translation>
    </message>
    <message>
        <source>{objective}: {value} (proven bound {bound})</source>
        <translation>{objective}: {value} (batas terbukti {bound})</translation>
    </message>
    <message>
        <source>Plan {plan} is stored; only its JSON file failed: {why}</source>
        <translation>Rencana {plan} sudah disimpan; hanya berkas JSON-nya yang gagal: {why}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} ditulis</translation>
    </message>
    <message>
        <source>No plan was published before: nobody loses a seat.</source>
        <translation>Belum pernah ada rencana yang diterbitkan: tidak ada yang kehilangan kursi.</translation>
    </message>
    <message>
        <source>Plan {plan} is the published plan already: no seat changes.</source>
        <translation>Rencana {plan} sudah menjadi rencana terbit: tidak ada kursi yang berubah.</translation>
    </message>
    <message>
        <source>Against plan {against}, published before: {lose}, {change}, {gain}.</source>
        <translation>Dibandingkan rencana {against} yang terbit sebelumnya: {lose}, {change}, {gain}.</translation>
    </message>
    <message>
        <source>Against plan {against}, published before: {lose}, {change}, {gain}; evacplan plan-diff {plan} --against {against} lists who and why.</source>
        <translation>Dibandingkan rencana {against} yang terbit sebelumnya: {lose}, {change}, {gain}; evacplan plan-diff {plan} --against {against} menyebutkan siapa dan mengapa.</translation>
    </message>
    <message>
        <source>{count} person loses its seat</source>
        <translation>{count} orang kehilangan kursinya</translation>
    </message>
    <message>
        <source>{count} persons lose their seat</source>
        <translation>{count} orang kehilangan kursinya</translation>
    </message>
    <message>
        <source>{count} person loses its seat (in {households})</source>
        <translation>{count} orang kehilangan kursinya (dalam {households})</translation>
    </message>
    <message>
        <source>{count} persons lose their seat (in {households})</source>
        <translation>{count} orang kehilangan kursinya (dalam {households})</translation>
    </message>
    <message>
        <source>{count} person changes flight</source>
        <translation>{count} orang pindah penerbangan</translation>
    </message>
    <message>
        <source>{count} persons change flight</source>
        <translation>{count} orang pindah penerbangan</translation>
    </message>
    <message>
        <source>{count} person gets a seat</source>
        <translation>{count} orang mendapat kursi</translation>
    </message>
    <message>
        <source>{count} persons get a seat</source>
        <translation>{count} orang mendapat kursi</translation>
    </message>
    <message>
        <source>Nothing was planned: the operation has no person. Import a roster (evacplan import FILE) and solve again.</source>
        <translation>Tidak ada yang direncanakan: operasi ini belum memiliki orang. Impor daftar orang (evacplan import BERKAS) lalu susun rencana lagi.</translation>
    </message>
    <message>
        <source>Nothing was planned: none of the operation&apos;s {persons} is waiting to be moved (each has flown, arrived, left by their own means, withdrawn or is missing).</source>
        <translation>Tidak ada yang direncanakan: tidak satu pun dari {persons} dalam operasi ini menunggu dipindahkan (masing-masing sudah terbang, tiba, pulang sendiri, mengundurkan diri atau hilang).</translation>
    </message>
    <message>
        <source>Nobody flies in this plan: the operation has no flight. It places persons in shelters and document appointments only; import flights (evacplan import FILE) and solve again.</source>
        <translation>Tidak ada yang terbang dalam rencana ini: operasi ini belum memiliki penerbangan. Rencana ini hanya menempatkan orang di penampungan dan jadwal dokumen; impor penerbangan (evacplan import BERKAS) lalu susun rencana lagi.</translation>
    </message>
    <message>
        <source>Nobody flies in this plan: none of the operation&apos;s {flights} is open to passengers (each is cancelled or departed). It places persons in shelters and document appointments only; import flights (evacplan import FILE) and solve again.</source>
        <translation>Tidak ada yang terbang dalam rencana ini: tidak satu pun dari {flights} operasi ini terbuka bagi penumpang (masing-masing dibatalkan atau sudah berangkat). Rencana ini hanya menempatkan orang di penampungan dan jadwal dokumen; impor penerbangan (evacplan import BERKAS) lalu susun rencana lagi.</translation>
    </message>
    <message>
        <source>Publishing plan {plan}. {seats}</source>
        <translation>Menerbitkan rencana {plan}. {seats}</translation>
    </message>
    <message>
        <source>Published plan {plan}</source>
        <translation>Rencana {plan} diterbitkan</translation>
    </message>
    <message>
        <source>Pinned {subject} to {kind} {target} (pin {pin})</source>
        <translation>{subject} dikunci ke {kind} {target} (kunci {pin})</translation>
    </message>
    <message>
        <source>Removed the {kind} pin of {subject}</source>
        <translation>Kunci {kind} untuk {subject} dihapus</translation>
    </message>
    <message>
        <source>{subject} had no {kind} pin; nothing changed</source>
        <translation>{subject} tidak punya kunci {kind}; tidak ada yang berubah</translation>
    </message>
    <message>
        <source>Nobody else can take a seat on {flight}</source>
        <translation>Tidak ada orang lain yang dapat mengambil kursi di {flight}</translation>
    </message>
    <message>
        <source>{household}: {persons}, {seats}, gain {gain}, waiting {days}</source>
        <translation>{household}: {persons}, {seats}, manfaat {gain}, menunggu {days}</translation>
    </message>
    <message>
        <source>{household}: {persons}, {seats}, gain {gain}, waiting {days} (now on {now_on})</source>
        <translation>{household}: {persons}, {seats}, manfaat {gain}, menunggu {days} (sekarang di {now_on})</translation>
    </message>
    <message>
        <source>Plan {plan} compared with itself: nothing differs</source>
        <translation>Rencana {plan} dibandingkan dengan dirinya sendiri: tidak ada yang berbeda</translation>
    </message>
    <message>
        <source>Plan {plan} has no other plan to be compared with: it has no reference plan and no other plan is published; name one with --against ID</source>
        <translation>Rencana {plan} tidak punya rencana lain sebagai pembanding: tidak ada rencana acuan dan tidak ada rencana lain yang diterbitkan; sebutkan satu dengan --against ID</translation>
    </message>
    <message>
        <source>Plan {plan} is older than plan {other}: the moves from plan {plan} to plan {other}</source>
        <translation>Rencana {plan} lebih lama daripada rencana {other}: perpindahan dari rencana {plan} ke rencana {other}</translation>
    </message>
    <message>
        <source>No household changed flight between plan {other} and plan {plan}</source>
        <translation>Tidak ada keluarga yang pindah penerbangan antara rencana {other} dan rencana {plan}</translation>
    </message>
    <message>
        <source>Wrote the {copy} copy of plan {plan} to {path}: {flights}, {passengers}</source>
        <translation>Salinan {copy} rencana {plan} ditulis ke {path}: {flights}, {passengers}</translation>
    </message>
    <message>
        <source>{count} more cell had characters replaced</source>
        <translation>{count} sel lain juga karakternya diganti</translation>
    </message>
    <message>
        <source>{count} more cells had characters replaced</source>
        <translation>{count} sel lain juga karakternya diganti</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>peringatan: {warning}</translation>
    </message>
    <message>
        <source>Exported {persons} to {path}</source>
        <translation>{persons} diekspor ke {path}</translation>
    </message>
    <message>
        <source>Wrote the roster template to {path}: sheets {sheets}</source>
        <translation>Templat daftar ditulis ke {path}: lembar {sheets}</translation>
    </message>
    <message>
        <source>Wrote {tags} on {pages} to {path}</source>
        <translation>{tags} pada {pages} ditulis ke {path}</translation>
    </message>
    <message>
        <source>Created a demo operation in {where}: {persons} in {households}, {flights}, {shelters}, {slots} ({seconds} s)</source>
        <translation>Operasi demo dibuat di {where}: {persons} dalam {households}, {flights}, {shelters}, {slots} ({seconds} detik)</translation>
    </message>
    <message>
        <source>Migrated {where} to schema {schema}; the previous file is kept as {kept}</source>
        <translation>{where} dimigrasikan ke skema {schema}; berkas sebelumnya disimpan sebagai {kept}</translation>
    </message>
    <message>
        <source>Created the operation &apos;{name}&apos; in {where}</source>
        <translation>Operasi &apos;{name}&apos; dibuat di {where}</translation>
    </message>
    <message>
        <source>{where} is already an operation at the current schema ({schema}); nothing changed</source>
        <translation>{where} sudah berupa operasi dengan skema terbaru ({schema}); tidak ada yang berubah</translation>
    </message>
    <message>
        <source>{paths} was readable by other users; made readable by you only</source>
        <translation>{paths} dapat dibaca pengguna lain; kini hanya dapat dibaca oleh Anda</translation>
    </message>
    <message>
        <source>{paths} were readable by other users; made readable by you only</source>
        <translation>{paths} dapat dibaca pengguna lain; kini hanya dapat dibaca oleh Anda</translation>
    </message>
    <message>
        <source>Wrote the mapping &apos;{name}&apos; ({columns}) to {path}</source>
        <translation>Pemetaan &apos;{name}&apos; ({columns}) ditulis ke {path}</translation>
    </message>
    <message>
        <source>Remembered the mapping &apos;{name}&apos; ({columns} of {kind}): used by name (the file lists no header row)</source>
        <translation>Pemetaan &apos;{name}&apos; ({columns} {kind}) diingat: dipakai menurut namanya (berkas tidak mencantumkan baris judul)</translation>
    </message>
    <message>
        <source>Remembered the mapping &apos;{name}&apos; ({columns} of {kind}): applied to files with the same header row and by name</source>
        <translation>Pemetaan &apos;{name}&apos; ({columns} {kind}) diingat: diterapkan pada berkas dengan baris judul yang sama dan menurut namanya</translation>
    </message>
    <message>
        <source>Forgot the mapping &apos;{name}&apos;</source>
        <translation>Pemetaan &apos;{name}&apos; dilupakan</translation>
    </message>
    <message>
        <source>No mapping is remembered yet.</source>
        <translation>Belum ada pemetaan yang diingat.</translation>
    </message>
    <message>
        <source>{name}: {kind}, {mapped} of {columns} mapped, saved {when} by {who} from {source}</source>
        <translation>{name}: {kind}, {mapped} dari {columns} dipetakan, disimpan {when} oleh {who} dari {source}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>headers: {headers}</source>
        <translation>judul: {headers}</translation>
    </message>
    <message>
        <source>Backed up {operation} to {path}: {persons}, verified (integrity check ok), readable by you only</source>
        <translation>Cadangan {operation} dibuat di {path}: {persons}, terverifikasi (pemeriksaan integritas baik), hanya dapat dibaca oleh Anda</translation>
    </message>
    <message>
        <source>No automatic backups beside {path}</source>
        <translation>Tidak ada cadangan otomatis di samping {path}</translation>
    </message>
    <message>
        <source>ok, {persons}, schema {schema}</source>
        <translation>baik, {persons}, skema {schema}</translation>
    </message>
    <message>
        <source>NOT usable: {problem}</source>
        <translation>TIDAK dapat dipakai: {problem}</translation>
    </message>
    <message>
        <source>Restored {path} from {backup}: {persons}</source>
        <translation>{path} dipulihkan dari {backup}: {persons}</translation>
    </message>
    <message>
        <source>The damaged file is kept as {path}</source>
        <translation>Berkas yang rusak disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>The file it replaced is kept as {path}</source>
        <translation>Berkas yang digantikannya disimpan sebagai {path}</translation>
    </message>
    <message>
        <source>Removed {persons} flown and registered before {cutoff} and {households}</source>
        <translation>{persons} yang sudah terbang dan terdaftar sebelum {cutoff} dihapus, beserta {households}</translation>
    </message>
    <message>
        <source>Removed {persons} registered before {cutoff} and {households}</source>
        <translation>{persons} yang terdaftar sebelum {cutoff} dihapus, beserta {households}</translation>
    </message>
    <message>
        <source>Would remove {persons} flown and registered before {cutoff}</source>
        <translation>Akan menghapus {persons} yang sudah terbang dan terdaftar sebelum {cutoff}</translation>
    </message>
    <message>
        <source>Would remove {persons} registered before {cutoff}</source>
        <translation>Akan menghapus {persons} yang terdaftar sebelum {cutoff}</translation>
    </message>
    <message>
        <source>Kept {count} person registered before that date who has not flown (--include-waiting removes them too)</source>
        <translation>{count} orang yang terdaftar sebelum tanggal itu tetapi belum terbang tetap disimpan (--include-waiting ikut menghapusnya)</translation>
    </message>
    <message>
        <source>Kept {count} persons registered before that date who have not flown (--include-waiting removes them too)</source>
        <translation>{count} orang yang terdaftar sebelum tanggal itu tetapi belum terbang tetap disimpan (--include-waiting ikut menghapusnya)</translation>
    </message>
    <message>
        <source>Their data is physically erased from the operation&apos;s files</source>
        <translation>Data mereka sudah terhapus secara fisik dari berkas operasi</translation>
    </message>
    <message>
        <source>Their rows are deleted; erasing them from the files finishes when every other program using the operation has closed it</source>
        <translation>Baris mereka sudah dihapus; penghapusan dari berkas selesai setelah semua program lain yang memakai operasi ini menutupnya</translation>
    </message>
    <message>
        <source>The backup {path} recorded in the audit log is not there (moved, removed, or on a disk that is not attached): purge it where it is</source>
        <translation>Cadangan {path} yang tercatat di log audit tidak ada di sana (dipindah, dihapus, atau ada di disk yang tidak terpasang): bersihkan di tempatnya</translation>
    </message>
    <message>
        <source>Overwrote with zeros and removed the backup {path}, which held {whom}; checked: it read back as zeros and is gone</source>
        <translation>Cadangan {path}, yang memuat {whom}, ditimpa dengan nol lalu dihapus; sudah diperiksa: terbaca sebagai nol dan kini sudah tidak ada</translation>
    </message>
    <message>
        <source>Re-wrote the backup {path} without the {whom} it held; checked: it verifies, holds none of their case numbers, names or passport numbers, and the old file&apos;s bytes were overwritten with zeros</source>
        <translation>Cadangan {path} ditulis ulang tanpa {whom} yang dimuatnya; sudah diperiksa: terverifikasi, tidak memuat nomor kasus, nama, atau nomor paspor mereka, dan isi berkas lama ditimpa dengan nol</translation>
    </message>
    <message>
        <source>Could not clean the backup {path}, which holds {whom}: {why}; it is kept as it was</source>
        <translation>Cadangan {path}, yang memuat {whom}, tidak dapat dibersihkan: {why}; cadangan itu dibiarkan seperti semula</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read to check ({why}); it may hold them (--remove-backups overwrites and removes it)</source>
        <translation>Cadangan {path} tidak dapat dibaca untuk diperiksa ({why}); mungkin memuat mereka (--remove-backups menimpa dan menghapusnya)</translation>
    </message>
    <message>
        <source>The backup {path} still holds {whom} (--rewrite-backups re-writes it without them, --remove-backups overwrites and removes it)</source>
        <translation>Cadangan {path} masih memuat {whom} (--rewrite-backups menulisnya ulang tanpa mereka, --remove-backups menimpa dan menghapusnya)</translation>
    </message>
    <message>
        <source>The backup {path} holds none of them (made before they were registered, or cleaned before)</source>
        <translation>Cadangan {path} tidak memuat satu pun dari mereka (dibuat sebelum mereka terdaftar, atau sudah dibersihkan)</translation>
    </message>
    <message>
        <source>Backups of an operation on a PostgreSQL server are made by the server (pg_dump): its administrator must purge them there</source>
        <translation>Cadangan operasi di server PostgreSQL dibuat oleh server (pg_dump): administratornya harus membersihkannya di sana</translation>
    </message>
    <message>
        <source>{count} purged person</source>
        <translation>{count} orang yang dihapus</translation>
    </message>
    <message>
        <source>{count} purged persons</source>
        <translation>{count} orang yang dihapus</translation>
    </message>
    <message>
        <source>them (unreadable)</source>
        <translation>mereka (tidak terbaca)</translation>
    </message>
    <message>
        <source>The audit export {where} is intact: {entries}</source>
        <translation>Ekspor audit {where} utuh: {entries}</translation>
    </message>
    <message>
        <source>The audit log of {where} is intact: {entries}; newest entry&apos;s hash {head} (note it: &apos;audit-check --anchor HASH&apos; later proves no entry was removed)</source>
        <translation>Log audit {where} utuh: {entries}; hash entri terbaru {head} (catatlah: &apos;audit-check --anchor HASH&apos; nanti membuktikan tidak ada entri yang dihapus)</translation>
    </message>
    <message>
        <source>It begins with the log of its backup (its anchor agrees)</source>
        <translation>Log ini diawali log cadangannya (jangkarnya cocok)</translation>
    </message>
    <message>
        <source>It begins with the log of each of its {count} backups (their anchors agree)</source>
        <translation>Log ini diawali log masing-masing dari {count} cadangannya (jangkarnya cocok)</translation>
    </message>
    <message>
        <source>The backup {path} went on past the restore that replaced the operation (expected)</source>
        <translation>Cadangan {path} berlanjut melewati pemulihan yang menggantikan operasi (wajar)</translation>
    </message>
    <message>
        <source>The backup {path} was opened as an operation after it was made; up to its making its log agrees (expected)</source>
        <translation>Cadangan {path} dibuka sebagai operasi setelah dibuat; sampai saat pembuatannya lognya cocok (wajar)</translation>
    </message>
    <message>
        <source>Not compared with the backup {path}: {why}</source>
        <translation>Tidak dibandingkan dengan cadangan {path}: {why}</translation>
    </message>
    <message>
        <source>Wrote {count} audit entry to {path} (readable by you only); newest entry&apos;s hash {head}</source>
        <translation>{count} entri audit ditulis ke {path} (hanya dapat dibaca oleh Anda); hash entri terbaru {head}</translation>
    </message>
    <message>
        <source>Wrote {count} audit entries to {path} (readable by you only); newest entry&apos;s hash {head}</source>
        <translation>{count} entri audit ditulis ke {path} (hanya dapat dibaca oleh Anda); hash entri terbaru {head}</translation>
    </message>
    <message>
        <source>Password for the workbook: </source>
        <translation>Kata sandi untuk buku kerja: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Kata sandi yang sama sekali lagi: </translation>
    </message>
    <message>
        <source>Encrypted {file} into {out} (readable by you only); it opens only with the password</source>
        <translation>{file} dienkripsi menjadi {out} (hanya dapat dibaca oleh Anda); berkas itu hanya terbuka dengan kata sandinya</translation>
    </message>
    <message>
        <source>{count} phone number has no country code and could be a number of more than one country (or of one whose numbers the planner does not know): the CSV for the gateway leaves it out, as a gateway would read it as a number of the country it sends from. Write it with + and the country code (+62 812...) and write the list again:</source>
        <translation>{count} nomor telepon tanpa kode negara dan bisa jadi nomor lebih dari satu negara (atau negara yang penomorannya tidak dikenal perencana): CSV untuk gateway tidak memuatnya, karena gateway akan membacanya sebagai nomor negara tempat ia mengirim. Tulis dengan + dan kode negara (+62 812...) lalu tulis daftar ini lagi:</translation>
    </message>
    <message>
        <source>{count} phone numbers have no country code and could be numbers of more than one country (or of one whose numbers the planner does not know): the CSV for the gateway leaves them out, as a gateway would read them as numbers of the country it sends from. Write them with + and the country code (+62 812...) and write the list again:</source>
        <translation>{count} nomor telepon tanpa kode negara dan bisa jadi nomor lebih dari satu negara (atau negara yang penomorannya tidak dikenal perencana): CSV untuk gateway tidak memuatnya, karena gateway akan membacanya sebagai nomor negara tempat ia mengirim. Tulis dengan + dan kode negara (+62 812...) lalu tulis daftar ini lagi:</translation>
    </message>
    <message>
        <source>Cancelled {flight}: {persons} in {households} loses their seat on it in the published plan {plan}; plan again (evacplan solve) to move them to other flights</source>
        <translation>{flight} dibatalkan: {persons} dalam {households} kehilangan kursinya di penerbangan ini dalam rencana yang diterbitkan {plan}; buat rencana lagi (evacplan solve) untuk memindahkan mereka ke penerbangan lain</translation>
    </message>
    <message>
        <source>Cancelled {flight}: {persons} in {households} lose their seats on it in the published plan {plan}; plan again (evacplan solve) to move them to other flights</source>
        <translation>{flight} dibatalkan: {persons} dalam {households} kehilangan kursinya di penerbangan ini dalam rencana yang diterbitkan {plan}; buat rencana lagi (evacplan solve) untuk memindahkan mereka ke penerbangan lain</translation>
    </message>
    <message>
        <source>Of them, {called} were called forward for it and {checked} are checked in: tell them</source>
        <translation>Dari mereka, {called} sudah dipanggil untuk penerbangan ini dan {checked} sudah melapor: beri tahu mereka</translation>
    </message>
    <message>
        <source>Cancelled {flight}: nobody has a seat on it in the published plan</source>
        <translation>{flight} dibatalkan: tidak ada yang mendapat kursi di penerbangan ini dalam rencana yang diterbitkan</translation>
    </message>
    <message>
        <source>{flight} is cancelled already; nothing was changed</source>
        <translation>{flight} sudah dibatalkan; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words in ``--help`` (its gettext msgids): ``evacplan --lang id ... --help`` says them from the catalogue, with the commands&apos; own help texts (planner/cli).</extracomment>
        <translation>cara pakai: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen posisi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opsi</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>tampilkan nomor versi program lalu keluar</translation>
    </message>
    <message>
        <source>Plan repatriation flights, shelters and emergency travel documents.</source>
        <translation>Rencanakan penerbangan pemulangan, penampungan, dan dokumen perjalanan darurat.</translation>
    </message>
    <message>
        <source>operation database: a file path or a SQLAlchemy URL (default: operation.sqlite in the user&apos;s data folder)</source>
        <translation>basis data operasi: path berkas atau URL SQLAlchemy (bawaan: operation.sqlite di folder data pengguna)</translation>
    </message>
    <message>
        <source>show tracebacks of internal errors</source>
        <translation>tampilkan traceback dari galat internal</translation>
    </message>
    <message>
        <source>language of the commands&apos; lines and errors: en (English, the default) or id (Indonesian)</source>
        <translation>bahasa baris dan galat perintah: en (Inggris, bawaan) atau id (Indonesia)</translation>
    </message>
    <message>
        <source>Case No</source>
        <extracomment>The workbook&apos;s headers (in the list&apos;s language; the CSV&apos;s column names stay ``COLUMNS``, what gateways read).</extracomment>
        <translation>No. Kasus</translation>
    </message>
    <message>
        <source>Full Name</source>
        <translation>Nama Lengkap</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Report Time</source>
        <translation>Waktu Lapor</translation>
    </message>
    <message>
        <source>Report Place</source>
        <translation>Tempat Lapor</translation>
    </message>
    <message>
        <source>Message (Indonesian)</source>
        <translation>Pesan (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Message (English)</source>
        <translation>Pesan (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Daftar panggilan</translation>
    </message>
    <message>
        <source>Wrote {persons} to {path}</source>
        <translation>{persons} ditulis ke {path}</translation>
    </message>
    <message>
        <source>Marked called: {persons} in {households}</source>
        <translation>Ditandai sudah dipanggil: {persons} dalam {households}</translation>
    </message>
    <message>
        <source>Call list for {flight}, plan {plan}: {persons}; report by {time} at {place}</source>
        <translation>Daftar panggilan {flight}, rencana {plan}: {persons}; melapor paling lambat {time} di {place}</translation>
    </message>
    <message>
        <source>Message preview ({language}, {size}):</source>
        <translation>Pratinjau pesan ({language}, {size}):</translation>
    </message>
    <message>
        <source>{count} characters, {parts} SMS (not GSM 7-bit: 70 characters to one SMS)</source>
        <translation>{count} karakter, {parts} SMS (bukan GSM 7-bit: 70 karakter per SMS)</translation>
    </message>
    <message>
        <source>{count} characters, {parts} SMS</source>
        <translation>{count} karakter, {parts} SMS</translation>
    </message>
    <message>
        <source>Checked in for {flight} (passengers): {persons} in {households}</source>
        <translation>Sudah lapor diri untuk {flight} (penumpang): {persons} dalam {households}</translation>
    </message>
    <message>
        <source>Checked in for {flight} (standby): {persons} in {households}</source>
        <translation>Sudah lapor diri untuk {flight} (cadangan): {persons} dalam {households}</translation>
    </message>
    <message>
        <source>Already checked in: {case_nos}</source>
        <translation>Sudah lapor diri sebelumnya: {case_nos}</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>baris {number}</translation>
    </message>
    <message>
        <source>argument {number}</source>
        <translation>argumen {number}</translation>
    </message>
    <message>
        <source>not text (bytes that are not UTF-8)</source>
        <translation>bukan teks (bita yang bukan UTF-8)</translation>
    </message>
    <message>
        <source>{count} line not checked in (above): it matches no one; nothing is checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas): tidak cocok dengan siapa pun; tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>{count} lines not checked in (above): they match no one; nothing is checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas): tidak cocok dengan siapa pun; tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>{count} lines not checked in (above): {nobody} matches no one, the households of the others are unchanged; nothing is checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas): {nobody} tidak cocok dengan siapa pun, keluarga dari yang lain tidak berubah; tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>{count} lines not checked in (above): {nobody} match no one, the households of the others are unchanged; nothing is checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas): {nobody} tidak cocok dengan siapa pun, keluarga dari yang lain tidak berubah; tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>{count} line not checked in (above); its household is unchanged, nothing is checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas); keluarganya tidak berubah, tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>{count} lines not checked in (above); their households are unchanged, nothing is checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas); keluarga mereka tidak berubah, tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>{count} line not checked in (above): it matches no one; the other lines are checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas): tidak cocok dengan siapa pun; baris lainnya sudah dilaporkan</translation>
    </message>
    <message>
        <source>{count} lines not checked in (above): they match no one; the other lines are checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas): tidak cocok dengan siapa pun; baris lainnya sudah dilaporkan</translation>
    </message>
    <message>
        <source>{count} lines not checked in (above): {nobody} matches no one, the households of the others are unchanged; the other lines are checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas): {nobody} tidak cocok dengan siapa pun, keluarga dari yang lain tidak berubah; baris lainnya sudah dilaporkan</translation>
    </message>
    <message>
        <source>{count} lines not checked in (above): {nobody} match no one, the households of the others are unchanged; the other lines are checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas): {nobody} tidak cocok dengan siapa pun, keluarga dari yang lain tidak berubah; baris lainnya sudah dilaporkan</translation>
    </message>
    <message>
        <source>{count} line not checked in (above); its household is unchanged, the other lines are checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas); keluarganya tidak berubah, baris lainnya sudah dilaporkan</translation>
    </message>
    <message>
        <source>{count} lines not checked in (above); their households are unchanged, the other lines are checked in</source>
        <translation>{count} baris tidak dilaporkan (di atas); keluarga mereka tidak berubah, baris lainnya sudah dilaporkan</translation>
    </message>
    <message>
        <source>Closed {flight} (plan {plan})</source>
        <translation>{flight} ditutup (rencana {plan})</translation>
    </message>
    <message>
        <source>Removed (no-show): {households}</source>
        <translation>Dikeluarkan (tidak hadir): {households}</translation>
    </message>
    <message>
        <source>Added (standby): {households}</source>
        <translation>Ditambahkan (cadangan): {households}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Not seated: {household}: {why}</source>
        <translation>Tidak mendapat kursi: {household}: {why}</translation>
    </message>
    <message>
        <source>Manifest revision {revision} recorded: export the manifests again and hand over this revision</source>
        <translation>Revisi manifes {revision} dicatat: ekspor manifes lagi dan serahkan revisi ini</translation>
    </message>
    <message>
        <source>Departed {flight}: flown {persons} in {households}</source>
        <translation>{flight} berangkat: {persons} dalam {households} sudah terbang</translation>
    </message>
    <message>
        <source>Set {status}: {persons}</source>
        <translation>Ditetapkan {status}: {persons}</translation>
    </message>
    <message>
        <source>Already {status}: {case_nos}</source>
        <translation>Sudah {status} sebelumnya: {case_nos}</translation>
    </message>
    <message>
        <source>{prog}: {what} (see {prog} --help)</source>
        <translation>{prog}: {what} (lihat {prog} --help)</translation>
    </message>
    <message>
        <source>{what} (see {prog} --help)</source>
        <translation>{what} (lihat {prog} --help)</translation>
    </message>
    <message>
        <source>{option} is an option of evacplan itself: put it before the command (evacplan {option} ... {command} ...)</source>
        <translation>{option} adalah opsi evacplan sendiri: letakkan sebelum perintahnya (evacplan {option} ... {command} ...)</translation>
    </message>
    <message>
        <source>unknown option {options}</source>
        <translation>opsi tidak dikenal {options}</translation>
    </message>
    <message>
        <source>unknown options {options}</source>
        <translation>opsi tidak dikenal {options}</translation>
    </message>
    <message>
        <source>unexpected argument {arguments}</source>
        <translation>argumen yang tidak diharapkan {arguments}</translation>
    </message>
    <message>
        <source>unexpected arguments {arguments}</source>
        <translation>argumen yang tidak diharapkan {arguments}</translation>
    </message>
    <message>
        <source>unknown command &apos;{command}&apos; (see {prog} --help)</source>
        <translation>perintah tidak dikenal &apos;{command}&apos; (lihat {prog} --help)</translation>
    </message>
    <message>
        <source>unknown command &apos;{command}&apos; (did you mean &apos;{guess}&apos;? see {prog} --help)</source>
        <translation>perintah tidak dikenal &apos;{command}&apos; (maksud Anda &apos;{guess}&apos;? lihat {prog} --help)</translation>
    </message>
    <message>
        <source>unknown option {option} (see {prog} --help)</source>
        <translation>opsi tidak dikenal {option} (lihat {prog} --help)</translation>
    </message>
    <message>
        <source>argument {argument}: {what}</source>
        <translation>argumen {argument}: {what}</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>argumen berikut wajib diberikan: {names}</translation>
    </message>
    <message>
        <source>one of the arguments {names} is required</source>
        <translation>salah satu argumen {names} wajib diberikan</translation>
    </message>
    <message>
        <source>not allowed with argument {other}</source>
        <translation>tidak boleh bersama argumen {other}</translation>
    </message>
    <message>
        <source>invalid choice: &apos;{value}&apos; (choose from {choices})</source>
        <translation>pilihan tidak sah: &apos;{value}&apos; (pilih dari {choices})</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>perlu satu nilai</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>paling banyak satu nilai</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>perlu paling sedikit satu nilai</translation>
    </message>
    <message>
        <source>ignored explicit argument &apos;{value}&apos;</source>
        <translation>opsi ini tidak menerima nilai (&apos;{value}&apos; diberikan)</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opsi ambigu: {option} bisa berarti {matches}</translation>
    </message>
    <message>
        <source>not a whole number: &apos;{value}&apos;</source>
        <translation>bukan bilangan bulat: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>not a number: &apos;{value}&apos;</source>
        <translation>bukan angka: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>not a date in the form YYYY-MM-DD: &apos;{value}&apos;</source>
        <translation>bukan tanggal berbentuk YYYY-MM-DD: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>must be zero or more: {value}</source>
        <translation>harus nol atau lebih: {value}</translation>
    </message>
    <message>
        <source>not a number of seconds: &apos;{value}&apos;</source>
        <translation>bukan jumlah detik: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed by the interrupted step</source>
        <translation>dihentikan; langkah yang dihentikan tidak mengubah apa pun</translation>
    </message>
    <message>
        <source>internal error ({name}); run again with --debug and report the output</source>
        <translation>kesalahan internal ({name}); jalankan lagi dengan --debug dan laporkan keluarannya</translation>
    </message>
    <message>
        <source>internal database error ({name}); run again with --debug and report the output</source>
        <translation>kesalahan internal basis data ({name}); jalankan lagi dengan --debug dan laporkan keluarannya</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>layak</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>eksak</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>berskala</translation>
    </message>
    <message>
        <source>embassy</source>
        <translation>kedutaan</translation>
    </message>
    <message>
        <source>airline and immigration</source>
        <translation>maskapai dan imigrasi</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>bahasa Inggris</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>sudah lapor diri</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>self-departed</source>
        <translation>pulang sendiri</translation>
    </message>
    <message>
        <source>flown</source>
        <translation>sudah terbang</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>sudah tiba</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>mengundurkan diri</translation>
    </message>
    <message>
        <source>Name a flight as &apos;FLIGHT_NO YYYY-MM-DD&apos; (QZ 8205 2026-02-03), not &apos;{given}&apos;</source>
        <translation>Sebutkan penerbangan sebagai &apos;NO_PENERBANGAN YYYY-MM-DD&apos; (QZ 8205 2026-02-03), bukan &apos;{given}&apos;</translation>
    </message>
    <message>
        <source>No flight &apos;{flight}&apos; in this operation</source>
        <translation>Tidak ada penerbangan &apos;{flight}&apos; dalam operasi ini</translation>
    </message>
    <message>
        <source>{flight} has departed: a departed flight cannot be cancelled; nothing was changed</source>
        <translation>{flight} sudah berangkat: penerbangan yang sudah berangkat tidak dapat dibatalkan; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>The flight is no longer in the operation</source>
        <translation>Penerbangan itu sudah tidak ada dalam operasi</translation>
    </message>
    <message>
        <source>No household or case number &apos;{subject}&apos; in this operation</source>
        <translation>Tidak ada keluarga atau nomor kasus &apos;{subject}&apos; dalam operasi ini</translation>
    </message>
    <message>
        <source>No household &apos;{household}&apos; in this operation</source>
        <translation>Tidak ada keluarga &apos;{household}&apos; dalam operasi ini</translation>
    </message>
    <message>
        <source>No person with case number &apos;{case_no}&apos; in this operation</source>
        <translation>Tidak ada orang dengan nomor kasus &apos;{case_no}&apos; dalam operasi ini</translation>
    </message>
    <message>
        <source>No shelter &apos;{shelter}&apos; in this operation</source>
        <translation>Tidak ada penampungan &apos;{shelter}&apos; dalam operasi ini</translation>
    </message>
    <message>
        <source>No document appointment &apos;{slot}&apos; in this operation</source>
        <translation>Tidak ada jadwal dokumen &apos;{slot}&apos; dalam operasi ini</translation>
    </message>
    <message>
        <source>A pin is of kind flight, shelter or slot, not &apos;{kind}&apos;</source>
        <translation>Jenis kunci adalah flight, shelter, atau slot, bukan &apos;{kind}&apos;</translation>
    </message>
    <message>
        <source>There is no plan {plan} in this operation</source>
        <translation>Tidak ada rencana {plan} dalam operasi ini</translation>
    </message>
    <message>
        <source>There is no plan yet: run &apos;evacplan solve&apos; first</source>
        <translation>Belum ada rencana: jalankan &apos;evacplan solve&apos; dulu</translation>
    </message>
    <message>
        <source>No plan is published yet: solve and publish one first (evacplan solve --publish)</source>
        <translation>Belum ada rencana yang diterbitkan: buat dan terbitkan satu dulu (evacplan solve --publish)</translation>
    </message>
    <message>
        <source>This operation has no plan to export yet; make one with &apos;evacplan solve&apos;</source>
        <translation>Operasi ini belum punya rencana untuk diekspor; buat satu dengan &apos;evacplan solve&apos;</translation>
    </message>
    <message>
        <source>Plan {plan} puts no one on flight &apos;{flight}&apos; (write a flight as its number, a space and its date, e.g. &apos;QZ 8205 2026-03-05&apos;)</source>
        <translation>Rencana {plan} tidak menempatkan siapa pun di penerbangan &apos;{flight}&apos; (tulis penerbangan sebagai nomornya, spasi, dan tanggalnya, mis. &apos;QZ 8205 2026-03-05&apos;)</translation>
    </message>
    <message>
        <source>no mapping named &apos;{name}&apos;</source>
        <translation>tidak ada pemetaan bernama &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>no mapping named &apos;{name}&apos; (see evacplan mappings list)</source>
        <translation>tidak ada pemetaan bernama &apos;{name}&apos; (lihat evacplan mappings list)</translation>
    </message>
    <message>
        <source>{file} names no mapping: give it a name with --name</source>
        <translation>{file} tidak menyebut nama pemetaan: beri nama dengan --name</translation>
    </message>
    <message>
        <source>no mapping file &apos;{name}&apos; and no saved mapping named &apos;{name}&apos; (saved mappings: {saved})</source>
        <translation>tidak ada berkas pemetaan &apos;{name}&apos; dan tidak ada pemetaan tersimpan bernama &apos;{name}&apos; (pemetaan tersimpan: {saved})</translation>
    </message>
    <message>
        <source>no mapping file &apos;{name}&apos; and no saved mapping named &apos;{name}&apos; (none is saved yet)</source>
        <translation>tidak ada berkas pemetaan &apos;{name}&apos; dan tidak ada pemetaan tersimpan bernama &apos;{name}&apos; (belum ada yang disimpan)</translation>
    </message>
    <message>
        <source>the --mapping text is not valid JSON (line {line}, column {column})</source>
        <translation>teks --mapping bukan JSON yang sah (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <source>--save-mapping keeps the mapping of an import: leave out --dry-run</source>
        <translation>--save-mapping menyimpan pemetaan sebuah impor: hilangkan --dry-run</translation>
    </message>
    <message>
        <source>{problem} (--mapping, or --ignore-column {letters})</source>
        <translation>{problem} (--mapping, atau --ignore-column {letters})</translation>
    </message>
    <message>
        <source>This operation has no plan yet</source>
        <translation>Operasi ini belum punya rencana</translation>
    </message>
    <message>
        <source>Unknown report language &apos;{language}&apos;: use en or id</source>
        <translation>Bahasa laporan &apos;{language}&apos; tidak dikenal: gunakan en atau id</translation>
    </message>
    <message>
        <source>the mapping {file}</source>
        <extracomment>Every import code, its template. Codes are unique across families.</extracomment>
        <translation>pemetaan {file}</translation>
    </message>
    <message>
        <source>the --mapping text</source>
        <translation>teks --mapping</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>pemetaan</translation>
    </message>
    <message>
        <source>mapping &apos;{name}&apos;</source>
        <translation>pemetaan &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>{mapping}</source>
        <translation>{mapping}</translation>
    </message>
    <message>
        <source>{mapping} confirmed with {file}</source>
        <translation>{mapping} yang dikonfirmasi dengan {file}</translation>
    </message>
    <message>
        <source>{mapping} confirmed on {date}</source>
        <translation>{mapping} yang dikonfirmasi pada {date}</translation>
    </message>
    <message>
        <source>{mapping} confirmed with {file} on {date}</source>
        <translation>{mapping} yang dikonfirmasi dengan {file} pada {date}</translation>
    </message>
    <message>
        <source>Cannot read the mapping {path}: {why}</source>
        <translation>Pemetaan {path} tidak dapat dibaca: {why}</translation>
    </message>
    <message>
        <source>The mapping {path} is not valid JSON (line {line}, column {column})</source>
        <translation>Pemetaan {path} bukan JSON yang sah (baris {line}, kolom {column})</translation>
    </message>
    <message>
        <source>The mapping {path} is not text in UTF-8</source>
        <translation>Pemetaan {path} bukan teks UTF-8</translation>
    </message>
    <message>
        <source>{where} must be a JSON object of column -&gt; field</source>
        <translation>{where} harus berupa objek JSON kolom -&gt; isian</translation>
    </message>
    <message>
        <source>{where}: &apos;columns&apos; must be an object of column -&gt; field</source>
        <translation>{where}: &apos;columns&apos; harus berupa objek kolom -&gt; isian</translation>
    </message>
    <message>
        <source>{where}: kind &apos;{kind}&apos; is not one of {kinds}</source>
        <translation>{where}: jenis &apos;{kind}&apos; bukan salah satu dari {kinds}</translation>
    </message>
    <message>
        <source>{where}: header_row must be a row number (0 for none)</source>
        <translation>{where}: header_row harus berupa nomor baris (0 bila tidak ada)</translation>
    </message>
    <message>
        <source>{where}: &apos;{target}&apos; (for column &apos;{column}&apos;) is not a field name such as full_name or date_of_birth</source>
        <translation>{where}: &apos;{target}&apos; (untuk kolom &apos;{column}&apos;) bukan nama isian seperti full_name atau date_of_birth</translation>
    </message>
    <message>
        <source>{where} must say which kind of record it maps (&quot;kind&quot;: {kinds})</source>
        <translation>{where} harus menyebutkan jenis data yang dipetakannya (&quot;kind&quot;: {kinds})</translation>
    </message>
    <message>
        <source>{where}: &apos;headers&apos; must be a list of the header row&apos;s texts</source>
        <translation>{where}: &apos;headers&apos; harus berupa daftar teks baris judul</translation>
    </message>
    <message>
        <source>{where}: &apos;name&apos; must be a text</source>
        <translation>{where}: &apos;name&apos; harus berupa teks</translation>
    </message>
    <message>
        <source>a mapping needs a name</source>
        <translation>pemetaan perlu nama</translation>
    </message>
    <message>
        <source>a mapping&apos;s name may have {count} characters at most</source>
        <translation>nama pemetaan paling banyak {count} karakter</translation>
    </message>
    <message>
        <source>a mapping&apos;s name may not hold a control character ({character})</source>
        <translation>nama pemetaan tidak boleh memuat karakter kendali ({character})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; looks like a file, not a mapping&apos;s name</source>
        <translation>&apos;{name}&apos; tampak seperti berkas, bukan nama pemetaan</translation>
    </message>
    <message>
        <source>the time limit must be a number of seconds, not {value}</source>
        <translation>batas waktu harus berupa jumlah detik, bukan {value}</translation>
    </message>
    <message>
        <source>the time limit must be more than 0 seconds</source>
        <translation>batas waktu harus lebih dari 0 detik</translation>
    </message>
    <message>
        <source>the time limit may be at most {seconds} seconds (a day)</source>
        <translation>batas waktu paling lama {seconds} detik (satu hari)</translation>
    </message>
    <message>
        <source>The exact method cannot plan {households} households ({classes} kinds on {flights} flights) within {limit} s; use the scaled method (--method scaled), or give the exact one a time limit of at least {needs} s</source>
        <translation>Metode eksak tidak dapat merencanakan {households} keluarga ({classes} jenis pada {flights} penerbangan) dalam {limit} detik; pakai metode berskala (--method scaled), atau beri metode eksak batas waktu paling sedikit {needs} detik</translation>
    </message>
    <message>
        <source>The planner failed: {detail}</source>
        <translation>Perencana gagal: {detail}</translation>
    </message>
    <message>
        <source>The planner found no plan within the time limit; solve again with a longer --time-limit</source>
        <translation>Perencana tidak menemukan rencana dalam batas waktu; jalankan lagi dengan --time-limit yang lebih panjang</translation>
    </message>
    <message>
        <source>The planner found no plan within the time limit; set a longer Time limit on the Plan screen and solve again</source>
        <translation>Perencana tidak menemukan rencana dalam batas waktu; atur Batas waktu yang lebih panjang di layar Rencana, lalu Susun rencana lagi</translation>
    </message>
    <message>
        <source>Plan {plan} is {status}; only a finished plan can be published: solve again</source>
        <translation>Rencana {plan} berstatus {status}; hanya rencana yang selesai yang dapat diterbitkan: jalankan lagi</translation>
    </message>
    <message>
        <source>The operation&apos;s records changed since plan {plan} was made; solve again before publishing</source>
        <translation>Data operasi berubah sejak rencana {plan} dibuat; jalankan perencanaan lagi sebelum menerbitkan</translation>
    </message>
    <message>
        <source>The plan start {start} is outside this operation&apos;s dates: choose a day from {first} to {last} ({days} days before the plan start setting or the first flight, to a year after the last flight)</source>
        <translation>Awal rencana {start} berada di luar tanggal operasi ini: pilih hari antara {first} dan {last} ({days} hari sebelum pengaturan awal rencana atau penerbangan pertama, sampai setahun setelah penerbangan terakhir)</translation>
    </message>
    <message>
        <source>Not pinned: the next plan would release the pin of household {household} to flight {flight}, because {why}</source>
        <translation>Tidak dikunci: rencana berikutnya akan melepas kunci keluarga {household} ke penerbangan {flight}, karena {why}</translation>
    </message>
    <message>
        <source>Not pinned: the next plan would release the pin of household {household} to shelter {shelter}, because {why}</source>
        <translation>Tidak dikunci: rencana berikutnya akan melepas kunci keluarga {household} ke penampungan {shelter}, karena {why}</translation>
    </message>
    <message>
        <source>Not pinned: the next plan would release the pin of person {person} to document appointment {slot}, because {why}</source>
        <translation>Tidak dikunci: rencana berikutnya akan melepas kunci orang {person} ke jadwal dokumen {slot}, karena {why}</translation>
    </message>
    <message>
        <source>Not pinned: with a pin of {subject} to {kind} {target}, the next plan would release the pin of {other} to {other_kind} {other_target}, because {why}</source>
        <translation>Tidak dikunci: dengan kunci {subject} ke {kind} {target}, rencana berikutnya akan melepas kunci {other} ke {other_kind} {other_target}, karena {why}</translation>
    </message>
    <message>
        <source>--people must be zero or more</source>
        <translation>--people harus nol atau lebih</translation>
    </message>
    <message>
        <source>A demo may have 0 to {most} persons (more than any operation), not {people}</source>
        <translation>Demo boleh berisi 0 sampai {most} orang (lebih dari operasi mana pun), bukan {people}</translation>
    </message>
    <message>
        <source>A demo&apos;s start must be from {first} to {last}, not {start}</source>
        <translation>Awal demo harus antara {first} dan {last}, bukan {start}</translation>
    </message>
    <message>
        <source>This operation already holds records ({persons}, {flights}); create the demo in a new file</source>
        <translation>Operasi ini sudah berisi data ({persons}, {flights}); buat demo di berkas baru</translation>
    </message>
    <message>
        <source>{flight} has departed: nobody can check in for it</source>
        <translation>{flight} sudah berangkat: tidak ada yang dapat lapor diri untuknya</translation>
    </message>
    <message>
        <source>{flight} is cancelled: nobody can check in for it</source>
        <translation>{flight} dibatalkan: tidak ada yang dapat lapor diri untuknya</translation>
    </message>
    <message>
        <source>Name at least one case number (or --file SCANS.txt)</source>
        <translation>Sebutkan paling sedikit satu nomor kasus (atau --file SCANS.txt)</translation>
    </message>
    <message>
        <source>Unknown case number: {case_nos}; nothing was checked in</source>
        <translation>Nomor kasus tidak dikenal: {case_nos}; tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>Unknown case numbers: {case_nos}; nothing was checked in</source>
        <translation>Nomor kasus tidak dikenal: {case_nos}; tidak ada yang dilaporkan</translation>
    </message>
    <message>
        <source>unknown case number</source>
        <translation>nomor kasus tidak dikenal</translation>
    </message>
    <message>
        <source>another member of the household cannot check in (see that line)</source>
        <translation>anggota keluarga yang lain tidak dapat lapor diri (lihat baris itu)</translation>
    </message>
    <message>
        <source>{case_no} is checked in for another flight</source>
        <translation>{case_no} sudah lapor diri untuk penerbangan lain</translation>
    </message>
    <message>
        <source>{case_no} is checked in for {flight}</source>
        <translation>{case_no} sudah lapor diri untuk {flight}</translation>
    </message>
    <message>
        <source>{household} has seats on {flight} in plan {plan}: check it in without --standby</source>
        <translation>{household} punya kursi di {flight} pada rencana {plan}: laporkan tanpa --standby</translation>
    </message>
    <message>
        <source>{household} has no seat on {flight} in plan {plan} (it has no flight); check it in with --standby to wait for a freed seat</source>
        <translation>{household} tidak punya kursi di {flight} pada rencana {plan} (tidak punya penerbangan); laporkan dengan --standby untuk menunggu kursi yang kosong</translation>
    </message>
    <message>
        <source>{household} has no seat on {flight} in plan {plan} (its flight is {seat_flight}); check it in with --standby to wait for a freed seat</source>
        <translation>{household} tidak punya kursi di {flight} pada rencana {plan} (penerbangannya {seat_flight}); laporkan dengan --standby untuk menunggu kursi yang kosong</translation>
    </message>
    <message>
        <source>{household} would be checked in only in part: {missing} not named; a household checks in together (name every member)</source>
        <translation>{household} hanya akan dilaporkan sebagian: {missing} tidak disebut; satu keluarga lapor diri bersama (sebutkan setiap anggota)</translation>
    </message>
    <message>
        <source>{household}: {why}</source>
        <translation>{household}: {why}</translation>
    </message>
    <message>
        <source>{why} On standby for {flight} it could never get a seat.</source>
        <translation>{why} Sebagai cadangan untuk {flight}, keluarga ini tidak akan pernah mendapat kursi.</translation>
    </message>
    <message>
        <source>{flight} flies to {airport}, and {case_no} accepts only {accepted}: on standby for it they could never get a seat (change their destinations first if they now accept {airport})</source>
        <translation>{flight} terbang ke {airport}, sedangkan {case_no} hanya menerima {accepted}: sebagai cadangan untuk penerbangan itu mereka tidak akan pernah mendapat kursi (ubah dulu tujuan mereka jika kini mereka menerima {airport})</translation>
    </message>
    <message>
        <source>Cannot read the scans in {path}: {why}</source>
        <translation>Hasil pindaian di {path} tidak dapat dibaca: {why}</translation>
    </message>
    <message>
        <source>No case number in {path}</source>
        <translation>Tidak ada nomor kasus di {path}</translation>
    </message>
    <message>
        <source>{flight} was not closed. {due} Closed now, everyone not checked in becomes a no-show: add --early to close it all the same</source>
        <translation>{flight} tidak ditutup. {due} Jika ditutup sekarang, semua yang belum lapor diri menjadi tidak hadir: tambahkan --early untuk tetap menutupnya</translation>
    </message>
    <message>
        <source>{flight} was not marked departed. {due} Marked departed now, its passengers count as flown from today: add --early to mark it departed all the same</source>
        <translation>{flight} tidak ditandai berangkat. {due} Jika ditandai berangkat sekarang, penumpangnya terhitung sudah terbang sejak hari ini: tambahkan --early untuk tetap menandainya berangkat</translation>
    </message>
    <message>
        <source>Nobody is checked in for {flight}: check passengers in before closing it</source>
        <translation>Belum ada yang lapor diri untuk {flight}: laporkan penumpang sebelum menutupnya</translation>
    </message>
    <message>
        <source>{flight} has departed already</source>
        <translation>{flight} sudah berangkat</translation>
    </message>
    <message>
        <source>{flight} is cancelled: it cannot depart</source>
        <translation>{flight} dibatalkan: penerbangan itu tidak dapat berangkat</translation>
    </message>
    <message>
        <source>{flight} is not closed: close it first (evacplan close &quot;{flight}&quot;)</source>
        <translation>{flight} belum ditutup: tutup dulu (evacplan close &quot;{flight}&quot;)</translation>
    </message>
    <message>
        <source>Nobody is checked in for {flight}: it cannot depart with no passenger (cancel it instead)</source>
        <translation>Tidak ada yang lapor diri untuk {flight}: penerbangan tidak dapat berangkat tanpa penumpang (batalkan saja)</translation>
    </message>
    <message>
        <source>{flight} has not departed: nobody on it can have arrived</source>
        <translation>{flight} belum berangkat: belum ada penumpangnya yang mungkin tiba</translation>
    </message>
    <message>
        <source>Not flown on {flight}: {case_nos}; nothing was changed</source>
        <translation>Tidak terbang dengan {flight}: {case_nos}; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>Nobody flown on {flight} is still to arrive</source>
        <translation>Tidak ada penumpang {flight} yang masih belum tiba</translation>
    </message>
    <message>
        <source>{case_no} (unknown case number)</source>
        <translation>{case_no} (nomor kasus tidak dikenal)</translation>
    </message>
    <message>
        <source>{case_no} (flown on another flight)</source>
        <translation>{case_no} (terbang dengan penerbangan lain)</translation>
    </message>
    <message>
        <source>{case_no} (flown on {flight})</source>
        <translation>{case_no} (terbang dengan {flight})</translation>
    </message>
    <message>
        <source>{case_no} (arrived already)</source>
        <translation>{case_no} (sudah tiba)</translation>
    </message>
    <message>
        <source>{case_no} ({status})</source>
        <translation>{case_no} ({status})</translation>
    </message>
    <message>
        <source>Name the status to set: --set {choices}</source>
        <translation>Sebutkan status yang ditetapkan: --set {choices}</translation>
    </message>
    <message>
        <source>Name the case numbers of the persons to set {status}</source>
        <translation>Sebutkan nomor kasus orang-orang yang akan ditetapkan {status}</translation>
    </message>
    <message>
        <source>--set takes {choices}, not &apos;{given}&apos;</source>
        <translation>--set menerima {choices}, bukan &apos;{given}&apos;</translation>
    </message>
    <message>
        <source>--set takes {choices}, not &apos;{given}&apos;: a person becomes {status} through {command}</source>
        <translation>--set menerima {choices}, bukan &apos;{given}&apos;: seseorang menjadi {status} melalui {command}</translation>
    </message>
    <message>
        <source>A withdrawal needs its reason: add --reason TEXT</source>
        <translation>Pengunduran diri memerlukan alasan: tambahkan --reason TEKS</translation>
    </message>
    <message>
        <source>Name at least one case number</source>
        <translation>Sebutkan paling sedikit satu nomor kasus</translation>
    </message>
    <message>
        <source>Unknown case number: {case_nos}; nothing was changed</source>
        <translation>Nomor kasus tidak dikenal: {case_nos}; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>Unknown case numbers: {case_nos}; nothing was changed</source>
        <translation>Nomor kasus tidak dikenal: {case_nos}; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{case_no} is marked {status}: only a person waiting to fly can check in (evacplan status ... --set registered, if they are back)</source>
        <translation>{case_no} berstatus {status}: hanya orang yang menunggu terbang yang dapat lapor diri (evacplan status ... --set registered, jika orang itu kembali)</translation>
    </message>
    <message>
        <source>{flight} is cancelled: nobody is called for it (solve again to plan its passengers on other flights)</source>
        <translation>{flight} dibatalkan: tidak ada yang dipanggil untuk penerbangan ini (jalankan solve lagi untuk merencanakan penumpangnya di penerbangan lain)</translation>
    </message>
    <message>
        <source>{why}; nothing was checked in: the other case numbers named were not checked in either (name them without this one, or use --file to check in what can be)</source>
        <translation>{why}; tidak ada yang dilaporkan: nomor kasus lain yang disebut juga tidak dilaporkan (sebut mereka tanpa nomor ini, atau pakai --file untuk melaporkan yang bisa)</translation>
    </message>
    <message>
        <source>{flight} was closed on {day} at {time} ({zone}): check-in has ended</source>
        <translation>{flight} ditutup pada {day} pukul {time} ({zone}): lapor diri sudah berakhir</translation>
    </message>
    <message>
        <source>{flight} was closed already on {day} at {time} ({zone})</source>
        <translation>{flight} sudah ditutup pada {day} pukul {time} ({zone})</translation>
    </message>
    <message>
        <source>Called for this flight already: {persons} in {households}</source>
        <translation>Sudah dipanggil untuk penerbangan ini: {persons} dalam {households}</translation>
    </message>
    <message>
        <source>Called for this flight already: {persons} in {households}, the last on {day} at {time} ({zone})</source>
        <translation>Sudah dipanggil untuk penerbangan ini: {persons} dalam {households}, terakhir pada {day} pukul {time} ({zone})</translation>
    </message>
    <message>
        <source>A preview keeps nothing, not even the code {reference}: write the list with --reference {reference} again</source>
        <translation>Pratinjau tidak menyimpan apa pun, kode {reference} pun tidak: tulis daftarnya dengan --reference {reference} lagi</translation>
    </message>
    <message>
        <source>Checked in for this flight already: {persons} (they stay checked in)</source>
        <translation>Sudah lapor diri untuk penerbangan ini: {persons} (tetap sudah lapor diri)</translation>
    </message>
    <message>
        <source>{case_nos}: unknown case number</source>
        <translation>{case_nos}: nomor kasus tidak dikenal</translation>
    </message>
    <message>
        <source>{case_nos}: unknown case numbers</source>
        <translation>{case_nos}: nomor kasus tidak dikenal</translation>
    </message>
    <message>
        <source>Nothing was checked in: {whys}. Name the case numbers again without these, or use --file to check in what can be</source>
        <translation>Tidak ada yang dilaporkan: {whys}. Sebut lagi nomor kasusnya tanpa yang ini, atau pakai --file untuk melaporkan yang bisa</translation>
    </message>
    <message>
        <source>Nothing was changed: {whys}. Name the case numbers again without these</source>
        <translation>Tidak ada yang diubah: {whys}. Sebut lagi nomor kasusnya tanpa yang ini</translation>
    </message>
    <message>
        <source>{case_no} is marked {status}: {case_no} cannot become {to}</source>
        <translation>{case_no} berstatus {status}: {case_no} tidak dapat menjadi {to}</translation>
    </message>
    <message>
        <source>{why}; nothing was changed</source>
        <translation>{why}; tidak ada yang diubah</translation>
    </message>
    <message>
        <source>{why}; nothing was changed: the other case numbers named were not changed either (name them without this one)</source>
        <translation>{why}; tidak ada yang diubah: nomor kasus lain yang disebut juga tidak diubah (sebut mereka tanpa nomor ini)</translation>
    </message>
    <message>
        <source>{case_no} boarded {flight} (closed): depart the flight instead</source>
        <translation>{case_no} sudah naik {flight} (ditutup): berangkatkan saja penerbangannya</translation>
    </message>
    <message>
        <source>{household} would change only in part: {missing} not named; name every member, or give the person a household of their own first (edit the roster)</source>
        <translation>{household} hanya akan berubah sebagian: {missing} tidak disebut; sebutkan setiap anggota, atau beri orang itu keluarga sendiri dulu (ubah daftar)</translation>
    </message>
    <message>
        <source>A reference code is 2 to 16 letters, digits or dashes, not &apos;{given}&apos;</source>
        <translation>Kode referensi terdiri atas 2 sampai 16 huruf, angka, atau tanda hubung, bukan &apos;{given}&apos;</translation>
    </message>
    <message>
        <source>The operation has no reference code yet: give one with --reference CODE (it is kept in the settings when the list is written; a --preview keeps nothing, not even the code: give its --reference again)</source>
        <translation>Operasi ini belum punya kode referensi: berikan dengan --reference KODE (disimpan di pengaturan saat daftar ditulis; --preview tidak menyimpan apa pun, kodenya pun tidak: berikan --reference-nya lagi)</translation>
    </message>
    <message>
        <source>Cannot write a call list as {file}: name the file .csv or .xlsx</source>
        <translation>Daftar panggilan tidak dapat ditulis sebagai {file}: beri nama berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <source>Plan {plan} has no passenger on {flight}: nothing to call</source>
        <translation>Rencana {plan} tidak punya penumpang di {flight}: tidak ada yang dipanggil</translation>
    </message>
    <message>
        <source>No person with case number {case_nos}</source>
        <translation>Tidak ada orang dengan nomor kasus {case_nos}</translation>
    </message>
    <message>
        <source>No person with case numbers {case_nos}</source>
        <translation>Tidak ada orang dengan nomor kasus {case_nos}</translation>
    </message>
    <message>
        <source>Cannot write tags to {file}: name the file .pdf</source>
        <translation>Label tidak dapat ditulis ke {file}: beri nama berkas .pdf</translation>
    </message>
    <message>
        <source>Say whose tags to print: case numbers, --household or --shelter</source>
        <translation>Sebutkan label siapa yang dicetak: nomor kasus, --household, atau --shelter</translation>
    </message>
    <message>
        <source>Nobody to tag: the published plan puts nobody in {shelter}</source>
        <translation>Tidak ada yang perlu diberi label: rencana terbit tidak menempatkan siapa pun di {shelter}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}</source>
        <translation>{path} tidak dapat ditulis: {why}</translation>
    </message>
    <message>
        <source>Cannot write the screenshot {path}</source>
        <translation>Tidak dapat menulis tangkapan layar {path}</translation>
    </message>
    <message>
        <source>The printer refused a new page; the output is incomplete</source>
        <translation>Pencetak menolak halaman baru; hasilnya tidak lengkap</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or PDF file is not available</source>
        <translation>Tidak dapat mulai mencetak: pencetak atau berkas PDF tidak tersedia</translation>
    </message>
    <message>
        <source>Cannot write {path}: its temporary file kept disappearing</source>
        <translation>{path} tidak dapat ditulis: berkas sementaranya terus menghilang</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} tidak dapat ditulis: folder {folder} tidak ada</translation>
    </message>
    <message>
        <source>Cannot export manifests to {file}: name the file .xlsx or .pdf</source>
        <translation>Manifes tidak dapat diekspor ke {file}: beri nama berkas .xlsx atau .pdf</translation>
    </message>
    <message>
        <source>The {name} renderer ({entry}) cannot be loaded: {why}; write an .xlsx file instead, or reinstall evacplan with its desktop part</source>
        <translation>Pembuat {name} ({entry}) tidak dapat dimuat: {why}; tulis berkas .xlsx saja, atau pasang ulang evacplan beserta bagian desktopnya</translation>
    </message>
    <message>
        <source>No {name} renderer is installed (entry point &apos;{entry}&apos; in {group}); write an .xlsx file instead, or install evacplan with its desktop part</source>
        <translation>Pembuat {name} belum terpasang (entry point &apos;{entry}&apos; di {group}); tulis berkas .xlsx saja, atau pasang evacplan beserta bagian desktopnya</translation>
    </message>
    <message>
        <source>Cannot export the roster as {file}: name the file .xlsx, .csv or .json</source>
        <translation>Daftar tidak dapat diekspor sebagai {file}: beri nama berkas .xlsx, .csv, atau .json</translation>
    </message>
    <message>
        <source>The roster changed while it was being exported; export it again</source>
        <translation>Daftar berubah ketika sedang diekspor; ekspor lagi</translation>
    </message>
    <message>
        <source>Cannot write the situation report to {file}: name the file .pdf or .xlsx</source>
        <translation>Laporan situasi tidak dapat ditulis ke {file}: beri nama berkas .pdf atau .xlsx</translation>
    </message>
    <message>
        <source>No situation report of {day}: that day is still to come (today is {today} where the operation is), and a report counts what has happened by the end of its day. Give --date of today or an earlier day, or leave --date out for today&apos;s report</source>
        <translation>Tidak ada laporan situasi untuk {day}: hari itu belum tiba (hari ini {today} di tempat operasi), dan laporan menghitung apa yang sudah terjadi sampai akhir harinya. Berikan --date hari ini atau hari sebelumnya, atau tanpa --date untuk laporan hari ini</translation>
    </message>
    <message>
        <source>Cannot back up {operation}: an operation on a PostgreSQL server is backed up by the server (pg_dump); &apos;evacplan backup&apos; and &apos;restore&apos; work on SQLite operation files</source>
        <translation>{operation} tidak dapat dicadangkan: operasi di server PostgreSQL dicadangkan oleh server (pg_dump); &apos;evacplan backup&apos; dan &apos;restore&apos; bekerja pada berkas operasi SQLite</translation>
    </message>
    <message>
        <source>Cannot restore {operation}: an operation on a PostgreSQL server is backed up by the server (pg_dump); &apos;evacplan backup&apos; and &apos;restore&apos; work on SQLite operation files</source>
        <translation>{operation} tidak dapat dipulihkan: operasi di server PostgreSQL dicadangkan oleh server (pg_dump); &apos;evacplan backup&apos; dan &apos;restore&apos; bekerja pada berkas operasi SQLite</translation>
    </message>
    <message>
        <source>Cannot back up {path} onto itself; choose another file name</source>
        <translation>{path} tidak dapat dicadangkan ke dirinya sendiri; pilih nama berkas lain</translation>
    </message>
    <message>
        <source>{path} exists already; choose a new file name for the backup</source>
        <translation>{path} sudah ada; pilih nama berkas baru untuk cadangan</translation>
    </message>
    <message>
        <source>Cannot restore {path} from itself; name a backup file</source>
        <translation>{path} tidak dapat dipulihkan dari dirinya sendiri; sebutkan berkas cadangan</translation>
    </message>
    <message>
        <source>The backup {path} cannot be restored: {problem}</source>
        <translation>Cadangan {path} tidak dapat dipulihkan: {problem}</translation>
    </message>
    <message>
        <source>it cannot be read ({why})</source>
        <translation>tidak dapat dibaca ({why})</translation>
    </message>
    <message>
        <source>it is not a SQLite file</source>
        <translation>bukan berkas SQLite</translation>
    </message>
    <message>
        <source>it cannot be opened ({why})</source>
        <translation>tidak dapat dibuka ({why})</translation>
    </message>
    <message>
        <source>it is damaged ({why})</source>
        <translation>rusak ({why})</translation>
    </message>
    <message>
        <source>it is not an operation of this planner</source>
        <translation>bukan operasi perencana ini</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of the planner (schema {schema}); update the program to restore it</source>
        <translation>Cadangan {path} dibuat oleh versi perencana yang lebih baru (skema {schema}); perbarui program untuk memulihkannya</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: the folder does not exist</source>
        <translation>Tidak dapat memulihkan ke {path}: foldernya tidak ada</translation>
    </message>
    <message>
        <source>No verified backup was found beside {path}</source>
        <translation>Tidak ditemukan cadangan terverifikasi di samping {path}</translation>
    </message>
    <message>
        <source>Give the cutoff with --before DATE, or set the operation&apos;s retention date in its settings</source>
        <translation>Berikan batas tanggal dengan --before TANGGAL, atau atur tanggal retensi di pengaturan operasi</translation>
    </message>
    <message>
        <source>The purge date {cutoff} is in the future; a retention date must have passed before persons are purged</source>
        <translation>Tanggal penghapusan {cutoff} ada di masa depan; tanggal retensi harus sudah lewat sebelum data orang dihapus</translation>
    </message>
    <message>
        <source>The audit log of {where}: entry {entry} is damaged (its time or details cannot be read), so it and every later entry are unproven</source>
        <translation>Log audit {where}: entri {entry} rusak (waktu atau rinciannya tidak terbaca), sehingga entri itu dan semua entri sesudahnya tidak terbukti</translation>
    </message>
    <message>
        <source>The audit log of {where} was altered: entry {entry} does not match its hash, so it and every later entry are unproven</source>
        <translation>Log audit {where} telah diubah: entri {entry} tidak cocok dengan hash-nya, sehingga entri itu dan semua entri sesudahnya tidak terbukti</translation>
    </message>
    <message>
        <source>The audit log of {where} was cut short: {why}</source>
        <translation>Log audit {where} terpotong: {why}</translation>
    </message>
    <message>
        <source>The audit log of {where} does not match its backups: {why}</source>
        <translation>Log audit {where} tidak cocok dengan cadangannya: {why}</translation>
    </message>
    <message>
        <source>The audit log of {where} does not match its backups: {why} ({count} more backup says the same)</source>
        <translation>Log audit {where} tidak cocok dengan cadangannya: {why} ({count} cadangan lain menunjukkan hal yang sama)</translation>
    </message>
    <message>
        <source>The audit log of {where} does not match its backups: {why} ({count} more backups say the same)</source>
        <translation>Log audit {where} tidak cocok dengan cadangannya: {why} ({count} cadangan lain menunjukkan hal yang sama)</translation>
    </message>
    <message>
        <source>The audit log of {where} no longer holds the entry sealed by {anchor}: entries were removed</source>
        <translation>Log audit {where} tidak lagi memuat entri yang dikunci oleh {anchor}: ada entri yang dihapus</translation>
    </message>
    <message>
        <source>Cannot export the audit log to {file}: use a name ending in {suffixes}</source>
        <translation>Log audit tidak dapat diekspor ke {file}: pakai nama yang berakhiran {suffixes}</translation>
    </message>
    <message>
        <source>Cannot read the audit export {path}: {why}</source>
        <translation>Ekspor audit {path} tidak dapat dibaca: {why}</translation>
    </message>
    <message>
        <source>{path} is not an audit export (a JSON list of entries)</source>
        <translation>{path} bukan ekspor audit (daftar entri JSON)</translation>
    </message>
    <message>
        <source>No password given: type it when asked or set {variable}</source>
        <translation>Kata sandi tidak diberikan: ketik saat diminta atau atur {variable}</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was encrypted</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang dienkripsi</translation>
    </message>
    <message>
        <source>The export password must have at least {least} characters</source>
        <translation>Kata sandi ekspor harus paling sedikit {least} karakter</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook; name the .xlsx to encrypt</source>
        <translation>{path} adalah folder, bukan buku kerja; sebutkan berkas .xlsx yang akan dienkripsi</translation>
    </message>
    <message>
        <source>There is no workbook {path} to encrypt</source>
        <translation>Tidak ada buku kerja {path} untuk dienkripsi</translation>
    </message>
    <message>
        <source>Cannot read the workbook {path}: {why}</source>
        <translation>Buku kerja {path} tidak dapat dibaca: {why}</translation>
    </message>
    <message>
        <source>{path} is encrypted already</source>
        <translation>{path} sudah dienkripsi</translation>
    </message>
    <message>
        <source>{path} is not an .xlsx workbook, so it cannot be encrypted</source>
        <translation>{path} bukan buku kerja .xlsx, jadi tidak dapat dienkripsi</translation>
    </message>
    <message>
        <source>Cannot encrypt the workbook {path}: {why}</source>
        <translation>Buku kerja {path} tidak dapat dienkripsi: {why}</translation>
    </message>
    <message>
        <source>No operation at {path}: create one with &apos;evacplan init&apos; or &apos;evacplan demo&apos;</source>
        <translation>Tidak ada operasi di {path}: buat dengan &apos;evacplan init&apos; atau &apos;evacplan demo&apos;</translation>
    </message>
    <message>
        <source>{path} is a folder, not an operation file</source>
        <translation>{path} adalah folder, bukan berkas operasi</translation>
    </message>
    <message>
        <source>Cannot read the operation file {path}: {why}</source>
        <translation>Berkas operasi {path} tidak dapat dibaca: {why}</translation>
    </message>
    <message>
        <source>{path} is not an operation database (it is not a SQLite file); choose another file or restore a backup</source>
        <translation>{path} bukan basis data operasi (bukan berkas SQLite); pilih berkas lain atau pulihkan cadangan</translation>
    </message>
    <message>
        <source>Cannot open the operation {operation}: {why}</source>
        <translation>Operasi {operation} tidak dapat dibuka: {why}</translation>
    </message>
    <message>
        <source>Cannot create the operation {operation}: {why}; nothing of it was kept</source>
        <translation>Operasi {operation} tidak dapat dibuat: {why}; tidak ada bagiannya yang disimpan</translation>
    </message>
    <message>
        <source>Cannot update the operation {operation}: {why}; nothing of it was kept</source>
        <translation>Operasi {operation} tidak dapat diperbarui: {why}; tidak ada bagiannya yang disimpan</translation>
    </message>
    <message>
        <source>The operation {operation} was made by a newer version of the planner (schema {schema}); update the program to open it</source>
        <translation>Operasi {operation} dibuat oleh versi perencana yang lebih baru (skema {schema}); perbarui program untuk membukanya</translation>
    </message>
    <message>
        <source>{operation} holds tables that are not an operation of this planner</source>
        <translation>{operation} berisi tabel yang bukan operasi perencana ini</translation>
    </message>
    <message>
        <source>{operation} is empty: create an operation with &apos;evacplan init&apos;</source>
        <translation>{operation} kosong: buat operasi dengan &apos;evacplan init&apos;</translation>
    </message>
    <message>
        <source>The database URL &apos;{url}&apos; names no server (host) and no database: write it as postgresql://USER@HOST/DATABASE</source>
        <translation>URL basis data &apos;{url}&apos; tidak menyebut server (host) dan basis data: tulis sebagai postgresql://PENGGUNA@HOST/BASISDATA</translation>
    </message>
    <message>
        <source>The database URL &apos;{url}&apos; names no server (host): write it as postgresql://USER@HOST/DATABASE</source>
        <translation>URL basis data &apos;{url}&apos; tidak menyebut server (host): tulis sebagai postgresql://PENGGUNA@HOST/BASISDATA</translation>
    </message>
    <message>
        <source>The database URL &apos;{url}&apos; names no database: write it as postgresql://USER@HOST/DATABASE</source>
        <translation>URL basis data &apos;{url}&apos; tidak menyebut basis data: tulis sebagai postgresql://PENGGUNA@HOST/BASISDATA</translation>
    </message>
    <message>
        <source>Not a database URL: &apos;{url}&apos; ({why})</source>
        <translation>Bukan URL basis data: &apos;{url}&apos; ({why})</translation>
    </message>
    <message>
        <source>No driver for &apos;{driver}&apos;: install the project&apos;s &apos;postgres&apos; extra or use a SQLite file ({why})</source>
        <translation>Tidak ada driver untuk &apos;{driver}&apos;: pasang tambahan &apos;postgres&apos; proyek ini atau pakai berkas SQLite ({why})</translation>
    </message>
    <message>
        <source>{path} is readable by other users and cannot be made owner-only ({why}); ask its owner to run &apos;chmod 600&apos; on it</source>
        <translation>{path} dapat dibaca pengguna lain dan tidak dapat dibuat khusus pemiliknya ({why}); minta pemiliknya menjalankan &apos;chmod 600&apos; padanya</translation>
    </message>
    <message>
        <source>The backup {path} did not verify: {why}</source>
        <translation>Cadangan {path} tidak lolos verifikasi: {why}</translation>
    </message>
    <message>
        <source>no space left on the disk that holds {folder}</source>
        <translation>tidak ada ruang tersisa di disk yang memuat {folder}</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows (a file size limit)</source>
        <translation>berkas akan lebih besar daripada yang diizinkan sistem ini (batas ukuran berkas)</translation>
    </message>
    <message>
        <source>{folder} is read-only (a read-only disk)</source>
        <translation>{folder} hanya dapat dibaca (disk hanya-baca)</translation>
    </message>
    <message>
        <source>{folder} is read-only for you (permission denied)</source>
        <translation>{folder} hanya dapat dibaca oleh Anda (izin ditolak)</translation>
    </message>
    <message>
        <source>the disk that holds {folder} failed (input/output error)</source>
        <translation>disk yang memuat {folder} gagal (kesalahan masukan/keluaran)</translation>
    </message>
    <message>
        <source>no space left on the disk that holds {folder} (or the file would pass a file size limit)</source>
        <translation>tidak ada ruang tersisa di disk yang memuat {folder} (atau berkas akan melewati batas ukuran berkas)</translation>
    </message>
    <message>
        <source>{folder} is read-only</source>
        <translation>{folder} hanya dapat dibaca</translation>
    </message>
    <message>
        <source>{folder} is read-only, or the file cannot be created there</source>
        <translation>{folder} hanya dapat dibaca, atau berkas tidak dapat dibuat di sana</translation>
    </message>
    <message>
        <source>the disk that holds {folder} did not take the data: no space left on it, a file size limit, or a failing disk (disk I/O error)</source>
        <translation>disk yang memuat {folder} tidak menerima data: ruangnya habis, batas ukuran berkas, atau disk rusak (kesalahan I/O disk)</translation>
    </message>
    <message>
        <source>Another officer changed or deleted the same record in the meantime; nothing of this change was saved: reload the record and make the change again</source>
        <translation>Petugas lain telah mengubah atau menghapus data yang sama sementara itu; tidak ada bagian dari perubahan ini yang disimpan: muat ulang data itu dan lakukan perubahannya lagi</translation>
    </message>
    <message>
        <source>The operation database is locked by another program or officer; try again in a moment ({detail})</source>
        <translation>Basis data operasi sedang dikunci oleh program atau petugas lain; coba lagi sebentar lagi ({detail})</translation>
    </message>
    <message>
        <source>The operation database is damaged ({detail}); restore the latest verified backup with &apos;evacplan restore --latest&apos;</source>
        <translation>Basis data operasi rusak ({detail}); pulihkan cadangan terverifikasi terakhir dengan &apos;evacplan restore --latest&apos;</translation>
    </message>
    <message>
        <source>The operation database cannot be written: no space left on the disk that holds it ({detail}); free some space and do it again</source>
        <translation>Basis data operasi tidak dapat ditulisi: tidak ada ruang tersisa di disk tempatnya ({detail}); kosongkan sebagian ruang lalu lakukan lagi</translation>
    </message>
    <message>
        <source>The operation database cannot be written: the file or its folder is read-only ({detail})</source>
        <translation>Basis data operasi tidak dapat ditulisi: berkas atau foldernya hanya-baca ({detail})</translation>
    </message>
    <message>
        <source>The operation database cannot be written: {detail}</source>
        <translation>Basis data operasi tidak dapat ditulisi: {detail}</translation>
    </message>
    <message>
        <source>The operation database failed: {detail}</source>
        <translation>Basis data operasi gagal: {detail}</translation>
    </message>
    <message>
        <source>The {kind} {key} no longer exists: another officer deleted it; reload to see the current records</source>
        <translation>Data {kind} {key} sudah tidak ada: petugas lain menghapusnya; muat ulang untuk melihat data terkini</translation>
    </message>
    <message>
        <source>The {kind} {key} was changed by another officer since you opened it; reload to see their change, then make yours again</source>
        <translation>Data {kind} {key} diubah petugas lain sejak Anda membukanya; muat ulang untuk melihat perubahannya, lalu ulangi perubahan Anda</translation>
    </message>
    <message>
        <source>The {kind} {key} was changed by another officer while you saved; reload to see their change, then make yours again</source>
        <translation>Data {kind} {key} diubah petugas lain saat Anda menyimpan; muat ulang untuk melihat perubahannya, lalu ulangi perubahan Anda</translation>
    </message>
    <message>
        <source>The {kind} {key} cannot be deleted because {uses} refer to it</source>
        <translation>Data {kind} {key} tidak dapat dihapus karena dirujuk oleh {uses}</translation>
    </message>
    <message>
        <source>The {kind} {key} cannot be deleted because {uses} refer to it; set its status to cancelled instead</source>
        <translation>Data {kind} {key} tidak dapat dihapus karena dirujuk oleh {uses}; ubah saja statusnya menjadi dibatalkan</translation>
    </message>
    <message>
        <source>The {kind} {key} cannot be deleted because {uses} refer to it; set its beds to 0 or its closing date instead</source>
        <translation>Data {kind} {key} tidak dapat dihapus karena dirujuk oleh {uses}; ubah saja jumlah tempat tidurnya menjadi 0 atau isi tanggal tutupnya</translation>
    </message>
    <message>
        <source>The {kind} {key} cannot be deleted because {uses} refer to it; set its capacity to 0 instead</source>
        <translation>Data {kind} {key} tidak dapat dihapus karena dirujuk oleh {uses}; ubah saja kapasitasnya menjadi 0</translation>
    </message>
    <message>
        <source>{count} stored plan</source>
        <translation>{count} rencana tersimpan</translation>
    </message>
    <message>
        <source>{count} stored plans</source>
        <translation>{count} rencana tersimpan</translation>
    </message>
    <message>
        <source>{count} departed passenger</source>
        <translation>{count} penumpang yang sudah berangkat</translation>
    </message>
    <message>
        <source>{count} departed passengers</source>
        <translation>{count} penumpang yang sudah berangkat</translation>
    </message>
    <message>
        <source>A household is made by giving its members the same household code</source>
        <translation>Keluarga dibentuk dengan memberi anggotanya kode keluarga yang sama</translation>
    </message>
    <message>
        <source>A household goes when its last member is deleted or moved</source>
        <translation>Keluarga hilang dengan sendirinya ketika anggota terakhirnya dihapus atau dipindahkan</translation>
    </message>
    <message>
        <source>The operation settings were changed by another officer since you opened them; reload to see their change, then make yours again</source>
        <translation>Pengaturan operasi diubah petugas lain sejak Anda membukanya; muat ulang untuk melihat perubahannya, lalu ulangi perubahan Anda</translation>
    </message>
    <message>
        <source>The operation settings were changed by another officer while you saved; reload to see their change, then make yours again</source>
        <translation>Pengaturan operasi diubah petugas lain saat Anda menyimpan; muat ulang untuk melihat perubahannya, lalu ulangi perubahan Anda</translation>
    </message>
    <message>
        <source>The operation&apos;s records kept changing while the plan was being prepared; try again when the import or edit has finished</source>
        <translation>Data operasi terus berubah selama rencana disiapkan; coba lagi setelah impor atau pengubahan selesai</translation>
    </message>
    <message>
        <source>The operation&apos;s records changed while the plan was being made; the plan was not stored: solve again</source>
        <translation>Data operasi berubah selama rencana dibuat; rencana tidak disimpan: jalankan perencanaan lagi</translation>
    </message>
    <message>
        <source>copy the operation (SQLite) into a new, verified, owner-only file</source>
        <translation>salin operasi (SQLite) ke berkas baru yang terverifikasi dan hanya dapat dibaca pemiliknya</translation>
    </message>
    <message>
        <source>the backup file to create</source>
        <translation>berkas cadangan yang dibuat</translation>
    </message>
    <message>
        <source>list the automatic backups beside the operation and check each</source>
        <translation>daftar cadangan otomatis di samping operasi dan periksa masing-masing</translation>
    </message>
    <message>
        <source>replace the operation file with a verified backup</source>
        <translation>ganti berkas operasi dengan cadangan yang terverifikasi</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>berkas cadangan yang dipulihkan</translation>
    </message>
    <message>
        <source>the newest automatic backup that verifies</source>
        <translation>cadangan otomatis terbaru yang lolos verifikasi</translation>
    </message>
    <message>
        <source>remove persons registered before the retention date whose stay is over</source>
        <translation>hapus orang yang terdaftar sebelum tanggal retensi dan masa tinggalnya sudah selesai</translation>
    </message>
    <message>
        <source>cutoff date (default: the operation&apos;s retention date)</source>
        <translation>tanggal batas (bawaan: tanggal retensi operasi)</translation>
    </message>
    <message>
        <source>also remove persons not yet flown (closing an operation)</source>
        <translation>hapus juga orang yang belum terbang (menutup operasi)</translation>
    </message>
    <message>
        <source>count only, change nothing</source>
        <translation>hitung saja, jangan ubah apa pun</translation>
    </message>
    <message>
        <source>also overwrite with zeros and remove every known backup that holds them (or cannot be read to tell)</source>
        <translation>timpa juga dengan nol dan hapus setiap cadangan yang diketahui memuat mereka (atau tidak dapat dibaca untuk memastikannya)</translation>
    </message>
    <message>
        <source>also re-write every known backup that holds them without them, verified; the old file&apos;s bytes are overwritten</source>
        <translation>tulis ulang juga setiap cadangan yang diketahui memuat mereka tanpa mereka, terverifikasi; bita berkas lama ditimpa</translation>
    </message>
    <message>
        <source>verify the audit log&apos;s hash chain</source>
        <translation>verifikasi rantai hash log audit</translation>
    </message>
    <message>
        <source>a hash noted earlier: check that entry is still there</source>
        <translation>hash yang dicatat sebelumnya: periksa bahwa entri itu masih ada</translation>
    </message>
    <message>
        <source>check a JSON export of the audit log instead of the operation</source>
        <translation>periksa ekspor JSON log audit, bukan operasinya</translation>
    </message>
    <message>
        <source>also measure the log by this backup&apos;s anchor (repeatable; backups beside the file and those the log names are measured anyway)</source>
        <translation>ukur juga log dengan jangkar cadangan ini (dapat diulang; cadangan di samping berkas dan yang disebut log tetap diukur)</translation>
    </message>
    <message>
        <source>write the audit log to .csv, .json or .xlsx</source>
        <translation>tulis log audit ke .csv, .json, atau .xlsx</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>berkas yang ditulis</translation>
    </message>
    <message>
        <source>who receives it (recorded in the log)</source>
        <translation>siapa penerimanya (dicatat di log)</translation>
    </message>
    <message>
        <source>protect an .xlsx with a password (asked for, or $EVACPLAN_EXPORT_PASSWORD)</source>
        <translation>lindungi .xlsx dengan kata sandi (ditanyakan, atau $EVACPLAN_EXPORT_PASSWORD)</translation>
    </message>
    <message>
        <source>the workbook to encrypt</source>
        <translation>buku kerja yang dienkripsi</translation>
    </message>
    <message>
        <source>write here instead of replacing the file</source>
        <translation>tulis di sini, bukan mengganti berkasnya</translation>
    </message>
    <message>
        <source>create a realistic synthetic operation</source>
        <translation>buat operasi sintetis yang realistis</translation>
    </message>
    <message>
        <source>persons (default 2200)</source>
        <translation>jumlah orang (bawaan 2200)</translation>
    </message>
    <message>
        <source>random seed (default 1)</source>
        <translation>benih acak (bawaan 1)</translation>
    </message>
    <message>
        <source>plan start date (default: the demo&apos;s own)</source>
        <translation>tanggal mulai rencana (bawaan: milik demo sendiri)</translation>
    </message>
    <message>
        <source>the flight: &apos;FLIGHT_NO YYYY-MM-DD&apos; (&quot;QZ 8205 2026-02-03&quot;), its key</source>
        <extracomment>Why a scanned line names no one (an unknown code, bytes that are no text).</extracomment>
        <translation>penerbangannya: &apos;FLIGHT_NO YYYY-MM-DD&apos; (&quot;QZ 8205 2026-02-03&quot;), kuncinya</translation>
    </message>
    <message>
        <source>write a flight&apos;s call-forward list (.csv for SMS/WhatsApp gateways, or .xlsx) and mark its passengers called</source>
        <translation>tulis daftar panggilan penerbangan (.csv untuk gateway SMS/WhatsApp, atau .xlsx) dan tandai penumpangnya sudah dipanggil</translation>
    </message>
    <message>
        <source>OUT.csv or OUT.xlsx</source>
        <translation>OUT.csv atau OUT.xlsx</translation>
    </message>
    <message>
        <source>plan id (default: the published plan)</source>
        <translation>id rencana (bawaan: rencana yang diterbitkan)</translation>
    </message>
    <message>
        <source>the operation&apos;s reference code the messages carry (kept in the settings for the next lists)</source>
        <translation>kode referensi operasi yang dibawa pesan (disimpan di pengaturan untuk daftar berikutnya)</translation>
    </message>
    <message>
        <source>print the first message and the count only; write nothing</source>
        <translation>cetak pesan pertama dan jumlahnya saja; jangan tulis apa pun</translation>
    </message>
    <message>
        <source>check persons in for a flight (whole households)</source>
        <translation>laporkan orang untuk penerbangan (seluruh keluarga)</translation>
    </message>
    <message>
        <source>scanned codes, one per line</source>
        <translation>kode yang dipindai, satu per baris</translation>
    </message>
    <message>
        <source>persons not on the flight, hoping for a freed seat</source>
        <translation>orang yang tidak ada di penerbangan, menunggu kursi yang kosong</translation>
    </message>
    <message>
        <source>close a flight: no-shows off, standby households into freed seats</source>
        <translation>tutup penerbangan: yang tidak hadir dikeluarkan, keluarga cadangan masuk ke kursi yang kosong</translation>
    </message>
    <message>
        <source>close a flight due on a later day (refused without it)</source>
        <translation>tutup penerbangan yang jadwalnya hari berikutnya (ditolak tanpa opsi ini)</translation>
    </message>
    <message>
        <source>cancel a flight: its passengers lose their seats and are moved by the next plan</source>
        <translation>batalkan penerbangan: penumpangnya kehilangan kursi dan dipindahkan oleh rencana berikutnya</translation>
    </message>
    <message>
        <source>a closed flight departs: its checked-in passengers are flown</source>
        <translation>penerbangan yang ditutup berangkat: penumpang yang sudah melapor diterbangkan</translation>
    </message>
    <message>
        <source>mark departed a flight due on a later day (refused without it)</source>
        <translation>tandai berangkat penerbangan yang jadwalnya hari berikutnya (ditolak tanpa opsi ini)</translation>
    </message>
    <message>
        <source>a departed flight&apos;s passengers (or those named) are handed over</source>
        <translation>penumpang penerbangan yang sudah berangkat (atau yang disebut) diserahterimakan</translation>
    </message>
    <message>
        <source>a member names the whole household</source>
        <translation>satu anggota mewakili seluruh keluarga</translation>
    </message>
    <message>
        <source>set persons self_departed, withdrawn, missing, or back to registered</source>
        <translation>ubah status orang menjadi self_departed, withdrawn, missing, atau kembali ke registered</translation>
    </message>
    <message>
        <source>the status to give the persons named</source>
        <translation>status yang diberikan kepada orang yang disebut</translation>
    </message>
    <message>
        <source>why (required for withdrawn)</source>
        <translation>alasannya (wajib untuk withdrawn)</translation>
    </message>
    <message>
        <source>write the flight manifests of a plan (.xlsx workbook or .pdf)</source>
        <extracomment>Warnings printed one by one; beyond this, a count.</extracomment>
        <translation>tulis manifes penerbangan sebuah rencana (buku kerja .xlsx atau .pdf)</translation>
    </message>
    <message>
        <source>Write one copy of a plan&apos;s manifests: a summary, one sheet per flight and, in the embassy copy, the shelters, document appointments and persons left without a flight or a bed.</source>
        <translation>Tulis satu salinan manifes sebuah rencana: ringkasan, satu lembar per penerbangan dan, di salinan kedutaan, penampungan, jadwal dokumen, serta orang yang tidak mendapat penerbangan atau tempat tidur.</translation>
    </message>
    <message>
        <source>the plan (default: the published plan, else the latest)</source>
        <translation>rencananya (bawaan: rencana yang diterbitkan, jika tidak ada yang terbaru)</translation>
    </message>
    <message>
        <source>embassy: complete and confidential (default); airline: the airline and immigration copy, without phones, notes or protection flags</source>
        <translation>embassy: lengkap dan rahasia (bawaan); airline: salinan maskapai dan imigrasi, tanpa telepon, catatan, atau tanda perlindungan</translation>
    </message>
    <message>
        <source>only this flight, written as its number, a space and its date (&apos;QZ 8205 2026-03-05&apos;): its manifest and, in the embassy copy, its pick-up and call list, without the operation&apos;s other sheets; repeat for more</source>
        <translation>hanya penerbangan ini, ditulis sebagai nomornya, spasi, dan tanggalnya (&apos;QZ 8205 2026-03-05&apos;): manifesnya dan, di salinan kedutaan, daftar penjemputan dan panggilannya, tanpa lembar operasi lainnya; ulangi untuk yang lain</translation>
    </message>
    <message>
        <source>write every person with every field, in the template&apos;s headers (.xlsx/.csv/.json)</source>
        <translation>tulis setiap orang dengan setiap kolomnya, dengan judul templat (.xlsx/.csv/.json)</translation>
    </message>
    <message>
        <source>OUT.xlsx, OUT.csv or OUT.json</source>
        <translation>OUT.xlsx, OUT.csv, atau OUT.json</translation>
    </message>
    <message>
        <source>import persons, flights, shelters or document slots from a workbook or CSV</source>
        <extracomment>Rejected rows printed in full; all of them go to --rejects.</extracomment>
        <translation>impor orang, penerbangan, penampungan, atau jadwal dokumen dari buku kerja atau CSV</translation>
    </message>
    <message>
        <source>.xlsx/.xlsm, .xls, .xlsb, .ods, .csv or .json roster</source>
        <translation>daftar .xlsx/.xlsm, .xls, .xlsb, .ods, .csv, atau .json</translation>
    </message>
    <message>
        <source>import only this sheet (name or position from 1)</source>
        <translation>impor lembar ini saja (nama atau urutan mulai 1)</translation>
    </message>
    <message>
        <source>column -&gt; field mapping: a JSON file such as {&quot;Nama Lengkap&quot;: &quot;full_name&quot;}, or the name of a mapping saved in the operation</source>
        <translation>pemetaan kolom -&gt; isian: berkas JSON seperti {&quot;Nama Lengkap&quot;: &quot;full_name&quot;}, atau nama pemetaan yang disimpan di operasi</translation>
    </message>
    <message>
        <source>remember how this file&apos;s columns were imported under NAME (for --mapping NAME, and for the next file with the same headers)</source>
        <translation>ingat cara kolom berkas ini diimpor dengan nama NAME (untuk --mapping NAME, dan untuk berkas berikutnya dengan judul yang sama)</translation>
    </message>
    <message>
        <source>leave this column (its letter or header) out although it looks like a field; repeat for several</source>
        <translation>abaikan kolom ini (huruf atau judulnya) walaupun tampak seperti isian; ulangi untuk beberapa kolom</translation>
    </message>
    <message>
        <source>import the valid rows of a file that has invalid ones</source>
        <translation>impor baris yang sah dari berkas yang memiliki baris tidak sah</translation>
    </message>
    <message>
        <source>show what would be added, updated and rejected; change nothing</source>
        <translation>tampilkan apa yang akan ditambahkan, diperbarui, dan ditolak; jangan ubah apa pun</translation>
    </message>
    <message>
        <source>write the rejected rows, with reasons, for correction</source>
        <translation>tulis baris yang ditolak, beserta alasannya, untuk diperbaiki</translation>
    </message>
    <message>
        <source>language of the rejected rows&apos; reasons and the notes, here and in --rejects: en (English) or id (Indonesian)</source>
        <translation>bahasa alasan baris yang ditolak dan catatannya, di sini dan di --rejects: en (Inggris) atau id (Indonesia)</translation>
    </message>
    <message>
        <source>create an empty operation (or migrate an older one to the current schema)</source>
        <translation>buat operasi kosong (atau migrasikan operasi lama ke skema sekarang)</translation>
    </message>
    <message>
        <source>the operation&apos;s name</source>
        <translation>nama operasi</translation>
    </message>
    <message>
        <source>list, export, import or forget the column mappings remembered</source>
        <extracomment>Headers a listed mapping shows before &quot;and N more&quot;.</extracomment>
        <translation>daftar, ekspor, impor, atau lupakan pemetaan kolom yang diingat</translation>
    </message>
    <message>
        <source>the mappings the operation remembers</source>
        <translation>pemetaan yang diingat operasi</translation>
    </message>
    <message>
        <source>write a named mapping as JSON</source>
        <translation>tulis pemetaan bernama sebagai JSON</translation>
    </message>
    <message>
        <source>remember a mapping from a JSON file</source>
        <translation>ingat pemetaan dari berkas JSON</translation>
    </message>
    <message>
        <source>the name to keep it under (default: the file&apos;s own)</source>
        <translation>nama untuk menyimpannya (bawaan: nama berkasnya sendiri)</translation>
    </message>
    <message>
        <source>forget a named mapping</source>
        <translation>lupakan pemetaan bernama</translation>
    </message>
    <message>
        <source>write the situation report of a day for the ministry (.pdf/.xlsx)</source>
        <translation>tulis laporan situasi satu hari untuk kementerian (.pdf/.xlsx)</translation>
    </message>
    <message>
        <source>OUT.pdf or OUT.xlsx</source>
        <translation>OUT.pdf atau OUT.xlsx</translation>
    </message>
    <message>
        <source>the day reported, YYYY-MM-DD, today or earlier (default: today while the operation runs, else its last day with activity)</source>
        <translation>hari yang dilaporkan, YYYY-MM-DD, hari ini atau sebelumnya (bawaan: hari ini selama operasi berjalan, jika tidak hari terakhir yang ada kegiatannya)</translation>
    </message>
    <message>
        <source>language of the report: en (English) or id (Indonesian); default: evacplan&apos;s --lang, else English</source>
        <translation>bahasa laporan: en (Inggris) atau id (Indonesia); bawaan: --lang evacplan, jika tidak Inggris</translation>
    </message>
    <message>
        <source>make a plan and store it</source>
        <translation>buat rencana dan simpan</translation>
    </message>
    <message>
        <source>plan start date (default: settings)</source>
        <translation>tanggal mulai rencana (bawaan: pengaturan)</translation>
    </message>
    <message>
        <source>seconds the solver may take (default 60)</source>
        <translation>detik yang boleh dipakai pemecah (bawaan 60)</translation>
    </message>
    <message>
        <source>also write the plan as JSON (SPEC 5)</source>
        <translation>tulis juga rencananya sebagai JSON (SPEC 5)</translation>
    </message>
    <message>
        <source>publish the plan</source>
        <translation>terbitkan rencananya</translation>
    </message>
    <message>
        <source>exact (CP-SAT) or scaled (LP on household classes); auto picks by size</source>
        <translation>exact (CP-SAT) atau scaled (LP pada kelas keluarga); auto memilih menurut ukuran</translation>
    </message>
    <message>
        <source>ignore the published plan (objective 2)</source>
        <translation>abaikan rencana yang diterbitkan (tujuan 2)</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>tanpa baris kemajuan</translation>
    </message>
    <message>
        <source>publish a stored plan</source>
        <translation>terbitkan rencana yang tersimpan</translation>
    </message>
    <message>
        <source>keep a household&apos;s flight or shelter, or a person&apos;s document slot, in every plan</source>
        <translation>pertahankan penerbangan atau penampungan sebuah keluarga, atau jadwal dokumen seseorang, di setiap rencana</translation>
    </message>
    <message>
        <source>household code or case number (slot: case number)</source>
        <translation>kode keluarga atau nomor kasus (slot: nomor kasus)</translation>
    </message>
    <message>
        <source>flight &apos;FLIGHT_NO YYYY-MM-DD&apos;, shelter name or slot id</source>
        <translation>penerbangan &apos;FLIGHT_NO YYYY-MM-DD&apos;, nama penampungan, atau id jadwal</translation>
    </message>
    <message>
        <source>remove a pin</source>
        <translation>hapus penguncian</translation>
    </message>
    <message>
        <source>rank who could take a flight&apos;s free seats</source>
        <translation>urutkan siapa yang dapat mengisi kursi kosong sebuah penerbangan</translation>
    </message>
    <message>
        <source>&apos;FLIGHT_NO YYYY-MM-DD&apos;</source>
        <translation>&apos;FLIGHT_NO YYYY-MM-DD&apos;</translation>
    </message>
    <message>
        <source>who moved between two plans, and why</source>
        <translation>siapa yang berpindah di antara dua rencana, dan mengapa</translation>
    </message>
    <message>
        <source>print person tags (case number as text and QR code) to a PDF</source>
        <translation>cetak label orang (nomor kasus sebagai teks dan kode QR) ke PDF</translation>
    </message>
    <message>
        <source>the persons to tag</source>
        <translation>orang yang diberi label</translation>
    </message>
    <message>
        <source>every member of this household</source>
        <translation>setiap anggota keluarga ini</translation>
    </message>
    <message>
        <source>everyone the published plan puts in this shelter</source>
        <translation>semua orang yang ditempatkan rencana yang diterbitkan di penampungan ini</translation>
    </message>
    <message>
        <source>one 70 x 37 mm label a page (a label printer) instead of A4 sheets of 24 labels</source>
        <translation>satu label 70 x 37 mm per halaman (printer label), bukan lembar A4 berisi 24 label</translation>
    </message>
    <message>
        <source>write the blank roster workbook (persons, flights, shelters, slots)</source>
        <translation>tulis buku kerja daftar kosong (orang, penerbangan, penampungan, jadwal)</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>buku kerja yang ditulis</translation>
    </message>
</context>
</TS>
