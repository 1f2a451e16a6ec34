"""Reading an import in a second process, so that the two cores of a laptop share the work.

The reader (a forked child) does everything that needs no database: it reads, normalises and
checks the rows, and computes each record's claim key, wording key and content hash. It sends
the records, in file order, as compact tuples in chunks through a pipe whose buffer bounds how
far it may read ahead (memory stays flat). The parent writes them exactly as it would have
written records it read itself: ``accepted`` still applies the refusal policy there, in the same
order, so the refused rows, their line numbers, the rejects file, the stored values, hashes and
ledger are those of the one-process import (``tests/test_import_pipeline.py`` checks it).

A small file is read in the parent: starting the child costs more than it saves below
``MIN_BYTES``; so is any file while no core is free (``spare_core``). The child never writes anything: it is ended (SIGKILL) whenever the parent stops
early, and a parent that dies closes the pipe, which ends the child's next write.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Iterator
from typing import Any

from tracker import interrupts
from tracker.errors import TrackerError
from tracker.records import ImportRecord, PredictionInput, ResolutionInput

#: Files smaller than this are read in the importing process (see the README's measurements).
MIN_BYTES = 2 * 1024 * 1024
#: Records a message carries: enough to make each pipe write worth it, small enough to stay flat.
CHUNK = 500
#: The pipe's buffer (Linux lets an unprivileged process ask for up to 1 MiB): a few chunks ahead.
PIPE_BYTES = 1024 * 1024

_PREDICTION_FIELDS = ("claim", "author", "made_on", "probability", "deadline", "outlet", "quote", "url", "tags",
                      "article_sha256", "recorded_at")
_RESOLUTION_FIELDS = ("outcome", "resolved_on", "evidence", "note", "recorded_at", "retraction", "origin")


def applies(source: Any) -> bool:
    """Whether ``source`` (an ``ImportSource``) is read in a second process: a format read row by
    row, on a system with ``fork``, and then ``TRACKER_IMPORT_PIPELINE`` (``1`` always, ``0``
    never), or else a large enough file (standard input counts as large) while a core is free."""
    if not hasattr(os, "fork") or source.format == "predictionbook-json":  # that format reads each page whole
        return False
    chosen = os.environ.get("TRACKER_IMPORT_PIPELINE", "").strip()
    if chosen in ("0", "1"):
        return chosen == "1"
    if not spare_core():
        return False
    if any(f.path == "-" for f in source.files):
        return True
    try:
        size = sum(os.stat(f.path).st_size for f in source.files)
    except OSError:
        return False
    return size >= MIN_BYTES


def spare_core() -> bool:
    """Whether this process may use more than one core, and one is about idle (the load average
    over the last minute at most the cores less one): on a machine whose cores are all busy, the
    reader only competes with the writer, and the two processes take longer than one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return cores >= 2
    return cores >= 2 and load <= cores - 1


def read(source: Any, dialect: str = "sqlite") -> Iterator[Any]:
    """The items of ``source`` (records and refusals, in file order), read in a second process
    where that pays (``applies``), else in this one. ``dialect``: the database's (``sqlite`` or
    ``postgresql``), for which the reader builds the rows the driver takes."""
    if not applies(source):
        return iter(source)
    try:
        return PipelinedReader(source, dialect)
    except OSError:  # no process or pipe to be had (a limit on processes, memory): read here
        return iter(source)


# --- the records as tuples ---------------------------------------------------------------------


def _pack(item: Any, convert: Any = None) -> tuple[Any, ...]:
    """A record as plain tuples (cheaper to send and to rebuild than the dataclasses pickled),
    with its claim key, wording key and content hash computed here, off the writing process,
    and (``convert``: a ``driver_rows.Converter``) its prediction's row as the driver takes it."""
    if type(item) is not ImportRecord or type(item.prediction) is not PredictionInput:
        return (0, item)  # a refusal, or anything unusual: sent as it is
    from tracker.storage.hashing import claim_keys, prediction_hash

    entry = item.prediction
    try:
        key, words = claim_keys(entry.claim, entry.deadline)
        keys: tuple[Any, ...] | None = (item.claim_ref or key, words, prediction_hash(entry))
        if convert is not None:
            keys = (*keys, (convert.dialect, *convert.prediction(entry)))  # type: ignore[misc]
    except Exception:  # noqa: BLE001 - an unusual value: the writing process computes them as before
        keys = None
    resolutions = item.resolutions
    if all(type(r) is ResolutionInput for r in resolutions):
        packed = tuple([(r.outcome, r.resolved_on, r.evidence, r.note, r.recorded_at, r.retraction, r.origin)
                        for r in resolutions])
    else:
        packed = None
    return (1, item.line, (entry.claim, entry.author, entry.made_on, entry.probability, entry.deadline, entry.outlet,
                           entry.quote, entry.url, entry.tags, entry.article_sha256, entry.recorded_at),
            packed if packed is not None else resolutions, packed is not None, item.amendments, item.expected_hash,
            item.extra, item.claim_ref, item.where, item.standing, keys)


def _prediction(values: tuple[Any, ...]) -> PredictionInput:
    """A ``PredictionInput`` with these field values (in the order of ``_PREDICTION_FIELDS``; they
    were a checked instance's in the reading process), filled in as unpickling fills one in:
    each field stored into the instance's dict by name, a quarter of the cost of ``__init__``
    (which sets each field through ``object.__setattr__``) and of ``dict.update(zip(...))``."""
    instance = _NEW(PredictionInput)
    d = instance.__dict__
    (d["claim"], d["author"], d["made_on"], d["probability"], d["deadline"], d["outlet"], d["quote"], d["url"],
     d["tags"], d["article_sha256"], d["recorded_at"]) = values
    return instance


def _resolution(values: tuple[Any, ...]) -> ResolutionInput:
    """``_prediction`` for a ``ResolutionInput`` (``_RESOLUTION_FIELDS``)."""
    instance = _NEW(ResolutionInput)
    d = instance.__dict__
    d["outcome"], d["resolved_on"], d["evidence"], d["note"], d["recorded_at"], d["retraction"], d["origin"] = values
    return instance


_NEW = object.__new__
_RECORD_FIELDS = ("line", "prediction", "resolutions", "amendments", "expected_hash", "extra", "claim_ref", "where",
                  "standing", "keys")


def _unpack(packed: tuple[Any, ...]) -> Any:
    if packed[0] == 0:
        return packed[1]
    _, line, entry, resolutions, plain, amendments, expected_hash, extra, claim_ref, where, standing, keys = packed
    if plain:
        resolutions = tuple([_resolution(r) for r in resolutions]) if resolutions else ()
    record = _NEW(ImportRecord)
    d = record.__dict__  # filled in as ``_prediction`` fills in its prediction (``_RECORD_FIELDS``)
    (d["line"], d["prediction"], d["resolutions"], d["amendments"], d["expected_hash"], d["extra"], d["claim_ref"],
     d["where"], d["standing"], d["keys"]) = (line, _prediction(entry), resolutions, amendments, expected_hash, extra,
                                              claim_ref, where, standing, keys)
    return record


# --- the two processes -------------------------------------------------------------------------


class ReaderFailed(TrackerError):
    """The reading process ended without saying why (killed, or out of memory), or failed."""


class PipelinedReader:
    """Iterate for the items of an ``ImportSource`` read by a forked child; ``close`` ends the child.

    Started at once (before the database is opened, so no connection or thread is forked).
    What the reader found besides records (``Options.notes`` and ``skipped``) comes back at the end.
    """

    def __init__(self, source: Any, dialect: str = "sqlite") -> None:
        self.source = source
        sys.stdout.flush()
        sys.stderr.flush()
        read_end, write_end = os.pipe()
        _widen(write_end)
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            raise
        if pid == 0:  # the child: read, send, and leave without running any of the parent's cleanup
            code = 0
            try:
                os.close(read_end)
                _child(source, write_end, dialect)
            except BaseException:  # noqa: BLE001 - a broken pipe: the parent stopped reading
                code = 1
            finally:
                os._exit(code)
        os.close(write_end)
        self.pid: int | None = pid
        self.pipe: Any = os.fdopen(read_end, "rb", buffering=PIPE_BYTES)

    def __iter__(self) -> Iterator[Any]:
        unpack, load, pipe = _unpack, pickle.load, self.pipe
        try:
            while True:
                try:
                    kind, payload = load(pipe)
                except EOFError:
                    raise ReaderFailed("the process reading the file ended unexpectedly; nothing was imported") from None
                if kind == "items":
                    for packed in payload:
                        yield unpack(packed)
                elif kind == "done":
                    skipped, notes = payload
                    self.source.options.skipped.update(skipped)
                    self.source.options.notes.extend(notes)
                    return
                elif kind == "error":
                    raise _rebuilt_error(*payload)
                else:
                    raise ReaderFailed(f"reading the file failed: {payload}")
        finally:
            self.close()

    def close(self) -> None:
        """End the child (it writes nothing, so killing it loses nothing) and reap it, with
        Ctrl-C held meanwhile so that it cannot leave the child running (``tracker.interrupts``)."""
        if self.pid is None:
            return
        with interrupts.held():
            pid, self.pid = self.pid, None
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)
            self.pipe.close()


def _rebuilt_error(module: str, name: str, message: str, exit_code: int) -> TrackerError:
    """The reader's error, of its class, message and exit code (whatever its constructor takes)."""
    import importlib

    try:
        error_class = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        error_class = TrackerError
    error = error_class.__new__(error_class)
    Exception.__init__(error, message)
    error.exit_code = exit_code
    return error


def _widen(fd: int) -> None:
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (ImportError, OSError):
        pass  # the default 64 KiB buffer: less read-ahead, same results


def _child(source: Any, fd: int, dialect: str = "sqlite") -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it ends this process
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    out = os.fdopen(fd, "wb", buffering=PIPE_BYTES)
    dump = pickle.dump
    chunk: list[tuple[Any, ...]] = []
    try:
        from tracker.storage.driver_rows import converter

        convert = converter(dialect)
        for item in source:
            chunk.append(_pack(item, convert))
            if len(chunk) >= CHUNK:
                dump(("items", chunk), out, protocol=pickle.HIGHEST_PROTOCOL)
                chunk = []
        if chunk:
            dump(("items", chunk), out, protocol=pickle.HIGHEST_PROTOCOL)
        options = source.options
        dump(("done", (dict(options.skipped), list(options.notes))), out, protocol=pickle.HIGHEST_PROTOCOL)
    except TrackerError as exc:  # after the rows before it, as the one-process import would raise it
        if chunk:
            dump(("items", chunk), out, protocol=pickle.HIGHEST_PROTOCOL)
        error = type(exc)
        dump(("error", (error.__module__, error.__qualname__, exc.message, exc.exit_code)), out,
             protocol=pickle.HIGHEST_PROTOCOL)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001 - a fault in the reader: the parent reports it in one line
        if chunk:
            dump(("items", chunk), out, protocol=pickle.HIGHEST_PROTOCOL)
        dump(("crash", f"{type(exc).__name__}: {exc}"), out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()
