"""Bounds that keep a hostile or broken file from exhausting the machine.

They are far above any real roster (an embassy's crisis is tens of thousands of
persons) and far below what would hurt: a file beyond them is refused with a message
that names the limit.
"""

from __future__ import annotations

MEGABYTE = 1024 * 1024

#: Largest file accepted at all.
MAX_FILE_BYTES = 512 * MEGABYTE
#: Largest workbook read whole into memory (.xls, .xlsb, .ods through calamine).
MAX_WHOLE_WORKBOOK_BYTES = 64 * MEGABYTE
#: Cells of one sheet read whole (.xls, .xlsb, .ods): from A1 to the last filled cell, as
#: calamine holds them (about 130 bytes each: 5,000,000 cells is about 650 MB). A roster of
#: 150,000 persons in 30 columns is 4,500,000.
MAX_WHOLE_SHEET_CELLS = 5_000_000
#: Address space of the child process that reads .xls, .xlsb and .ods with calamine
#: (``calamine_worker``): the cells limit above costs about 650 MB in calamine, the
#: child's interpreter and libraries under 100 MB. 0 reads them in this process.
WORKER_ADDRESS_SPACE_BYTES = 2048 * MEGABYTE
#: Largest single part of an .xlsx package once unpacked (a sheet's XML).
MAX_PART_BYTES = 2048 * MEGABYTE
#: Largest shared-strings table once unpacked: it is held in memory while reading.
MAX_SHARED_STRINGS_BYTES = 256 * MEGABYTE
#: Largest small XML part (workbook, styles, relationships) once unpacked.
MAX_SMALL_PART_BYTES = 32 * MEGABYTE
#: Unpacked size of all parts together.
MAX_PACKAGE_BYTES = 4096 * MEGABYTE
#: Unpacked to packed ratio above which a large part is a compression bomb.
MAX_COMPRESSION_RATIO = 300
#: A part is checked against the ratio only from this unpacked size on.
RATIO_CHECK_FROM_BYTES = 16 * MEGABYTE
#: Rows and columns of a worksheet, as in Excel.
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
#: Columns read per row; values further right are reported, not read.
READ_COLUMNS = 512
#: Longest text a spreadsheet cell may hold (Excel's limit).
MAX_CELL_CHARS = 32_767
#: Largest single row of XML: a row bigger than this is damage, not data.
MAX_ROW_XML_BYTES = 64 * MEGABYTE
#: Rows looked at for the header row.
HEADER_SCAN_ROWS = 40
