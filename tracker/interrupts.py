"""Ctrl-C and SIGTERM held back while something must not be cut in half.

Python raises KeyboardInterrupt wherever the main thread happens to be when the signal comes.
When that is inside SQLAlchemy's pool, handing a connection back or closing it (a SQLite close
checkpoints the WAL and syncs, long enough to be hit by a Ctrl-C), the connection is left
half-released and SQLAlchemy logs the interruption with a traceback ("Exception during reset
or similar", "Exception closing connection"). Holding the signal over those few steps lets
them finish; the signal is then acted on as it would have been, so the command still stops
with its one line and exit code 130 (143 for SIGTERM).

A KeyboardInterrupt raised inside a garbage-collection callback (SQLAlchemy keeps weak
references with callbacks) is not raised at all: Python prints "Exception ignored in ..." and
carries on, so an import hit there ran to the end and committed. While a command runs
(``as_exceptions``), each signal is also recorded; a write checks the record just before its
COMMIT (``raise_pending``), and such lost exceptions are not printed.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from typing import Any

HELD = (signal.SIGINT, signal.SIGTERM)

_pending: list[type[BaseException]] = []  # signals that arrived while a command ran, as exceptions


@contextlib.contextmanager
def as_exceptions(terminated: type[BaseException]) -> Iterator[None]:
    """While a command runs: Ctrl-C raises KeyboardInterrupt and SIGTERM ``terminated`` (``kill``,
    a CI timeout, systemd stop it as Ctrl-C does: a server's running query is cancelled and the
    transaction rolls back), each also recorded for ``raise_pending``. Only the main thread may
    set handlers: elsewhere the block simply runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:
        kind = terminated if signum == signal.SIGTERM else KeyboardInterrupt
        _pending.append(kind)
        raise kind()

    _pending.clear()
    previous = {signum: signal.signal(signum, interrupt) for signum in HELD}
    hook = sys.unraisablehook

    def quiet_when_interrupted(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            hook(unraisable)

    sys.unraisablehook = quiet_when_interrupted
    try:
        yield
    finally:
        sys.unraisablehook = hook
        late = _restore(previous)
        _pending.clear()
        if late is not None:
            raise late


def raise_pending() -> None:
    """Raise the signal that arrived during the command if its exception was lost (raised in a
    garbage-collection callback, where Python only prints it): called before a COMMIT, so an
    interrupted write rolls back instead of running on to be stored."""
    if _pending:
        raise _pending[0]()


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Run the block with SIGINT and SIGTERM held, then act on the first that came, with the
    handler that was in place before (Ctrl-C's raises KeyboardInterrupt; the CLI's SIGTERM
    handler raises ``Terminated``). Only the main thread receives signals and may set handlers:
    elsewhere the block simply runs."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []

    def hold(signum: int, frame: Any) -> None:
        arrived.append(signum)

    previous: dict[int, Any] = {}
    try:
        for signum in HELD:
            previous[signum] = signal.signal(signum, hold)
        yield
    finally:
        late = _restore(previous)
        if late is not None:
            raise late
        if arrived:
            _deliver(arrived[0], previous[arrived[0]])


def _restore(previous: dict[int, Any]) -> BaseException | None:
    """Put every handler back. ``signal.signal`` first runs any signal pending: one that came
    this instant, after another handler was back, raises there; every handler still goes back,
    and that exception is returned, to be raised once they are."""
    late: BaseException | None = None
    for signum, handler in previous.items():
        while True:
            try:
                signal.signal(signum, signal.SIG_DFL if handler is None else handler)
                break
            except BaseException as exc:  # noqa: BLE001 - KeyboardInterrupt, Terminated: raised after
                late = late or exc
    return late


def _deliver(signum: int, handler: Any) -> None:
    if callable(handler):
        handler(signum, None)
    elif handler != signal.SIG_IGN:  # the default action (None: a handler set outside Python)
        signal.raise_signal(signum)
