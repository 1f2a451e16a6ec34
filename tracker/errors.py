"""Domain errors: each carries the exit code the CLI turns it into, in one place."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, following the Unix convention the CLI documents."""

    OK = 0
    ERROR = 1  # a domain error: unknown id, damaged database, integrity failure
    USAGE = 2  # the user typed something that cannot be accepted
    INTERRUPTED = 130  # 128 + SIGINT
    TERMINATED = 143  # 128 + SIGTERM


class TrackerError(Exception):
    """An error the user can act on; the CLI prints its message as one line on stderr."""

    exit_code: int = ExitCode.ERROR

    def __init__(self, message: str) -> None:
        # Newlines would break the "one line on stderr" promise, whatever the caller passed.
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self)


class UsageError(TrackerError):
    """Input that cannot be accepted: an unreadable date, a probability out of range."""

    exit_code = ExitCode.USAGE


class NotFoundError(TrackerError):
    """An id or a file that does not exist."""


class DatabaseError(TrackerError):
    """The database cannot be used: not a database, too new, read-only, full, locked."""


class IntegrityError(TrackerError):
    """Stored records do not match their content hashes."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C would be: every layer then treats it alike (psycopg cancels
    the running query on the server, transactions roll back, the CLI says so in one line)."""


class Interrupted(TrackerError):
    """Ctrl-C or SIGTERM stopped a command; what it was doing was cancelled and rolled back."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code
