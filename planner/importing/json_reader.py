"""Rosters as JSON (what ``evacplan export-roster OUT.json`` writes).

A list of objects keyed by field name is one sheet; an object whose values are such
lists (``{"persons": [...], "flights": [...]}``) is one sheet per key. Each object is a
row; the first row is made of the field names, so the usual header recognition applies.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from planner.importing import limits
from planner.importing.cells import TOO_LONG, CellValue, Row
from planner.importing.errors import ImportFileError
from planner.importing.sources import SheetSource, WorkbookSource


def _cell(value: Any) -> CellValue:
    if value is None or value == "":
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return TOO_LONG if len(text) > limits.MAX_CELL_CHARS else text


class JsonSheet(SheetSource):
    def __init__(self, name: str, records: Sequence[Any]) -> None:
        super().__init__(name)
        self.records = records

    def rows(self) -> Iterator[tuple[int, Row]]:
        keys: list[str] = []
        for record in self.records:
            if isinstance(record, dict):
                keys.extend(k for k in record if k not in keys)
        yield 1, list(keys)
        for number, record in enumerate(self.records, start=2):
            if not isinstance(record, dict):
                yield number, [f"(not an object: {type(record).__name__})"]
                continue
            yield number, [_cell(record.get(k)) for k in keys]


def open_json(path: Path) -> WorkbookSource:
    if path.stat().st_size > limits.MAX_WHOLE_WORKBOOK_BYTES:
        raise ImportFileError("json_too_large", file=path.name)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise ImportFileError("json_invalid", file=path.name, detail=str(exc)) from exc
    if isinstance(data, list):
        sheets: list[SheetSource] = [JsonSheet(path.stem, data)]
    elif isinstance(data, dict) and all(isinstance(v, list) for v in data.values()) and data:
        sheets = [JsonSheet(str(name), records) for name, records in data.items()]
    else:
        raise ImportFileError("json_not_roster", file=path.name)
    return WorkbookSource(path=path, format_name="JSON", sheets=sheets)
