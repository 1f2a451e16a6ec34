"""Writing output files safely: never onto the record, never half a file.

Every command that writes a file (``export -o``, ``report --html``, ``backup``, a rejects
file ...) goes through ``check_output_path``: the database and its ``-wal``, ``-shm`` and
``-journal`` files are refused under any name that reaches them (a symbolic link, a hard
link, a ``..`` path), because overwriting the write-ahead log of a database that another
process has open silently loses committed rows.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from tracker.errors import UsageError

SQLITE_HEADER = b"SQLite format 3\x00"
#: Files SQLite keeps beside a database; each holds part of the record.
SIDE_FILES = ("-wal", "-shm", "-journal")

# Databases this process has opened: every output is checked against them, whichever
# command writes it, so a new output option cannot forget the check.
_OPENED: set[Path] = set()


def remember_database(path: Path) -> None:
    """Called by ``open_database``: from now on no output may be written onto ``path``'s files."""
    _OPENED.add(Path(os.path.abspath(path)))


def _record_files(database: Path) -> list[Path]:
    """The database file and its side files, under their real (resolved) names."""
    real = Path(os.path.realpath(database))
    names = [Path(os.path.abspath(database)), real]
    return [base.with_name(base.name + suffix) for base in dict.fromkeys(names) for suffix in ("", *SIDE_FILES)]


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def _is_sqlite_file(path: Path) -> bool:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_output_path(target: Path, databases: Iterable[Path] = ()) -> None:
    """Refuse an output path that reaches a database, one of its side files, or anything
    that is not a plain file; ``databases`` adds to the ones this process has opened."""
    target = Path(target)
    if target.is_dir():
        raise UsageError(f"{target} is a folder; give a file name")
    if target.exists() and not stat.S_ISREG(os.stat(target).st_mode):
        raise UsageError(f"{target} is not a regular file (a pipe or a device?); give a file name")
    real = Path(os.path.realpath(target))
    identity = _identity(target)
    for database in {*_OPENED, *(Path(os.path.abspath(d)) for d in databases)}:
        for protected in _record_files(database):
            same_name = real == Path(os.path.realpath(protected))
            same_file = identity is not None and identity == _identity(protected)
            if (same_name or same_file) and protected.name == database.name:
                raise UsageError(f"{target} is a SQLite database; tracker will not overwrite it (it is the database in use)")
            if same_name or same_file:
                raise UsageError(
                    f"{target} is {protected.name}, a file of the database in use; tracker will not overwrite it"
                )
    if _is_sqlite_file(target):
        raise UsageError(f"{target} is a SQLite database; tracker will not overwrite it with text")
    for suffix in SIDE_FILES:  # the side file of a database this process never opened
        if real.name.endswith(suffix) and _is_sqlite_file(real.with_name(real.name[: -len(suffix)])):
            raise UsageError(f"{target} belongs to the SQLite database beside it; tracker will not overwrite it")


@contextlib.contextmanager
def atomic_text_output(path: Path | None, *, databases: Iterable[Path] = (), errors: str = "strict") -> Iterator[IO[str]]:
    """stdout when ``path`` is None; else a temporary file renamed over ``path`` only on success.
    ``errors="surrogateescape"`` writes back bytes an input held that were not UTF-8 (a rejects file)."""
    if path is None:
        yield sys.stdout
        return
    target = Path(path)
    check_output_path(target, databases)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"cannot write {target}: folder {folder} does not exist")
    try:
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", errors=errors, newline="", dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False
        )
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # Checked again just before the rename: the database may have been opened since.
        check_output_path(target, databases)
        # mkstemp makes the file private (0600); give it the mode a plain open() would have.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(handle.name, 0o666 & ~umask)
        os.replace(handle.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
