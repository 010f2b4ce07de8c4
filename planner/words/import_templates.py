"""Every sentence the import says: one template per code (SPEC 4).

Why a cell or a row cannot be imported (``planner.importing.RowProblem``), why a row is
not a record or repeats an earlier one, notes on a sheet or a file, and what a column's
cells look like with the evidence for the field it was given or is proposed: each is a
``Reason(code, facts)`` made where the import finds it and worded here, once, for every
language (``planner.words.render.render``). The command line, the desktop import screen
and the rejects workbook render the same codes.

Facts are formatted by their kind as in ``planner.words.templates``; ``fields`` are facts
that name a field (or a list of fields), shown as the field's label in the language.
Cell values and headers are shown as they were typed, in quotes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.words.templates import QT_TR_NOOP, Entry, Template


def _sentence(text: str, **kinds: Any) -> Entry:
    """A code with one sentence; ``kinds`` are the ``Template``'s kinds of facts."""
    return Entry(Template(text, **kinds))


def _one(text: str, *, fields: tuple[str, ...] = (), dates: tuple[str, ...] = (),
         words: dict[str, str] | None = None) -> Entry:
    """A code with one sentence (it counts nothing)."""
    return Entry(Template(text, dates=dates, words=words or {}, fields=fields))


# --- why a cell cannot be a field's value (values.py, date_values.py, cells.py) ---------
CELL_PROBLEMS: dict[str, Entry] = {
    "too_long": _one(QT_TR_NOOP("longer than the {max_length} characters this field can hold")),
    "bad_flight_number": _one(QT_TR_NOOP("not a flight number such as QZ 8205")),
    "bad_sex": _one(QT_TR_NOOP("not a sex (M/F, L/P, Male/Female, Laki-laki/Perempuan)")),
    "bad_accepts": _one(QT_TR_NOOP("not a shelter rule (any, women_children, men)")),
    "bad_flight_status": _one(QT_TR_NOOP(
        "not a flight status (planned, confirmed, cancelled, departed)")),
    "bad_person_status": _one(QT_TR_NOOP(
        "not a movement status (registered, called, checked_in, no_show, flown, arrived, "
        "self_departed, withdrawn, missing)")),
    "bad_yes_no": _one(QT_TR_NOOP("not yes or no (yes/no, ya/tidak, y/n, 1/0)")),
    "bad_document_status": _one(QT_TR_NOOP(
        "not a document status (valid, expired, missing, lost, confiscated)")),
    "travel_document_not_status": _one(QT_TR_NOOP(
        "an emergency travel document (SPLP, Surat Perjalanan Laksana Paspor) is not a "
        "document status: write valid once it is issued, or missing while it is still to "
        "be issued")),
    "bad_country": _one(QT_TR_NOOP("not a three-letter country code such as IDN")),
    "bad_airport": _one(QT_TR_NOOP(
        "not one airport: a three-letter airport code such as CGK, or its city such as "
        "Surabaya")),
    "bad_airport_in_list": _one(QT_TR_NOOP(
        "'{part}' is not a three-letter airport code such as CGK or a city such as "
        "Surabaya")),
    "no_airport": _one(QT_TR_NOOP("no airport code")),
    "too_many_airports": _one(QT_TR_NOOP("too many airports")),
    "bad_phone": _one(QT_TR_NOOP("not a phone number")),
    "phone_too_long": _one(QT_TR_NOOP(
        "longer than the {max_length} characters a phone number can have")),
    "not_a_number": _one(QT_TR_NOOP("not a number")),
    "not_whole_number": _one(QT_TR_NOOP("not a whole number")),
    "negative": _one(QT_TR_NOOP("less than zero")),
    "too_large": _one(QT_TR_NOOP("too large")),
    "more_than_a_year": _one(QT_TR_NOOP("more than a year")),
    "bad_time": _one(QT_TR_NOOP("not a time of day (such as 14:30)")),
    "not_a_date": _one(QT_TR_NOOP("not a date")),
    "number_not_date": _one(QT_TR_NOOP("a number that is not a date")),
    "date_day_first": _one(QT_TR_NOOP(
        "not a date (write it day first, such as 31/12/1990 or 31 Des 1990)")),
    "date_out_of_range": _one(QT_TR_NOOP("a date outside the years 1900 to 2100")),
    "birth_in_future": _one(QT_TR_NOOP("a date of birth in the future")),
    "birth_too_old": _one(QT_TR_NOOP("a date of birth more than 120 years ago")),
    "date_without_time": _one(QT_TR_NOOP(
        "a date without a time of day (write it like 03/02/2026 14:30)")),
    "date_needs_time": _one(QT_TR_NOOP(
        "a date without a time of day; add the time or a time column")),
    "reserved_household": _one(QT_TR_NOOP(
        "household codes starting with ~ are reserved for households of one")),
    "control_character": _one(QT_TR_NOOP(
        "holds an invisible control character ({character}); remove it")),
    # Cells a reader could not turn into a value (planner.importing.cells.UnusableCell).
    "formula_without_value": Entry(
        Template(QT_TR_NOOP(
            "a formula without a saved result; open the file in a spreadsheet program and "
            "save it again so the results are stored")),
        {"named": Template(QT_TR_NOOP(
            "a formula without a saved result ({formula}); open the file in a spreadsheet "
            "program and save it again so the results are stored"))},
        lambda facts: "named" if facts.get("formula") else None,
    ),
    "cell_too_long": _one(QT_TR_NOOP(
        "longer than a spreadsheet cell may be ({limit} characters)")),
    "spreadsheet_error": _one(QT_TR_NOOP("the spreadsheet shows the error {shown}")),
    "damaged_number": _one(QT_TR_NOOP("not a number although stored as one")),
    "damaged_text": _one(QT_TR_NOOP("refers to text missing from the file (damaged)")),
    "unreadable_text": _one(QT_TR_NOOP(
        "holds letters that are neither UTF-8 nor Windows-1252, so they cannot be read; "
        "save the file again as CSV UTF-8")),
}

# --- why a row cannot be imported (row_reading.py, the writers) -------------------------
ROW_PROBLEMS: dict[str, Entry] = {
    "required": _one(QT_TR_NOOP("is missing (required)")),
    "pregnant_male": _one(QT_TR_NOOP("pregnant is yes but sex is M")),
    "closes_before_opens": _one(QT_TR_NOOP("closes before it opens")),
    "slot_without_key": _one(QT_TR_NOOP("needs a slot id or a start time to be known by")),
    "repeats_record": Entry(Template(
        QT_TR_NOOP("repeats {key} of row {first_row} but {fields} differs"),
        QT_TR_NOOP("repeats {key} of row {first_row} but {fields} differ"),
        "fields", fields=("fields",))),
    "shelter_closes_before_opens": _one(QT_TR_NOOP(
        "{key}: it would close before it opens")),
    "new_needs_fields": _one(QT_TR_NOOP("{key} is new and needs {fields}"), fields=("fields",)),
    "conflicts_with_stored": Entry(Template(
        QT_TR_NOOP("matches the stored person {case_no} by {key} but {fields} differs; correct "
                   "the row or the stored person"),
        QT_TR_NOOP("matches the stored person {case_no} by {key} but {fields} differ; correct "
                   "the row or the stored person"),
        "fields", fields=("fields",), words={"key": "identity_key"})),
    "repeats_person": Entry(
        Template(
            QT_TR_NOOP("repeats the person of row {first_row} (same {key}) but {fields} "
                       "differs"),
            QT_TR_NOOP("repeats the person of row {first_row} (same {key}) but {fields} "
                       "differ"),
            "fields", fields=("fields",), words={"key": "identity_key"}),
        {"sheet": Template(
            QT_TR_NOOP("repeats the person of {first_sheet} row {first_row} (same {key}) but "
                       "{fields} differs"),
            QT_TR_NOOP("repeats the person of {first_sheet} row {first_row} (same {key}) but "
                       "{fields} differ"),
            "fields", fields=("fields",), words={"key": "identity_key"})},
        lambda facts: "sheet" if facts.get("first_sheet") else None,
    ),
    "household_held_back": _one(QT_TR_NOOP(
        "held back: {invalid_row} of household {household} is invalid; correct it and import "
        "the household's rows together")),
}

# --- where a problem is, and rows that are not records or repeat one ---------------------
ROW_NOTES: dict[str, Entry] = {
    "where_row": _one(QT_TR_NOOP("{sheet} row {row}")),
    "where_field": _one(QT_TR_NOOP("{sheet} row {row} ({field})"), fields=("field",)),
    "where_cell": _one(QT_TR_NOOP("{sheet} row {row} column {column}")),
    "where_cell_header": _one(QT_TR_NOOP("{sheet} row {row} column {column} ({header})")),
    "totals_line": _one(QT_TR_NOOP("a totals line, not a record")),
    "single_note": _one(QT_TR_NOOP("a single note without {fields}, not a record"),
                        fields=("fields",)),
    "header_repeated": _one(QT_TR_NOOP("the header row repeated, not a record")),
    "merged_row": Entry(
        Template(QT_TR_NOOP("{sheet} row {row} repeats row {first_row} (same {same}): merged"),
                 fields=("same",)),
        {"sheet": Template(QT_TR_NOOP(
            "{sheet} row {row} repeats {first_sheet} row {first_row} (same {same}): merged"),
            fields=("same",))},
        lambda facts: "sheet" if facts.get("first_sheet") else None,
    ),
    "namesake": Entry(
        Template(
            QT_TR_NOOP("{sheet} row {row} has the same name and date of birth as {others} but "
                       "another case or passport number; it was taken as another person: "
                       "check that it is not the same person registered twice"),
        ),
    ),
    "new_passport": _one(QT_TR_NOOP(
        "{sheet} row {row}: {case_no}: passport {before} → {after}, status {status} (a new "
        "passport: the case number, name and date of birth are those stored)"),
        words={"status": "document_status"}),
    "same_sheet_row": _one(QT_TR_NOOP("row {row}")),
    "flight_cancelled_with_seats": Entry(Template(
        QT_TR_NOOP("{sheet} row {row} cancels {flight}: {persons} in {households} lose their "
                   "seats on it in the published plan {plan}; plan again to move them to "
                   "other flights"),
        nouns={"persons": "person", "households": "household"})),
    "flight_cancelled_with_checked_in": Entry(Template(
        QT_TR_NOOP("{sheet} row {row} cancels {flight}: {persons} in {households} lose their "
                   "seats on it in the published plan {plan} ({called} called forward for "
                   "it, {checked} checked in); plan again to move them to other flights"),
        nouns={"persons": "person", "households": "household"})),
}

# --- notes on a sheet or a file ---------------------------------------------------------
SHEET_NOTES: dict[str, Entry] = {
    "sheet_note": _one(QT_TR_NOOP("{sheet}: {note}")),
    "mapping_needs_kind": _one(QT_TR_NOOP("a mapping without a header row must give its kind")),
    "mapping_header_row_missing": _one(QT_TR_NOOP(
        "the mapping's header row {row} is empty or not in the sheet")),
    "mapping_fits_no_row": Entry(Template(
        QT_TR_NOOP("no row near the top has the mapping's column {columns} (the nearest, "
                   "row {row}, reads {header}): name it in the mapping as that row does, or "
                   "import without the mapping for the planner to recognise the columns"),
        QT_TR_NOOP("no row near the top has the mapping's columns {columns} (the nearest, "
                   "row {row}, reads {header}): name them in the mapping as that row does, "
                   "or import without the mapping for the planner to recognise the columns"),
        "columns", whole=("columns", "header"))),
    "mapping_fits_too_little": Entry(Template(QT_TR_NOOP(
        "row {row} ({header}) has the mapping's columns, but they do not name enough of "
        "the fields of persons, flights, shelters or document slots to tell which the "
        "sheet holds: add the sheet's kind to the mapping (such as {{\"kind\": \"persons\"}})"),
        whole=("header",))),
    "no_header_row": _one(QT_TR_NOOP(
        "no row near the top names the columns of persons, flights, shelters or document "
        "slots")),
    "column_repeats_field": _one(QT_TR_NOOP(
        "column {column} ({header}) was ignored: column {first_column} already gives {field}"),
        fields=("field",)),
    "mapping_column_missing": _one(QT_TR_NOOP(
        "the mapping's column '{column}' is not in the header row")),
    "mapping_field_unknown": _one(QT_TR_NOOP(
        "the mapping's field '{field}' is not a field of {kind}"), words={"kind": "sheet_kind"}),
    "cells_not_read": Entry(Template(
        QT_TR_NOOP("{count} cell right of column {column} was not read"),
        QT_TR_NOOP("{count} cells right of column {column} were not read"), "count")),
    "not_utf8": _one(QT_TR_NOOP("the file is not UTF-8; it was read as Windows-1252")),
    "some_rows_cp1252": Entry(Template(
        QT_TR_NOOP("the file is UTF-8 but row {rows} is Windows-1252; it was read as "
                   "Windows-1252: check the accented letters of that row"),
        QT_TR_NOOP("the file is UTF-8 but rows {rows} are Windows-1252; they were read as "
                   "Windows-1252: check the accented letters of those rows"), "rows",
        whole=("rows",))),
    "some_rows_utf8": Entry(Template(
        QT_TR_NOOP("the file is Windows-1252 but row {rows} is UTF-8; it was read as UTF-8: "
                   "check the accented letters of that row"),
        QT_TR_NOOP("the file is Windows-1252 but rows {rows} are UTF-8; they were read as "
                   "UTF-8: check the accented letters of those rows"), "rows", whole=("rows",))),
}

# --- what a column's cells look like (column_content.py) --------------------------------
COLUMN_READINGS: dict[str, Entry] = {
    "cells_empty_column": _one(QT_TR_NOOP("empty")),
    "row_numbers": _one(QT_TR_NOOP("row numbers {first} to {last}")),
    "whole_numbers": _one(QT_TR_NOOP("whole numbers from {low} to {high} (ages?)")),
    "sex_words": _one(QT_TR_NOOP("sex words ({shown})")),
    "yes_no_words": _one(QT_TR_NOOP("yes/no words ({shown}): a yes/no flag")),
    "movement_statuses": _one(QT_TR_NOOP("movement statuses ({shown})")),
    "document_statuses": _one(QT_TR_NOOP("document statuses ({shown})")),
    "dates_span": _one(QT_TR_NOOP("dates from {first} to {last}"), dates=("first", "last")),
    "dates_of_birth": _one(QT_TR_NOOP(
        "dates from {first} to {last} (ages {youngest} to {oldest}): dates of birth"),
        dates=("first", "last")),
    "recent_dates": _one(QT_TR_NOOP(
        "dates from {first} to {last}: recent dates, such as when a person is ready to "
        "travel"), dates=("first", "last")),
    "phone_numbers": _one(QT_TR_NOOP("phone numbers ({examples})")),
    "passport_numbers": _one(QT_TR_NOOP("passport numbers ({examples})")),
    "nationalities": _one(QT_TR_NOOP("nationalities ({examples})")),
    "arrival_airports": _one(QT_TR_NOOP("airports or cities of arrival ({examples})")),
    "household_runs": Entry(
        Template(QT_TR_NOOP(
            "the same value on {low}-{high} adjacent rows in {places} places ({examples}): "
            "looks like a household (a family's id typed or merged over its members' rows)")),
        {"even": Template(QT_TR_NOOP(
            "the same value on {low} adjacent rows in {places} places ({examples}): looks "
            "like a household (a family's id typed or merged over its members' rows)"))},
        lambda facts: "even" if facts.get("low") == facts.get("high") else None,
    ),
    "case_numbers": _one(QT_TR_NOOP("case numbers ({examples})")),
    "names": _one(QT_TR_NOOP("names ({examples})")),
    "free_text": _one(QT_TR_NOOP("text ({examples})")),
    "numbers": _one(QT_TR_NOOP("numbers ({examples})")),
}

# --- why a column got its field, or why one is proposed (column_inference.py) -----------
COLUMN_EVIDENCE: dict[str, Entry] = {
    "header_reads_like": _one(QT_TR_NOOP("its header reads like '{like}'")),
    "header_reads_like_field": _one(QT_TR_NOOP("its header reads like '{like}' ({field})"),
                                    fields=("field",)),
    "cells_hold": _one(QT_TR_NOOP("its cells hold {reading}")),
    "cells_are_empty": _one(QT_TR_NOOP("its cells are empty")),
    "header_but_cells": Entry(
        Template(QT_TR_NOOP("{header}, but {cells}")),
        {"share": Template(
            QT_TR_NOOP("{header}, but {cells} and {percent} % of them read as {field}"),
            fields=("field",))},
        lambda facts: "share" if facts.get("percent") is not None else None,
    ),
    "header_listed": _one(QT_TR_NOOP("its header is one the vocabulary lists")),
    "mapping_names_it": _one(QT_TR_NOOP("the mapping names it")),
    "remembered_names_it": _one(QT_TR_NOOP("the remembered mapping names it")),
    "few_cells_fit": _one(QT_TR_NOOP("{how}, but only {percent} % of its cells read as {field}"),
                          fields=("field",)),
    "header_tie": _one(QT_TR_NOOP("its header reads as much like {field}"), fields=("field",)),
    "header_field_unread": _one(QT_TR_NOOP(
        "not proposed as {field}, which its header reads like: {percent} % of its cells read "
        "as it"), fields=("field",)),
    "field_given_by": _one(QT_TR_NOOP("not proposed as {field}: column {letter} gives it"),
                           fields=("field",)),
}

# --- why a whole file cannot be imported (ImportFileError: file_format.py, the readers) ---
FILE_ERRORS: dict[str, Entry] = {
    "file_missing": _one(QT_TR_NOOP("No file at {path}")),
    "file_is_folder": _one(QT_TR_NOOP("{path} is a folder, not a file")),
    "file_unreadable": _one(QT_TR_NOOP("Cannot read {path}: {detail}")),
    "file_empty": _one(QT_TR_NOOP("{file} is empty")),
    "file_too_large": _one(QT_TR_NOOP(
        "{file} is too large to import ({size_mb} MB; the limit is {limit_mb} MB)")),
    "file_not_roster": _one(QT_TR_NOOP(
        "{file} is {kind}, not a workbook or CSV file; save the roster as .xlsx or .csv and "
        "import that"), words={"kind": "file_kind"}),
    "file_encrypted": _one(QT_TR_NOOP(
        "{file} is protected with a password; open it, remove the password (File > Info > "
        "Protect Workbook in Excel, or File > Properties > Security in LibreOffice) and save "
        "it again")),
    "file_not_zip": _one(QT_TR_NOOP(
        "{file} is damaged: it is not a readable zip package ({detail})")),
    "file_too_large_for_format": _one(QT_TR_NOOP(
        "{file} is too large to read in its format; save it as .xlsx, which is read without "
        "loading it whole")),
    "file_too_large_for_format_mb": _one(QT_TR_NOOP(
        "{file} is too large for its format ({size_mb} MB); save it as .xlsx, which is read "
        "without loading it whole")),
    "file_needs_memory": _one(QT_TR_NOOP(
        "{file} needs more memory than a workbook in this format may use ({limit_mb} MB) and "
        "was not read; save it as .xlsx, which is read without loading it whole")),
    "workbook_unreadable": _one(QT_TR_NOOP(
        "{file} is damaged or not a workbook we can read ({detail})")),
    "file_too_many_rows": _one(QT_TR_NOOP("{file} has more than {max_rows} rows")),
    "sheet_too_many_rows": _one(QT_TR_NOOP(
        "{file}: sheet '{sheet}' has more than {max_rows} rows")),
    "sheet_too_many_cells": Entry(
        Template(QT_TR_NOOP(
            "{file}: sheet '{sheet}' has {rows} rows of {columns} columns ({cells} cells); a "
            "sheet in this format is read whole and may have at most {max_cells} cells (and "
            "{max_rows} rows of {max_columns} columns): delete the empty rows and columns "
            "after the roster, or save it as .xlsx, which is read without loading it whole")),
        {"declared": Template(QT_TR_NOOP(
            "{file}: sheet '{sheet}' declares (with repeated rows or columns) {rows} rows of "
            "{columns} columns ({cells} cells); a sheet in this format is read whole and may "
            "have at most {max_cells} cells (and {max_rows} rows of {max_columns} columns): "
            "delete the empty rows and columns after the roster, or save it as .xlsx, which "
            "is read without loading it whole")),
         "reaching": Template(QT_TR_NOOP(
            "{file}: sheet '{sheet}' has cells up to {rows} rows of {columns} columns ({cells} "
            "cells); a sheet in this format is read whole and may have at most {max_cells} "
            "cells (and {max_rows} rows of {max_columns} columns): delete the empty rows and "
            "columns after the roster, or save it as .xlsx, which is read without loading it "
            "whole"))},
        lambda facts: str(facts.get("how") or "") or None,
    ),
    "sheet_part_too_large": _one(QT_TR_NOOP(
        "{file}: sheet '{sheet}' is {size_mb} MB unpacked; save it as .xlsx, which is read "
        "without loading it whole")),
    "csv_unreadable": _one(QT_TR_NOOP(
        "{file} is not a CSV file we can read (row {row}: {detail})")),
    "json_too_large": _one(QT_TR_NOOP("{file} is too large for a JSON roster")),
    "json_invalid": _one(QT_TR_NOOP("{file} is not valid JSON ({detail})")),
    "json_not_roster": _one(QT_TR_NOOP(
        "{file} is JSON but not a roster: expected a list of records or an object of lists")),
    "no_such_sheet": Entry(
        Template(QT_TR_NOOP("{file} has no sheet named '{sheet}' (its sheets: {sheets})")),
        {"none": Template(QT_TR_NOOP("{file} has no sheet named '{sheet}' (it has no sheets)"))},
        lambda facts: None if facts.get("sheets") else "none",
    ),
    "no_sheets": _one(QT_TR_NOOP("{file} has no sheets with cells")),
    "no_sheet_recognised": _one(QT_TR_NOOP(
        "{file} holds no sheet of persons, flights, shelters or document slots that could be "
        "recognised ({sheets}); name the columns with --mapping")),
    "mapping_sheet_absent": _one(QT_TR_NOOP(
        "{mapping} is for the sheet {sheet}, and {file} has no sheet of that name (its "
        "sheets: {sheets}): import the file that has it, or take \"sheet\" out of the "
        "mapping; nothing was imported")),
    "no_sheet_fits_mapping": _one(QT_TR_NOOP(
        "{file} holds no sheet {mapping} fits ({sheets}); nothing was imported")),
    "mapping_needs_one_sheet": _one(QT_TR_NOOP(
        "a mapping is saved for one sheet, and {file} has {count} recognised sheets "
        "({sheets}): choose one (--sheet); nothing was imported")),
    "columns_undecided": Entry(Template(QT_TR_NOOP(
        "nothing was imported from {file}: {columns} but is not imported; say which field "
        "each fills or that it is to be left out"), whole=("columns",))),
    "column_looks_like": Entry(
        Template(QT_TR_NOOP("'{sheet}' column {column} looks like {field}"), fields=("field",)),
        {"household": Template(QT_TR_NOOP(
            "'{sheet}' column {column} looks like a household")),
         "flag": Template(QT_TR_NOOP("'{sheet}' column {column} looks like a yes/no flag"))},
        lambda facts: ("household" if facts.get("field") == "household"
                       else None if facts.get("field") else "flag"),
    ),
    "row_number_out_of_range": _one(QT_TR_NOOP(
        "{file} is damaged: sheet '{sheet}' has a row numbered {number}, beyond the "
        "{max_rows} rows a sheet can have")),
    "no_workbook_part": _one(QT_TR_NOOP("{file} is not a workbook: it has no workbook part")),
    "package_unreadable": _one(QT_TR_NOOP(
        "{file} is damaged: it is not a readable workbook package ({detail})")),
    "package_too_many_parts": _one(QT_TR_NOOP(
        "{file} has {parts} parts: not a workbook we can read")),
    "package_bomb": _one(QT_TR_NOOP(
        "{file} looks like a compression bomb: its part {part} unpacks to {size_mb} MB from "
        "{packed_kb} KB")),
    "part_too_large": _one(QT_TR_NOOP(
        "{file} is too large to import: its part {part} unpacks to {size_mb} MB")),
    "package_too_large": _one(QT_TR_NOOP(
        "{file} is too large to import: it unpacks to {size_mb} MB")),
    "shared_text_too_large": _one(QT_TR_NOOP(
        "{file} is too large to import: its shared text table unpacks to {size_mb} MB")),
    "part_missing": _one(QT_TR_NOOP("{file} is damaged: the part {part} is missing")),
    "part_cannot_open": _one(QT_TR_NOOP("{file} is damaged: cannot open {part} ({detail})")),
    "small_part_too_large": _one(QT_TR_NOOP(
        "{file} is not a workbook we can read: its part {part} is {size_mb} MB")),
    "part_declares_entities": _one(QT_TR_NOOP(
        "{file} was refused: its part {part} declares XML entities or a document type, which "
        "workbooks never need (a known attack)")),
    "part_unreadable": _one(QT_TR_NOOP("{file} is damaged: {part} cannot be read ({detail})")),
    "part_bad_xml": _one(QT_TR_NOOP(
        "{file} is damaged: {part} holds XML that cannot be read ({detail})")),
    "part_no_container": _one(QT_TR_NOOP(
        "{file} is damaged: {part}: no <{element}> element")),
    "part_element_too_large": _one(QT_TR_NOOP(
        "{file} is damaged: {part}: one <{element}> is larger than {limit_mb} MB")),
    "part_ends_inside": _one(QT_TR_NOOP(
        "{file} is damaged: {part}: it ends inside <{element}>")),
}

# --- the import's report on the command line (planner.cli.import_cmd) ------------------
def _counted(one: str, many: str) -> Entry:
    """A code that counts ``count`` (one sentence for 1, another for the rest)."""
    return Entry(Template(one, many, count="count"))


def _would_be(facts: Mapping[str, Any]) -> str | None:
    return "would" if facts.get("would") else None


REPORT_LINES: dict[str, Entry] = {
    "report_read": _one(QT_TR_NOOP("Read {file} ({format})")),
    "report_sheet": Entry(
        Template(QT_TR_NOOP("Sheet '{sheet}': {kind}, header row {row}"),
                 words={"kind": "sheet_kind"}),
        {"no_header": Template(QT_TR_NOOP("Sheet '{sheet}': {kind}, no header row"),
                               words={"kind": "sheet_kind"})},
        lambda facts: None if facts.get("row") else "no_header"),
    "report_read_name": _one(QT_TR_NOOP("Read {file}")),
    "report_columns_remembered": _one(QT_TR_NOOP("columns as remembered ({how})")),
    "column_from_mapping": _one(QT_TR_NOOP("(from the mapping)")),
    "column_remembered": _one(QT_TR_NOOP("(remembered mapping)")),
    "column_inferred": _one(QT_TR_NOOP("(inferred, confidence {confidence}: {evidence})")),
    "column_no_header": _one(QT_TR_NOOP("(no header)")),
    "column_repeats_a_field": _one(QT_TR_NOOP("repeats another column's field")),
    "column_left_out": _one(QT_TR_NOOP("left out as asked")),
    "column_empty": _one(QT_TR_NOOP("empty")),
    "column_proposal": _one(QT_TR_NOOP("proposal: {proposal}")),
    "column_proposal_confidence": _one(QT_TR_NOOP(
        "proposal: {proposal} (confidence {confidence})")),
    "column_decide": _one(QT_TR_NOOP("decide: --mapping or --ignore-column {letter}")),
    "report_missing_required": _one(QT_TR_NOOP(
        "no column for the required {fields}: every row will be rejected; name the column "
        "with --mapping")),
    "report_columns_to_decide": _one(QT_TR_NOOP(
        "Nothing was imported. Each column marked 'decide' looks like a field the planner "
        "needs; give it its field with --mapping (a JSON file such as "
        '{{"Kelompok": "household"}}) or leave it out with --ignore-column LETTER.')),
    "report_sheet_not_imported": _one(QT_TR_NOOP("Sheet '{sheet}': not imported: {why}")),
    "report_no_records": _one(QT_TR_NOOP("no records")),
    "report_columns_not_imported": _one(QT_TR_NOOP("not imported:")),
    "report_note": _one(QT_TR_NOOP("Note: {note}")),
    "report_rejected_rows": _one(QT_TR_NOOP("Rejected rows ({count}):")),
    "report_held_rows": _one(QT_TR_NOOP("Rows held back with their households ({count}):")),
    "report_more_problems": _one(QT_TR_NOOP(
        "... and {count} more problems (--rejects OUT.xlsx writes every rejected row)")),
    "report_repeated_rows": _one(QT_TR_NOOP("Repeated rows ({count}):")),
    "report_more": _one(QT_TR_NOOP("... and {count} more")),
    "report_not_records": _one(QT_TR_NOOP("Rows that are not records:")),
    "report_counts": Entry(
        Template(QT_TR_NOOP("{kind}: {parts}"), words={"kind": "sheet_heading"},
                 whole=("parts",)),
        {"would": Template(QT_TR_NOOP("{kind} (would be): {parts}"),
                           words={"kind": "sheet_heading"}, whole=("parts",))},
        _would_be),
    "count_added": _one(QT_TR_NOOP("{count} added")),
    "count_updated": _one(QT_TR_NOOP("{count} updated")),
    "count_unchanged": _one(QT_TR_NOOP("{count} unchanged")),
    "count_merged": _counted(QT_TR_NOOP("{count} repeated row merged"),
                             QT_TR_NOOP("{count} repeated rows merged")),
    "count_rejected": _one(QT_TR_NOOP("{count} rejected")),
    "count_held_back": _counted(QT_TR_NOOP("{count} held back with its household"),
                                QT_TR_NOOP("{count} held back with their households")),
    "count_not_records": _one(QT_TR_NOOP("{count} not records")),
    "outcome_dry_run": _one(QT_TR_NOOP("Dry run: nothing was changed.")),
    "outcome_dry_run_refused": _counted(
        QT_TR_NOOP("Dry run: nothing was changed. The import would be refused: {count} row "
                   "is invalid; correct it or import the valid rows with --skip-invalid."),
        QT_TR_NOOP("Dry run: nothing was changed. The import would be refused: {count} rows "
                   "are invalid; correct them or import the valid rows with --skip-invalid.")),
    # No row valid: what went wrong most often (``commonest_*``), not "--skip-invalid",
    # which would import nothing.
    "outcome_dry_run_none_valid": _sentence(QT_TR_NOOP(
        "Dry run: nothing was changed. The import would take nothing: no row of {file} can "
        "be imported ({count} rejected); the commonest problems: {problems}."),
        clauses=("problems",)),
    "outcome_none_valid": _sentence(QT_TR_NOOP(
        "Nothing was imported: no row of {file} can be imported ({count} rejected); the "
        "commonest problems: {problems}."), clauses=("problems",)),
    "outcome_dry_run_none_valid_refused": _sentence(QT_TR_NOOP(
        "Dry run: nothing was changed. No row of {file} can be imported ({count} rejected), "
        "so --skip-invalid would import nothing; the commonest problems: {problems}."),
        clauses=("problems",)),
    "outcome_none_valid_refused": _sentence(QT_TR_NOOP(
        "Nothing was imported. No row of {file} can be imported ({count} rejected), so "
        "--skip-invalid would import nothing; the commonest problems: {problems}."),
        clauses=("problems",)),
    # One of the commonest problems: where, in how many rows, and the first of them.
    "commonest_column": _counted(
        QT_TR_NOOP("column {column} ({header}), {count} row: {example}"),
        QT_TR_NOOP("column {column} ({header}), {count} rows, such as {example}")),
    "commonest_cell": _counted(
        QT_TR_NOOP("column {column}, {count} row: {example}"),
        QT_TR_NOOP("column {column}, {count} rows, such as {example}")),
    "commonest_row": _counted(
        QT_TR_NOOP("{count} row: {example}"),
        QT_TR_NOOP("{count} rows, such as: {example}")),
    "problem_example": _one(QT_TR_NOOP("{value}: {why}")),
    "outcome_refused": _counted(
        QT_TR_NOOP("Nothing was imported: {count} row is invalid; correct it or import the "
                   "valid rows with --skip-invalid."),
        QT_TR_NOOP("Nothing was imported: {count} rows are invalid; correct them or import "
                   "the valid rows with --skip-invalid.")),
    "outcome_left_out": _counted(
        QT_TR_NOOP("Nothing changed: the valid rows of {file} are in the operation already "
                   "and its {count} invalid row was left out."),
        QT_TR_NOOP("Nothing changed: the valid rows of {file} are in the operation already "
                   "and its {count} invalid rows were left out.")),
    "outcome_unchanged": _one(QT_TR_NOOP(
        "Nothing changed: the operation already holds everything in {file}.")),
    "outcome_imported": _one(QT_TR_NOOP("Imported {file} as import batch {batch}.")),
    "import_would_refuse": _counted(
        QT_TR_NOOP("the import of {file} would be refused: {count} row is invalid (listed "
                   "above)"),
        QT_TR_NOOP("the import of {file} would be refused: {count} rows are invalid (listed "
                   "above)")),
    # A file of headers without a row under them: a mistake, not "nothing changed".
    "import_no_rows": Entry(Template(
        QT_TR_NOOP("nothing to import: sheet {sheets} of {file} has no rows under its "
                   "headers (header row {row})"),
        QT_TR_NOOP("nothing to import: sheets {sheets} of {file} have no rows under their "
                   "headers"), count="sheets", whole=("sheets",))),
    "import_none_valid": _one(QT_TR_NOOP(
        "no row of {file} can be imported: {count} rejected (listed above)")),
    "import_refused": _counted(
        QT_TR_NOOP("nothing was imported from {file}: {count} row is invalid (listed above); "
                   "correct it or use --skip-invalid"),
        QT_TR_NOOP("nothing was imported from {file}: {count} rows are invalid (listed "
                   "above); correct them or use --skip-invalid")),
    "report_backed_up": _one(QT_TR_NOOP("Backed up the operation to {path} before importing")),
    "report_wrote_rejects": _counted(QT_TR_NOOP("Wrote {count} rejected row to {path}"),
                                     QT_TR_NOOP("Wrote {count} rejected rows to {path}")),
    "report_remembered": _one(QT_TR_NOOP(
        "Remembered {name} for the next file with these headers")),
}

# Words of values the import's sentences name.
IMPORT_VALUE_WORDS: dict[str, dict[str, str]] = {
    # How a person of the file was matched to a stored one (person_matching.py).
    "identity_key": {
        "case_no": QT_TR_NOOP("case number"),
        "passport_no": QT_TR_NOOP("passport number"),
        "name_and_birth": QT_TR_NOOP("full name and date of birth"),
    },
    # A kind of sheet heading its counts ("Persons (would be): ...").
    "sheet_heading": {
        "persons": QT_TR_NOOP("Persons"),
        "flights": QT_TR_NOOP("Flights"),
        "shelters": QT_TR_NOOP("Shelters"),
        "slots": QT_TR_NOOP("Slots"),
    },
    # A person's document status (SPEC 2.1) named in a sentence.
    "document_status": {
        "valid": QT_TR_NOOP("valid"),
        "expired": QT_TR_NOOP("expired"),
        "missing": QT_TR_NOOP("missing"),
        "lost": QT_TR_NOOP("lost"),
        "confiscated": QT_TR_NOOP("confiscated"),
    },
    "sheet_kind": {
        "persons": QT_TR_NOOP("persons"),
        "flights": QT_TR_NOOP("flights"),
        "shelters": QT_TR_NOOP("shelters"),
        "slots": QT_TR_NOOP("document slots"),
    },
    # What a column holds that no field takes, by its header (vocabulary.OTHER_PERSON_HEADERS).
    "other_header": {
        "row numbers": QT_TR_NOOP("row numbers"),
        "ages": QT_TR_NOOP("ages"),
        "addresses": QT_TR_NOOP("addresses"),
        "places of birth": QT_TR_NOOP("places of birth"),
        "home regions": QT_TR_NOOP("home regions"),
        "religions": QT_TR_NOOP("religions"),
        "occupations": QT_TR_NOOP("occupations"),
        "employers": QT_TR_NOOP("employers"),
        "relatives": QT_TR_NOOP("relatives"),
        "identity card numbers": QT_TR_NOOP("identity card numbers"),
        "education": QT_TR_NOOP("education"),
        "marital status": QT_TR_NOOP("marital status"),
        "e-mail addresses": QT_TR_NOOP("e-mail addresses"),
        "photos": QT_TR_NOOP("photos"),
        "other names": QT_TR_NOOP("other names"),
        "the rejects workbook's own columns": QT_TR_NOOP("the rejects workbook's own columns"),
    },
    # What a file that is no roster is (file_format.sniff's ``other:WHAT``).
    "file_kind": {
        "a PDF document": QT_TR_NOOP("a PDF document"),
        "a PNG picture": QT_TR_NOOP("a PNG picture"),
        "a JPEG picture": QT_TR_NOOP("a JPEG picture"),
        "a GIF picture": QT_TR_NOOP("a GIF picture"),
        "a RAR archive": QT_TR_NOOP("a RAR archive"),
        "a gzip archive": QT_TR_NOOP("a gzip archive"),
        "a 7-Zip archive": QT_TR_NOOP("a 7-Zip archive"),
        "a Windows program": QT_TR_NOOP("a Windows program"),
        "a program": QT_TR_NOOP("a program"),
        "an OpenDocument file that is not a spreadsheet": QT_TR_NOOP("an OpenDocument file that is not a spreadsheet"),
        "a Word document": QT_TR_NOOP("a Word document"),
        "a PowerPoint presentation": QT_TR_NOOP("a PowerPoint presentation"),
        "a zip archive of other files": QT_TR_NOOP("a zip archive of other files"),
        "a Word 97-2003 document": QT_TR_NOOP("a Word 97-2003 document"),
        "a PowerPoint 97-2003 presentation": QT_TR_NOOP("a PowerPoint 97-2003 presentation"),
        "a web page saved with a spreadsheet's name": QT_TR_NOOP("a web page saved with a spreadsheet's name"),
        "an Excel 2003 XML spreadsheet": QT_TR_NOOP("an Excel 2003 XML spreadsheet"),
        "a Rich Text document": QT_TR_NOOP("a Rich Text document"),
        "a file that is not a spreadsheet or text": QT_TR_NOOP("a file that is not a spreadsheet or text"),
    },
}

#: A field's part in a mapping target ("departs_at@date").
FIELD_PARTS = {"date": QT_TR_NOOP("{field} (date)"), "time": QT_TR_NOOP("{field} (time)")}

#: Every import code, its template. Codes are unique across families.
# --- a mapping file's own checks (planner/importing/column_mapping.py, remembered.py) --
# ``where`` is the mapping as a reason of its own (``mapping_where_*``): the file, the
# --mapping text, or a mapping.
MAPPING_ERRORS: dict[str, Entry] = {
    "mapping_where_file": _sentence(QT_TR_NOOP("the mapping {file}")),
    "mapping_where_text": _sentence(QT_TR_NOOP("the --mapping text")),
    "mapping_where_any": _sentence(QT_TR_NOOP("the mapping")),
    "mapping_named": _sentence(QT_TR_NOOP("mapping '{name}'")),
    # Where a remembered mapping comes from (``SavedMapping.describe``): ``mapping`` is
    # ``mapping_named`` or ``mapping_where_any``; ``file`` and ``date`` when known.
    "mapping_origin": Entry(
        Template(QT_TR_NOOP("{mapping}")),
        {"file": Template(QT_TR_NOOP("{mapping} confirmed with {file}")),
         "date": Template(QT_TR_NOOP("{mapping} confirmed on {date}"), dates=("date",)),
         "file_date": Template(QT_TR_NOOP("{mapping} confirmed with {file} on {date}"),
                               dates=("date",))},
        lambda facts: "_".join(k for k in ("file", "date") if facts.get(k)) or None),
    "mapping_unreadable": _sentence(QT_TR_NOOP("Cannot read the mapping {path}: {why}")),
    "mapping_not_json": _sentence(QT_TR_NOOP(
        "The mapping {path} is not valid JSON (line {line}, column {column})")),
    "mapping_not_utf8": _sentence(QT_TR_NOOP("The mapping {path} is not text in UTF-8")),
    "mapping_not_object": _sentence(QT_TR_NOOP("{where} must be a JSON object of column -> "
                                              "field")),
    "mapping_columns_not_object": _sentence(QT_TR_NOOP(
        "{where}: 'columns' must be an object of column -> field")),
    "mapping_kind_unknown": _sentence(QT_TR_NOOP("{where}: kind '{kind}' is not one of {kinds}"),
                                     whole=("kinds",)),
    "mapping_header_row_wrong": _sentence(QT_TR_NOOP(
        "{where}: header_row must be a row number (0 for none)")),
    "mapping_target_unknown": _sentence(QT_TR_NOOP(
        "{where}: '{target}' (for column '{column}') is not a field name such as full_name "
        "or date_of_birth")),
    "mapping_kind_missing": _sentence(QT_TR_NOOP(
        "{where} must say which kind of record it maps (\"kind\": {kinds})"),
        alternatives=("kinds",)),
    "mapping_headers_wrong": _sentence(QT_TR_NOOP(
        "{where}: 'headers' must be a list of the header row's texts")),
    "mapping_name_not_text": _sentence(QT_TR_NOOP("{where}: 'name' must be a text")),
    "mapping_name_missing": _sentence(QT_TR_NOOP("a mapping needs a name")),
    "mapping_name_too_long": _sentence(QT_TR_NOOP(
        "a mapping's name may have {count} characters at most")),
    "mapping_name_control": _sentence(QT_TR_NOOP(
        "a mapping's name may not hold a control character ({character})")),
    "mapping_name_like_file": _sentence(QT_TR_NOOP(
        "'{name}' looks like a file, not a mapping's name")),
}

IMPORT_TEMPLATES: dict[str, Entry] = {}
for _family in (CELL_PROBLEMS, ROW_PROBLEMS, ROW_NOTES, SHEET_NOTES, COLUMN_READINGS,
                COLUMN_EVIDENCE, FILE_ERRORS, MAPPING_ERRORS, REPORT_LINES):
    assert not IMPORT_TEMPLATES.keys() & _family.keys(), "an import code is in two families"
    IMPORT_TEMPLATES.update(_family)

__all__ = ["CELL_PROBLEMS", "COLUMN_EVIDENCE", "COLUMN_READINGS", "FIELD_PARTS", "FILE_ERRORS",
           "MAPPING_ERRORS",
           "IMPORT_TEMPLATES", "IMPORT_VALUE_WORDS", "REPORT_LINES", "ROW_NOTES", "ROW_PROBLEMS", "SHEET_NOTES"]
