"""Every sentence the command line says of its own: one template per code.

What ``evacplan solve``, ``export``, ``backup`` and the other commands print (the import's
report is ``REPORT_LINES`` of ``import_templates.py``, the situation report's last line
is the report's own words, ``planner/sitrep/words.py``): each line is a
``Reason(code, facts)`` rendered by ``planner.words.render.render`` in the language of
``evacplan --lang``, so that ``--lang id`` says the whole command in Indonesian. Facts
are formatted by their kind as in ``planner.words.templates``; counts with their nouns
(``nouns``), a part of a line that is a sentence of its own is a nested reason.

Lines start without the indentation or the ``evacplan:`` a command puts before them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from planner.words.templates import QT_TR_NOOP, Entry, Template, counting, merged, sentence


def _choose(*names: str) -> Callable[[Mapping[str, Any]], str | None]:
    """The variant named by the facts among ``names`` that are given (not empty), joined
    by "+"; None (the plain template) when none is."""
    def choose(facts: Mapping[str, Any]) -> str | None:
        given = "+".join(name for name in names if facts.get(name) not in (None, "", 0))
        return given or None
    return choose


# --- solve, publish, pin, unpin, freed-seat, plan-diff (planner/cli/solve.py) ---------
_PERSONS = {"persons": "person"}
SOLVE_LINES: dict[str, Entry] = {
    "solve_cancelled": sentence(QT_TR_NOOP("Cancelled before any plan was found; nothing was "
                                       "stored.")),
    "solve_stored": Entry(
        Template(QT_TR_NOOP("Stored plan {plan} ({how}): {flown}, priority weight {weight}, "
                            "{nights} without a bed, {conflicts}"),
                 nouns={"nights": "person_night", "conflicts": "conflict"}),
        {"published": Template(
            QT_TR_NOOP("Stored plan {plan} ({how}): {flown}, priority weight {weight}, "
                       "{nights} without a bed, {conflicts}, published"),
            nouns={"nights": "person_night", "conflicts": "conflict"})},
        _choose("published")),
    "solve_how": Entry(
        Template(QT_TR_NOOP("{status}, solver {seconds} s"), words={"status": "plan_status"}),
        {"method": Template(QT_TR_NOOP("{status}, {method} method, solver {seconds} s"),
                            words={"status": "plan_status", "method": "plan_method"}),
         "job": Template(QT_TR_NOOP("{status}, solver {seconds} s of the job's {job} s"),
                         words={"status": "plan_status"}),
         "method+job": Template(
             QT_TR_NOOP("{status}, {method} method, solver {seconds} s of the job's {job} s"),
             words={"status": "plan_status", "method": "plan_method"})},
        _choose("method", "job")),
    "solve_flown": counting(QT_TR_NOOP("{persons} in {flown} of {households} flies"),
                            QT_TR_NOOP("{persons} in {flown} of {households} fly"),
                            count="persons", nouns={**_PERSONS, "households": "household"}),
    # The notice that the time limit cannot hold (planner.planning.service.BudgetNotice):
    # the command line's progress line and the desktop's Plan screen say it alike.
    "time_limit_cannot_hold": sentence(QT_TR_NOOP(
        "The time limit of {limit} s cannot hold: {persons} take about {work} s to read, "
        "check and store, and the planner needs at least {solver} s more, about {needed} s "
        "in all. The planner goes on and takes longer than the limit; to plan within it, "
        "set at least {needed} s."), nouns={"persons": "person"}),
    # A line of solve's progress: the job's seconds, the stage (a code below), the
    # objective's name (an identifier, as in solve_bound), its best and its bound so far.
    "progress_line": Entry(
        Template(QT_TR_NOOP("{seconds} s  {stage}")),
        {"objective": Template(QT_TR_NOOP("{seconds} s  {stage}: {objective}")),
         "objective+best": Template(QT_TR_NOOP("{seconds} s  {stage}: {objective} {best}")),
         "objective+bound": Template(QT_TR_NOOP(
             "{seconds} s  {stage}: {objective} bound {bound}")),
         "objective+best+bound": Template(QT_TR_NOOP(
             "{seconds} s  {stage}: {objective} {best}, bound {bound}"))},
        _choose("objective", "best", "bound")),
    # The stages of a solve (solvers.solution.Progress.stage; the job's own in
    # planner.planning.service).
    "stage_objective": sentence(QT_TR_NOOP("objective {number} of {count}")),
    "stage_objective_done": sentence(QT_TR_NOOP("objective {number} done")),
    "stage_first_lp": sentence(QT_TR_NOOP("objective 1 LP")),
    "stage_first_lp_round": sentence(QT_TR_NOOP("objective 1 LP, round {round}")),
    "stage_first_lp_out_of_time": sentence(QT_TR_NOOP("objective 1 LP out of time")),
    "stage_later_bounds": sentence(QT_TR_NOOP("bounds of objectives 2 to 5")),
    "stage_repair": sentence(QT_TR_NOOP("repair")),
    "stage_reading": sentence(QT_TR_NOOP("reading the operation's records")),
    "stage_solving": sentence(QT_TR_NOOP(
        "solving: {persons} persons in {households} households, {flights} flights; the "
        "solver has {seconds} s")),
    "stage_checking": sentence(QT_TR_NOOP("checking the plan against every rule")),
    "stage_storing": sentence(QT_TR_NOOP(
        "storing the plan with the reasons of those left behind")),
    "stage_stored": sentence(QT_TR_NOOP("plan stored")),
    "solve_bound": sentence(QT_TR_NOOP("{objective}: {value} (proven bound {bound})")),
    "solve_json_failed": sentence(QT_TR_NOOP("Plan {plan} is stored; only its JSON file failed: "
                                         "{why}")),
    "wrote_file": sentence(QT_TR_NOOP("Wrote {path}")),
    "seats_none_before": sentence(QT_TR_NOOP("No plan was published before: nobody loses a "
                                         "seat.")),
    "seats_same_plan": sentence(QT_TR_NOOP("Plan {plan} is the published plan already: no seat "
                                       "changes.")),
    "seats_against": Entry(
        Template(QT_TR_NOOP("Against plan {against}, published before: {lose}, {change}, "
                            "{gain}.")),
        {"plan": Template(QT_TR_NOOP(
            "Against plan {against}, published before: {lose}, {change}, {gain}; evacplan "
            "plan-diff {plan} --against {against} lists who and why."))},
        _choose("plan")),
    "seats_lose": Entry(
        Template(QT_TR_NOOP("{count} person loses its seat"),
                 QT_TR_NOOP("{count} persons lose their seat"), count="count"),
        {"households": Template(
            QT_TR_NOOP("{count} person loses its seat (in {households})"),
            QT_TR_NOOP("{count} persons lose their seat (in {households})"), count="count",
            nouns={"households": "household"})},
        _choose("households")),
    "seats_change": counting(QT_TR_NOOP("{count} person changes flight"),
                             QT_TR_NOOP("{count} persons change flight")),
    "seats_gain": counting(QT_TR_NOOP("{count} person gets a seat"),
                           QT_TR_NOOP("{count} persons get a seat")),
    # Why a plan plans nothing (planner.planning.empty_plan).
    "plan_nobody": Entry(
        Template(QT_TR_NOOP("Nothing was planned: the operation has no person. Import a "
                            "roster (evacplan import FILE) and solve again.")),
        {"persons": Template(QT_TR_NOOP(
            "Nothing was planned: none of the operation's {persons} is waiting to be "
            "moved (each has flown, arrived, left by their own means, withdrawn or is "
            "missing)."), nouns=_PERSONS)},
        _choose("persons")),
    "plan_no_flight": Entry(
        Template(QT_TR_NOOP("Nobody flies in this plan: the operation has no flight. It "
                            "places persons in shelters and document appointments only; "
                            "import flights (evacplan import FILE) and solve again.")),
        {"flights": Template(QT_TR_NOOP(
            "Nobody flies in this plan: none of the operation's {flights} is open to "
            "passengers (each is cancelled or departed). It places persons in shelters and "
            "document appointments only; import flights (evacplan import FILE) and solve "
            "again."), nouns={"flights": "flight"})},
        _choose("flights")),
    "publishing": sentence(QT_TR_NOOP("Publishing plan {plan}. {seats}")),
    "published": sentence(QT_TR_NOOP("Published plan {plan}")),
    "pinned": sentence(QT_TR_NOOP("Pinned {subject} to {kind} {target} (pin {pin})"),
                   words={"kind": "pin_kind"}),
    "unpinned": sentence(QT_TR_NOOP("Removed the {kind} pin of {subject}"),
                     words={"kind": "pin_kind"}),
    "unpin_none": sentence(QT_TR_NOOP("{subject} had no {kind} pin; nothing changed"),
                       words={"kind": "pin_kind"}),
    "freed_nobody": sentence(QT_TR_NOOP("Nobody else can take a seat on {flight}")),
    "freed_candidate": Entry(
        Template(QT_TR_NOOP("{household}: {persons}, {seats}, gain {gain}, waiting {days}"),
                 nouns={**_PERSONS, "seats": "seat", "days": "day"}),
        {"now_on": Template(QT_TR_NOOP(
            "{household}: {persons}, {seats}, gain {gain}, waiting {days} (now on {now_on})"),
            nouns={**_PERSONS, "seats": "seat", "days": "day"})},
        _choose("now_on")),
    "diff_itself": sentence(QT_TR_NOOP("Plan {plan} compared with itself: nothing differs")),
    "diff_no_other": sentence(QT_TR_NOOP(
        "Plan {plan} has no other plan to be compared with: it has no reference plan and no "
        "other plan is published; name one with --against ID")),
    "diff_older": sentence(QT_TR_NOOP(
        "Plan {plan} is older than plan {other}: the moves from plan {plan} to plan {other}")),
    "diff_none": sentence(QT_TR_NOOP("No household changed flight between plan {other} and "
                                 "plan {plan}")),
}

# --- export, export-roster, template, tags, demo, init ---------------------------------
FILE_LINES: dict[str, Entry] = {
    "export_wrote": sentence(QT_TR_NOOP("Wrote the {copy} copy of plan {plan} to {path}: "
                                    "{flights}, {passengers}"),
                         words={"copy": "copy_audience"},
                         nouns={"flights": "flight", "passengers": "passenger"}),
    "export_more_warnings": counting(
        QT_TR_NOOP("{count} more cell had characters replaced"),
        QT_TR_NOOP("{count} more cells had characters replaced")),
    "warning": sentence(QT_TR_NOOP("warning: {warning}")),
    "roster_exported": sentence(QT_TR_NOOP("Exported {persons} to {path}"), nouns=_PERSONS),
    "template_wrote": sentence(QT_TR_NOOP("Wrote the roster template to {path}: sheets {sheets}"),
                           whole=("sheets",)),
    "tags_wrote": sentence(QT_TR_NOOP("Wrote {tags} on {pages} to {path}"),
                       nouns={"tags": "tag", "pages": "page"}),
    "demo_created": sentence(QT_TR_NOOP(
        "Created a demo operation in {where}: {persons} in {households}, {flights}, "
        "{shelters}, {slots} ({seconds} s)"),
        nouns={**_PERSONS, "households": "household", "flights": "flight",
               "shelters": "shelter", "slots": "document_slot"}),
    "init_migrated": sentence(QT_TR_NOOP("Migrated {where} to schema {schema}; the previous file "
                                     "is kept as {kept}")),
    "init_created": sentence(QT_TR_NOOP("Created the operation '{name}' in {where}")),
    "init_current": sentence(QT_TR_NOOP("{where} is already an operation at the current schema "
                                    "({schema}); nothing changed")),
    "made_owner_only": counting(
        QT_TR_NOOP("{paths} was readable by other users; made readable by you only"),
        QT_TR_NOOP("{paths} were readable by other users; made readable by you only"),
        count="paths", whole=("paths",)),
}

# --- mappings (planner/cli/mappings.py) -------------------------------------------------
MAPPING_LINES: dict[str, Entry] = {
    "mapping_wrote": sentence(QT_TR_NOOP("Wrote the mapping '{name}' ({columns}) to {path}"),
                          nouns={"columns": "column"}),
    "mapping_remembered": Entry(
        Template(QT_TR_NOOP("Remembered the mapping '{name}' ({columns} of {kind}): used by "
                            "name (the file lists no header row)"),
                 nouns={"columns": "column"}, words={"kind": "sheet_kind"}),
        {"headers": Template(QT_TR_NOOP(
            "Remembered the mapping '{name}' ({columns} of {kind}): applied to files with "
            "the same header row and by name"),
            nouns={"columns": "column"}, words={"kind": "sheet_kind"})},
        _choose("headers")),
    "mapping_forgot": sentence(QT_TR_NOOP("Forgot the mapping '{name}'")),
    "mappings_none": sentence(QT_TR_NOOP("No mapping is remembered yet.")),
    "mapping_listed": sentence(QT_TR_NOOP(
        "{name}: {kind}, {mapped} of {columns} mapped, saved {when} by {who} from {source}"),
        nouns={"columns": "column"}, words={"kind": "sheet_kind"}, dates=("when",)),
    "mapping_no_name": sentence(QT_TR_NOOP("(no name)")),
    "mapping_headers": sentence(QT_TR_NOOP("headers: {headers}"), whole=("headers",)),
}

# --- backup, backups, restore, purge, audit-check, audit-export, encrypt (admin.py) ----
PROTECTION_LINES: dict[str, Entry] = {
    "backed_up": sentence(QT_TR_NOOP("Backed up {operation} to {path}: {persons}, verified "
                                 "(integrity check ok), readable by you only"),
                      nouns=_PERSONS),
    "backups_none": sentence(QT_TR_NOOP("No automatic backups beside {path}")),
    "backup_usable": sentence(QT_TR_NOOP("ok, {persons}, schema {schema}"), nouns=_PERSONS),
    "backup_unusable": sentence(QT_TR_NOOP("NOT usable: {problem}")),
    "restored": sentence(QT_TR_NOOP("Restored {path} from {backup}: {persons}"), nouns=_PERSONS),
    "restore_kept_damaged": sentence(QT_TR_NOOP("The damaged file is kept as {path}")),
    "restore_kept_replaced": sentence(QT_TR_NOOP("The file it replaced is kept as {path}")),
    "purge_removed": Entry(
        Template(QT_TR_NOOP("Removed {persons} flown and registered before {cutoff} and "
                            "{households}"),
                 nouns={**_PERSONS, "households": "emptied_household"}, dates=("cutoff",)),
        {"waiting": Template(
            QT_TR_NOOP("Removed {persons} registered before {cutoff} and {households}"),
            nouns={**_PERSONS, "households": "emptied_household"}, dates=("cutoff",)),
         "dry_run": Template(QT_TR_NOOP("Would remove {persons} flown and registered before "
                                        "{cutoff}"), nouns=_PERSONS, dates=("cutoff",)),
         "dry_run+waiting": Template(
             QT_TR_NOOP("Would remove {persons} registered before {cutoff}"),
             nouns=_PERSONS, dates=("cutoff",))},
        _choose("dry_run", "waiting")),
    "purge_kept_waiting": counting(
        QT_TR_NOOP("Kept {count} person registered before that date who has not flown "
                   "(--include-waiting removes them too)"),
        QT_TR_NOOP("Kept {count} persons registered before that date who have not flown "
                   "(--include-waiting removes them too)")),
    "purge_erased": sentence(QT_TR_NOOP("Their data is physically erased from the operation's "
                                    "files")),
    "purge_deleted": sentence(QT_TR_NOOP(
        "Their rows are deleted; erasing them from the files finishes when every other "
        "program using the operation has closed it")),
    "purge_backup_missing": sentence(QT_TR_NOOP(
        "The backup {path} recorded in the audit log is not there (moved, removed, or on a "
        "disk that is not attached): purge it where it is")),
    "purge_backup_removed": sentence(QT_TR_NOOP(
        "Overwrote with zeros and removed the backup {path}, which held {whom}; checked: it "
        "read back as zeros and is gone")),
    "purge_backup_rewritten": sentence(QT_TR_NOOP(
        "Re-wrote the backup {path} without the {whom} it held; checked: it verifies, holds "
        "none of their case numbers, names or passport numbers, and the old file's bytes "
        "were overwritten with zeros")),
    "purge_backup_failed": sentence(QT_TR_NOOP(
        "Could not clean the backup {path}, which holds {whom}: {why}; it is kept as it "
        "was")),
    "purge_backup_unreadable": sentence(QT_TR_NOOP(
        "The backup {path} cannot be read to check ({why}); it may hold them "
        "(--remove-backups overwrites and removes it)")),
    "purge_backup_holds": sentence(QT_TR_NOOP(
        "The backup {path} still holds {whom} (--rewrite-backups re-writes it without them, "
        "--remove-backups overwrites and removes it)")),
    "purge_backup_clean": sentence(QT_TR_NOOP(
        "The backup {path} holds none of them (made before they were registered, or cleaned "
        "before)")),
    "purge_on_server": sentence(QT_TR_NOOP(
        "Backups of an operation on a PostgreSQL server are made by the server (pg_dump): "
        "its administrator must purge them there")),
    "purged_whom": counting(QT_TR_NOOP("{count} purged person"),
                            QT_TR_NOOP("{count} purged persons")),
    "purged_whom_unknown": sentence(QT_TR_NOOP("them (unreadable)")),
    "audit_export_intact": sentence(QT_TR_NOOP("The audit export {where} is intact: {entries}"),
                                nouns={"entries": "entry"}),
    "audit_intact": sentence(QT_TR_NOOP(
        "The audit log of {where} is intact: {entries}; newest entry's hash {head} (note it: "
        "'audit-check --anchor HASH' later proves no entry was removed)"),
        nouns={"entries": "entry"}),
    "audit_begins_with_backups": counting(
        QT_TR_NOOP("It begins with the log of its backup (its anchor agrees)"),
        QT_TR_NOOP("It begins with the log of each of its {count} backups (their anchors "
                   "agree)")),
    "audit_backup_past_restore": sentence(QT_TR_NOOP(
        "The backup {path} went on past the restore that replaced the operation "
        "(expected)")),
    "audit_backup_used_since": sentence(QT_TR_NOOP(
        "The backup {path} was opened as an operation after it was made; up to its making "
        "its log agrees (expected)")),
    "audit_backup_unread": sentence(QT_TR_NOOP("Not compared with the backup {path}: {why}")),
    "audit_exported": counting(
        QT_TR_NOOP("Wrote {count} audit entry to {path} (readable by you only); newest "
                   "entry's hash {head}"),
        QT_TR_NOOP("Wrote {count} audit entries to {path} (readable by you only); newest "
                   "entry's hash {head}")),
    "password_ask": sentence(QT_TR_NOOP("Password for the workbook: ")),
    "password_again": sentence(QT_TR_NOOP("The same password again: ")),
    "encrypted": sentence(QT_TR_NOOP("Encrypted {file} into {out} (readable by you only); it "
                                 "opens only with the password")),
}

# --- call-list, checkin, close, depart, arrive, status (planner/cli/departure.py) -------
DEPARTURE_LINES: dict[str, Entry] = {
    "call_list_wrote": sentence(QT_TR_NOOP("Wrote {persons} to {path}"), nouns=_PERSONS),
    "call_list_called": sentence(QT_TR_NOOP("Marked called: {persons} in {households}"),
                             nouns={**_PERSONS, "households": "household"}),
    # A list written again: its passengers called by an earlier one keep their status.
    "call_list_called_before": Entry(
        Template(QT_TR_NOOP("Called for this flight already: {persons} in {households}"),
                 nouns={**_PERSONS, "households": "household"}),
        {"day": Template(QT_TR_NOOP(
            "Called for this flight already: {persons} in {households}, the last on {day} "
            "at {time} ({zone})"), nouns={**_PERSONS, "households": "household"},
            dates=("day",))},
        _choose("day")),
    "call_list_preview_code": sentence(QT_TR_NOOP(
        "A preview keeps nothing, not even the code {reference}: write the list with "
        "--reference {reference} again")),
    "call_list_checked_in": sentence(QT_TR_NOOP(
        "Checked in for this flight already: {persons} (they stay checked in)"),
        nouns=_PERSONS),
    "call_list_preview": sentence(QT_TR_NOOP(
        "Call list for {flight}, plan {plan}: {persons}; report by {time} at {place}"),
        nouns=_PERSONS),
    "call_list_unplaced": counting(
        QT_TR_NOOP("{count} phone number has no country code and could be a number of "
                   "more than one country (or of one whose numbers the planner does not "
                   "know): the CSV for the gateway leaves it out, as a gateway would read "
                   "it as a number of the country it sends from. Write it with + and the "
                   "country code (+62 812...) and write the list again:"),
        QT_TR_NOOP("{count} phone numbers have no country code and could be numbers of "
                   "more than one country (or of one whose numbers the planner does not "
                   "know): the CSV for the gateway leaves them out, as a gateway would read "
                   "them as numbers of the country it sends from. Write them with + and the "
                   "country code (+62 812...) and write the list again:")),
    "call_list_message": sentence(QT_TR_NOOP("Message preview ({language}, {size}):"),
                              words={"language": "language"}),
    "sms_size": Entry(
        Template(QT_TR_NOOP("{count} characters, {parts} SMS (not GSM 7-bit: 70 characters to "
                            "one SMS)")),
        {"gsm": Template(QT_TR_NOOP("{count} characters, {parts} SMS"))},
        lambda facts: "gsm" if facts.get("gsm") else None),
    "checked_in": Entry(
        Template(QT_TR_NOOP("Checked in for {flight} (passengers): {persons} in {households}"),
                 nouns={**_PERSONS, "households": "household"}),
        {"standby": Template(
            QT_TR_NOOP("Checked in for {flight} (standby): {persons} in {households}"),
            nouns={**_PERSONS, "households": "household"})},
        _choose("standby")),
    "already_checked_in": sentence(QT_TR_NOOP("Already checked in: {case_nos}"),
                               whole=("case_nos",)),
    "checkin_line": sentence(QT_TR_NOOP("line {number}")),
    "checkin_argument": sentence(QT_TR_NOOP("argument {number}")),
    "checkin_not_text": sentence(QT_TR_NOOP("not text (bytes that are not UTF-8)")),
    # The same when no line is checked in (every line refused): no "other lines".
    "checkin_refused_nobody_only": counting(
        QT_TR_NOOP("{count} line not checked in (above): it matches no one; nothing is "
                   "checked in"),
        QT_TR_NOOP("{count} lines not checked in (above): they match no one; nothing is "
                   "checked in")),
    # Lines of both kinds: two or more lines, the verb agreeing with ``nobody``.
    "checkin_refused_mixed_only": counting(
        QT_TR_NOOP("{count} lines not checked in (above): {nobody} matches no one, the "
                   "households of the others are unchanged; nothing is checked in"),
        QT_TR_NOOP("{count} lines not checked in (above): {nobody} match no one, the "
                   "households of the others are unchanged; nothing is checked in"),
        count="nobody"),
    "checkin_refused_lines_only": counting(
        QT_TR_NOOP("{count} line not checked in (above); its household is unchanged, "
                   "nothing is checked in"),
        QT_TR_NOOP("{count} lines not checked in (above); their households are unchanged, "
                   "nothing is checked in")),
    "checkin_refused_nobody": counting(
        QT_TR_NOOP("{count} line not checked in (above): it matches no one; the other lines "
                   "are checked in"),
        QT_TR_NOOP("{count} lines not checked in (above): they match no one; the other "
                   "lines are checked in")),
    "checkin_refused_mixed": counting(
        QT_TR_NOOP("{count} lines not checked in (above): {nobody} matches no one, the "
                   "households of the others are unchanged; the other lines are checked in"),
        QT_TR_NOOP("{count} lines not checked in (above): {nobody} match no one, the "
                   "households of the others are unchanged; the other lines are checked in"),
        count="nobody"),
    "checkin_refused_lines": counting(
        QT_TR_NOOP("{count} line not checked in (above); its household is unchanged, the "
                   "other lines are checked in"),
        QT_TR_NOOP("{count} lines not checked in (above); their households are unchanged, "
                   "the other lines are checked in")),
    "closed": sentence(QT_TR_NOOP("Closed {flight} (plan {plan})")),
    "close_removed": sentence(QT_TR_NOOP("Removed (no-show): {households}")),
    "close_added": sentence(QT_TR_NOOP("Added (standby): {households}")),
    "close_nobody": sentence(QT_TR_NOOP("nobody")),
    "close_not_seated": sentence(QT_TR_NOOP("Not seated: {household}: {why}")),
    "close_seats_left": sentence(QT_TR_NOOP("Seats left: {left} of {seats}")),
    "close_revision": sentence(QT_TR_NOOP(
        "Manifest revision {revision} recorded: export the manifests again and hand over "
        "this revision")),
    # cancel-flight: who loses a seat on it in the published plan (SPEC 3.1 rule 10).
    "flight_cancelled": counting(
        QT_TR_NOOP("Cancelled {flight}: {persons} in {households} loses their seat on it in "
                   "the published plan {plan}; plan again (evacplan solve) to move them to "
                   "other flights"),
        QT_TR_NOOP("Cancelled {flight}: {persons} in {households} lose their seats on it in "
                   "the published plan {plan}; plan again (evacplan solve) to move them to "
                   "other flights"), count="persons",
        nouns={**_PERSONS, "households": "household"}),
    "flight_cancelled_told": sentence(QT_TR_NOOP(
        "Of them, {called} were called forward for it and {checked} are checked in: tell "
        "them")),
    "flight_cancelled_empty": sentence(QT_TR_NOOP(
        "Cancelled {flight}: nobody has a seat on it in the published plan")),
    "flight_cancelled_already": sentence(QT_TR_NOOP(
        "{flight} is cancelled already; nothing was changed")),
    "departed": sentence(QT_TR_NOOP("Departed {flight}: flown {persons} in {households}"),
                     nouns={**_PERSONS, "households": "household"}),
    # One line for one change: the households as checked_in lists them; a member named
    # brings the household's other members (a household arrives whole), said so.
    "arrived": Entry(
        Template(QT_TR_NOOP("Arrived from {flight}: {persons} in {households}: {described}"),
                 nouns={**_PERSONS, "households": "household"}),
        {"named": Template(QT_TR_NOOP(
            "Arrived from {flight}: {persons} in {households}, each household whole with "
            "the member named ({named}): {described}"),
            nouns={**_PERSONS, "households": "household"}, whole=("named",))},
        _choose("named")),
    "status_set": sentence(QT_TR_NOOP("Set {status}: {persons}"), nouns=_PERSONS,
                       words={"status": "person_status"}),
    "status_already": sentence(QT_TR_NOOP("Already {status}: {case_nos}"),
                           words={"status": "person_status"}, whole=("case_nos",)),
    "households_more": counting(QT_TR_NOOP("and {count} more household"),
                                QT_TR_NOOP("and {count} more households")),
}

# --- evacplan itself (planner/cli/__init__.py) ------------------------------------------
MAIN_LINES: dict[str, Entry] = {
    # A wrong use of a command: its name, what is wrong (``what``: one of the codes below,
    # or argparse's own English message), the hint.
    "wrong_use": sentence(QT_TR_NOOP("{prog}: {what} (see {prog} --help)")),
    "wrong_use_hint": sentence(QT_TR_NOOP("{what} (see {prog} --help)")),
    "wrong_use_top_option": sentence(QT_TR_NOOP(
        "{option} is an option of evacplan itself: put it before the command (evacplan "
        "{option} ... {command} ...)")),
    "unknown_options": counting(QT_TR_NOOP("unknown option {options}"),
                                QT_TR_NOOP("unknown options {options}"), count="options",
                                whole=("options",)),
    "unexpected_arguments": counting(QT_TR_NOOP("unexpected argument {arguments}"),
                                     QT_TR_NOOP("unexpected arguments {arguments}"),
                                     count="arguments", whole=("arguments",)),
    "unknown_command": Entry(
        Template(QT_TR_NOOP("unknown command '{command}' (see {prog} --help)")),
        {"guess": Template(QT_TR_NOOP(
            "unknown command '{command}' (did you mean '{guess}'? see {prog} --help)"))},
        lambda facts: "guess" if facts.get("guess") else None),
    "unknown_top_option": sentence(QT_TR_NOOP("unknown option {option} (see {prog} --help)")),
    # What argparse finds wrong (planner.cli.CommandParser), in argparse's English words.
    "argument_refused": sentence(QT_TR_NOOP("argument {argument}: {what}")),
    "arguments_required": sentence(QT_TR_NOOP("the following arguments are required: {names}"),
                                   whole=("names",)),
    "argument_one_required": sentence(QT_TR_NOOP(
        "one of the arguments {names} is required"), whole=("names",)),
    "argument_not_allowed_with": sentence(QT_TR_NOOP("not allowed with argument {other}")),
    "argument_choice": sentence(QT_TR_NOOP("invalid choice: '{value}' (choose from {choices})"),
                                whole=("choices",)),
    "argument_needs_value": sentence(QT_TR_NOOP("expected one argument")),
    "argument_at_most_one": sentence(QT_TR_NOOP("expected at most one argument")),
    "argument_needs_values": sentence(QT_TR_NOOP("expected at least one argument")),
    "argument_takes_no_value": sentence(QT_TR_NOOP("ignored explicit argument '{value}'")),
    "option_ambiguous": sentence(QT_TR_NOOP("ambiguous option: {option} could match {matches}"),
                                 whole=("matches",)),
    "argument_not_whole_number": sentence(QT_TR_NOOP("not a whole number: '{value}'")),
    "argument_not_number": sentence(QT_TR_NOOP("not a number: '{value}'")),
    "argument_not_date": sentence(QT_TR_NOOP("not a date in the form YYYY-MM-DD: '{value}'")),
    "argument_negative": sentence(QT_TR_NOOP("must be zero or more: {value}")),
    "argument_not_seconds": sentence(QT_TR_NOOP("not a number of seconds: '{value}'")),
    "interrupted": sentence(QT_TR_NOOP("interrupted; nothing was changed by the interrupted "
                                   "step")),
    "internal_error": sentence(QT_TR_NOOP("internal error ({name}); run again with --debug and "
                                      "report the output")),
    "internal_database_error": sentence(QT_TR_NOOP(
        "internal database error ({name}); run again with --debug and report the output")),
}

# Words of values the command line's sentences name.
COMMAND_VALUE_WORDS: dict[str, dict[str, str]] = {
    "plan_status": {
        "optimal": QT_TR_NOOP("optimal"),
        "feasible": QT_TR_NOOP("feasible"),
        "cancelled": QT_TR_NOOP("cancelled"),
        "failed": QT_TR_NOOP("failed"),
    },
    "plan_method": {
        "exact": QT_TR_NOOP("exact"),
        "scaled": QT_TR_NOOP("scaled"),
    },
    "copy_audience": {
        "embassy": QT_TR_NOOP("embassy"),
        "airline and immigration": QT_TR_NOOP("airline and immigration"),
    },
    "language": {
        "id": QT_TR_NOOP("Indonesian"),
        "en": QT_TR_NOOP("English"),
    },
    # A kind of record (planner.records.editing.RecordKind) named in a sentence.
    "record_kind": {
        "person": QT_TR_NOOP("person"),
        "household": QT_TR_NOOP("household"),
        "flight": QT_TR_NOOP("flight"),
        "shelter": QT_TR_NOOP("shelter"),
        "slot": QT_TR_NOOP("document appointment"),
    },
    # The objectives of SPEC 3.2 (and the persons flown the scaled method reports), as
    # the desktop's Plan screen names them (ui/plan_words.objective_label).
    "objective": {
        "flown_weight": QT_TR_NOOP("Priority weight flown"),
        "flown_persons": QT_TR_NOOP("Persons flown"),
        "changes": QT_TR_NOOP("Changes from the published plan"),
        "overflow_person_nights": QT_TR_NOOP("Nights without a bed"),
        "waiting_weighted_days": QT_TR_NOOP("Weighted days of waiting"),
        "first_choice": QT_TR_NOOP("Flown to their first choice"),
    },
    "person_status": {
        "registered": QT_TR_NOOP("registered"),
        "called": QT_TR_NOOP("called"),
        "checked_in": QT_TR_NOOP("checked in"),
        "no_show": QT_TR_NOOP("no-show"),
        "flown": QT_TR_NOOP("flown"),
        "arrived": QT_TR_NOOP("arrived"),
        "self_departed": QT_TR_NOOP("self-departed"),
        "withdrawn": QT_TR_NOOP("withdrawn"),
        "missing": QT_TR_NOOP("missing"),
    },
}

#: argparse's own words in ``--help`` (its gettext msgids): ``evacplan --lang id ... --help``
#: says them from the catalogue, with the commands' own help texts (planner/cli).
HELP_WORDS = {
    "usage": QT_TR_NOOP("usage: "),
    "positionals": QT_TR_NOOP("positional arguments"),
    "options": QT_TR_NOOP("options"),
    "help": QT_TR_NOOP("show this help message and exit"),
    "version": QT_TR_NOOP("show program's version number and exit"),
    # evacplan's own (planner/cli/__init__.py, which the catalogue's tool does not read).
    "evacplan": QT_TR_NOOP("Plan repatriation flights, shelters and emergency travel "
                           "documents."),
    "db": QT_TR_NOOP("operation database: a file path or a SQLAlchemy URL (default: "
                     "operation.sqlite in the user's data folder)"),
    "debug": QT_TR_NOOP("show tracebacks of internal errors"),
    "lang": QT_TR_NOOP("language of the commands' lines and errors: en (English, the "
                       "default) or id (Indonesian)"),
}

#: Every code of the command line, its template. Codes are unique across families.
COMMAND_TEMPLATES = merged(SOLVE_LINES, FILE_LINES, MAPPING_LINES, PROTECTION_LINES,
                           DEPARTURE_LINES, MAIN_LINES)

__all__ = ["COMMAND_TEMPLATES", "COMMAND_VALUE_WORDS", "DEPARTURE_LINES", "FILE_LINES",
           "HELP_WORDS",
           "MAIN_LINES", "MAPPING_LINES", "PROTECTION_LINES", "SOLVE_LINES"]
