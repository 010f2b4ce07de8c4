"""The shape every reader gives a file: a workbook of sheets, each a stream of rows.

A sheet's rows come in order with their spreadsheet row numbers (1-based, as the
officer sees them), so every problem can name the row. Readers may leave out rows that
hold nothing. Streams can be read once; open the file again to read it again.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from planner.importing.cells import Row
from solvers.reasons import Reason


class SheetSource(ABC):
    """One sheet (or the whole of a CSV or JSON file)."""

    def __init__(self, name: str) -> None:
        self.name = name
        #: Things the reader had to leave out or change, said once per sheet.
        self.warnings: list[Reason] = []

    @abstractmethod
    def rows(self) -> Iterator[tuple[int, Row]]:
        """(row number, cell values) in order; cells beyond a row's end are blank."""

    def fraction_read(self) -> float:
        """How much of the sheet has been read, 0 to 1 (for progress bars)."""
        return 0.0

    def close(self) -> None:  # noqa: B027 - most sheets hold nothing open
        """Release what the sheet holds open."""


@dataclass
class WorkbookSource:
    """An opened file: its format and its sheets, in the file's order."""

    path: Path
    format_name: str
    sheets: list[SheetSource]

    def close(self) -> None:
        for sheet in self.sheets:
            sheet.close()

    def __enter__(self) -> WorkbookSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
