"""A writer thread for an import on PostgreSQL: the server's COPY overlaps Python's work.

An import reads, checks and hashes rows in Python, then hands them to the server with
``COPY``, which the server (another process) works through while the client waits for its
answer. Done one after the other, the two add up; here each chunk's ``COPY`` goes to a
thread that owns the driver connection while the main thread reads the next chunk, so on
two cores the import takes about the longer of the two.

What stays exactly as it was: every statement runs in the import's one transaction and in
the order the import issued it. Any other statement the main thread sends on the connection
(a lookup, a ``max(id)``, ``ANALYZE``, the commit) first waits until every queued ``COPY`` is
done (a ``before_cursor_execute`` hook), so a lookup always sees what the import wrote before
it. A failure in the thread (a constraint violated, a server gone) is raised in the main
thread, as the driver raised it, at its next statement or when the import ends; an exception
in the main thread (a refused row, Ctrl-C) stops the thread after the ``COPY`` it is running,
before the caller rolls back. The queue is bounded, so memory stays flat.

Not on SQLite: ``sqlite3`` releases the GIL inside each row's step only, so a thread writing
rows takes the GIL back once per row and competes with the reader for it; measured, the
threaded import took 10-20% more CPU time for no less wall time (README, Benchmarks).
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection

#: Chunks' COPYs waiting for the thread: enough to ride out a slow statement, few enough
#: that memory stays flat whatever the file's size.
QUEUE_DEPTH = 8
_KEY = "tracker_import_writer"

Job = Callable[[Any], None]


class Writer:
    """Runs ``submit``-ted jobs, each given the driver connection, in order, on one thread."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.driver = conn.connection.driver_connection
        self.jobs: queue.Queue[Job | None] = queue.Queue(maxsize=QUEUE_DEPTH)
        self.error: BaseException | None = None
        self.abandoned = False
        self.thread = threading.Thread(target=self._run, name="tracker-import-writer", daemon=True)

    def submit(self, job: Job) -> None:
        """Queue ``job``; raises the thread's failure, if one happened, instead."""
        self._raise()
        self.jobs.put(job)

    def wait(self) -> None:
        """Until every queued job is done; raises the thread's failure, if one happened."""
        if threading.current_thread() is self.thread:
            return
        self.jobs.join()
        self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            self.abandoned = True  # nothing queued after a failure runs
            raise error

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                if not self.abandoned and self.error is None:
                    job(self.driver)
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                self.error = exc
            finally:
                self.jobs.task_done()

    def _before_statement(self, *_: Any) -> None:
        self.wait()

    def start(self) -> None:
        event.listen(self.conn, "before_cursor_execute", self._before_statement)
        self.conn.info[_KEY] = self
        self.thread.start()

    def stop(self, *, abandon: bool) -> None:
        """End the thread: after every queued job, or (``abandon``) after the one it is running."""
        if abandon:
            self.abandoned = True
        try:
            self.jobs.put(None)
            self.thread.join()
        finally:
            self.conn.info.pop(_KEY, None)
            event.remove(self.conn, "before_cursor_execute", self._before_statement)


def active(conn: Connection) -> Writer | None:
    """The writer thread running for ``conn`` (inside ``writing``), if any."""
    return conn.info.get(_KEY)  # type: ignore[no-any-return]


@contextlib.contextmanager
def writing(conn: Connection) -> Iterator[Writer | None]:
    """On PostgreSQL, a writer thread for the ``COPY``s made inside the block (``bulk.insert_*``);
    on SQLite, nothing (every insert runs in line).

    On a clean exit every queued ``COPY`` has run (and its failure, if any, is raised); on an
    exception the thread stops after its current one and the exception goes on, so the
    caller's rollback never races the thread."""
    if conn.dialect.name != "postgresql":
        yield None
        return
    writer = Writer(conn)
    writer.start()
    ok = False
    try:
        yield writer
        writer.wait()
        ok = True
    finally:
        writer.stop(abandon=not ok)
