"""Keeping an operation safe: backup, restore, purge, the audit log, encrypted workbooks.

``evacplan backup OUT``            verified online copy of a SQLite operation
``evacplan backups``               the automatic backups beside the operation, checked
``evacplan restore BACKUP|--latest``  replace the operation file with a verified backup
``evacplan purge [--before DATE]`` remove persons whose retention date has passed
``evacplan audit-check``           verify the audit log's hash chain
``evacplan audit-export OUT``      write the audit log (.csv, .json, .xlsx)
``evacplan encrypt FILE.xlsx``     protect a workbook with a password
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from planner.cli.common import open_from_args, parse_date, say_made_owner_only
from planner.db.engine import resolve_url
from planner.errors import PlannerError
from planner.operation import get_settings
from planner.plurals import agreeing, counted
from planner.protection import audit, backup, backup_anchors, backup_files, privacy
from planner.protection.encryption import encrypt_workbook, read_plain_workbook

PASSWORD_ENV = "EVACPLAN_EXPORT_PASSWORD"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "backup", help="copy the operation (SQLite) into a new, verified, owner-only file")
    parser.add_argument("out", type=Path, help="the backup file to create")
    parser.set_defaults(handler=run_backup)

    parser = subparsers.add_parser(
        "backups", help="list the automatic backups beside the operation and check each")
    parser.set_defaults(handler=run_backups)

    parser = subparsers.add_parser(
        "restore", help="replace the operation file with a verified backup")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", type=Path, help="the backup file to restore")
    which.add_argument("--latest", action="store_true",
                       help="the newest automatic backup that verifies")
    parser.set_defaults(handler=run_restore)

    parser = subparsers.add_parser(
        "purge", help="remove persons registered before the retention date whose stay is over")
    parser.add_argument("--before", type=parse_date,
                        help="cutoff date (default: the operation's retention date)")
    parser.add_argument("--include-waiting", action="store_true",
                        help="also remove persons not yet flown (closing an operation)")
    parser.add_argument("--dry-run", action="store_true", help="count only, change nothing")
    cleaning = parser.add_mutually_exclusive_group()
    cleaning.add_argument("--remove-backups", action="store_true",
                          help="also overwrite with zeros and remove every known backup that "
                               "holds them (or cannot be read to tell)")
    cleaning.add_argument("--rewrite-backups", action="store_true",
                          help="also re-write every known backup that holds them without "
                               "them, verified; the old file's bytes are overwritten")
    parser.set_defaults(handler=run_purge)

    parser = subparsers.add_parser("audit-check", help="verify the audit log's hash chain")
    parser.add_argument("--anchor", help="a hash noted earlier: check that entry is still there")
    parser.add_argument("--file", type=Path,
                        help="check a JSON export of the audit log instead of the operation")
    parser.add_argument("--backup", type=Path, action="append", default=[], metavar="FILE",
                        help="also measure the log by this backup's anchor (repeatable; "
                             "backups beside the file and those the log names are measured "
                             "anyway)")
    parser.set_defaults(handler=run_audit_check)

    parser = subparsers.add_parser(
        "audit-export", help="write the audit log to .csv, .json or .xlsx")
    parser.add_argument("out", type=Path, help="the file to write")
    parser.add_argument("--to", dest="recipient", help="who receives it (recorded in the log)")
    parser.set_defaults(handler=run_audit_export)

    parser = subparsers.add_parser(
        "encrypt", help=f"protect an .xlsx with a password (asked for, or ${PASSWORD_ENV})")
    parser.add_argument("file", type=Path, help="the workbook to encrypt")
    parser.add_argument("--out", type=Path, help="write here instead of replacing the file")
    parser.set_defaults(handler=run_encrypt)


def _sqlite_file(args: argparse.Namespace) -> Path:
    url = make_url(resolve_url(args.db))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise PlannerError(f"Cannot restore {url.render_as_string(hide_password=True)}: "
                           + backup.SERVER_BACKUP)
    return Path(url.database)


def run_backup(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        check = backup.backup_operation(operation, args.out)
    finally:
        operation.close()
    print(f"Backed up {operation.display_name} to {check.path}: {counted(check.persons or 0, 'person')}, "
          "verified (integrity check ok), readable by you only")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    path = _sqlite_file(args)
    found = backup_files.automatic_backups(path)
    if not found:
        print(f"No automatic backups beside {path}")
        return 0
    for candidate in found:
        check = backup_files.verify_backup(candidate)
        state = (f"ok, {counted(check.persons or 0, 'person')}, schema {check.schema}"
                 if check.ok
                 else f"NOT usable: it {check.problem}")
        print(f"{candidate}  {state}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = _sqlite_file(args)
    source: Path | None = args.backup
    if args.latest:
        source = backup_files.latest_verified_backup(path)
        if source is None:
            raise PlannerError(f"No verified backup was found beside {path}")
    assert source is not None
    report = backup.restore(source, path)
    say_made_owner_only(report.made_owner_only)
    print(f"Restored {path} from {report.backup}: {counted(report.persons, 'person')}")
    if report.previous_kept_as is not None:
        what = "damaged file" if report.previous_was_damaged else "file it replaced"
        print(f"The {what} is kept as {report.previous_kept_as}")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        cutoff = args.before
        if cutoff is None:
            with operation.session() as session:
                cutoff = get_settings(session).retention_until
        if cutoff is None:
            raise PlannerError("Give the cutoff with --before DATE, or set the operation's "
                               "retention date in its settings")
        report = privacy.purge(operation, cutoff, include_waiting=args.include_waiting,
                               dry_run=args.dry_run, remove_backups=args.remove_backups,
                               rewrite_backups=args.rewrite_backups)
    finally:
        operation.close()
    _print_purge(report)
    return 0


def _print_purge(report: privacy.PurgeReport) -> None:
    whose = "registered before" if report.include_waiting else "flown and registered before"
    verb = "Would remove" if report.dry_run else "Removed"
    print(f"{verb} {counted(report.persons, 'person')} {whose} {report.cutoff.isoformat()}"
          + ("" if report.dry_run else
             f" and {counted(report.households, 'emptied household')}"))
    if report.kept_waiting:
        print(f"Kept {counted(report.kept_waiting, 'person')} registered before that date who "
              f"{agreeing(report.kept_waiting, 'has', 'have')} not "
              "flown (--include-waiting removes them too)")
    if not report.dry_run and report.persons:
        if report.erased:
            print("Their data is physically erased from the operation's files")
        else:
            print("Their rows are deleted; erasing them from the files finishes when every "
                  "other program using the operation has closed it")
    for line in backup_lines(report):
        print(line)


def backup_lines(report: privacy.PurgeReport) -> list[str]:
    """One line per backup the purge knows of: whom it holds and what was done to it."""
    lines: list[str] = []
    for found in report.backups:
        if not found.exists:
            lines.append(f"The backup {found.path} recorded in the audit log is not there "
                         "(moved, removed, or on a disk that is not attached): purge it "
                         "where it is")
        elif found.removed:
            lines.append(f"Overwrote with zeros and removed the backup {found.path}, which "
                         f"held {_whom(found.holds)}; checked: it read back as zeros and is gone")
        elif found.rewritten:
            lines.append(f"Re-wrote the backup {found.path} without the {_whom(found.holds)} "
                         "it held; checked: it verifies, holds none of their case numbers, "
                         "names or passport numbers, and the old file's bytes were "
                         "overwritten with zeros")
        elif found.failure is not None:
            lines.append(f"Could not clean the backup {found.path}, which holds "
                         f"{_whom(found.holds)}: {found.failure}; it is kept as it was")
        elif found.holds is None:
            lines.append(f"The backup {found.path} cannot be read to check ({found.problem}); "
                         "it may hold them (--remove-backups overwrites and removes it)")
        elif found.holds:
            lines.append(f"The backup {found.path} still holds {_whom(found.holds)} "
                         "(--rewrite-backups re-writes it without them, --remove-backups "
                         "overwrites and removes it)")
        else:
            lines.append(f"The backup {found.path} holds none of them (made before they were "
                         "registered, or cleaned before)")
    if report.on_server:
        lines.append("Backups of an operation on a PostgreSQL server are made by the server "
                     "(pg_dump): its administrator must purge them there")
    return lines


def _whom(count: int | None) -> str:
    return "them (unreadable)" if count is None else \
        f"{count} purged {'person' if count == 1 else 'persons'}"


def run_audit_check(args: argparse.Namespace) -> int:
    if args.file is not None:
        check = audit.verify_export(args.file)
        where = str(args.file)
    else:
        operation = open_from_args(args)
        try:
            with operation.session() as session:
                check = audit.verify_chain(session)
                count, head = audit.head(session)
                anchored = args.anchor is None or audit.has_anchor(session, args.anchor)
                truncated = audit.check_anchor(session, count, head) if check.ok else None
            measured = backup_anchors.check_backup_anchors(operation, args.backup) \
                if check.ok else []
        finally:
            operation.close()
        where = operation.display_name
    if check.damaged:
        raise PlannerError(
            f"The audit log of {where}: entry {check.first_bad_id} is damaged (its time or "
            "details cannot be read), so it and every later entry are unproven")
    if not check.ok:
        raise PlannerError(
            f"The audit log of {where} was altered: entry {check.first_bad_id} does not match "
            "its hash, so it and every later entry are unproven"
        )
    if args.file is None and truncated is not None:
        raise PlannerError(f"The audit log of {where} was cut short: {truncated}")
    differing = [m for m in measured if m.problem is not None]
    if args.file is None and differing:
        rest = len(differing) - 1
        more = (f" ({counted(rest, 'more backup')} {agreeing(rest, 'says', 'say')} the same)"
                if rest else "")
        raise PlannerError(f"The audit log of {where} does not match its backups: "
                           f"{differing[0].problem}{more}")
    if args.file is None and not anchored:
        raise PlannerError(
            f"The audit log of {where} no longer holds the entry sealed by {args.anchor}: "
            "entries were removed"
        )
    if args.file is not None:
        print(f"The audit export {where} is intact: {counted(check.entries, 'entry', 'entries')}")
        return 0
    print(f"The audit log of {where} is intact: {counted(count, 'entry', 'entries')}; newest entry's hash {head} "
          "(note it: 'audit-check --anchor HASH' later proves no entry was removed)")
    for line in _anchor_lines(measured):
        print(line)
    return 0


def _anchor_lines(measured: list[backup_anchors.BackupAnchor]) -> list[str]:
    """What the backups' anchors said of a log that passed them."""
    agreed = [m for m in measured if m.agrees and not m.parted_at_restore and not m.used_since]
    whose = "its backup (its anchor agrees)" if len(agreed) == 1 else \
        f"each of its {len(agreed)} backups (their anchors agree)"
    lines = [f"It begins with the log of {whose}"] if agreed else []
    lines += [f"The backup {m.path} went on past the restore that replaced the operation "
              "(expected)" for m in measured if m.parted_at_restore]
    lines += [f"The backup {m.path} was opened as an operation after it was made; up to its "
              "making its log agrees (expected)" for m in measured if m.used_since]
    lines += [f"Not compared with the backup {m.path}: {m.unread}"
              for m in measured if m.unread is not None]
    return lines


def run_audit_export(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        result = audit.export_log(operation, args.out, recipient=args.recipient)
    finally:
        operation.close()
    print(f"Wrote {result.entries} audit entries to {result.path} (readable by you only); "
          f"newest entry's hash {result.head_hash}")
    return 0


def _password() -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        first = getpass.getpass("Password for the workbook: ")
        second = getpass.getpass("The same password again: ")
    except (EOFError, OSError) as exc:
        raise PlannerError(f"No password given: type it when asked or set {PASSWORD_ENV}") \
            from exc
    if first != second:
        raise PlannerError("The two passwords differ; nothing was encrypted")
    return first


def run_encrypt(args: argparse.Namespace) -> int:
    read_plain_workbook(args.file)  # a wrong file is said before the password is asked for
    written = encrypt_workbook(args.file, _password(), args.out)
    print(f"Encrypted {args.file} into {written} (readable by you only); "
          "it opens only with the password")
    return 0
