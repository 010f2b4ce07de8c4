"""CSV files as ministries send them: UTF-8 with or without BOM, UTF-16 from Excel's
"Unicode text", or a Windows code page; separated by commas, semicolons or tabs.

The file is read as a stream. The encoding is decided by a first pass that checks the
whole file is valid UTF-8 (a Windows-1252 file almost never is); the separator by
parsing the first lines with each candidate.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from planner.importing import limits
from planner.importing.cells import TOO_LONG, CellValue, Row
from planner.importing.errors import ImportFileError
from planner.importing.sources import SheetSource, WorkbookSource
from planner.spreadsheet_text import looks_like_formula

SEPARATORS = (",", ";", "\t", "|")
FALLBACK_ENCODING = "cp1252"
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
            return FALLBACK_ENCODING
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


def _cell(text: str) -> CellValue:
    if not text:
        return None
    if len(text) > limits.MAX_CELL_CHARS:
        return TOO_LONG
    if text.startswith("'") and looks_like_formula(text[1:]):
        return text[1:]  # written formula-safe by a spreadsheet or by our own export
    return text


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
            text = io.TextIOWrapper(raw, encoding=self.encoding, errors="replace", newline="")
            reader = csv.reader(text, delimiter=self.separator)
            number = 0
            try:
                for record in reader:
                    number += 1
                    if number > limits.MAX_ROWS:
                        raise ImportFileError(
                            f"{self.path.name} has more than {limits.MAX_ROWS:,} rows")
                    if len(record) > limits.READ_COLUMNS:
                        record = record[: limits.READ_COLUMNS]
                    values = [_cell(field) for field in record]
                    if any(v is not None for v in values):
                        yield number, values
            except csv.Error as exc:
                raise ImportFileError(
                    f"{self.path.name} is not a CSV file we can read (row {number + 1}: {exc})"
                ) from exc


def open_csv(path: Path) -> WorkbookSource:
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
        sample = handle.read(64 * 1024)
    sheet = CsvSheet(path, encoding, detect_separator(sample))
    if encoding == FALLBACK_ENCODING:
        sheet.warnings.append("the file is not UTF-8; it was read as Windows-1252")
    return WorkbookSource(path=path, format_name="CSV", sheets=[sheet])
