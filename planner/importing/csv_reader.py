"""CSV files as ministries send them: UTF-8 with or without BOM, UTF-16 from Excel's
"Unicode text", or a Windows code page; separated by commas, semicolons or tabs.

The file is read as a stream. The encoding is decided by a first pass that checks the
whole file is valid UTF-8 (a Windows-1252 file almost never is); the separator by
parsing the first lines with each candidate. A file that is not valid UTF-8 as a whole
(a roster pasted together from two sources: UTF-8 with a few Windows-1252 lines, or the
reverse) is decoded line by line: a line that is valid UTF-8 is UTF-8, any other is
Windows-1252 (UTF-8 multi-byte sequences almost never occur in Windows-1252 text), and
the rows of the less common kind are named in the report. A line that neither encoding
reads leaves its garbled cells unusable (the row is refused), never stored.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from planner.importing import limits
from planner.importing.cells import TOO_LONG, CellValue, Row, UnusableCell
from planner.importing.errors import ImportFileError
from planner.importing.sources import SheetSource, WorkbookSource
from planner.spreadsheet_text import unescaped
from solvers.reasons import Reason

SEPARATORS = (",", ";", "\t", "|")
FALLBACK_ENCODING = "cp1252"
#: Not one encoding for the whole file: each line is UTF-8 or else Windows-1252.
BY_LINE = "utf-8 or cp1252 by line"
#: Rows named in a warning at most; the rest are counted.
NAMED_ROWS = 20
UNREADABLE = UnusableCell("unreadable_text", "(unreadable letters)")
csv.field_size_limit(4 * limits.MAX_CELL_CHARS)


def detect_encoding(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return BY_LINE
    return "utf-8"


def detect_separator(sample: str) -> str:
    """The separator that splits the most lines into the same number (> 1) of fields.

    Title lines above the table have one field whatever the separator, so they do not
    count; a comma inside a title splits one line only.
    """
    lines = [line for line in sample.splitlines()[:60] if line.strip()]
    best, best_score = ",", (0, 0)
    for separator in SEPARATORS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO("\n".join(lines)),
                                                 delimiter=separator)]
        except csv.Error:
            continue
        wide = Counter(c for c in counts if c > 1)
        if not wide:
            continue
        width, lines_with_it = wide.most_common(1)[0]
        score = (lines_with_it, width)
        if score > best_score:
            best, best_score = separator, score
    return best


class _LineDecoder:
    """Decodes a file's lines one by one (UTF-8, else Windows-1252), noting which kind
    each line with letters beyond ASCII was."""

    def __init__(self) -> None:
        self.line = 0
        #: Physical line numbers (1-based) of each kind, and of lines neither reads.
        self.utf8: list[int] = []
        self.cp1252: list[int] = []
        self.unreadable: list[int] = []

    def lines(self, raw: io.BufferedReader) -> Iterator[str]:
        for chunk in raw:
            yield from self._decoded(chunk.splitlines(keepends=True) if b"\r" in chunk[:-2]
                                     else (chunk,))

    def _decoded(self, lines: Iterable[bytes]) -> Iterator[str]:
        for data in lines:
            self.line += 1
            if data.isascii():
                yield data.decode("ascii")
                continue
            try:
                text = data.decode("utf-8")
                self.utf8.append(self.line)
            except UnicodeDecodeError:
                try:
                    text = data.decode(FALLBACK_ENCODING)
                    self.cp1252.append(self.line)
                except UnicodeDecodeError:
                    text = data.decode(FALLBACK_ENCODING, errors="replace")
                    self.unreadable.append(self.line)
            yield text


def _rows_facts(rows: list[int]) -> dict[str, object]:
    facts: dict[str, object] = {"rows": [str(r) for r in rows[:NAMED_ROWS]]}
    if len(rows) > NAMED_ROWS:
        facts["rows_more"] = len(rows) - NAMED_ROWS
    return facts


def _encoding_warning(utf8_rows: list[int], cp1252_rows: list[int]) -> Reason | None:
    """What the report says of a file read line by line: the minority kind's rows."""
    if not cp1252_rows:
        return None
    if not utf8_rows:
        return Reason("not_utf8")
    if len(cp1252_rows) <= len(utf8_rows):
        return Reason("some_rows_cp1252", _rows_facts(cp1252_rows))
    return Reason("some_rows_utf8", _rows_facts(utf8_rows))


def _cell(text: str) -> CellValue:
    if not text:
        return None
    if len(text) > limits.MAX_CELL_CHARS:
        return TOO_LONG
    return unescaped(text)  # written formula-safe by a spreadsheet or by our own export


class CsvSheet(SheetSource):
    def __init__(self, path: Path, encoding: str, separator: str) -> None:
        super().__init__(path.stem)
        self.path = path
        self.encoding = encoding
        self.separator = separator
        self._size = max(1, path.stat().st_size)
        self._handle: io.BufferedReader | None = None

    def fraction_read(self) -> float:
        if self._handle is None or self._handle.closed:
            return 0.0
        return min(1.0, self._handle.tell() / self._size)

    def rows(self) -> Iterator[tuple[int, Row]]:
        with self.path.open("rb") as raw:
            self._handle = raw  # type: ignore[assignment]
            decoder: _LineDecoder | None = None
            text: Iterator[str]
            if self.encoding == BY_LINE:
                decoder = _LineDecoder()
                text = decoder.lines(raw)
            else:
                text = io.TextIOWrapper(raw, encoding=self.encoding, errors="replace",
                                        newline="")
            reader = csv.reader(text, delimiter=self.separator)
            number = 0
            #: Rows (records) by the kind of their lines, for the report.
            utf8_rows: list[int] = []
            cp1252_rows: list[int] = []
            seen = (0, 0, 0)
            try:
                for record in reader:
                    number += 1
                    if number > limits.MAX_ROWS:
                        raise ImportFileError("file_too_many_rows", file=self.path.name,
                                              max_rows=limits.MAX_ROWS)
                    if len(record) > limits.READ_COLUMNS:
                        record = record[: limits.READ_COLUMNS]
                    values = [_cell(field) for field in record]
                    if decoder is not None:
                        now = (len(decoder.utf8), len(decoder.cp1252), len(decoder.unreadable))
                        if now != seen:
                            if now[0] != seen[0]:
                                utf8_rows.append(number)
                            if now[1] != seen[1]:
                                cp1252_rows.append(number)
                            if now[2] != seen[2]:
                                values = [UNREADABLE if isinstance(v, str) and "\ufffd" in v
                                          else v for v in values]
                            seen = now
                    if any(v is not None for v in values):
                        yield number, values
            except csv.Error as exc:
                raise ImportFileError("csv_unreadable", file=self.path.name, row=str(number + 1),
                                      detail=str(exc)) from exc
            warning = _encoding_warning(utf8_rows, cp1252_rows)
            if warning:
                self.warnings.append(warning)


def open_csv(path: Path) -> WorkbookSource:
    encoding = detect_encoding(path)
    with path.open("r", encoding="utf-8" if encoding == BY_LINE else encoding,
                   errors="replace", newline="") as handle:
        sample = handle.read(64 * 1024)
    sheet = CsvSheet(path, encoding, detect_separator(sample))
    return WorkbookSource(path=path, format_name="CSV", sheets=[sheet])
