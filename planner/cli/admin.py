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
from typing import TYPE_CHECKING

from planner.cli.common import (
    lazy_module,
    open_from_args,
    parse_date,
    said,
    say_made_owner_only,
    words_of,
)
from planner.errors import PlannerError
from planner.words.render import ENGLISH, Words
from planner.words.templates import QT_TR_NOOP
from solvers.reasons import Reason

if TYPE_CHECKING:
    from planner import operation as settings
    from planner.protection import audit, backup, backup_anchors, backup_files, encryption, privacy
else:  # the protection's modules (the database's, msoffcrypto) are read when one runs
    audit, backup, backup_anchors, backup_files, encryption, privacy = (
        lazy_module(f"planner.protection.{name}") for name in (
            "audit", "backup", "backup_anchors", "backup_files", "encryption", "privacy"))
    settings = lazy_module("planner.operation")

PASSWORD_ENV = "EVACPLAN_EXPORT_PASSWORD"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "backup", help=QT_TR_NOOP("copy the operation (SQLite) into a new, verified, owner-only file"))
    parser.add_argument("out", type=Path, help=QT_TR_NOOP("the backup file to create"))
    parser.set_defaults(handler=run_backup)

    parser = subparsers.add_parser(
        "backups", help=QT_TR_NOOP("list the automatic backups beside the operation and check each"))
    parser.set_defaults(handler=run_backups)

    parser = subparsers.add_parser(
        "restore", help=QT_TR_NOOP("replace the operation file with a verified backup"))
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", type=Path, help=QT_TR_NOOP("the backup file to restore"))
    which.add_argument("--latest", action="store_true",
                       help=QT_TR_NOOP("the newest automatic backup that verifies"))
    parser.set_defaults(handler=run_restore)

    parser = subparsers.add_parser(
        "purge", help=QT_TR_NOOP("remove persons registered before the retention date whose stay is over"))
    parser.add_argument("--before", type=parse_date,
                        help=QT_TR_NOOP("cutoff date (default: the operation's retention date)"))
    parser.add_argument("--include-waiting", action="store_true",
                        help=QT_TR_NOOP("also remove persons not yet flown (closing an operation)"))
    parser.add_argument("--dry-run", action="store_true", help=QT_TR_NOOP("count only, change nothing"))
    cleaning = parser.add_mutually_exclusive_group()
    cleaning.add_argument("--remove-backups", action="store_true",
                          help=QT_TR_NOOP("also overwrite with zeros and remove every known backup that "
                               "holds them (or cannot be read to tell)"))
    cleaning.add_argument("--rewrite-backups", action="store_true",
                          help=QT_TR_NOOP("also re-write every known backup that holds them without "
                               "them, verified; the old file's bytes are overwritten"))
    parser.set_defaults(handler=run_purge)

    parser = subparsers.add_parser("audit-check", help=QT_TR_NOOP("verify the audit log's hash chain"))
    parser.add_argument("--anchor", help=QT_TR_NOOP("a hash noted earlier: check that entry is still there"))
    parser.add_argument("--file", type=Path,
                        help=QT_TR_NOOP("check a JSON export of the audit log instead of the operation"))
    parser.add_argument("--backup", type=Path, action="append", default=[], metavar="FILE",
                        help=QT_TR_NOOP("also measure the log by this backup's anchor (repeatable; "
                             "backups beside the file and those the log names are measured "
                             "anyway)"))
    parser.set_defaults(handler=run_audit_check)

    parser = subparsers.add_parser(
        "audit-export", help=QT_TR_NOOP("write the audit log to .csv, .json or .xlsx"))
    parser.add_argument("out", type=Path, help=QT_TR_NOOP("the file to write"))
    parser.add_argument("--to", dest="recipient", help=QT_TR_NOOP("who receives it (recorded in the log)"))
    parser.set_defaults(handler=run_audit_export)

    parser = subparsers.add_parser(
        "encrypt", help=QT_TR_NOOP(  # PASSWORD_ENV's name, written out for the translators
            "protect an .xlsx with a password (asked for, or $EVACPLAN_EXPORT_PASSWORD)"))
    parser.add_argument("file", type=Path, help=QT_TR_NOOP("the workbook to encrypt"))
    parser.add_argument("--out", type=Path, help=QT_TR_NOOP("write here instead of replacing the file"))
    parser.set_defaults(handler=run_encrypt)


def _sqlite_file(args: argparse.Namespace) -> Path:
    from sqlalchemy.engine import make_url

    from planner.db.engine import resolve_url

    url = make_url(resolve_url(args.db))
    if url.get_backend_name() != "sqlite" or not url.database:
        raise PlannerError.of("restore_on_server",
                              operation=url.render_as_string(hide_password=True))
    return Path(url.database)


def run_backup(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        check = backup.backup_operation(operation, args.out)
    finally:
        operation.close()
    print(said(words_of(args), "backed_up", operation=operation.display_name,
               path=str(check.path), persons=check.persons or 0))
    return 0


def run_backups(args: argparse.Namespace) -> int:
    words = words_of(args)
    path = _sqlite_file(args)
    found = backup_files.automatic_backups(path)
    if not found:
        print(said(words, "backups_none", path=str(path)))
        return 0
    for candidate in found:
        check = backup_files.verify_backup(candidate)
        state = (said(words, "backup_usable", persons=check.persons or 0, schema=check.schema)
                 if check.ok else said(words, "backup_unusable",
                                       problem=check.problem.as_json() if check.problem else None))
        print(f"{candidate}  {state}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    words = words_of(args)
    path = _sqlite_file(args)
    source: Path | None = args.backup
    if args.latest:
        source = backup_files.latest_verified_backup(path)
        if source is None:
            raise PlannerError.of("restore_no_verified_backup", path=str(path))
    assert source is not None
    report = backup.restore(source, path)
    say_made_owner_only(report.made_owner_only, words)
    print(said(words, "restored", path=str(path), backup=str(report.backup),
               persons=report.persons))
    if report.previous_kept_as is not None:
        print(said(words, "restore_kept_damaged" if report.previous_was_damaged
                   else "restore_kept_replaced", path=str(report.previous_kept_as)))
    return 0


def run_purge(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        cutoff = args.before
        if cutoff is None:
            with operation.session() as session:
                cutoff = settings.get_settings(session).retention_until
        if cutoff is None:
            raise PlannerError.of("purge_no_cutoff")
        report = privacy.purge(operation, cutoff, include_waiting=args.include_waiting,
                               dry_run=args.dry_run, remove_backups=args.remove_backups,
                               rewrite_backups=args.rewrite_backups)
    finally:
        operation.close()
    _print_purge(report, words_of(args))
    return 0


def _print_purge(report: privacy.PurgeReport, words: Words = ENGLISH) -> None:
    print(said(words, "purge_removed", persons=report.persons,
               cutoff=report.cutoff.isoformat(), households=report.households,
               dry_run=report.dry_run, waiting=report.include_waiting))
    if report.kept_waiting:
        print(said(words, "purge_kept_waiting", count=report.kept_waiting))
    if not report.dry_run and report.persons:
        print(said(words, "purge_erased" if report.erased else "purge_deleted"))
    for line in backup_lines(report, words):
        print(line)


def backup_lines(report: privacy.PurgeReport, words: Words = ENGLISH) -> list[str]:
    """One line per backup the purge knows of: whom it holds and what was done to it."""
    lines: list[str] = []
    for found in report.backups:
        path = str(found.path)
        whom = _whom(found.holds)
        if not found.exists:
            lines.append(said(words, "purge_backup_missing", path=path))
        elif found.removed:
            lines.append(said(words, "purge_backup_removed", path=path, whom=whom))
        elif found.rewritten:
            lines.append(said(words, "purge_backup_rewritten", path=path, whom=whom))
        elif found.failure is not None:
            lines.append(said(words, "purge_backup_failed", path=path, whom=whom,
                              why=found.failure))
        elif found.holds is None:
            lines.append(said(words, "purge_backup_unreadable", path=path, why=found.problem))
        elif found.holds:
            lines.append(said(words, "purge_backup_holds", path=path, whom=whom))
        else:
            lines.append(said(words, "purge_backup_clean", path=path))
    if report.on_server:
        lines.append(said(words, "purge_on_server"))
    return lines


def _whom(count: int | None) -> dict[str, object]:
    """Whom a backup holds, as a fact of its line: how many purged persons, or unknown."""
    return Reason("purged_whom_unknown").as_json() if count is None else \
        Reason("purged_whom", {"count": count}).as_json()


def run_audit_check(args: argparse.Namespace) -> int:
    words = words_of(args)
    # The backups' anchors measure the operation's log only, not an export's.
    measured: list[backup_anchors.BackupAnchor] = []
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
        raise PlannerError.of("audit_damaged", where=where, entry=str(check.first_bad_id))
    if not check.ok:
        raise PlannerError.of("audit_altered", where=where, entry=str(check.first_bad_id))
    if args.file is None and truncated is not None:
        raise PlannerError.of("audit_cut_short", where=where, why=truncated)
    differing = [m for m in measured if m.problem is not None]
    if args.file is None and differing:
        raise PlannerError.of("audit_backups_differ", where=where, why=differing[0].problem,
                              count=len(differing) - 1)
    if args.file is None and not anchored:
        raise PlannerError.of("audit_anchor_gone", where=where, anchor=args.anchor)
    if args.file is not None:
        print(said(words, "audit_export_intact", where=where, entries=check.entries))
        return 0
    print(said(words, "audit_intact", where=where, entries=count, head=head))
    for line in _anchor_lines(measured, words):
        print(line)
    return 0


def _anchor_lines(measured: list[backup_anchors.BackupAnchor],
                  words: Words = ENGLISH) -> list[str]:
    """What the backups' anchors said of a log that passed them."""
    agreed = [m for m in measured if m.agrees and not m.parted_at_restore and not m.used_since]
    lines = [said(words, "audit_begins_with_backups", count=len(agreed))] if agreed else []
    lines += [said(words, "audit_backup_past_restore", path=str(m.path))
              for m in measured if m.parted_at_restore]
    lines += [said(words, "audit_backup_used_since", path=str(m.path))
              for m in measured if m.used_since]
    lines += [said(words, "audit_backup_unread", path=str(m.path), why=m.unread)
              for m in measured if m.unread is not None]
    return lines


def run_audit_export(args: argparse.Namespace) -> int:
    operation = open_from_args(args)
    try:
        result = audit.export_log(operation, args.out, recipient=args.recipient)
    finally:
        operation.close()
    print(said(words_of(args), "audit_exported", count=result.entries, path=str(result.path),
               head=result.head_hash))
    return 0


def _password(words: Words = ENGLISH) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        first = getpass.getpass(said(words, "password_ask"))
        second = getpass.getpass(said(words, "password_again"))
    except (EOFError, OSError) as exc:
        raise PlannerError.of("password_none", variable=PASSWORD_ENV) from exc
    if first != second:
        raise PlannerError.of("passwords_differ")
    return first


def run_encrypt(args: argparse.Namespace) -> int:
    words = words_of(args)
    encryption.read_plain_workbook(args.file)  # a wrong file is said before the password is asked for
    written = encryption.encrypt_workbook(args.file, _password(words), args.out)
    print(said(words, "encrypted", file=str(args.file), out=str(written)))
    return 0
