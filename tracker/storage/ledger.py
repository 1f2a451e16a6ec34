"""The append-only ledger: a hash chain over everything recorded, in the order it was recorded.

Each entry names one record (a prediction, a prediction's tags, a resolution, a retraction
of a resolution, an amendment, a title another system gave a claim's question)
by ``kind`` and local id, and holds the SHA-256 of that record's canonical content, the
previous entry's hash and its own hash, like a certificate-transparency log or git:

    content_hash = sha256(canonical JSON of the record: keys sorted, no spaces, UTF-8)
    entry_hash   = sha256("{seq}\\n{kind}\\n{content_hash}\\n{prev_hash}")

The first entry's ``prev_hash`` is 64 zeros. The head of the chain (entry count and last
hash) is the *digest*: once published, any later rewrite of an earlier record, even one
that recomputes every hash in the file, changes the entry the digest names.

Canonical contents name other records only by ids that a full export and import keep
(prediction and claim ids), so a copy made with ``export``/``import`` carries the same chain.

Adding a kind: a canonical-content function, a ``Kind`` in ``KINDS``, and one
``record(conn, "<kind>", [ids])`` call where the rows are written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.storage import tables as t

GENESIS = "0" * 64
CHUNK = 500


# --- canonical content -----------------------------------------------------------------


def _stamp(value: dt.datetime | str | None) -> str | None:
    """UTC timestamps as ``2024-01-10T09:30:00.000000Z`` (how tracker exports them)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"


def _day(value: dt.date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def canonical_json(content: Mapping[str, Any]) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


_PLAIN = frozenset("0123456789abcdefABCDEFTZ:-.")


def content_hash(content: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of ``content``."""
    if content.get("kind") == "prediction" and _plain(content["hash"]) and _plain(content["recorded_at"]):
        # The common case written out (what json.dumps gives for these plain values): imports
        # hash tens of thousands of these.
        text = f'{{"hash":"{content["hash"]}","id":{int(content["id"])},"kind":"prediction","recorded_at":"{content["recorded_at"]}"}}'
        return hashlib.sha256(text.encode()).hexdigest()
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def _plain(value: Any) -> bool:
    return isinstance(value, str) and _PLAIN.issuperset(value)


def entry_hash(seq: int, kind: str, content: str, prev: str) -> str:
    return hashlib.sha256(f"{seq}\n{kind}\n{content}\n{prev}".encode()).hexdigest()


def prediction_content(row: Any) -> dict[str, Any]:
    """A prediction as first recorded: its id, when, and the hash of its first version
    (amendments change the row later; each is an entry of its own)."""
    return {"kind": "prediction", "id": row.id, "hash": row.original_hash, "recorded_at": _stamp(row.recorded_at)}


def tags_content(prediction_id: int, tags: Iterable[str]) -> dict[str, Any]:
    return {"kind": "tags", "prediction": prediction_id, "tags": sorted(tags)}


def resolution_content(row: Any) -> dict[str, Any]:
    return {
        "kind": "resolution", "claim": row.claim_id, "outcome": row.outcome, "resolved_on": _day(row.resolved_on),
        "evidence": row.evidence, "note": row.note, "recorded_at": _stamp(row.recorded_at),
    }


def retraction_content(row: Any) -> dict[str, Any]:
    """A retraction names its resolution by that resolution's content hash, not its id:
    resolution ids are local to a database, and a copy's chain must carry over."""
    resolution = SimpleNamespace(
        claim_id=row.claim_id, outcome=row.outcome, resolved_on=row.resolved_on, evidence=row.evidence,
        note=row.note, recorded_at=row.resolution_recorded_at,
    )
    return {
        "kind": "retraction", "resolution": content_hash(resolution_content(resolution)),
        "reason": row.reason, "recorded_at": _stamp(row.recorded_at),
    }


def claim_title_content(row: Any) -> dict[str, Any]:
    """What another system now calls a claim's question (``claim_title``): found by its content
    in a copy, like a resolution, since it names the claim by an id a whole export keeps."""
    return {"kind": "claim_title", "claim": row.claim_id, "title": row.title, "origin": row.origin,
            "recorded_at": _stamp(row.recorded_at)}


def amendment_content(row: Any) -> dict[str, Any]:
    try:
        before: Any = json.loads(row.before)
    except (TypeError, ValueError):  # edited into something unreadable: hash the text itself
        before = row.before
    return {
        "kind": "amendment", "prediction": row.prediction_id, "amended_at": _stamp(row.amended_at),
        "reason": row.reason, "before": before, "hash_before": row.hash_before, "hash_after": row.hash_after,
    }


# --- reading the current rows of each kind ----------------------------------------------


UNRECORDED = "unrecorded"
Read = Iterator[tuple[int, str, dict[str, Any]]]  # (id, when it was recorded, canonical content)


def _predictions(conn: Connection, which: list[int] | None | str) -> Read:
    p, a = t.prediction, t.amendment
    first_amendment = sa.select(a.c.hash_before).where(a.c.prediction_id == p.c.id).order_by(a.c.id).limit(1).scalar_subquery()
    stmt = sa.select(p.c.id, p.c.recorded_at, sa.func.coalesce(first_amendment, p.c.content_hash).label("original_hash"))
    for chunk in _chunks(conn, stmt, "prediction", p.c.id, which):
        for row in chunk:
            content = prediction_content(row)
            yield row.id, content["recorded_at"], content


def _tags(conn: Connection, which: list[int] | None | str) -> Read:
    g, p = t.prediction_tag, t.prediction
    stmt = sa.select(g.c.prediction_id, g.c.tag, p.c.recorded_at).select_from(g.join(p, p.c.id == g.c.prediction_id))
    if isinstance(which, list):
        found: dict[int, list[str]] = {i: [] for i in which}
        stamps: dict[int, str] = {}
        for chunk in _chunks(conn, stmt, "tags", g.c.prediction_id, which):
            for row in chunk:
                found[row.prediction_id].append(row.tag)
                stamps[row.prediction_id] = _stamp(row.recorded_at) or ""
        for pid, tags in sorted(found.items()):
            yield pid, stamps.get(pid, ""), tags_content(pid, tags)
        return
    # Every prediction's tags (or those not recorded): the rows come in prediction order, so
    # each prediction's tags are complete when the next prediction's start; memory stays flat.
    current: int | None = None
    tags: list[str] = []
    stamp = ""
    for chunk in _chunks(conn, stmt, "tags", g.c.prediction_id, which):
        for row in chunk:
            if row.prediction_id != current:
                if current is not None:
                    yield current, stamp, tags_content(current, tags)
                current, tags = row.prediction_id, []
            tags.append(row.tag)
            stamp = _stamp(row.recorded_at) or ""
    if current is not None:
        yield current, stamp, tags_content(current, tags)


def _resolutions(conn: Connection, which: list[int] | None | str) -> Read:
    r = t.resolution
    # The columns by name: migration 6 builds the chain before later migrations add columns.
    stmt = sa.select(r.c.id, r.c.claim_id, r.c.outcome, r.c.resolved_on, r.c.evidence, r.c.note, r.c.recorded_at)
    for chunk in _chunks(conn, stmt, "resolution", r.c.id, which):
        for row in chunk:
            content = resolution_content(row)
            yield row.id, content["recorded_at"], content


def _retractions(conn: Connection, which: list[int] | None | str) -> Read:
    x, r = t.retraction, t.resolution
    stmt = sa.select(
        x.c.id, x.c.reason, x.c.recorded_at, r.c.claim_id, r.c.outcome, r.c.resolved_on, r.c.evidence, r.c.note,
        r.c.recorded_at.label("resolution_recorded_at"),
    ).select_from(x.join(r, r.c.id == x.c.resolution_id))
    for chunk in _chunks(conn, stmt, "retraction", x.c.id, which):
        for row in chunk:
            content = retraction_content(row)
            yield row.id, content["recorded_at"], content


def _claim_titles(conn: Connection, which: list[int] | None | str) -> Read:
    x = t.claim_title
    stmt = sa.select(x.c.id, x.c.claim_id, x.c.title, x.c.origin, x.c.recorded_at)
    for chunk in _chunks(conn, stmt, "claim_title", x.c.id, which):
        for row in chunk:
            content = claim_title_content(row)
            yield row.id, content["recorded_at"], content


def _amendments(conn: Connection, which: list[int] | None | str) -> Read:
    a = t.amendment
    for chunk in _chunks(conn, sa.select(a), "amendment", a.c.id, which):
        for row in chunk:
            content = amendment_content(row)
            yield row.id, content["amended_at"], content


def _chunks(conn: Connection, stmt: sa.Select, kind: str, key: sa.ColumnElement, which: list[int] | None | str) -> Iterator[list[Any]]:  # type: ignore[type-arg]
    """Rows of ``stmt``: these ids, all (None), or those no ledger entry records (UNRECORDED)."""
    if isinstance(which, list):
        for start in range(0, len(which), CHUNK):
            yield list(conn.execute(stmt.where(key.in_(which[start : start + CHUNK])).order_by(key)))
        return
    if which == UNRECORDED:
        l = t.ledger
        stmt = stmt.where(~sa.select(l.c.seq).where(l.c.kind == kind, l.c.record_id == key).exists())
    yield from conn.execute(stmt.order_by(key)).partitions(5000)


def contents(conn: Connection, kind: str, which: list[int] | None | str) -> dict[int, dict[str, Any]]:
    return {rid: content for rid, _, content in KINDS[kind].read(conn, which)}


@dataclass(frozen=True)
class Kind:
    """One kind of record: how to read its rows' canonical contents, and whether a row may
    change later (a prediction's tags: only the latest entry must match the row)."""

    name: str
    read: Callable[[Connection, list[int] | None | str], Read]
    latest_only: bool = False
    since: int = 0  # the schema version that made its table: migration 6 builds the chain before later ones run


#: Kinds whose record id is a prediction id, which a copy keeps (the others are found by content).
BY_PREDICTION_ID = frozenset({"prediction", "tags"})

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("prediction", _predictions),
        Kind("tags", _tags, latest_only=True),
        Kind("resolution", _resolutions),
        Kind("amendment", _amendments),
        Kind("retraction", _retractions),
        Kind("claim_title", _claim_titles, since=8),
    )
}


# --- appending -------------------------------------------------------------------------


@dataclass(frozen=True)
class Head:
    """The digest of a chain: how many entries, and the last one's hash."""

    count: int
    hash: str

    def __str__(self) -> str:
        return f"{self.count}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Head:
        from tracker.errors import UsageError

        count, _, digest = text.strip().lower().partition(":")
        if not (count.isascii() and count.isdigit() and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)):
            raise UsageError(f"{text.strip()[:80]!r} is not a digest: give what 'tracker verify --digest' printed, such as 12:3f5a…")
        return cls(int(count), digest)


def head(conn: Connection) -> Head:
    row = conn.execute(sa.select(t.ledger.c.seq, t.ledger.c.entry_hash).order_by(t.ledger.c.seq.desc()).limit(1)).first()
    return Head(int(row.seq), row.entry_hash) if row else Head(0, GENESIS)


_LEDGER_COLUMNS = ("seq", "kind", "record_id", "content_hash", "prev_hash", "entry_hash")


def _append(conn: Connection, items: Iterable[tuple[str, int, str]]) -> int:
    """Append (kind, record id, content hash) entries after the current head."""
    top = head(conn)
    return append_after(conn, top, items).count - top.count


def append_after(conn: Connection, top: Head, items: Iterable[tuple[str, int, str]]) -> Head:
    """``_append`` after a head the caller already knows (an import appending chunk after
    chunk inside its transaction); returns the new head."""
    from tracker.storage.bulk import insert_tuples

    seq, prev = top.count, top.hash
    rows = []
    append, sha256 = rows.append, hashlib.sha256
    for kind, record_id, digest in items:
        seq += 1
        entry = sha256(f"{seq}\n{kind}\n{digest}\n{prev}".encode()).hexdigest()  # entry_hash, inlined
        append((seq, kind, record_id, digest, prev, entry))
        prev = entry
    for start in range(0, len(rows), 20_000):
        insert_tuples(conn, t.ledger, _LEDGER_COLUMNS, rows[start : start + 20_000])
    return Head(seq, prev)


def record(conn: Connection, kind: str, ids: list[int]) -> int:
    """Append one entry per record of ``kind`` just written (inside the writer's transaction)."""
    found = contents(conn, kind, list(ids))
    return _append(conn, ((kind, i, content_hash(found[i])) for i in ids if i in found))


def floors(conn: Connection) -> dict[str, int]:
    """The highest id of each kind now: rows above it are the ones a writer is about to add."""
    ids = {"prediction": t.prediction.c.id, "resolution": t.resolution.c.id, "amendment": t.amendment.c.id,
           "claim_title": t.claim_title.c.id}
    found = {name: int(conn.execute(sa.select(sa.func.max(col))).scalar() or 0) for name, col in ids.items()}
    found["tags"] = found["prediction"]
    return found


def record_unrecorded(conn: Connection, above: dict[str, int] | None = None) -> int:
    """Append entries for every row that has none, in the order the rows were recorded:
    how migration 6 builds the chain of an existing database, and how an import appends.

    ``above`` limits it to rows with higher ids (what ``floors`` gave before the import), so
    that an import never takes into the chain a row someone slipped into the file directly."""
    from tracker.storage.migrations import current_version

    events: list[tuple[str, int, int, str, str]] = []  # (when, rank, id, kind, content hash)
    version = current_version(conn) if any(kind.since for kind in KINDS.values()) else 0
    for rank, (name, kind) in enumerate(KINDS.items()):
        if kind.since > version + 1:  # run by an earlier migration: the table is not there yet
            continue
        floor = (above or {}).get(name, 0)
        for rid, when, content in kind.read(conn, UNRECORDED):
            if rid > floor:
                events.append((when or "", rank, rid, name, content_hash(content)))
    events.sort()
    return _append(conn, ((name, rid, digest) for _, _, rid, name, digest in events))


_encode_text = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes for a str


def _json_text(value: str | None) -> str:
    return "null" if value is None else _encode_text(value)


def tags_hash(prediction_id: int, tags: Iterable[str]) -> str:
    """``content_hash(tags_content(...))`` written out: the canonical JSON of a tags entry."""
    listed = ",".join(_encode_text(tag) for tag in sorted(tags))
    text = f'{{"kind":"tags","prediction":{int(prediction_id)},"tags":[{listed}]}}'
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def prediction_hash(prediction_id: int, first_hash: str, recorded_at: str) -> str:
    """``content_hash(prediction_content(...))`` written out (the timestamp already as a string)."""
    text = (f'{{"hash":{_encode_text(first_hash)},"id":{int(prediction_id)},"kind":"prediction",'
            f'"recorded_at":{_encode_text(recorded_at)}}}')
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolution_hash(claim_id: int, outcome: str, resolved_on: str, evidence: str | None, note: str | None,
                    recorded_at: str) -> str:
    """``content_hash(resolution_content(...))`` written out (dates already as strings)."""
    text = (
        f'{{"claim":{int(claim_id)},"evidence":{_json_text(evidence)},"kind":"resolution","note":{_json_text(note)},'
        f'"outcome":{_encode_text(outcome)},"recorded_at":{_encode_text(recorded_at)},"resolved_on":{_encode_text(resolved_on)}}}'
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ImportChain:
    """Ledger entries for the rows an import writes, computed from the values it wrote
    instead of reading the rows back, and appended chunk by chunk (memory stays flat).

    ``record_unrecorded`` orders entries by (when recorded, kind, id) over the whole import.
    Appending a chunk's entries sorted that way gives the same chain as long as each chunk
    sorts after the previous one, which holds when rows take the import's clock (``now``
    grows from chunk to chunk). When a chunk would sort earlier (rows carrying their own
    ``recorded_at``), or the import writes a kind computed only from stored rows
    (amendments, retractions), the entries appended so far are withdrawn and
    ``record_unrecorded`` builds the chain at the end, exactly as before.
    """

    def __init__(self, conn: Connection, enabled: bool = True) -> None:
        self.conn = conn
        self.active = enabled
        self._head = head(conn) if enabled else Head(0, GENESIS)
        self.start = self._head.count
        self._pending: list[tuple[str, int, int, str, str]] = []  # (when, rank, id, kind, content hash)
        self._last: tuple[str, int, int] | None = None
        self._stamped: tuple[Any, str] = (None, "")

    def _when(self, recorded_at: dt.datetime) -> str:
        """``_stamp``, once per timestamp: the rows of a chunk share the import's clock."""
        if self._stamped[0] is not recorded_at:
            self._stamped = (recorded_at, _stamp(recorded_at) or "")
        return self._stamped[1]

    def prediction(self, prediction_id: int, recorded_at: dt.datetime, first_hash: str) -> None:
        if self.active:
            when = self._when(recorded_at)
            self._pending.append((when, 0, prediction_id, "prediction", prediction_hash(prediction_id, first_hash, when)))

    def tags(self, prediction_id: int, recorded_at: dt.datetime, tags: Iterable[str]) -> None:
        if self.active:
            self._pending.append((self._when(recorded_at), 1, prediction_id, "tags", tags_hash(prediction_id, tags)))

    def predictions(self, rows: Iterable[tuple[int, dt.datetime, str, tuple[str, ...]]]) -> None:
        """``prediction`` and, for tagged ones, ``tags`` for many rows (id, recorded_at, content
        hash, tags) in one loop: an import adds a chunk's predictions at once."""
        if not self.active:
            return
        # ``prediction_hash`` and ``tags_hash`` written out in the loop (the same text, byte for
        # byte): the part after the id depends only on the timestamp, shared by a chunk's rows.
        pending, when_of, sha256, text_of = self._pending.append, self._when, hashlib.sha256, _encode_text
        last: Any = None
        when = tail = ""
        for prediction_id, recorded_at, first_hash, tags in rows:
            if recorded_at is not last:
                last, when = recorded_at, when_of(recorded_at)
                tail = f',"kind":"prediction","recorded_at":{text_of(when)}}}'
            pid = int(prediction_id)
            text = f'{{"hash":{text_of(first_hash)},"id":{pid}{tail}'
            pending((when, 0, prediction_id, "prediction", sha256(text.encode("utf-8")).hexdigest()))
            if tags:
                listed = ",".join(map(text_of, sorted(tags)))
                text = f'{{"kind":"tags","prediction":{pid},"tags":[{listed}]}}'
                pending((when, 1, prediction_id, "tags", sha256(text.encode("utf-8")).hexdigest()))

    def resolutions(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """``resolution`` for many rows given as values (id, claim id, outcome, resolved on, evidence,
        note, recorded at, ...), with ``resolution_hash`` written out in the loop (the same text)."""
        if not self.active:
            return
        pending, when_of, sha256, text_of = self._pending.append, self._when, hashlib.sha256, _encode_text
        last: Any = None
        when = tail = ""
        for resolution_id, claim_id, outcome, resolved_on, evidence, note, recorded_at, *_ in rows:
            if recorded_at is not last:
                last, when = recorded_at, when_of(recorded_at)
                tail = f',"recorded_at":{text_of(when)},"resolved_on":'
            text = (
                f'{{"claim":{int(claim_id)},"evidence":{_json_text(evidence)},"kind":"resolution","note":{_json_text(note)},'
                f'"outcome":{text_of(outcome)}{tail}{text_of(_day(resolved_on) or "")}}}'
            )
            pending((when, 2, resolution_id, "resolution", sha256(text.encode("utf-8")).hexdigest()))

    def resolution(self, row: Mapping[str, Any]) -> None:
        if self.active:
            when = self._when(row["recorded_at"])
            digest = resolution_hash(row["claim_id"], row["outcome"], _day(row["resolved_on"]) or "", row["evidence"],
                                     row["note"], when)
            self._pending.append((when, 2, row["id"], "resolution", digest))

    def claim_title(self, row: Mapping[str, Any]) -> None:
        if self.active:
            when = self._when(row["recorded_at"])
            content = claim_title_content(SimpleNamespace(**row))
            self._pending.append((when, _TITLE_RANK, row["id"], "claim_title", content_hash(content)))

    def give_up(self) -> None:
        """Rows whose entries need what is stored (amendments, retractions): build the chain at the end."""
        if self.active:
            self.active = False
            self._pending = []
            self.conn.execute(sa.delete(t.ledger).where(t.ledger.c.seq > self.start))

    def flush(self) -> None:
        """Append the pending entries, if they sort after those already appended."""
        if not self.active or not self._pending:
            return
        self._pending.sort()
        first = self._pending[0][:3]
        if self._last is not None and first < self._last:
            self.give_up()
            return
        self._last = self._pending[-1][:3]
        self._head = append_after(self.conn, self._head, [(kind, rid, digest) for _, _, rid, kind, digest in self._pending])
        self._pending = []

    def finish(self, floors: dict[str, int]) -> int:
        """Complete the chain: the last entries, or all of them the slow way if the fast one gave up."""
        self.flush()
        if self.active:
            return self._head.count - self.start
        return record_unrecorded(self.conn, above=floors)


_TITLE_RANK = list(KINDS).index("claim_title")  # entries sort as record_unrecorded sorts them: (when, kind, id)


#: SQLite's page cache while a carried chain is taken over (KiB): every stored row is read once
#: and the sorts behind the checks take as much memory as the cache, so a bulk load's larger
#: cache would add up to twice its size to the peak for no gain.
ADOPT_CACHE_KIB = 8 * 1024


class CarriedLedger:
    """The ledger a whole export carries, staged in temporary tables as the file is read, so
    that taking it over (``adopt``) keeps memory flat however long the file is. The tables
    are the connection's own (TEMPORARY): they never touch the user's schema and vanish with
    the connection; ``adopt`` drops them."""

    _BATCH = 5_000

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.count = 0
        self._pending: list[tuple[int, int, str, int | None, str, str]] = []
        name = f"tracker_carried_{secrets.token_hex(4)}"
        meta = sa.MetaData()
        temporary = {"prefixes": ["TEMPORARY"]}
        # Every entry as the file gave it (a resolution's comes with each prediction of its claim).
        self.entries = sa.Table(
            f"{name}_entries", meta,
            sa.Column("n", sa.BigInteger, primary_key=True, autoincrement=False),
            sa.Column("seq", sa.BigInteger, nullable=False),
            sa.Column("kind", sa.String, nullable=False),
            sa.Column("record_id", sa.BigInteger),
            sa.Column("content_hash", sa.String, nullable=False),
            sa.Column("entry_hash", sa.String, nullable=False),
            sa.Index(f"ix_{name}_entries_seq", "seq"),
            **temporary,
        )
        # Each entry once, with the entry before it and its rank among entries of its content.
        self.chain = sa.Table(
            f"{name}_chain", meta,
            sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
            sa.Column("kind", sa.String, nullable=False),
            sa.Column("record_id", sa.BigInteger),
            sa.Column("content_hash", sa.String, nullable=False),
            sa.Column("prev_hash", sa.String, nullable=False),
            sa.Column("entry_hash", sa.String, nullable=False),
            sa.Column("nth", sa.BigInteger, nullable=False),
            **temporary,
        )
        # Every stored row's content hash; rows found by content ranked by id within their content.
        self.current = sa.Table(
            f"{name}_current", meta,
            sa.Column("kind", sa.String, nullable=False),
            sa.Column("record_id", sa.BigInteger, nullable=False),
            sa.Column("content_hash", sa.String, nullable=False),
            **temporary,
        )
        self.ranked = sa.Table(
            f"{name}_ranked", meta,
            sa.Column("kind", sa.String, nullable=False),
            sa.Column("content_hash", sa.String, nullable=False),
            sa.Column("nth", sa.BigInteger, nullable=False),
            sa.Column("record_id", sa.BigInteger, nullable=False),
            **temporary,
        )
        self._meta = meta
        self._created = False  # the first entries create the tables: a plain file creates none

    def add(self, entries: Iterable[Mapping[str, Any]]) -> None:
        """Stage one row's entries, as ``read_ledger`` checked them."""
        for entry in entries:
            self.count += 1
            self._pending.append((self.count, int(entry["seq"]), entry["kind"], entry.get("record_id"),
                                  entry["content_hash"], entry["entry_hash"]))
        if len(self._pending) >= self._BATCH:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        if not self._created:
            self.entries.create(self.conn)
            self._created = True
        _insert(self.conn, self.entries, ("n", "seq", "kind", "record_id", "content_hash", "entry_hash"), self._pending)
        self._pending = []

    def drop(self) -> None:
        self._pending = []
        if self._created:
            self._meta.drop_all(self.conn, checkfirst=True)


def _insert(conn: Connection, table: sa.Table, names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    from tracker.storage.bulk import insert_tuples

    insert_tuples(conn, table, names, rows)


def adopt(carried: CarriedLedger) -> bool:
    """Take over the chain an export carried, into a database that had none: each entry is
    tied to the imported row with its content, and kept only if every row then matches its
    entry and has one (so a copy is checked against the original's digest). False when not.
    The checks and the matching run in SQL over the staged entries; Python walks the chain
    once, in order, and reads each stored row once."""
    conn = carried.conn
    cache = conn.exec_driver_sql("PRAGMA main.cache_size").scalar() if conn.dialect.name == "sqlite" else None

    def tidy() -> None:
        carried.drop()
        if cache is not None:
            conn.exec_driver_sql(f"PRAGMA main.cache_size = {int(cache)}")

    try:
        carried.flush()
        if cache is not None:
            conn.exec_driver_sql(f"PRAGMA main.cache_size = -{ADOPT_CACHE_KIB}")
        adopted = carried.count > 0 and head(conn).count == 0 and _adopt(carried)
    except BaseException:
        # On the way out of a failed (or Ctrl-C'd, so maybe invalidated) transaction, tidying
        # up must not replace the error: the rollback undoes the staging anyway.
        with contextlib.suppress(Exception):
            tidy()
        raise
    tidy()
    return adopted


_BY_CONTENT = tuple(name for name in KINDS if name not in BY_PREDICTION_ID)


def _adopt(carried: CarriedLedger) -> bool:
    conn, e, chain = carried.conn, carried.entries, carried.chain
    # Two different entries with one number: the file contradicts itself.
    f = e.alias("f")
    differing = sa.select(e.c.seq).where(sa.exists().where(f.c.seq == e.c.seq, sa.or_(*(
        f.c[name].is_distinct_from(e.c[name]) for name in ("kind", "record_id", "content_hash", "entry_hash")
    )))).limit(1)
    if conn.execute(differing).first() is not None:
        return False
    chain.create(conn)
    once = sa.select(
        e.c.seq, e.c.kind, e.c.record_id, e.c.content_hash,
        sa.func.lag(e.c.entry_hash, 1, GENESIS).over(order_by=e.c.seq), e.c.entry_hash,
        sa.func.row_number().over(partition_by=(e.c.kind, e.c.content_hash), order_by=e.c.seq),
    ).where(~sa.exists().where(f.c.seq == e.c.seq, f.c.n < e.c.n))
    conn.execute(sa.insert(chain).from_select([col.name for col in chain.c], once))
    # The chain itself, walked once in order: numbered 1, 2, 3 …, each hash recomputed.
    expected, prev = 1, GENESIS
    walk = sa.select(chain.c.seq, chain.c.kind, chain.c.record_id, chain.c.content_hash, chain.c.entry_hash).order_by(chain.c.seq)
    for rows in conn.execute(walk.execution_options(yield_per=CarriedLedger._BATCH)).partitions():
        for seq, kind, record_id, digest, entry in rows:
            if seq != expected or kind not in KINDS or (kind in BY_PREDICTION_ID and record_id is None):
                return False
            if entry_hash(seq, kind, digest, prev) != entry:
                return False
            expected, prev = expected + 1, entry
    sa.Index(f"ix_{chain.name}_record", chain.c.kind, chain.c.record_id, chain.c.seq).create(conn)
    sa.Index(f"ix_{chain.name}_content", chain.c.kind, chain.c.content_hash, chain.c.nth).create(conn)
    _stage_rows(carried)
    if not _rows_match(carried):
        return False
    # Taken over: a row found by its content gets this database's id (the n-th entry of a
    # content goes to the n-th lowest id holding it).
    r = carried.ranked
    taken = sa.select(
        chain.c.seq, chain.c.kind, sa.func.coalesce(r.c.record_id, chain.c.record_id), chain.c.content_hash,
        chain.c.prev_hash, chain.c.entry_hash,
    ).select_from(chain.outerjoin(r, sa.and_(
        r.c.kind == chain.c.kind, r.c.content_hash == chain.c.content_hash, r.c.nth == chain.c.nth,
    )))
    conn.execute(sa.insert(t.ledger).from_select(list(_LEDGER_COLUMNS), taken))
    return True


def _stage_rows(carried: CarriedLedger) -> None:
    """Every stored row's content hash, read once; rows found by content ranked by id."""
    conn, c, r = carried.conn, carried.current, carried.ranked
    c.create(conn)
    for name, kind in KINDS.items():
        batch: list[tuple[Any, ...]] = []
        for rid, _, content in kind.read(conn, None):
            batch.append((name, rid, content_hash(content)))
            if len(batch) >= CarriedLedger._BATCH:
                _insert(conn, c, ("kind", "record_id", "content_hash"), batch)
                batch = []
        _insert(conn, c, ("kind", "record_id", "content_hash"), batch)
    sa.Index(f"ix_{c.name}_record", c.c.kind, c.c.record_id).create(conn)
    r.create(conn)
    nth = sa.func.row_number().over(partition_by=(c.c.kind, c.c.content_hash), order_by=c.c.record_id)
    conn.execute(sa.insert(r).from_select(["kind", "content_hash", "nth", "record_id"], sa.select(
        c.c.kind, c.c.content_hash, nth, c.c.record_id).where(c.c.kind.in_(_BY_CONTENT))))
    sa.Index(f"ix_{r.name}_content", r.c.kind, r.c.content_hash, r.c.nth).create(conn)


def _rows_match(carried: CarriedLedger) -> bool:
    """Every entry names a row with its content, and every row has an entry."""
    conn, chain, c, r = carried.conn, carried.chain, carried.current, carried.ranked

    def none(stmt: sa.Select) -> bool:  # type: ignore[type-arg]
        return conn.execute(stmt.limit(1)).first() is None

    by_id = [name for name in BY_PREDICTION_ID if not KINDS[name].latest_only]
    latest = [name for name in BY_PREDICTION_ID if KINDS[name].latest_only]
    # A prediction's entry holds its row's content, and every prediction has one.
    if not none(sa.select(chain.c.seq).where(chain.c.kind.in_(by_id), ~sa.exists().where(
            c.c.kind == chain.c.kind, c.c.record_id == chain.c.record_id, c.c.content_hash == chain.c.content_hash))):
        return False
    if not none(sa.select(c.c.record_id).where(c.c.kind.in_(by_id + latest), ~sa.exists().where(
            chain.c.kind == c.c.kind, chain.c.record_id == c.c.record_id))):
        return False
    # A row that may change (a prediction's tags): its latest entry holds the row's content,
    # or that of no tags when it has none now.
    later = chain.alias("later")
    newest = sa.select(chain.c.record_id, chain.c.content_hash, c.c.content_hash).select_from(
        chain.outerjoin(c, sa.and_(c.c.kind == chain.c.kind, c.c.record_id == chain.c.record_id))
    ).where(chain.c.kind.in_(latest), ~sa.exists().where(
        later.c.kind == chain.c.kind, later.c.record_id == chain.c.record_id, later.c.seq > chain.c.seq))
    for rows in conn.execute(newest.execution_options(yield_per=CarriedLedger._BATCH)).partitions():
        for record_id, digest, now in rows:
            if digest != (now if now is not None else content_hash(tags_content(record_id, []))):
                return False
    # Rows found by content (their ids are this database's own): the n-th entry of a content
    # has an n-th row holding it, and the other way round.
    if not none(sa.select(chain.c.seq).where(chain.c.kind.in_(_BY_CONTENT), ~sa.exists().where(
            r.c.kind == chain.c.kind, r.c.content_hash == chain.c.content_hash, r.c.nth == chain.c.nth))):
        return False
    return none(sa.select(r.c.record_id).where(~sa.exists().where(
        chain.c.kind == r.c.kind, chain.c.content_hash == r.c.content_hash, chain.c.nth == r.c.nth)))


def entries_for(conn: Connection, wanted: dict[str, list[int]]) -> dict[tuple[str, int], list[dict[str, Any]]]:
    """The entries recording the given (kind, ids), as an export carries them."""
    l = t.ledger
    found: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for kind, ids in wanted.items():
        for start in range(0, len(ids), CHUNK):
            for row in conn.execute(sa.select(l).where(l.c.kind == kind, l.c.record_id.in_(ids[start : start + CHUNK])).order_by(l.c.seq)):
                entry = {"seq": row.seq, "kind": row.kind, "record_id": row.record_id,
                         "content_hash": row.content_hash, "entry_hash": row.entry_hash}
                if kind not in BY_PREDICTION_ID:
                    del entry["record_id"]  # this database's own id: a copy finds the row by its content
                found.setdefault((kind, row.record_id), []).append(entry)
    return found


# --- verifying -------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """The first thing that does not match, and what kind of change it looks like."""

    seq: int | None
    change: str  # edit, deletion, insertion, reorder
    detail: str


@dataclass(frozen=True)
class Report:
    head: Head
    entries: int
    findings: list[Finding]

    @property
    def finding(self) -> Finding | None:
        """The first entry that does not match."""
        return self.findings[0] if self.findings else None


def verify_chain(conn: Connection, at: int | None = None) -> tuple[Head, Finding | None, str | None]:
    """Recompute every entry's hash in order; returns the head, the first break, and the hash
    of entry ``at`` (for ``--since``)."""
    l = t.ledger
    prev, expected_seq = GENESIS, 0
    found: str | None = None
    for chunk in conn.execute(sa.select(l).order_by(l.c.seq)).partitions(5000):
        for row in chunk:
            expected_seq += 1
            if row.seq != expected_seq:
                change = "deletion" if row.seq > expected_seq else "insertion"
                return Head(expected_seq - 1, prev), Finding(expected_seq, change, f"ledger entry {expected_seq} is missing (the next is {row.seq})"), found
            if row.prev_hash != prev:
                return Head(expected_seq - 1, prev), Finding(row.seq, "reorder", f"ledger entry {row.seq} does not follow entry {row.seq - 1} (entries removed, inserted or reordered)"), found
            if entry_hash(row.seq, row.kind, row.content_hash, row.prev_hash) != row.entry_hash:
                return Head(expected_seq - 1, prev), Finding(row.seq, "edit", f"ledger entry {row.seq} ({row.kind}) was edited: its hash does not match its content"), found
            prev = row.entry_hash
            if row.seq == at:
                found = prev
    return Head(expected_seq, prev), None, found


def verify_records(conn: Connection) -> list[Finding]:
    """Every row matches the entry that recorded it, and every row has one; findings in
    ledger order (rows no entry recorded last)."""
    l = t.ledger
    entries: dict[str, list[tuple[int, int, str]]] = {name: [] for name in KINDS}
    for seq, kind, record_id, digest in conn.execute(sa.select(l.c.seq, l.c.kind, l.c.record_id, l.c.content_hash).order_by(l.c.seq)):
        if kind not in KINDS:
            return [Finding(seq, "insertion", f"ledger entry {seq} has an unknown kind {kind!r}")]
        entries[kind].append((seq, record_id, digest))
    findings: list[Finding] = []
    for name, kind in KINDS.items():
        current = {rid: content_hash(content) for rid, _, content in kind.read(conn, None)}
        if kind.latest_only:
            latest: dict[int, tuple[int, str]] = {}
            for seq, rid, digest in entries[name]:
                latest[rid] = (seq, digest)
            for rid, (seq, digest) in latest.items():
                now = current.get(rid, content_hash(tags_content(rid, [])))
                if now != digest:
                    findings.append(Finding(seq, "edit", f"ledger entry {seq}: the tags of prediction {rid} were changed"))
            for rid in sorted(set(current) - set(latest)):
                findings.append(Finding(None, "insertion", f"prediction {rid} has tags no ledger entry recorded"))
            continue
        recorded_hashes = {digest: (seq, rid) for seq, rid, digest in entries[name]}
        seen: set[int] = set()
        recorded_ids = {rid for _, rid, _ in entries[name]}
        for seq, rid, digest in entries[name]:
            seen.add(rid)
            now = current.get(rid)
            if now == digest:
                continue
            if now is None:
                moved = [other for other, h in current.items() if h == digest and other not in recorded_ids]
                if moved:
                    findings.append(Finding(seq, "reorder", f"ledger entry {seq}: {name} {rid} now has id {moved[0]} (records renumbered)"))
                else:
                    findings.append(Finding(seq, "deletion", f"ledger entry {seq}: {name} {rid} was deleted"))
            elif name == "prediction" and digest in _earlier_versions(conn, rid):
                continue  # recorded before an imported history of its earlier versions arrived
            elif now in recorded_hashes:
                findings.append(Finding(seq, "reorder", f"ledger entry {seq}: {name} {rid} holds what entry {recorded_hashes[now][0]} recorded ({name}s swapped or reordered)"))
            elif name == "prediction" and _swapped_id(conn, rid, entries[name]):
                findings.append(Finding(seq, "reorder", f"ledger entry {seq}: prediction {rid} holds another prediction's content (ids swapped)"))
            else:
                findings.append(Finding(seq, "edit", f"ledger entry {seq}: {name} {rid} was changed after it was recorded"))
        for rid in sorted(set(current) - seen):
            if current[rid] in recorded_hashes:
                continue  # reported above as a renumbering
            findings.append(Finding(None, "insertion", f"{name} {rid} was added outside tracker (no ledger entry records it)"))
    return sorted(findings, key=lambda f: (f.seq is None, f.seq or 0))


def _earlier_versions(conn: Connection, rid: int) -> set[str]:
    """Prediction entries as they would read for each version its amendment history names
    (the entry's version is one of them when that history was imported after it)."""
    a = t.amendment
    row = contents(conn, "prediction", [rid]).get(rid)
    if row is None:
        return set()
    versions = {h for pair in conn.execute(sa.select(a.c.hash_before, a.c.hash_after).where(a.c.prediction_id == rid)) for h in pair}
    return {content_hash(dict(row, hash=h)) for h in versions}


def _swapped_id(conn: Connection, rid: int, recorded: list[tuple[int, int, str]]) -> bool:
    """Whether prediction ``rid``'s content, under another recorded id, is that id's entry."""
    row = contents(conn, "prediction", [rid]).get(rid)
    if row is None:
        return False
    for _, other, digest in recorded:
        if other != rid and content_hash(dict(row, id=other)) == digest:
            return True
    return False


def verify(conn: Connection) -> Report:
    top, finding, _ = verify_chain(conn)
    return Report(top, top.count, [finding] if finding else verify_records(conn))


def extends(conn: Connection, published: Head) -> Finding | None:
    """None when today's chain verifies and its entry ``published.count`` is the published hash."""
    top, finding, published_entry = verify_chain(conn, published.count)
    if finding is not None:
        return finding
    if published.count == 0:
        return None if published.hash == GENESIS else Finding(None, "edit", "a digest of 0 entries has the hash of 64 zeros")
    if published.count > top.count:
        return Finding(top.count + 1, "deletion", f"the record has {top.count} entries, fewer than the {published.count} published: entries were deleted")
    if published_entry != published.hash:
        return Finding(published.count, "edit", f"ledger entry {published.count} is not the one published: the record was rewritten up to there")
    return None
