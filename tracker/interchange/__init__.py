"""Files in and out: tracker's own CSV and JSON Lines, and other tools' exports.

``ImportSource`` opens the file(s), detects the format from the header (or takes
``--format``) and yields, lazily, a checked ``ImportRecord`` per good row and a ``Rejected``
per bad one, so a file is never held in memory whole. ``accepted`` then applies the policy:
by default the first refused row stops the import before anything is committed; with
``--skip-invalid`` refused rows go to a rejects file and the good ones are imported.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.errors import NotFoundError, UsageError
from tracker.records import ImportRecord

MAX_IMPORT_BYTES = 2 * 1024**3
# A CSV field may be a long quote; anything longer than this is not a field of any export.
MAX_FIELD = 1_000_000
csv.field_size_limit(MAX_FIELD)

Rows = Iterator[tuple[int, dict[str, str]]]
Item = "ImportRecord | Rejected"
Reader = Callable[[Rows, list[str], "Options"], Iterator[Any]]


@dataclass(frozen=True)
class Rejected:
    """A row that cannot be imported, with its line number and why; ``row`` is what the file held."""

    line: int
    reason: str
    row: dict[str, str] | list[str] | str
    where: str | None = None  # for a file without line numbers to name ("prediction 3, response 2")


@dataclass
class Options:
    """How to read foreign formats, and what reading found besides records."""

    author: str | None = None  # names the forecaster of rows that name nobody
    outlet: str | None = None
    tags: tuple[str, ...] = ()
    crowd_as_creator: bool = False  # PredictionBook: credit mean_confidence to the question's creator
    # Filled in while reading: rows a format holds but tracker cannot (withdrawn, non-binary ...).
    skipped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)


#: Openings of files that are certainly not text (SQLite, zip/xlsx, gzip, PDF, PNG).
_BINARY_MAGIC = (b"SQLite format 3\x00", b"PK\x03\x04", b"\x1f\x8b", b"%PDF", b"\x89PNG")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def looks_binary(head: bytes) -> bool:
    """A known binary opening, or NUL bytes in numbers no text has. A stray NUL inside one
    row of a CSV file is that row's problem (refused with its line number), not the file's."""
    nuls = head.count(b"\x00")
    return head.startswith(_BINARY_MAGIC) or nuls > 16 or nuls > 0.05 * len(head)


def wide_encoding(head: bytes) -> str | None:
    """"UTF-32" for a file with UTF-32's byte-order mark, "UTF-16LE (no byte-order mark)" or
    its big-endian twin when every other byte is NUL (ASCII text written two bytes a
    character); None otherwise. Such a file would otherwise be called binary."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if len(head) < 8 or head.startswith(_UTF16_BOMS):
        return None
    even, odd = head[0::2], head[1::2]
    if not even.count(0) and odd.count(0) >= 0.9 * len(odd):
        return "UTF-16LE (no byte-order mark)"
    if not odd.count(0) and even.count(0) >= 0.9 * len(even):
        return "UTF-16BE (no byte-order mark)"
    return None


# A byte that is not UTF-8 is read as a lone surrogate (Python's "surrogateescape"), so that
# the row holding it can be refused by its line (``Decoded``) and written back to the rejects
# file as the very byte the input had.
_LENIENT = "surrogateescape"
_ESCAPED = re.compile("[\udc80-\udcff]")


def open_text(path: Path | str) -> io.TextIOBase:
    """Open an import file as text (UTF-8, or UTF-16 with its byte-order mark), refusing what cannot be one."""
    if str(path) == "-":
        if sys.stdin is None:  # started with standard input closed (``<&-``)
            raise UsageError("standard input is closed: nothing to import")
        stream = sys.stdin.buffer
        head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""  # what arrived, left to be read
        wide = wide_encoding(head)
        if wide is not None:
            raise UsageError(f"standard input is {wide}, not UTF-8; convert it on the way: "
                             f"iconv -f {wide.split()[0]} -t UTF-8 | tracker import -")
        encoding = "utf-16" if head.startswith(_UTF16_BOMS) else "utf-8-sig"  # "Unicode text", as from a file
        return io.TextIOWrapper(stream, encoding=encoding, errors="strict" if encoding == "utf-16" else _LENIENT,  # type: ignore[return-value]
                                newline="")
    file = Path(path)
    try:
        exists = file.exists()
    except OSError as exc:  # a name too long for the file system, say
        raise UsageError(f"cannot open {file}: {exc.strerror or exc}") from None
    if not exists:
        raise NotFoundError(f"no such file: {file}")
    if file.is_dir():
        raise UsageError(f"{file} is a folder; give the file to import")
    if file.is_char_device() or file.is_block_device():  # /dev/zero would be read until memory ran out
        raise UsageError(f"{file} is a device, not a file to import")
    if not file.is_file():  # a pipe (<(command), a FIFO): its size says nothing and it can be read only once
        return file.open("r", encoding="utf-8-sig", errors=_LENIENT, newline="")  # type: ignore[return-value]
    size = file.stat().st_size
    if size == 0:
        raise UsageError(f"{file} is empty: nothing to import")
    if size > MAX_IMPORT_BYTES:
        raise UsageError(f"{file} is too large to import ({size / 1024**3:.1f} GiB; the limit is 2 GiB)")
    try:
        with file.open("rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise UsageError(f"cannot read {file}: {exc.strerror or exc}") from None
    wide = wide_encoding(head)
    if wide is not None:  # UTF-32, or UTF-16 without its mark: NUL bytes, yet text
        target = file.with_name(f"{file.stem}.utf8{file.suffix}")
        raise UsageError(f"{file} is {wide}, not UTF-8; convert it first: "
                         f"iconv -f {wide.split()[0]} -t UTF-8 {shlex.quote(str(file))} > {shlex.quote(str(target))}")
    if head.startswith(_UTF16_BOMS):  # spreadsheet programs save "Unicode text" this way
        return file.open("r", encoding="utf-16", errors="strict", newline="")  # type: ignore[return-value]
    if looks_binary(head):
        raise UsageError(f"{file} is a binary file, not CSV or JSON Lines")
    if eight_bit_text(head) and _ESCAPED_BYTES_DECIDE <= len(_ESCAPED.findall(head.decode("utf-8", _LENIENT))):
        # Many odd bytes and no UTF-8 in the first 8 KiB: another encoding, said before any work.
        # One or two may be stray bytes of a UTF-8 file whose "Zoë" comes later (converting that
        # file with iconv would garble it): the whole file decides, in ``check_encoding``.
        raise UsageError(other_encoding_message(str(file), head))
    return file.open("r", encoding="utf-8-sig", errors=_LENIENT, newline="")  # type: ignore[return-value]


_ESCAPED_BYTES_DECIDE = 8


def eight_bit_text(head: bytes) -> bool:
    """Bytes that are not UTF-8 and no UTF-8 beyond ASCII: a file in an 8-bit encoding
    (Windows-1252, Latin-1), not a UTF-8 file with an odd byte. A sequence cut off at the
    end of ``head`` is not counted: the next block may complete it."""
    text = head.decode("utf-8", _LENIENT)
    body = text[:-3] if len(head) >= 8192 else text
    return bool(_ESCAPED.search(body)) and not any("\x80" <= ch < "\udc80" or ch > "\udcff" for ch in body if not ch.isascii())


def other_encoding_message(name: str, sample: bytes | str) -> str:
    """One line for a file that is not UTF-8 at all: which encoding it looks like, and the fix."""
    text = sample.decode("utf-8", _LENIENT) if isinstance(sample, bytes) else sample
    found = _ESCAPED.search(text)
    example = ""
    if found:
        byte = ord(found.group()) - 0xDC00
        example = f" (byte 0x{byte:02X} would be {bytes([byte]).decode('cp1252', 'replace')!r} there)"
    if name == "standard input":
        fix = "convert it on the way: iconv -f WINDOWS-1252 -t UTF-8 | tracker import -"
    else:
        source = Path(name)
        target = source.with_name(f"{source.stem}.utf8{source.suffix}")
        fix = f"convert it first: iconv -f WINDOWS-1252 -t UTF-8 {shlex.quote(name)} > {shlex.quote(str(target))}"
    return f"{name} is not UTF-8 but an 8-bit encoding, most likely Windows-1252 (Latin-1){example}; {fix}"


def undecodable(text: str) -> str | None:
    """Why a row cannot be read, when it holds a byte that is not UTF-8 (see ``_LENIENT``)."""
    found = _ESCAPED.search(text)
    if found is None:
        return None
    byte = ord(found.group()) - 0xDC00
    guess = bytes([byte]).decode("cp1252", "replace")
    return (f"a byte that is not UTF-8 (0x{byte:02X}, {guess!r} in Windows-1252): "
            "correct the row, or convert a file that is all Windows-1252 with iconv")


class Decoded:
    """A file's lines, each checked for bytes that are not UTF-8: ``bad`` counts the lines
    that hold one (``reason`` says why for the latest), ``utf8`` those with valid UTF-8
    beyond ASCII. A CSV row is refused when ``bad`` moved while it was read; a file with bad
    lines and no valid UTF-8 beyond ASCII is in another encoding and refused whole."""

    def __init__(self, first: str, handle: Iterable[str]) -> None:
        self.bad = 0
        self.utf8 = 0
        self.reason = ""
        self.sample = ""
        self._count(first)
        self._lines = self._read(first, handle)

    def __iter__(self) -> Iterator[str]:
        return self._lines

    def __next__(self) -> str:
        return next(self._lines)

    def _read(self, first: str, handle: Iterable[str]) -> Iterator[str]:
        yield first
        for line in handle:
            if not line.isascii():  # O(1) for a str: plain ASCII lines cost nothing more
                self._count(line)
            yield line

    def _count(self, line: str) -> None:
        if line.isascii():
            return
        reason = undecodable(line)
        if reason is None:
            self.utf8 += 1
        else:
            self.bad += 1
            self.reason = reason
            if not self.sample:
                self.sample = line


def detect_format(first_line: str) -> str:
    from tracker.interchange.predictionbook_json import is_document

    stripped = first_line.lstrip()
    if is_document(stripped):
        return "json"  # one JSON document: PredictionBook's API answer
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("["):
        raise UsageError("this looks like a JSON array; tracker imports JSON Lines (one object per line), as written by 'tracker export --json'")
    return "csv"


#: The longest first line (a CSV header, or one JSON object) read before giving up.
_MAX_HEADER_CHARS = 1024 * 1024


class _File:
    """One opened input: its kind (csv or jsonl), its CSV header and the rows after it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.handle = open_text(path)
        try:
            first = self._read_first()
            self.kind = detect_format(first)
            self.lines = Decoded(first, self.handle)
            if self.kind == "csv" and self.lines.bad:
                raise UsageError(f"{path} line 1 (the header): {self.lines.reason}")
            self.header: list[str] = []
            self.reader: Any = None
            if self.kind == "csv":
                self.reader = csv.reader(self.lines)
                try:
                    self.header = [h.strip() for h in next(self.reader)]
                except csv.Error as exc:
                    raise UsageError(f"{path}: cannot read the CSV header ({exc})") from None
                check_header_names(self.header, path)
            elif self.kind == "json":
                from tracker.interchange.predictionbook_json import Page

                self.page = Page(path, self.lines)
        except BaseException:
            self.handle.close()
            raise

    def _read_first(self) -> str:
        name = "standard input" if self.path == "-" else self.path
        try:
            first = self.handle.readline(_MAX_HEADER_CHARS + 1)
        except UnicodeDecodeError as exc:
            raise UsageError(f"{name} is not UTF-8 text ({exc.reason} at byte {exc.start}); convert it with iconv first") from None
        if len(first) > _MAX_HEADER_CHARS:  # a stream with no line break (a pipe of zeros) is not a table
            raise UsageError(f"{name}: the first line is longer than 1 MB; expected a CSV header or a JSON object")
        if not first:
            raise UsageError(f"{name} is empty: nothing to import")
        if not first.strip():
            raise UsageError(f"{self.path} starts with an empty line; expected a CSV header or a JSON object")
        return first

    def rows(self) -> Rows:
        return _dict_rows(self.header, self.reader, self.lines)

    def check_encoding(self) -> None:
        """Once read: bytes that are not UTF-8 and nothing that is beyond ASCII mean another encoding."""
        if self.kind != "json" and self.lines.bad and not self.lines.utf8:
            raise UsageError(other_encoding_message("standard input" if self.path == "-" else self.path, self.lines.sample))

    def close(self) -> None:
        self.handle.close()


def check_header_names(header: list[str], path: str) -> None:
    """A column named twice makes every row ambiguous: which ``claim`` is the claim?"""
    twice = [name for name, count in Counter(header).items() if count > 1]
    if twice:
        names = ", ".join(repr(name) for name in twice)
        raise UsageError(f"{path}: the CSV header names column {names} more than once; remove the duplicate")


class ImportSource:
    """The file(s) of one import, opened and recognised; iterate for records and rejects.

    Opening reads the header, so a missing, unreadable or unrecognised file is refused
    before a database is created for it. Two files are Metaculus' two downloads.
    """

    def __init__(self, paths: str | Path | list[str], *, fmt: str | None = None, options: Options | None = None) -> None:
        names = [str(p) for p in paths] if isinstance(paths, list) else [str(paths)]
        if not names:
            raise UsageError("give one file to import, or Metaculus' question_data.csv and forecast_data.csv")
        self.options = options or Options()
        self.files: list[_File] = []
        try:
            for name in names:
                self.files.append(_File(name))
            if len(names) > 2 and any(f.kind != "json" for f in self.files):
                raise UsageError(
                    "give one file to import, or Metaculus' question_data.csv and forecast_data.csv, "
                    "or pages of PredictionBook's API JSON"
                )
            self.format = self._choose(fmt)
        except BaseException:
            self.close()
            raise
        self.main = self.files[-1]  # the file whose lines the messages and the rejects refer to

    def _choose(self, fmt: str | None) -> str:
        from tracker.interchange import foreign, predictionbook_json

        if fmt == predictionbook_json.FORMAT:
            for file in self.files:
                if file.kind == "jsonl":  # one object on one line ("{}"): read as the document it is said to be
                    file.kind, file.page = "json", predictionbook_json.Page(file.path, file.lines)
        if any(f.kind == "json" for f in self.files):
            return predictionbook_json.choose([(f.path, f.kind) for f in self.files], fmt, self.options)
        if fmt == predictionbook_json.FORMAT:
            raise UsageError(f"{self.files[0].path} is not JSON: --format {fmt} reads the JSON of PredictionBook's API")
        if len(self.files) == 2:
            pair = foreign.metaculus_pair([f.header for f in self.files])
            if any(f.kind != "csv" for f in self.files) or pair is None:
                raise UsageError(
                    "two files are read as Metaculus' download: question_data.csv and forecast_data.csv "
                    "(in either order); these are not that pair"
                )
            if pair == (1, 0):
                self.files.reverse()
            if fmt not in (None, "metaculus"):
                raise UsageError(f"--format {fmt} reads one file; two files are Metaculus' download")
            return "metaculus"
        only = self.files[0]
        if only.kind == "jsonl":
            if fmt not in (None, "jsonl"):
                raise UsageError(f"{only.path} holds JSON Lines, not --format {fmt}")
            return "jsonl"
        if fmt == "jsonl":
            raise UsageError(f"{only.path} is not JSON Lines: its first line is not a JSON object")
        chosen = fmt or foreign.detect(only.header) or "csv"
        known = ["csv", "jsonl", *foreign.FORMATS, predictionbook_json.FORMAT]
        if chosen not in known:
            raise UsageError(f"unknown format {chosen!r}; choose one of: {', '.join(sorted(known))}")
        return chosen

    @property
    def kind(self) -> str:
        return self.main.kind

    @property
    def header(self) -> list[str]:
        if len(self.files) == 2:
            questions, forecasts = self.files
            return [*questions.header, *(h for h in forecasts.header if h not in questions.header)]
        return self.main.header

    def __iter__(self) -> Iterator[ImportRecord | Rejected]:
        from tracker.interchange import foreign, native, predictionbook_json

        try:
            if self.format == predictionbook_json.FORMAT:
                yield from predictionbook_json.read([f.page for f in self.files], self.options)
            elif self.format == "jsonl":
                yield from native.read_jsonl(self.main.lines, self.options)
            elif len(self.files) == 2:
                questions, forecasts = self.files
                joined = foreign.join_metaculus(questions.rows(), forecasts.rows(), questions.path)
                yield from foreign.READERS["metaculus"](joined, self.header, self.options)
            elif self.format == "csv":
                yield from native.read_csv(self.main.rows(), self.header, self.options)
            else:
                yield from foreign.READERS[self.format](self.main.rows(), self.header, self.options)
            for file in self.files:
                file.check_encoding()
        except UnicodeDecodeError as exc:  # UTF-16 (with its byte-order mark) is read strictly
            raise UsageError(f"{self.main.path} is not valid {exc.encoding.upper()} text ({exc.reason}); "
                             "save it again as UTF-8") from None
        except csv.Error as exc:
            raise UsageError(f"{self.main.path}: malformed CSV ({exc})") from None

    def close(self) -> None:
        for file in self.files:
            file.close()

    def __enter__(self) -> ImportSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_records(path: Path | str, *, fmt: str | None = None, options: Options | None = None) -> Iterator[ImportRecord]:
    """Checked records from ``path``, all or nothing: a ``UsageError`` names the line of the first bad row."""
    with ImportSource(str(path), fmt=fmt, options=options) as source:
        yield from accepted(source)


def _dict_rows(header: list[str], reader: Any, lines: Decoded | None = None) -> Rows:
    """(line number, row) pairs, numbered by the line a row starts on (a quoted field may
    span several); blank lines are skipped, ragged rows and rows with a byte that is not
    UTF-8 are flagged."""
    width = len(header)
    end = reader.line_num
    while True:
        bad = lines.bad if lines is not None else 0
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" not in str(exc):
                raise
            # The reader drops the rest of the line it was on and starts afresh on the next.
            line, end = end + 1, reader.line_num
            yield line, {"__bad__": f"a field is longer than {MAX_FIELD:,} characters", "__values__": []}  # type: ignore[dict-item]
            continue
        line, end = end + 1, reader.line_num
        if lines is not None and lines.bad != bad:
            yield line, {"__bad__": lines.reason, "__values__": values}  # type: ignore[dict-item]
            continue
        if len(values) != width:
            if not any(v.strip() for v in values):
                continue
            yield line, {"__bad__": f"the row has {len(values)} fields but the header has {width}", "__values__": values}  # type: ignore[dict-item]
            continue
        yield line, dict(zip(header, values))


def refusal(line: int, reason: str, where: str | None = None) -> UsageError:
    return UsageError(f"{where or f'line {line}'}: {reason}; nothing was imported")


# --- refused rows ----------------------------------------------------------------------------


def default_rejects_path(source: ImportSource) -> Path:
    """Next to the input: ``my_predictions.csv`` -> ``my_predictions.rejects.csv``."""
    if source.main.path == "-":
        raise UsageError("--skip-invalid on standard input needs --rejects FILE to say where refused rows go")
    path = Path(source.main.path)
    suffix = ".csv" if source.kind == "csv" else ".jsonl"
    return path.with_name(f"{path.stem}.rejects{suffix}")


class RejectsFile:
    """Refused rows, with their line number and reason, written where the user can fix them.

    CSV input gives a CSV with ``line`` and ``reason`` before the file's own columns; JSON
    Lines input gives JSON Lines of ``{"line", "reason", "row"}``. The file is written
    atomically when the import commits, and never when it does not.
    """

    def __init__(self, path: Path | None, source: ImportSource) -> None:
        self.path = Path(path) if path is not None else None  # None: count only (a dry run)
        self.kind = source.kind
        self.header = source.header
        self.count = 0
        self._output: Any = None
        self._stream: Any = None
        self._writer: Any = None

    def write(self, rejected: Rejected) -> None:
        if self.path is None:
            self.count += 1
            return
        if self._stream is None:
            from tracker.files import atomic_text_output

            self._output = atomic_text_output(self.path, errors=_LENIENT)  # a refused byte goes back as it was
            self._stream = self._output.__enter__()
            if self.kind == "csv":
                self._writer = csv.writer(self._stream, lineterminator="\n")
                self._writer.writerow(["line", "reason", *self.header])
        self.count += 1
        row = rejected.row
        if self.kind == "csv":
            values = [row.get(h, "") for h in self.header] if isinstance(row, dict) else list(row) if isinstance(row, list) else [row]
            self._writer.writerow([rejected.line, rejected.reason, *values])
        else:
            place = {"where": rejected.where} if rejected.where else {"line": rejected.line}
            self._stream.write(json.dumps({**place, "reason": rejected.reason, "row": row}, ensure_ascii=False) + "\n")

    def commit(self) -> None:
        if self._output is not None:
            self._output.__exit__(None, None, None)
            self._output = None

    def discard(self) -> None:
        if self._output is not None:
            try:
                self._output.__exit__(UsageError, UsageError("discarded"), None)
            except Exception:  # noqa: BLE001 - the temporary file is removed; nothing else to do
                pass
            self._output = None


@dataclass
class Tally:
    """What arrived, for the import summary: sources, date range, refusals by reason."""

    rows: int = 0
    sources: set[str] = field(default_factory=set)
    first: Any = None
    last: Any = None
    resolutions: int = 0
    refused: Counter[str] = field(default_factory=Counter)

    def count(self, record: ImportRecord) -> None:
        self.rows += 1
        self.sources.add(record.prediction.author)
        day = record.prediction.made_on
        if self.first is None or day < self.first:
            self.first = day
        if self.last is None or day > self.last:
            self.last = day
        self.resolutions += len(record.resolutions)


def accepted(items: Iterable[ImportRecord | Rejected], *, rejects: RejectsFile | None = None,
             tally: Tally | None = None) -> Iterator[ImportRecord]:
    """The good records; a refused row stops everything, unless ``rejects`` collects it."""
    for item in items:
        if isinstance(item, Rejected):
            if rejects is None:
                raise refusal(item.line, item.reason, item.where)
            rejects.write(item)
            if tally is not None:
                tally.refused[_reason_kind(item.reason)] += 1
            continue
        if tally is not None:
            tally.count(item)
        yield item


# A quoted value: an opening quote not inside a word (an apostrophe as in "user's" is not one).
_QUOTED = re.compile(r"""(?<!\w)'[^']*'(?!\w)|(?<!\w)"[^"]*"(?!\w)""")


_NAMES_WITH_DIGITS = frozenset({"UTF-8", "UTF-16", "Windows-1252"})


def _reason_kind(reason: str) -> str:
    """Refusals grouped for the summary: the message without the value that made it."""
    head = _QUOTED.sub("…", reason.split(" (", 1)[0])  # a quoted value may hold spaces
    words = head.split()
    for index, word in enumerate(words):
        if any(ch.isdigit() for ch in word) and word.rstrip(",;:") not in _NAMES_WITH_DIGITS:
            words[index] = "…" + word[-1] if word[-1] in ",;:" else "…"
    compact: list[str] = []
    for word in words:
        if not (word == "…" and compact and compact[-1] == "…"):
            compact.append(word)
    return " ".join(compact)


def count_lines(path: Path | str) -> int | None:
    """Lines in the file, for a progress bar's total (None for stdin, a pipe or a FIFO: reading
    one a second time would wait for a writer that is gone, or take the rows the import needs)."""
    if str(path) == "-":
        return None
    try:
        if not Path(path).is_file():
            return None
        with open(path, "rb") as handle:
            return max(sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b"")) - 1, 1)
    except OSError:
        return None
