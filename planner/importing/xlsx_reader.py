"""A streaming reader of .xlsx/.xlsm worksheets that keeps memory flat.

Why not openpyxl's read-only mode: it cannot tell a formula without a saved result from
a blank cell, does not report merged cells, and was too slow for a 100,000-person roster
on the machines embassies have. This reader walks a sheet's XML in slices of complete
rows. The rows almost every program writes (``<c r="B7" s="3" t="s"><v>12</v></c>``) are
picked out by one regular expression; any row with anything else in it (formulas, inline
or rich text, CDATA, prefixes, unusual attribute order) is parsed as XML with the
standard library, so speed never costs correctness. Rows, columns and cell lengths are
bounded (see ``limits``); merged ranges are read first (they follow the rows in the XML)
so that a family id merged over its members' rows reaches every row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from openpyxl.utils import get_column_letter

from planner.importing import limits
from planner.importing.cells import (
    CellValue,
    Row,
    UnusableCell,
    error_cell,
    formula_without_value,
)
from planner.importing.date_values import parse_iso_moment
from planner.importing.errors import ImportFileError
from planner.importing.excel_dates import from_serial
from planner.importing.ooxml_package import (
    ElementSlicer,
    Package,
    checked_text,
    column_index,
    decoded,
    local,
    read_shared_strings,
    read_styles,
    relationships,
    rich_text,
)
from planner.importing.sources import SheetSource, WorkbookSource
from solvers.reasons import Reason

#: A row: its number when ``r`` comes first (as Excel writes it), its other attributes, its
#: cells.
_ROW = re.compile(
    r'<(?:[\w.-]+:)?row\b(?: r="(\d+)")?([^>]*?)(?:/>|>(.*?)</(?:[\w.-]+:)?row>)', re.S)
_ROW_NUMBER = re.compile(r'\br\s*=\s*["\'](\d+)["\']')
_FAST_CELL = re.compile(
    r'<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="(\w+)")?\s*(?:/>|>(?:<v>([^<&]*)</v>)?</c>)'
)
_MERGE = re.compile(
    rb'<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["\']([A-Za-z]+\d+):([A-Za-z]+\d+)["\']')
_REF = re.compile(r"([A-Za-z]{1,3})(\d+)")
#: A formula that is only a reference to one cell (``A2``, ``$A$2``, ``Persons!A2``).
_PLAIN_REFERENCE = re.compile(
    r"\s*=?\s*(?:(?:'((?:[^']|'')+)'|([^'!=]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)\s*")
#: The same in the sheet's XML, found before the rows are read (the cells it names are
#: remembered as they pass, so the formula's value can be taken from them).
_FORMULA_REFERENCE = re.compile(
    rb"<(?:[\w.-]+:)?f(?:\s[^>]*)?>\s*(?:[^<!]*!)?\$?([A-Za-z]{1,3})\$?(\d+)\s*</(?:[\w.-]+:)?f>")
#: Cells remembered for formulas at most (each is one value): beyond, formulas are refused.
_MAX_REFERENCED_CELLS = 1_000_000
_COLUMNS: dict[str, int] = {}
@dataclass
class _Merge:
    first_row: int
    last_row: int
    first_col: int
    last_col: int
    value: CellValue = None


class XlsxSheet(SheetSource):
    """One worksheet of an .xlsx package, read as a stream of rows."""

    def __init__(self, name: str, package: Package, part: str, shared: list[CellValue],
                 date_styles: frozenset[int], date1904: bool) -> None:
        super().__init__(name)
        self.package = package
        self.part = part
        self.shared = shared
        self.date_styles = date_styles
        self.date1904 = date1904
        self._date_style_texts = frozenset(str(i) for i in date_styles)
        self._read = 0
        self._size = 1
        self._dropped_cells = 0
        #: Cells that formulas without a saved value refer to: (row, column) -> value once read.
        self._referenced: dict[tuple[int, int], CellValue] = {}
        self._wanted: dict[int, list[int]] = {}
        #: Formulas of the current row that refer to a cell: (column, row, column, formula).
        self._pending: list[tuple[int, int, int, str]] = []

    def fraction_read(self) -> float:
        return min(1.0, self._read / self._size)

    def _merges(self) -> list[_Merge]:
        """The sheet's merged ranges; also notes the cells that formulas refer to."""
        merges: list[_Merge] = []
        wanted: set[tuple[int, int]] = set()
        tail = b""
        for chunk in self.package.stream(self.part):
            probe = tail + chunk
            if b"</f>" in probe and len(wanted) < _MAX_REFERENCED_CELLS:
                for match in _FORMULA_REFERENCE.finditer(probe):
                    wanted.add((int(match.group(2)), column_index(match.group(1).decode())))
            if b"mergeCell" in probe:
                for match in _MERGE.finditer(probe):
                    first, last = _REF.fullmatch(match.group(1).decode()), _REF.fullmatch(
                        match.group(2).decode()
                    )
                    if first is None or last is None:
                        continue
                    merge = _Merge(
                        int(first.group(2)), int(last.group(2)),
                        column_index(first.group(1)), column_index(last.group(1)),
                    )
                    if merge.first_row <= merge.last_row and merge.first_col <= merge.last_col:
                        merges.append(merge)
            tail = chunk[-512:]
        # A tag cut between two chunks is seen twice (once per probe): keep each range once.
        unique = {(m.first_row, m.last_row, m.first_col, m.last_col): m for m in merges}
        for row, column in wanted:
            self._wanted.setdefault(row, []).append(column)
        return sorted(unique.values(), key=lambda m: m.first_row)

    def _convert(self, kind: str | None, style: str | None, text: str) -> CellValue:
        if kind is None or kind == "n":
            if not text:
                return None
            try:
                number: float | int = float(text) if ("." in text or "E" in text or "e" in text) \
                    else int(text)
            except ValueError:
                return UnusableCell("damaged_number", text)
            if style and style.isdigit() and int(style) in self.date_styles:
                moment = from_serial(float(number), self.date1904)
                return moment if moment is not None else number
            return number
        if kind == "s":
            try:
                return self.shared[int(text)]
            except (ValueError, IndexError):
                return UnusableCell("damaged_text", text)
        if kind == "b":
            return text.strip() in ("1", "true")
        if kind == "e":
            return error_cell(text)
        if kind == "d":
            moment = parse_iso_moment(text)
            return moment if moment is not None else text
        return checked_text(text) if text else None  # str, inlineStr in fast form

    def _slow_row(self, element: Element, values: Row) -> None:
        """Fill ``values`` from a ``<row>`` parsed as XML."""
        column = -1
        for cell in element:
            if local(cell.tag) != "c":
                continue
            ref = cell.get("r")
            found = _REF.fullmatch(ref) if ref else None
            column = column_index(found.group(1)) if found else column + 1
            if column >= limits.READ_COLUMNS:
                self._dropped_cells += 1
                continue
            kind = cell.get("t")
            value_el = formula = inline = None
            for child in cell:
                name = local(child.tag)
                if name == "v":
                    value_el = child
                elif name == "f":
                    formula = child
                elif name == "is":
                    inline = child
            value: CellValue
            if kind == "inlineStr" and inline is not None:
                value = checked_text(rich_text(inline)) or None
            elif formula is not None and not (value_el is not None and (
                    value_el.text or kind == "str")):
                # No saved result (Excel saves "" as t="str" with an empty value).
                value = self._formula_value(column, formula.text or "")
            elif value_el is None:
                value = None
            else:
                value = self._convert(kind, cell.get("s"), value_el.text or "")
            _put(values, column, value)

    def _formula_value(self, column: int, formula: str) -> CellValue:
        """A formula without a saved result: the value of the cell it names when it is a
        plain reference to a cell of this sheet (taken once the row is read), else a
        marker that refuses the row and names the formula."""
        found = _PLAIN_REFERENCE.fullmatch(formula)
        if found is not None:
            sheet = found.group(1).replace("''", "'") if found.group(1) else found.group(2)
            if sheet is None or sheet.strip() == self.name:
                self._pending.append((column, int(found.group(4)),
                                      column_index(found.group(3)), formula))
                return None
        return formula_without_value(formula)

    def _resolve(self, number: int, values: Row) -> None:
        """Remember this row's cells that formulas name, then give its formulas their value."""
        for column in self._wanted.get(number, ()):
            if column < len(values):
                self._referenced[(number, column)] = values[column]
        pending, self._pending = self._pending, []
        for column, row, target, formula in pending:
            value = self._referenced.get((row, target))
            if value is None or isinstance(value, UnusableCell):
                value = formula_without_value(formula)
            _put(values, column, value)
            if (number, column) in self._referenced or column in self._wanted.get(number, ()):
                self._referenced[(number, column)] = value

    def _fast_row(self, cells: list[tuple[str, str, str, str]], values: Row) -> None:
        """Fill ``values`` from cells picked out by the regular expression."""
        shared = self.shared
        date_styles = self._date_style_texts
        for letters, style, kind, raw in cells:
            if not raw:
                continue
            column = _COLUMNS.get(letters)
            if column is None:
                column = _COLUMNS[letters] = column_index(letters)
            if column >= limits.READ_COLUMNS:
                self._dropped_cells += 1
                continue
            value: CellValue
            if kind == "s":
                try:
                    value = shared[int(raw)]
                except (IndexError, ValueError):  # an index past the table, or not a number
                    value = UnusableCell("damaged_text", raw)
            elif not kind:
                try:
                    number = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
                except ValueError:
                    value = self._convert(None, None, raw)
                else:
                    if style in date_styles:
                        moment = from_serial(number, self.date1904)
                        value = moment if moment is not None else number
                    else:
                        value = number
            else:
                value = self._convert(kind or None, style or None, raw)
            gap = column - len(values)
            if gap == 0:
                values.append(value)
            elif gap > 0:
                values.extend([None] * gap)
                values.append(value)
            else:
                values[column] = value

    def rows(self) -> Iterator[tuple[int, Row]]:
        info = self.package.info(self.part)
        self._size = max(1, info.file_size if info else 1)
        merges = _MergeFiller(self._merges())
        slicer = ElementSlicer("sheetData", "row", self.part, self.package.path.name)
        last_number = 0

        def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
            for chunk in chunks:
                self._read += len(chunk)
                yield chunk

        for text in slicer.slices(decoded(counted(self.package.stream(self.part)))):
            for match in _ROW.finditer(text):
                first, attrs, body = match.groups()
                if first:
                    number = int(first)
                else:
                    found = _ROW_NUMBER.search(attrs)
                    number = int(found.group(1)) if found else last_number + 1
                if not 1 <= number <= limits.MAX_ROWS:
                    raise ImportFileError("row_number_out_of_range", file=self.package.path.name,
                                          sheet=self.name, number=number,
                                          max_rows=limits.MAX_ROWS)
                last_number = number
                values: Row = []
                if body:
                    cells = _FAST_CELL.findall(body) if not slicer.prefix else []
                    # Every cell of the row took the fast form: as many as start "<c", and no
                    # element with a prefix ("<x:c"), which the fast form does not see.
                    if cells and len(cells) == body.count("<c") and ":c" not in body:
                        self._fast_row(cells, values)
                    else:
                        self._slow_row(slicer.parse(match.group(0)), values)
                if self._wanted or self._pending:
                    self._resolve(number, values)
                if merges.merges:
                    merges.fill(number, values)
                if values:
                    yield number, values
        if self._dropped_cells:
            self.warnings.append(Reason("cells_not_read", {
                "count": self._dropped_cells, "column": get_column_letter(limits.READ_COLUMNS)}))

    def close(self) -> None:
        self.package.close()


class _MergeFiller:
    """Gives the value of a merged range's first cell to every cell the range covers."""

    def __init__(self, merges: list[_Merge]) -> None:
        self.merges = merges  # sorted by first row
        self.next = 0
        self.active: list[_Merge] = []

    def fill(self, number: int, values: Row) -> None:
        merges = self.merges
        while self.next < len(merges) and merges[self.next].first_row <= number:
            merge = merges[self.next]
            self.next += 1
            if merge.first_row == number and merge.first_col < len(values):
                merge.value = values[merge.first_col]
            if merge.value is not None and merge.last_row >= number:
                self.active.append(merge)
        if not self.active:
            return
        self.active = [m for m in self.active if m.last_row >= number]
        if not values:
            return  # a row absent from the file stays absent
        for merge in self.active:
            for column in range(merge.first_col, min(merge.last_col, limits.READ_COLUMNS - 1) + 1):
                if column >= len(values) or values[column] is None:
                    _put(values, column, merge.value)


def _put(values: Row, column: int, value: CellValue) -> None:
    if column >= len(values):
        if value is None:
            return
        values.extend([None] * (column + 1 - len(values)))
    values[column] = value


def open_xlsx(path: Path) -> WorkbookSource:
    """Open an .xlsx/.xlsm workbook; its sheets stream rows when read."""
    package = Package(path)
    try:
        root_rels = relationships(package, "")
        workbook_part = next(
            (target for kind, target in root_rels.values() if kind == "officeDocument"),
            "xl/workbook.xml",
        )
        workbook = package.small_xml(workbook_part)
        if workbook is None:
            raise ImportFileError("no_workbook_part", file=path.name)
        rels = relationships(package, workbook_part)
        date1904 = False
        sheets: list[tuple[str, str]] = []
        for child in workbook:
            name = local(child.tag)
            if name == "workbookPr":
                date1904 = (child.get("date1904") or "").lower() in ("1", "true")
            elif name == "sheets":
                for sheet in child:
                    rel_id = next((v for k, v in sheet.attrib.items() if local(k) == "id"), "")
                    kind, target = rels.get(rel_id, ("", ""))
                    if kind == "worksheet" and package.info(target) is not None:
                        sheets.append((sheet.get("name") or target, target))
        by_kind = {kind: target for kind, target in rels.values()}
        shared = read_shared_strings(package, by_kind.get("sharedStrings"))
        styles = read_styles(package, by_kind.get("styles"))
    except BaseException:
        package.close()
        raise
    sources: list[SheetSource] = [
        XlsxSheet(name=name, package=package, part=part, shared=shared,
                  date_styles=styles.date_styles, date1904=date1904)
        for name, part in sheets
    ]
    if not sources:
        package.close()
    return WorkbookSource(path=path, format_name="xlsx", sheets=sources)
