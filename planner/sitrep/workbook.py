"""The situation report as a one-sheet workbook: the tables, the chart's figures and a chart.

A4 portrait, fitted to one page wide, so that printing the sheet gives the ministry the
same one page as the PDF. Numbers are number cells (the ministry adds them up); text that
a spreadsheet would run as a formula is written as text.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

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


def build_workbook(report: Report) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = report.title[:31].replace("/", "-")
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
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1  # one page, as the PDF
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddFooter.left.text = report.title
    sheet.oddFooter.right.text = "&P / &N"
    workbook.properties.creator = "evacplan"
    return workbook


def write_workbook(report: Report, path: Path) -> None:
    build_workbook(report).save(path)
