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
from openpyxl.chart.text import RichText
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.export.layout import sheet_names
from planner.sitrep.layout import Report, Table, chart_table
from planner.spreadsheet_text import xlsx_cell
from planner.words.catalogue import thousands_format

HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
#: Column widths in characters: the first holds the rows' names, the others figures.
WIDTHS = (34, 12, 14, 11, 11, 11, 11, 10)
#: Points: a row of the sheet, and a header row whose words break onto two lines.
ROW_PT, TWO_LINES_PT = 15.0, 30.0
#: The chart, in centimetres: beside the first page's short tables (persons by status,
#: documents, vulnerable groups), which leave every column after the second free.
CHART_WIDTH_CM, CHART_HEIGHT_CM = 12.5, 12.5
#: Points: the type of the chart's title, and of its axes and legend.
CHART_TITLE_PT, CHART_TEXT_PT = 13, 10


def _table(sheet: Worksheet, row: int, table: Table, language: str) -> int:
    """Write ``table`` from ``row`` on, its numbers in ``language``'s way; returns the
    next free row."""
    xlsx_cell(sheet.cell(row, 1), table.title)
    sheet.cell(row, 1).font = Font(bold=True, size=12)
    row += 1
    for column, header in enumerate(table.headers, start=1):
        cell = sheet.cell(row, column)
        xlsx_cell(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    if any(len(header) > WIDTHS[min(column, len(WIDTHS) - 1)]
           for column, header in enumerate(table.headers)):
        sheet.row_dimensions[row].height = TWO_LINES_PT  # its words on two lines, all seen
    row += 1
    for index, values in enumerate(table.rows):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row, column)
            xlsx_cell(cell, value)
            if isinstance(value, int):
                cell.number_format = thousands_format(language)
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
    _table(sheet, 2, table, report.language)
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
        row = _table(sheet, row, table, report.language)
    days = chart_table(report)
    first = row + 1  # the chart table's header row
    _table(sheet, row, days, report.language)
    # Beside the short tables at the top, where the columns after the first two are free:
    # as large as the page's width allows and no row longer (at 8.5 by 10.5 cm under
    # the tables, fitted to the page with them, it printed 6 cm wide, its type 5 pt).
    sheet.add_chart(_chart(sheet, report, first, first + len(days.rows)), "C4")
    _print_setup(sheet, report, one_page=True)  # one page, as the PDF's first
    for table, name in zip(report.details, names[1:], strict=True):
        _detail_sheet(workbook.create_sheet(name), report, table)
    workbook.properties.creator = "evacplan"
    return workbook


def _chart(sheet: Worksheet, report: Report, first: int, last: int) -> BarChart:
    """Bars of the persons entering care and departing, and a line of those waiting on an
    axis of its own, from the figures in rows ``first`` (headers) to ``last``."""
    bars = BarChart()
    bars.title = report.chart.title
    bars.type = "col"
    bars.add_data(Reference(sheet, min_col=2, max_col=3, min_row=first, max_row=last),
                  titles_from_data=True)
    bars.set_categories(Reference(sheet, min_col=1, min_row=first + 1, max_row=last))
    bars.y_axis.title = f"{report.chart.entered[0]} / {report.chart.departed[0]}"
    line = LineChart()
    line.add_data(Reference(sheet, min_col=4, min_row=first, max_row=last),
                  titles_from_data=True)
    line.y_axis.axId = 200
    line.y_axis.crosses = "max"
    line.y_axis.title = report.chart.waiting[0]
    for axis in (bars.x_axis, bars.y_axis, line.y_axis):
        axis.delete = False  # openpyxl hides axes unless told (no labels, no scale)
        axis.txPr = _text(CHART_TEXT_PT)
    for axis in (bars.y_axis, line.y_axis):
        axis.number_format = thousands_format(report.language)
        axis.majorGridlines = None
    # The PDF's colours (ui.sitrep_print); the waiting line straight from day to day.
    for series, colour in zip(bars.series, ("2F6FB3", "2E7D32"), strict=True):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    waiting = line.series[0]
    waiting.smooth = False
    waiting.graphicalProperties.line.solidFill = "C62828"
    waiting.graphicalProperties.line.width = 28575  # EMU: 2.25 pt
    bars += line
    bars.legend.position = "b"
    bars.legend.txPr = _text(CHART_TEXT_PT)
    bars.title.tx.rich.p[0].pPr = ParagraphProperties(
        defRPr=CharacterProperties(sz=CHART_TITLE_PT * 100, b=True))
    bars.width, bars.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    return bars


def _text(points: int) -> RichText:
    """The text properties of a chart's part in ``points``."""
    return RichText(p=[Paragraph(pPr=ParagraphProperties(
        defRPr=CharacterProperties(sz=points * 100)), endParaRPr=CharacterProperties())])


def write_workbook(report: Report, path: Path) -> None:
    build_workbook(report).save(path)
