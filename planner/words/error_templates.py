"""The errors a person can act on, outside the import: one template per code.

A ``PlannerError.of(code, **facts)`` (``planner.errors``) is worded here, once, for every
language: the command line says it under ``evacplan --lang``, the desktop in its own
language. The import's errors are ``FILE_ERRORS`` of ``import_templates.py``. Facts are
formatted by their kind as in ``planner.words.templates``.
"""

from __future__ import annotations

from typing import Any

from planner.words.templates import (
    DESKTOP,
    QT_TR_NOOP,
    Entry,
    Template,
    counting,
    merged,
    sentence,
)


def _dated(text: str, *dates: str, **kinds: Any) -> Entry:
    """A code with one sentence whose ``dates`` are facts written as dates."""
    return Entry(Template(text, dates=dates, **kinds))


_STATUS = {"status": "person_status"}

# --- a flight, a plan, a person or a household named that is not there ----------------
FINDING: dict[str, Entry] = {
    "flight_key_wrong": sentence(QT_TR_NOOP(
        "Name a flight as 'FLIGHT_NO YYYY-MM-DD' (QZ 8205 2026-02-03), not '{given}'")),
    "flight_unknown": sentence(QT_TR_NOOP("No flight '{flight}' in this operation")),
    "cancel_departed": sentence(QT_TR_NOOP(
        "{flight} has departed: a departed flight cannot be cancelled; nothing was changed")),
    "flight_removed": sentence(QT_TR_NOOP("The flight is no longer in the operation")),
    "household_or_case_unknown": sentence(QT_TR_NOOP(
        "No household or case number '{subject}' in this operation")),
    "household_unknown": sentence(QT_TR_NOOP("No household '{household}' in this operation")),
    "case_unknown": sentence(QT_TR_NOOP("No person with case number '{case_no}' in this "
                                    "operation")),
    "shelter_unknown": sentence(QT_TR_NOOP("No shelter '{shelter}' in this operation")),
    "slot_unknown": sentence(QT_TR_NOOP("No document appointment '{slot}' in this operation")),
    "pin_kind_wrong": sentence(QT_TR_NOOP("A pin is of kind flight, shelter or slot, not "
                                      "'{kind}'")),
    "plan_unknown": sentence(QT_TR_NOOP("There is no plan {plan} in this operation")),
    "no_plan_yet": sentence(QT_TR_NOOP("There is no plan yet: run 'evacplan solve' first")),
    "no_published_plan": sentence(QT_TR_NOOP(
        "No plan is published yet: solve and publish one first (evacplan solve --publish)")),
    "no_plan_to_export": sentence(QT_TR_NOOP(
        "This operation has no plan to export yet; make one with 'evacplan solve'")),
    "export_flight_empty": sentence(QT_TR_NOOP(
        "Plan {plan} puts no one on flight '{flight}' (write a flight as its number, a "
        "space and its date, e.g. 'QZ 8205 2026-03-05')")),
    "mapping_unknown": sentence(QT_TR_NOOP("no mapping named '{name}'")),
    "mapping_unknown_see_list": sentence(QT_TR_NOOP(
        "no mapping named '{name}' (see evacplan mappings list)")),
    "mapping_file_no_name": sentence(QT_TR_NOOP("{file} names no mapping: give it a name with "
                                            "--name")),
    "mapping_not_file_or_saved": sentence(QT_TR_NOOP(
        "no mapping file '{name}' and no saved mapping named '{name}' (saved mappings: "
        "{saved})"), whole=("saved",)),
    "mapping_not_file_none_saved": sentence(QT_TR_NOOP(
        "no mapping file '{name}' and no saved mapping named '{name}' (none is saved yet)")),
    "mapping_text_not_json": sentence(QT_TR_NOOP(
        "the --mapping text is not valid JSON (line {line}, column {column})")),
    "save_mapping_dry_run": sentence(QT_TR_NOOP(
        "--save-mapping keeps the mapping of an import: leave out --dry-run")),
    "import_columns_undecided": sentence(QT_TR_NOOP(
        "{problem} (--mapping, or --ignore-column {letters})")),
    "operation_has_no_plan": sentence(QT_TR_NOOP("This operation has no plan yet")),
    "report_language_unknown": sentence(QT_TR_NOOP(
        "Unknown report language '{language}': use en or id")),
}

# --- planning and publishing (planner/planning/) -------------------------------------
PLANNING: dict[str, Entry] = {
    "time_limit_not_number": sentence(QT_TR_NOOP(
        "the time limit must be a number of seconds, not {value}")),
    "time_limit_not_positive": sentence(QT_TR_NOOP("the time limit must be more than 0 seconds")),
    "time_limit_too_long": sentence(QT_TR_NOOP(
        "the time limit may be at most {seconds} seconds (a day)")),
    "exact_too_large": sentence(QT_TR_NOOP(
        "The exact method cannot plan {households} households ({classes} kinds on {flights} "
        "flights) within {limit} s; use the scaled method (--method scaled), or give the "
        "exact one a time limit of at least {needs} s")),
    "planner_failed": sentence(QT_TR_NOOP("The planner failed: {detail}")),
    "no_plan_in_time": Entry(
        Template(QT_TR_NOOP("The planner found no plan within the time limit; solve again "
                            "with a longer --time-limit")),
        {DESKTOP: Template(QT_TR_NOOP(
            "The planner found no plan within the time limit; set a longer Time limit on the "
            "Plan screen and solve again"))}),
    "publish_unfinished": sentence(QT_TR_NOOP(
        "Plan {plan} is {status}; only a finished plan can be published: solve again"),
        words={"status": "plan_status"}),
    "publish_records_changed": sentence(QT_TR_NOOP(
        "The operation's records changed since plan {plan} was made; solve again before "
        "publishing")),
    "plan_start_outside": _dated(QT_TR_NOOP(
        "The plan start {start} is outside this operation's dates: choose a day from "
        "{first} to {last} ({days} days before the plan start setting or the first flight, "
        "to a year after the last flight)"), "first", "last"),
    # A pin the next plan would release (SPEC 3.1 rule 10), refused when made.
    "pin_refused": sentence(QT_TR_NOOP(
        "Not pinned: the next plan would release the pin of household {household} to flight "
        "{flight}, because {why}")),
    "pin_shelter_refused": sentence(QT_TR_NOOP(
        "Not pinned: the next plan would release the pin of household {household} to "
        "shelter {shelter}, because {why}")),
    "pin_slot_refused": sentence(QT_TR_NOOP(
        "Not pinned: the next plan would release the pin of person {person} to document "
        "appointment {slot}, because {why}")),
    "pin_releases_pin": sentence(QT_TR_NOOP(
        "Not pinned: with a pin of {subject} to {kind} {target}, the next plan would release "
        "the pin of {other} to {other_kind} {other_target}, because {why}"),
        words={"kind": "pin_kind", "other_kind": "pin_kind"}),
    "demo_people_negative": sentence(QT_TR_NOOP("--people must be zero or more")),
    "demo_too_many": sentence(QT_TR_NOOP(
        "A demo may have 0 to {most} persons (more than any operation), not {people}")),
    "demo_start_outside": _dated(QT_TR_NOOP(
        "A demo's start must be from {first} to {last}, not {start}"), "first", "last"),
    "demo_not_empty": sentence(QT_TR_NOOP(
        "This operation already holds records ({persons}, {flights}); create the demo in a "
        "new file"), nouns={"persons": "person", "flights": "flight"}),
}

# --- the departure day (planner/departure/, planner/cli/departure.py) ------------------
DEPARTURE: dict[str, Entry] = {
    "checkin_departed": sentence(QT_TR_NOOP("{flight} has departed: nobody can check in for it")),
    "checkin_cancelled": sentence(QT_TR_NOOP("{flight} is cancelled: nobody can check in for "
                                         "it")),
    "call_list_cancelled": sentence(QT_TR_NOOP(
        "{flight} is cancelled: nobody is called for it (solve again to plan its passengers "
        "on other flights)")),
    "checkin_none_of_them": sentence(QT_TR_NOOP(
        "{why}; nothing was checked in: the other case numbers named were not checked in "
        "either (name them without this one, or use --file to check in what can be)")),
    "checkin_closed": sentence(QT_TR_NOOP("{flight} was closed on {day} at {time} ({zone}): "
                                      "check-in has ended"), dates=("day",)),
    "checkin_nobody_named": sentence(QT_TR_NOOP(
        "Name at least one case number (or --file SCANS.txt)")),
    "checkin_unknown_cases": counting(
        QT_TR_NOOP("Unknown case number: {case_nos}; nothing was checked in"),
        QT_TR_NOOP("Unknown case numbers: {case_nos}; nothing was checked in"),
        count="case_nos", whole=("case_nos",)),
    "checkin_unknown_case": sentence(QT_TR_NOOP("unknown case number")),
    # Unknown case numbers among others named (a reason of checkin's or status's refusal).
    "unknown_cases_named": counting(
        QT_TR_NOOP("{case_nos}: unknown case number"),
        QT_TR_NOOP("{case_nos}: unknown case numbers"), count="case_nos",
        whole=("case_nos",)),
    # A check-in by case numbers with more than one mistake: every one named at once.
    "checkin_refused_all": sentence(QT_TR_NOOP(
        "Nothing was checked in: {whys}. Name the case numbers again without these, or "
        "use --file to check in what can be"), clauses=("whys",)),
    "checkin_other_member": sentence(QT_TR_NOOP(
        "another member of the household cannot check in (see that line)")),
    "checkin_not_waiting": sentence(QT_TR_NOOP(
        "{case_no} is marked {status}: only a person waiting to fly can check in (evacplan status "
        "... --set registered, if they are back)"), words=_STATUS),
    "checkin_elsewhere": Entry(
        Template(QT_TR_NOOP("{case_no} is checked in for another flight")),
        {"flight": Template(QT_TR_NOOP("{case_no} is checked in for {flight}"))},
        lambda facts: "flight" if facts.get("flight") else None),
    "checkin_has_seat": sentence(QT_TR_NOOP(
        "{household} has seats on {flight} in plan {plan}: check it in without --standby")),
    "checkin_no_seat": Entry(
        Template(QT_TR_NOOP(
            "{household} has no seat on {flight} in plan {plan} (it has no flight); check "
            "it in with --standby to wait for a freed seat")),
        {"seat_flight": Template(QT_TR_NOOP(
            "{household} has no seat on {flight} in plan {plan} (its flight is "
            "{seat_flight}); check it in with --standby to wait for a freed seat"))},
        lambda facts: "seat_flight" if facts.get("seat_flight") else None),
    "checkin_in_part": sentence(QT_TR_NOOP(
        "{household} would be checked in only in part: {missing} not named; a household "
        "checks in together (name every member)"), whole=("missing",)),
    "checkin_of_household": sentence(QT_TR_NOOP("{household}: {why}")),
    "checkin_never_seated": sentence(QT_TR_NOOP(
        "{why} On standby for {flight} it could never get a seat.")),
    "checkin_wrong_destination": sentence(QT_TR_NOOP(
        "{flight} flies to {airport}, and {case_no} accepts only {accepted}: on standby "
        "for it they could never get a seat (change their destinations first if they now "
        "accept {airport})"), whole=("accepted",)),
    "scans_unreadable": sentence(QT_TR_NOOP("Cannot read the scans in {path}: {why}")),
    "scans_empty": sentence(QT_TR_NOOP("No case number in {path}")),
    "close_closed": _dated(QT_TR_NOOP("{flight} was closed already on {day} at {time} ({zone})"),
                           "day"),
    # The desktop asks the same sentence before Close and Depart (ui/pages/departure_page).
    "flight_due_later": counting(
        QT_TR_NOOP("It is due to leave on {day}, tomorrow: is it the flight you mean?"),
        QT_TR_NOOP("It is due to leave on {day}, in {count} days: is it the flight you mean?"),
        dates=("day",)),
    "close_early": sentence(QT_TR_NOOP(
        "{flight} was not closed. {due} Closed now, everyone not checked in becomes a "
        "no-show: add --early to close it all the same")),
    "depart_early": sentence(QT_TR_NOOP(
        "{flight} was not marked departed. {due} Marked departed now, its passengers count "
        "as flown from today: add --early to mark it departed all the same")),
    "close_none_checked_in": sentence(QT_TR_NOOP(
        "Nobody is checked in for {flight}: check passengers in before closing it")),
    "depart_departed": sentence(QT_TR_NOOP("{flight} has departed already")),
    "depart_cancelled": sentence(QT_TR_NOOP("{flight} is cancelled: it cannot depart")),
    "depart_not_closed": sentence(QT_TR_NOOP(
        "{flight} is not closed: close it first (evacplan close \"{flight}\")")),
    "depart_nobody": sentence(QT_TR_NOOP(
        "Nobody is checked in for {flight}: it cannot depart with no passenger (cancel it "
        "instead)")),
    "arrive_not_departed": sentence(QT_TR_NOOP(
        "{flight} has not departed: nobody on it can have arrived")),
    "arrive_not_flown": sentence(QT_TR_NOOP("Not flown on {flight}: {case_nos}; nothing was "
                                        "changed"), whole=("case_nos",)),
    "arrive_nobody": sentence(QT_TR_NOOP("Nobody flown on {flight} is still to arrive")),
    "not_flown_unknown": sentence(QT_TR_NOOP("{case_no} (unknown case number)")),
    "not_flown_elsewhere": Entry(
        Template(QT_TR_NOOP("{case_no} (flown on another flight)")),
        {"flight": Template(QT_TR_NOOP("{case_no} (flown on {flight})"))},
        lambda facts: "flight" if facts.get("flight") else None),
    "not_flown_arrived": sentence(QT_TR_NOOP("{case_no} (arrived already)")),
    "not_flown_status": sentence(QT_TR_NOOP("{case_no} ({status})"), words=_STATUS),
    "status_not_named": sentence(QT_TR_NOOP("Name the status to set: --set {choices}")),
    "status_nobody_named": sentence(QT_TR_NOOP("Name the case numbers of the persons to set "
                                           "{status}"), words=_STATUS),
    "status_not_settable": sentence(QT_TR_NOOP("--set takes {choices}, not '{given}'"),
                                alternatives=("choices",)),
    "status_set_by": sentence(QT_TR_NOOP(
        "--set takes {choices}, not '{given}': a person becomes {status} through {command}"),
        alternatives=("choices",), words=_STATUS),
    "withdrawal_needs_reason": sentence(QT_TR_NOOP(
        "A withdrawal needs its reason: add --reason TEXT")),
    "status_no_case": sentence(QT_TR_NOOP("Name at least one case number")),
    "status_unknown_cases": counting(
        QT_TR_NOOP("Unknown case number: {case_nos}; nothing was changed"),
        QT_TR_NOOP("Unknown case numbers: {case_nos}; nothing was changed"),
        count="case_nos", whole=("case_nos",)),
    # A status change with more than one mistake: every one named at once.
    "status_refused_all": sentence(QT_TR_NOOP(
        "Nothing was changed: {whys}. Name the case numbers again without these"),
        clauses=("whys",)),
    "status_cannot_become": sentence(QT_TR_NOOP(
        "{case_no} is marked {status}: {case_no} cannot become {to}"),
        words={"status": "person_status", "to": "person_status"}),
    "status_refused_one": sentence(QT_TR_NOOP("{why}; nothing was changed")),
    # As checkin_none_of_them: one mistake among case numbers that could change.
    "status_none_of_them": sentence(QT_TR_NOOP(
        "{why}; nothing was changed: the other case numbers named were not changed either "
        "(name them without this one)")),
    "status_boarded": sentence(QT_TR_NOOP("{case_no} boarded {flight} (closed): depart the "
                                      "flight instead")),
    "status_in_part": sentence(QT_TR_NOOP(
        "{household} would change only in part: {missing} not named; name every member, or "
        "give the person a household of their own first (edit the roster)"),
        whole=("missing",)),
    "reference_code_wrong": sentence(QT_TR_NOOP(
        "A reference code is 2 to 16 letters, digits or dashes, not '{given}'")),
    "reference_code_missing": sentence(QT_TR_NOOP(
        "The operation has no reference code yet: give one with --reference CODE (it is "
        "kept in the settings when the list is written; a --preview keeps nothing, not "
        "even the code: give its --reference again)")),
    "call_list_format": sentence(QT_TR_NOOP(
        "Cannot write a call list as {file}: name the file .csv or .xlsx")),
    "call_list_nobody": sentence(QT_TR_NOOP("Plan {plan} has no passenger on {flight}: nothing "
                                        "to call")),
    "tags_unknown_cases": counting(QT_TR_NOOP("No person with case number {case_nos}"),
                                   QT_TR_NOOP("No person with case numbers {case_nos}"),
                                   count="case_nos", whole=("case_nos",)),
    "tags_format": sentence(QT_TR_NOOP("Cannot write tags to {file}: name the file .pdf")),
    "tags_nobody_named": sentence(QT_TR_NOOP(
        "Say whose tags to print: case numbers, --household or --shelter")),
    "tags_shelter_empty": sentence(QT_TR_NOOP(
        "Nobody to tag: the published plan puts nobody in {shelter}")),
}

# --- files written and read: manifests, roster, report, backups, audit, encryption ------
FILES: dict[str, Entry] = {
    "cannot_write": sentence(QT_TR_NOOP("Cannot write {path}: {why}")),
    "screenshot_not_written": sentence(QT_TR_NOOP("Cannot write the screenshot {path}")),
    "printer_refused_page": sentence(QT_TR_NOOP(
        "The printer refused a new page; the output is incomplete")),
    "printer_unavailable": sentence(QT_TR_NOOP(
        "Cannot start printing: the printer or PDF file is not available")),
    "cannot_write_part": sentence(QT_TR_NOOP("Cannot write {path}: its temporary file kept "
                                         "disappearing")),
    "cannot_write_no_folder": sentence(QT_TR_NOOP("Cannot write {path}: the folder {folder} "
                                              "does not exist")),
    "manifest_format": sentence(QT_TR_NOOP("Cannot export manifests to {file}: name the file "
                                       ".xlsx or .pdf")),
    "renderer_broken": sentence(QT_TR_NOOP(
        "The {name} renderer ({entry}) cannot be loaded: {why}; write an .xlsx file "
        "instead, or reinstall evacplan with its desktop part")),
    "renderer_missing": sentence(QT_TR_NOOP(
        "No {name} renderer is installed (entry point '{entry}' in {group}); write an .xlsx "
        "file instead, or install evacplan with its desktop part")),
    "roster_format": sentence(QT_TR_NOOP("Cannot export the roster as {file}: name the file "
                                     ".xlsx, .csv or .json")),
    "roster_changed": sentence(QT_TR_NOOP("The roster changed while it was being exported; "
                                      "export it again")),
    "sitrep_format": sentence(QT_TR_NOOP("Cannot write the situation report to {file}: name "
                                     "the file .pdf or .xlsx")),
    "sitrep_future": _dated(QT_TR_NOOP(
        "No situation report of {day}: that day is still to come (today is {today} where "
        "the operation is), and a report counts what has happened by the end of its day. "
        "Give --date of today or an earlier day, or leave --date out for today's report"),
        "day", "today"),
    "backup_on_server": sentence(QT_TR_NOOP(
        "Cannot back up {operation}: an operation on a PostgreSQL server is backed up by "
        "the server (pg_dump); 'evacplan backup' and 'restore' work on SQLite operation "
        "files")),
    "restore_on_server": sentence(QT_TR_NOOP(
        "Cannot restore {operation}: an operation on a PostgreSQL server is backed up by "
        "the server (pg_dump); 'evacplan backup' and 'restore' work on SQLite operation "
        "files")),
    "backup_onto_itself": sentence(QT_TR_NOOP("Cannot back up {path} onto itself; choose "
                                          "another file name")),
    "backup_exists": sentence(QT_TR_NOOP("{path} exists already; choose a new file name for "
                                     "the backup")),
    "restore_from_itself": sentence(QT_TR_NOOP("Cannot restore {path} from itself; name a backup "
                                           "file")),
    "restore_unusable": sentence(QT_TR_NOOP("The backup {path} cannot be restored: {problem}")),
    # Why a backup file cannot serve (planner.protection.backup_files.verify_backup).
    "backup_unreadable": sentence(QT_TR_NOOP("it cannot be read ({why})")),
    "backup_not_sqlite": sentence(QT_TR_NOOP("it is not a SQLite file")),
    "backup_cannot_open": sentence(QT_TR_NOOP("it cannot be opened ({why})")),
    "backup_damaged": sentence(QT_TR_NOOP("it is damaged ({why})")),
    "backup_not_operation": sentence(QT_TR_NOOP("it is not an operation of this planner")),
    "restore_newer": sentence(QT_TR_NOOP(
        "The backup {path} was made by a newer version of the planner (schema {schema}); "
        "update the program to restore it")),
    "restore_no_folder": sentence(QT_TR_NOOP("Cannot restore into {path}: the folder does not "
                                         "exist")),
    "restore_no_verified_backup": sentence(QT_TR_NOOP("No verified backup was found beside "
                                                  "{path}")),
    "purge_no_cutoff": sentence(QT_TR_NOOP(
        "Give the cutoff with --before DATE, or set the operation's retention date in its "
        "settings")),
    "purge_date_future": _dated(QT_TR_NOOP(
        "The purge date {cutoff} is in the future; a retention date must have passed "
        "before persons are purged"), "cutoff"),
    "audit_damaged": sentence(QT_TR_NOOP(
        "The audit log of {where}: entry {entry} is damaged (its time or details cannot be "
        "read), so it and every later entry are unproven")),
    "audit_altered": sentence(QT_TR_NOOP(
        "The audit log of {where} was altered: entry {entry} does not match its hash, so it "
        "and every later entry are unproven")),
    "audit_cut_short": sentence(QT_TR_NOOP("The audit log of {where} was cut short: {why}")),
    "audit_backups_differ": Entry(
        Template(QT_TR_NOOP("The audit log of {where} does not match its backups: {why}")),
        {"more": Template(
            QT_TR_NOOP("The audit log of {where} does not match its backups: {why} ({count} "
                       "more backup says the same)"),
            QT_TR_NOOP("The audit log of {where} does not match its backups: {why} ({count} "
                       "more backups say the same)"), count="count")},
        lambda facts: "more" if facts.get("count") else None),
    "audit_anchor_gone": sentence(QT_TR_NOOP(
        "The audit log of {where} no longer holds the entry sealed by {anchor}: entries "
        "were removed")),
    "audit_export_format": sentence(QT_TR_NOOP(
        "Cannot export the audit log to {file}: use a name ending in {suffixes}"),
        whole=("suffixes",)),
    "audit_export_unreadable": sentence(QT_TR_NOOP("Cannot read the audit export {path}: {why}")),
    "audit_export_not_list": sentence(QT_TR_NOOP(
        "{path} is not an audit export (a JSON list of entries)")),
    "password_none": sentence(QT_TR_NOOP(
        "No password given: type it when asked or set {variable}")),
    "passwords_differ": sentence(QT_TR_NOOP("The two passwords differ; nothing was encrypted")),
    "password_short": sentence(QT_TR_NOOP(
        "The export password must have at least {least} characters")),
    "encrypt_folder": sentence(QT_TR_NOOP("{path} is a folder, not a workbook; name the .xlsx "
                                      "to encrypt")),
    "encrypt_missing": sentence(QT_TR_NOOP("There is no workbook {path} to encrypt")),
    "encrypt_unreadable": sentence(QT_TR_NOOP("Cannot read the workbook {path}: {why}")),
    "encrypt_already": sentence(QT_TR_NOOP("{path} is encrypted already")),
    "encrypt_not_xlsx": sentence(QT_TR_NOOP(
        "{path} is not an .xlsx workbook, so it cannot be encrypted")),
    "encrypt_failed": sentence(QT_TR_NOOP("Cannot encrypt the workbook {path}: {why}")),
}

# --- opening an operation (planner/db/) --------------------------------------------------
OPENING: dict[str, Entry] = {
    "operation_not_found": sentence(QT_TR_NOOP(
        "No operation at {path}: create one with 'evacplan init' or 'evacplan demo'")),
    "operation_is_folder": sentence(QT_TR_NOOP("{path} is a folder, not an operation file")),
    "operation_unreadable": sentence(QT_TR_NOOP("Cannot read the operation file {path}: {why}")),
    "operation_not_sqlite": sentence(QT_TR_NOOP(
        "{path} is not an operation database (it is not a SQLite file); choose another file "
        "or restore a backup")),
    "operation_cannot_open": sentence(QT_TR_NOOP("Cannot open the operation {operation}: {why}")),
    "operation_cannot_create": sentence(QT_TR_NOOP(
        "Cannot create the operation {operation}: {why}; nothing of it was kept")),
    "operation_cannot_update": sentence(QT_TR_NOOP(
        "Cannot update the operation {operation}: {why}; nothing of it was kept")),
    "operation_newer": sentence(QT_TR_NOOP(
        "The operation {operation} was made by a newer version of the planner (schema "
        "{schema}); update the program to open it")),
    "operation_foreign_tables": sentence(QT_TR_NOOP(
        "{operation} holds tables that are not an operation of this planner")),
    "operation_empty": sentence(QT_TR_NOOP(
        "{operation} is empty: create an operation with 'evacplan init'")),
    # ``missing``: "server", "database" or both.
    "url_incomplete": Entry(
        Template(QT_TR_NOOP("The database URL '{url}' names no server (host) and no "
                            "database: write it as postgresql://USER@HOST/DATABASE")),
        {"server": Template(QT_TR_NOOP("The database URL '{url}' names no server (host): "
                                       "write it as postgresql://USER@HOST/DATABASE")),
         "database": Template(QT_TR_NOOP("The database URL '{url}' names no database: write "
                                         "it as postgresql://USER@HOST/DATABASE"))},
        lambda facts: None if len(facts.get("missing") or ()) != 1 else facts["missing"][0]),
    "url_wrong": sentence(QT_TR_NOOP("Not a database URL: '{url}' ({why})")),
    "database_no_driver": sentence(QT_TR_NOOP(
        "No driver for '{driver}': install the project's 'postgres' extra or use a SQLite "
        "file ({why})")),
    "cannot_make_owner_only": sentence(QT_TR_NOOP(
        "{path} is readable by other users and cannot be made owner-only ({why}); ask its "
        "owner to run 'chmod 600' on it")),
    "backup_not_verified": sentence(QT_TR_NOOP("The backup {path} did not verify: {why}")),
}

# --- what a disk's failure to take a file means (planner/protection/files.py,
# planner/db/sqlite_files.py); the ``why`` of ``cannot_write`` and of an operation not made
DISK: dict[str, Entry] = {
    "disk_full": sentence(QT_TR_NOOP("no space left on the disk that holds {folder}")),
    "file_size_limit": sentence(QT_TR_NOOP(
        "the file would be larger than this system allows (a file size limit)")),
    "disk_read_only": sentence(QT_TR_NOOP("{folder} is read-only (a read-only disk)")),
    "folder_permission": sentence(QT_TR_NOOP("{folder} is read-only for you (permission "
                                             "denied)")),
    "disk_failed": sentence(QT_TR_NOOP("the disk that holds {folder} failed (input/output "
                                       "error)")),
    "sqlite_disk_full": sentence(QT_TR_NOOP(
        "no space left on the disk that holds {folder} (or the file would pass a file size "
        "limit)")),
    "sqlite_read_only": sentence(QT_TR_NOOP("{folder} is read-only")),
    "sqlite_cannot_create": sentence(QT_TR_NOOP(
        "{folder} is read-only, or the file cannot be created there")),
    "sqlite_io_error": sentence(QT_TR_NOOP(
        "the disk that holds {folder} did not take the data: no space left on it, a file "
        "size limit, or a failing disk (disk I/O error)")),
}

# --- a database's failure a person can act on (planner/db/engine.database_problem) -------
DATABASE: dict[str, Entry] = {
    "database_changed_meanwhile": sentence(QT_TR_NOOP(
        "Another officer changed or deleted the same record in the meantime; nothing of this "
        "change was saved: reload the record and make the change again")),
    "database_locked": sentence(QT_TR_NOOP(
        "The operation database is locked by another program or officer; try again in a "
        "moment ({detail})")),
    "database_damaged": sentence(QT_TR_NOOP(
        "The operation database is damaged ({detail}); restore the latest verified backup "
        "with 'evacplan restore --latest'")),
    "database_disk_full": sentence(QT_TR_NOOP(
        "The operation database cannot be written: no space left on the disk that holds it "
        "({detail}); free some space and do it again")),
    "database_read_only": sentence(QT_TR_NOOP(
        "The operation database cannot be written: the file or its folder is read-only "
        "({detail})")),
    "database_not_written": sentence(QT_TR_NOOP(
        "The operation database cannot be written: {detail}")),
    "database_failed": sentence(QT_TR_NOOP("The operation database failed: {detail}")),
}

# --- records edited by two officers at once, or deleted while in use (planner/records/) -
_KIND = {"kind": "record_kind"}
RECORDS: dict[str, Entry] = {
    "record_deleted": sentence(QT_TR_NOOP(
        "The {kind} {key} no longer exists: another officer deleted it; reload to see the "
        "current records"), words=_KIND),
    "record_changed": sentence(QT_TR_NOOP(
        "The {kind} {key} was changed by another officer since you opened it; reload to see "
        "their change, then make yours again"), words=_KIND),
    "record_changed_saving": sentence(QT_TR_NOOP(
        "The {kind} {key} was changed by another officer while you saved; reload to see "
        "their change, then make yours again"), words=_KIND),
    # ``uses``: the reasons ``uses_*`` of what refers to it; the advice by its kind.
    "record_in_use": Entry(
        Template(QT_TR_NOOP("The {kind} {key} cannot be deleted because {uses} refer to it"),
                 words=_KIND, whole=("uses",)),
        {"flight": Template(QT_TR_NOOP(
            "The {kind} {key} cannot be deleted because {uses} refer to it; set its status "
            "to cancelled instead"), words=_KIND, whole=("uses",)),
         "shelter": Template(QT_TR_NOOP(
             "The {kind} {key} cannot be deleted because {uses} refer to it; set its beds to "
             "0 or its closing date instead"), words=_KIND, whole=("uses",)),
         "slot": Template(QT_TR_NOOP(
             "The {kind} {key} cannot be deleted because {uses} refer to it; set its capacity "
             "to 0 instead"), words=_KIND, whole=("uses",))},
        lambda facts: str(facts.get("kind") or "") or None),
    "uses_plans": counting(QT_TR_NOOP("{count} stored plan"), QT_TR_NOOP("{count} stored plans")),
    "uses_pins": counting(QT_TR_NOOP("{count} pin"), QT_TR_NOOP("{count} pins")),
    "uses_departed": counting(QT_TR_NOOP("{count} departed passenger"),
                              QT_TR_NOOP("{count} departed passengers")),
    "household_by_code": sentence(QT_TR_NOOP(
        "A household is made by giving its members the same household code")),
    "household_goes_with_members": sentence(QT_TR_NOOP(
        "A household goes when its last member is deleted or moved")),
    "settings_changed": sentence(QT_TR_NOOP(
        "The operation settings were changed by another officer since you opened them; "
        "reload to see their change, then make yours again")),
    "settings_changed_saving": sentence(QT_TR_NOOP(
        "The operation settings were changed by another officer while you saved; reload to "
        "see their change, then make yours again")),
    "plan_records_kept_changing": sentence(QT_TR_NOOP(
        "The operation's records kept changing while the plan was being prepared; try again "
        "when the import or edit has finished")),
    "plan_records_changed": sentence(QT_TR_NOOP(
        "The operation's records changed while the plan was being made; the plan was not "
        "stored: solve again")),
}

#: Every error's template. Codes are unique across families.
ERRORS = merged(FINDING, PLANNING, DEPARTURE, FILES, OPENING, DISK, DATABASE, RECORDS)

__all__ = ["DEPARTURE", "ERRORS", "FILES", "FINDING", "PLANNING"]
