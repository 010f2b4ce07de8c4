"""The situation report as a workbook: the first page's tables, the chart's figures and a
chart on the first sheet; each detail table (every shelter, every flight of a large
operation) on a sheet of its own.

A4 portrait. The first sheet prints on one page, as the PDF's first page (its tables are
short: the layout moves long ones to the detail sheets); a detail sheet is one page wide
and as many pages long as it needs, its title and column headers repeated on every page,
so its type stays full size. Numbers are number cells (the ministry adds them up); text
that a spreadsheet would run as a formula is written as text.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.layout import sheet_names
from planner.sitrep.layout import Report, Table, chart_table
from planner.spreadsheet_text import xlsx_cell

HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
WIDTHS = (34, 10, 14, 9, 9, 11, 10)


def _table(sheet: Worksheet, row: int, table: Table) -> int:
    """Write ``table`` from ``row`` on; returns the next free row."""
    xlsx_cell(sheet.cell(row, 1), table.title)
    sheet.cell(row, 1).font = Font(bold=True, size=12)
    row += 1
    for column, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row, column)
        xlsx_cell(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    row += 1
    for index, values in enumerate(table.rows):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row, column)
            xlsx_cell(cell, value)
            if isinstance(value, int):
                cell.number_format = "#,##0"
            if index in table.bold_rows:
                cell.font = Font(bold=True)
        row += 1
    return row + 1


def _print_setup(sheet: Worksheet, report: Report, *, one_page: bool) -> None:
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1 if one_page else 0  # 0: as many pages as it needs
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.left.text = report.title
    sheet.oddFooter.right.text = "&P / &N"


def _detail_sheet(sheet: Worksheet, report: Report, table: Table) -> None:
    """One long table on its sheet: the report's title above it, and its title and column
    headers printed again at the top of every page."""
    xlsx_cell(sheet["A1"], report.title)
    sheet["A1"].font = Font(bold=True, size=15)
    _table(sheet, 2, table)
    sheet.print_title_rows = "2:3"
    sheet.freeze_panes = "A4"
    _print_setup(sheet, report, one_page=False)


def build_workbook(report: Report) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    names = sheet_names([report.title, *(t.title for t in report.details)])
    sheet.title = names[0]
    xlsx_cell(sheet["A1"], report.title)
    sheet["A1"].font = Font(bold=True, size=15)
    xlsx_cell(sheet["A2"], report.subtitle)
    row = 4
    for table in report.tables:
        row = _table(sheet, row, table)
    days = chart_table(report)
    title_row = row
    first = row + 1  # the chart table's header row
    row = _table(sheet, row, days)
    last = first + len(days.rows)
    bars = BarChart()
    bars.title = report.chart.title
    bars.type = "col"
    bars.add_data(Reference(sheet, min_col=2, max_col=3, min_row=first, max_row=last),
                  titles_from_data=True)
    bars.set_categories(Reference(sheet, min_col=1, min_row=first + 1, max_row=last))
    line = LineChart()
    line.add_data(Reference(sheet, min_col=4, min_row=first, max_row=last),
                  titles_from_data=True)
    line.y_axis.axId = 200
    line.y_axis.crosses = "max"
    bars += line
    bars.height, bars.width = 8.5, 10.5
    sheet.add_chart(bars, f"E{title_row}")  # beside the chart's figures
    _print_setup(sheet, report, one_page=True)  # one page, as the PDF's first
    for table, name in zip(report.details, names[1:], strict=True):
        _detail_sheet(workbook.create_sheet(name), report, table)
    workbook.properties.creator = "evacplan"
    return workbook


def write_workbook(report: Report, path: Path) -> None:
    build_workbook(report).save(path)
