"""A child process that reads a workbook with calamine under an address-space limit.

calamine holds a sheet whole, in memory the program does not control: a hostile .xls,
.xlsb or .ods that passes the scans before it (``calamine_reader``) can still make it
allocate gigabytes, and a Rust allocation that fails aborts the process. So these
formats are read here, in a process of their own whose address space is capped with
``resource.setrlimit(RLIMIT_AS)`` before calamine is imported: what the file costs, the
child pays, and the program only learns that the child ran out.

Run as a script by path (``python calamine_worker.py FILE LIMIT``), so that it imports
neither the planner nor its packages: only the standard library and python-calamine.
It answers on stdout with length-prefixed pickles, one per message:

``("sheets", [names])`` first; then, for each sheet index read from a line on stdin,
``("sheet", height, width, merged ranges)``, ``("rows", [row, ...])`` batches and
``("end",)``. ``("error", kind, text)`` or ``("memory",)`` when reading fails. Rows are
calamine's own Python values (text, numbers, dates, times, durations).
"""

from __future__ import annotations

import pickle
import struct
import sys
from typing import Any, BinaryIO

_BATCH = 500


def send(out: BinaryIO, message: tuple[Any, ...]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(struct.pack("<Q", len(data)))
    out.write(data)
    out.flush()


def _serve(path: str, out: BinaryIO) -> None:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(path)
    send(out, ("sheets", list(workbook.sheet_names)))
    for line in sys.stdin:
        sheet = workbook.get_sheet_by_index(int(line))
        merges = [tuple(map(tuple, m)) for m in (sheet.merged_cell_ranges or [])]
        send(out, ("sheet", sheet.height, sheet.width, merges))
        batch: list[list[Any]] = []
        for row in sheet.iter_rows():
            batch.append(row)
            if len(batch) == _BATCH:
                send(out, ("rows", batch))
                batch = []
        send(out, ("rows", batch))
        send(out, ("end",))


def main(argv: list[str]) -> int:
    import resource

    path, limit = argv[1], int(argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    out = sys.stdout.buffer
    try:
        _serve(path, out)
    except MemoryError:
        send(out, ("memory",))
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the program
        text = str(exc).strip().splitlines()
        send(out, ("error", type(exc).__name__, text[0] if text else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
