"""Password-protected workbooks for files that leave the embassy (SPEC 7).

``encrypt_workbook`` turns a finished .xlsx into one that Excel and LibreOffice open only
with the password (ECMA-376 agile encryption, AES-256, via msoffcrypto-tool). The
encrypted file replaces the plain one in one step and is readable by its owner only;
the plain workbook never stays on disk beside it.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import msoffcrypto
from msoffcrypto.exceptions import EncryptionError
from msoffcrypto.format.ooxml import OOXMLFile

from planner.errors import PlannerError
from planner.protection.files import atomic_output

#: Shortest password accepted for a workbook that leaves the embassy.
MIN_PASSWORD_LENGTH = 8


def check_password(password: str) -> None:
    """Refuse a password too short to protect people's data."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PlannerError.of("password_short", least=MIN_PASSWORD_LENGTH)


def read_plain_workbook(path: str | os.PathLike[str]) -> bytes:
    """The bytes of an unencrypted .xlsx at ``path``, or a ``PlannerError`` saying why not.

    The command line calls it before it asks for a password, so a wrong name is said at
    once, not after the officer typed the password twice.
    """
    source = Path(path)
    if source.is_dir():
        raise PlannerError.of("encrypt_folder", path=str(source))
    try:
        plain = source.read_bytes()
    except FileNotFoundError as exc:
        raise PlannerError.of("encrypt_missing", path=str(source)) from exc
    except OSError as exc:
        raise PlannerError.of("encrypt_unreadable", path=str(source),
                              why=exc.strerror or str(exc)) from exc
    if not zipfile.is_zipfile(io.BytesIO(plain)):
        if is_encrypted(source):
            raise PlannerError.of("encrypt_already", path=str(source))
        raise PlannerError.of("encrypt_not_xlsx", path=str(source))
    return plain


def encrypt_workbook(
    path: str | os.PathLike[str],
    password: str,
    target: str | os.PathLike[str] | None = None,
) -> Path:
    """Encrypt the .xlsx at ``path`` with ``password``; write it to ``target`` (default: in place).

    Returns the encrypted file's path. The plain file is replaced, not left behind, when
    ``target`` is omitted.
    """
    check_password(password)
    source = Path(path)
    destination = Path(target) if target is not None else source
    plain = read_plain_workbook(source)
    encrypted = io.BytesIO()
    try:
        OOXMLFile(io.BytesIO(plain)).encrypt(password, encrypted)
    except (EncryptionError, ValueError, OSError) as exc:
        raise PlannerError.of("encrypt_failed", path=str(source), why=str(exc)) from exc
    with atomic_output(destination) as temp:
        temp.write_bytes(encrypted.getvalue())
    return destination


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True for an Office file that needs a password to open."""
    try:
        with open(path, "rb") as handle:
            return bool(msoffcrypto.OfficeFile(handle).is_encrypted())
    except Exception:  # noqa: BLE001 - any file msoffcrypto cannot parse is not encrypted Office
        return False
