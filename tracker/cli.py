"""The ``tracker`` command line: each command parses its options, calls one library
function and hands the result to a renderer. No SQL and no arithmetic here.

Heavy modules (SQLAlchemy, SQLModel, the extractor) are imported inside the commands
that need them, so ``tracker --help`` starts in a fraction of a second.
"""

# No ``from __future__ import annotations`` here: Typer reads every command's signature at
# start-up, and evaluating annotation strings (compile + eval per parameter) doubled the
# time of ``tracker --help``.
import contextlib
import functools
import itertools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperArgument, TyperGroup, TyperOption

from tracker import __version__
from tracker.errors import ExitCode, TrackerError, UsageError

if TYPE_CHECKING:
    from tracker.storage.database import Database
    from tracker.queries import Filters


def _fail(message: str, code: int) -> NoReturn:
    from tracker.storage.backend import mask_password

    # whatever the message quotes (a driver's text in an internal error, say), no password
    sys.stderr.write(f"tracker: error: {mask_password(message)}\n")
    sys.stderr.flush()
    sys.exit(code)


class TrackerGroup(TyperGroup):
    """Turns every failure into one line on stderr and an exit code, in one place; gives every
    command ``--db`` and plain placeholders in its help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from tracker.params import quick_params

        db = next(p for p in self.params if p.name == "db")
        for command in (self.commands or {}).values():
            _plain_help(command)
            command.params.append(_db_option(db))
            quick_params(command)

    def get_params(self, ctx: Any) -> Any:
        from tracker.params import install

        return install(super().get_params(ctx))

    def invoke(self, ctx: Any) -> Any:
        """Ctrl-C and SIGTERM become one line here, before Typer turns them into a bare exit 130."""
        from tracker.errors import Interrupted, Terminated

        try:
            return super().invoke(ctx)
        except Terminated:
            raise Interrupted("terminated (SIGTERM); the running query was cancelled and the current transaction "
                              "rolled back", ExitCode.TERMINATED) from None
        except KeyboardInterrupt:
            raise Interrupted("interrupted; the running query was cancelled and the current transaction rolled back",
                              ExitCode.INTERRUPTED) from None

    def main(self, args: Any = None, prog_name: Any = None, complete_var: Any = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if sys.stdout is None:  # started with standard output closed (``>&-``)
            sys.stdout = _ClosedOutput()  # type: ignore[assignment]
        if sys.stderr is None:
            sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - nowhere to say anything
        try:
            try:
                from tracker.errors import Terminated
                from tracker.interrupts import as_exceptions

                with as_exceptions(Terminated):
                    result = super().main(args=args, prog_name=prog_name or "tracker", complete_var=complete_var,
                                          standalone_mode=False, **extra)
            except BaseException:
                _forget_created(refused=True)
                raise
            _forget_created(refused=isinstance(result, int) and result != 0)
        except TrackerError as exc:
            _fail(exc.message, exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted; the current transaction was rolled back", ExitCode.INTERRUPTED)
        except BrokenPipeError:
            # The reader (head, less) went away: not an error worth a message.
            sys.stderr = open(os.devnull, "w")  # noqa: SIM115
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
            sys.exit(ExitCode.ERROR)
        except OSError as exc:
            import errno

            if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                if exc.filename and exc.strerror:
                    # The system refused a file the user named (a name too long, a loop of links):
                    # checked before anything is written, so it is said as the system says it.
                    _fail(f"cannot use {exc.filename}: {exc.strerror}", ExitCode.ERROR)
                _fail_unexpected(exc)
            # Files named with -o/--html are renamed into place only when complete, and an
            # import's transaction is rolled back: the record is never left half-written.
            where = f" writing {exc.filename}" if exc.filename else ""
            _fail(f"the disk is full{where}; the command stopped and the record was not changed", ExitCode.ERROR)
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            _fail_unexpected(exc)
        code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


class _ClosedOutput:
    """Standard output when the command was started without one: a command that prints fails
    with one line; a command that prints nothing (``add`` reports on stderr) runs as usual."""

    def write(self, text: str) -> int:
        raise TrackerError("standard output is closed: nothing could be printed (give it a file or a pipe)")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _fail_unexpected(exc: BaseException) -> NoReturn:
    """The last line of defence against tracebacks: one line, or Click's own usage messages."""
    if type(exc).__name__ == "NoArgsIsHelpError":
        # Bare ``tracker``: the help, on stdout, and nothing went wrong.
        sys.stdout.write(exc.format_message() + "\n")  # type: ignore[attr-defined]
        sys.exit(0)
    click_error = _click_error(exc)
    if click_error is not None:
        _fail(*click_error)
    if os.environ.get("TRACKER_DEBUG"):
        raise exc
    _fail(f"internal error ({type(exc).__name__}: {' '.join(str(exc).split())}); "
          "please report it; set TRACKER_DEBUG=1 for details", ExitCode.ERROR)


def _db_option(group_option: Any) -> Any:
    """``--db`` after the command (``tracker scorecard --db x.db``) means the same as before it."""
    import copy

    def remember(ctx: Any, param: Any, value: str | None) -> None:
        if value is not None:
            ctx.ensure_object(dict)["db"] = value

    option = copy.copy(group_option)
    option.expose_value = False
    option.callback = remember
    option.help = "Database file or postgresql:// URL (also accepted before the command). Example: --db ~/forecasts.db"
    return option


#: Placeholders for options declared without one, by option name.
_PLACEHOLDERS = {"author": "NAME", "outlet": "NAME", "url": "URL", "evidence": "URL", "tag": "TAG",
                 "format": "FORMAT", "status": "STATUS", "by": "FIELD", "outcome": "OUTCOME"}


class PlainArgument(TyperArgument):
    """An argument shown as ``CLAIM`` or ``[FILE]...`` in help, as Click does, not ``{claim}``."""

    def _usage_display_name(self) -> str:
        name = self.metavar or (self.name or "").upper()
        return name if self.required else f"[{name}]"

    def _rich_display_name(self) -> str:
        return self.metavar or (self.name or "").upper()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None


class PlainOption(TyperOption):
    """An option shown as ``--author NAME`` in help; a flag shows no ``<bool>``."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None if self.is_flag else self.metavar


def _plain_help(command: Any) -> None:
    """Help shows ``CLAIM``, ``ID``, ``FILE...`` and ``--author NAME``, never Typer's ``{claim}``,
    ``<str>`` or ``<bool>``."""
    for param in command.params:
        if type(param) is TyperArgument:
            param.__class__ = PlainArgument
            if param.metavar is None:
                param.metavar = (param.name or "").upper()
        elif type(param) is TyperOption:
            param.__class__ = PlainOption
            if param.metavar is None and not param.is_flag:
                param.metavar = _PLACEHOLDERS.get(param.name or "", "TEXT")


# Databases this process created, so that a refused command can leave the folder as it found it.
_CREATED: "list[Database]" = []


def _forget_created(*, refused: bool) -> None:
    """After a refusal, remove each database this command created and never wrote to."""
    if not _CREATED:
        return  # --help and reading commands never load tracker.db here
    from tracker.storage.database import remove_database_files

    while _CREATED:
        database = _CREATED.pop()
        if refused and database.writes == 0:
            database.dispose()
            remove_database_files(database.path)


def _click_error(exc: Exception) -> tuple[str, int] | None:
    """Click's usage errors (missing option, bad choice), as one line instead of a boxed panel."""
    if type(exc).__name__ == "Abort":
        return "aborted", ExitCode.ERROR
    if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
        return None
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "tracker"
    message = " ".join(exc.format_message().split())
    return f"{message} (see '{where} --help')", int(exc.exit_code) or ExitCode.USAGE


app = typer.Typer(
    cls=TrackerGroup,
    help="Hold forecasters to account: pull forecasts out of articles, record what happened, and score the sources.",
    epilog="Example: tracker add 'Russia will invade Ukraine' --author 'Pepe Escobar' --date 2021-12-09 --probability 10%",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", metavar="PATH",
                  help="Database file, or a PostgreSQL URL (postgresql://user@host/db; needs tracker[postgres]). "
                       "Default: $TRACKER_DB, else ./predictions.db. Example: --db ~/forecasts.db")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                       help="Print the version and exit.")] = False,
    timeout: Annotated[float | None, typer.Option("--timeout", metavar="SECONDS",
                       help="When another process is writing, wait at most SECONDS for it, then fail (exit 1). "
                            "Default: wait as long as it takes. Example: --timeout 30")] = None,
) -> None:
    """Hold forecasters to account: pull forecasts out of articles, record what happened, and score the sources."""
    if timeout is not None and not 0 <= timeout < float("inf"):
        raise UsageError(f"--timeout {timeout:g} is not a number of seconds (0 or more)")
    ctx.obj = {"db": db, "timeout": timeout}


def _database(ctx: typer.Context, *, create: bool = True) -> "Database":
    """Open the chosen database. Commands that only read never create one: a typo in --db
    gets an error, not a new empty file."""
    from tracker.storage.database import database_path, open_database
    from tracker.errors import NotFoundError

    path = database_path(ctx.obj.get("db") if ctx.obj else None)
    existed = path.exists()
    if not create and not existed:
        raise NotFoundError(
            f"no database at {path}: record predictions first with 'tracker add', 'tracker import' "
            "or 'tracker extract --save' (or choose another with --db)"
        )
    try:
        database = open_database(path, timeout=ctx.obj.get("timeout") if ctx.obj else None)
    except (TrackerError, KeyboardInterrupt) as exc:
        # The disk filled, or Ctrl-C came, while this command wrote the new file's schema: remove
        # what it began (only then: a file another process created meanwhile is not ours to remove).
        stopped = isinstance(exc, KeyboardInterrupt) or "the disk is full" in exc.message
        if not existed and isinstance(path, Path) and stopped:
            from tracker.storage.database import remove_database_files

            remove_database_files(path)
        raise
    if not create and database.schema_pending:  # an empty server database: as a missing file
        database.dispose()
        raise NotFoundError(
            f"no predictions at {path} yet (the database is empty): record predictions first with 'tracker add', "
            "'tracker import' or 'tracker extract --save' (or choose another with --db)"
        )
    if not existed:
        _CREATED.append(database)
    return database


def _filters(author: str | None = None, outlet: str | None = None, tag: str | None = None,
             status: str = "all", since: str | None = None, until: str | None = None, every: bool = False) -> "Filters":
    from tracker.dates import parse_optional_date
    from tracker.queries import Filters

    return Filters(
        author=author, outlet=outlet, tag=tag, status=status,
        since=parse_optional_date(since, what="--since"),
        until=parse_optional_date(until, what="--until"),
        every=every,
    )


def _one_format(**flags: bool) -> str | None:
    chosen = [name for name, on in flags.items() if on]
    if len(chosen) > 1:
        raise UsageError(f"choose one output format, not {' and '.join('--' + c for c in chosen)}")
    return chosen[0] if chosen else None


def _whole_number(value: str | int) -> int:
    """Ids and counts are typed with the digits 0-9 only: int() would also take "１" or "٣"."""
    if isinstance(value, int):
        return value
    digits = value[1:] if value[:1] in "+-" else value
    if not (digits.isascii() and digits.isdigit()):
        raise typer.BadParameter(f"{value!r} is not a whole number written with the digits 0-9")
    if len(digits.lstrip("0")) > _MOST_DIGITS:  # int() refuses past 4,300 digits; no id comes near
        raise typer.BadParameter(f"a number of {len(digits):,} digits is far too large for an id or a count")
    return int(value)


#: Digits of the largest number a command takes: ids past 2**63 - 1 are answered "no such id".
_MOST_DIGITS = 100


def _completer(field: str) -> Any:
    """Shell completion of author, outlet or tag names from the chosen database."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        from tracker.storage.database import complete_names, database_path

        chosen = None
        while ctx is not None and chosen is None:
            chosen = ctx.params.get("db")
            if chosen is None and isinstance(ctx.obj, dict):
                chosen = ctx.obj.get("db")
            ctx = ctx.parent  # type: ignore[assignment]
        try:
            path = database_path(chosen)
        except TrackerError:
            return []
        return complete_names(path, field, incomplete)

    return complete


# Shared option declarations: one wording everywhere.
AuthorOpt = Annotated[str | None, typer.Option("--author", metavar="NAME", autocompletion=_completer("author"),
                                               help="Only this author. Example: --author 'Pepe Escobar'")]
OutletOpt = Annotated[str | None, typer.Option("--outlet", metavar="NAME", autocompletion=_completer("outlet"),
                                               help="Only this outlet. Example: --outlet 'Global Research'")]
TagOpt = Annotated[str | None, typer.Option("--tag", metavar="TAG", autocompletion=_completer("tag"),
                                            help="Only predictions with this tag. Example: --tag ukraine")]
SinceOpt = Annotated[str | None, typer.Option("--since", metavar="DATE", help="Only predictions made on or after DATE. Example: --since 2021-01-01")]
UntilOpt = Annotated[str | None, typer.Option("--until", metavar="DATE", help="Only predictions made on or before DATE. Example: --until 2021-12-31")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
JsonResultOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
EveryOpt = Annotated[bool, typer.Option("--every", help="Count every prediction, not only each source's latest on a claim (see README, Scoring).")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", parser=_whole_number, metavar="N", help="Show at most N rows (a terminal shows 50 unless told).")]
OffsetOpt = Annotated[int, typer.Option("--offset", parser=_whole_number, metavar="N", help="Skip the first N rows. Example: --offset 50")]
AllOpt = Annotated[bool, typer.Option("--all", help="Show every row on a terminal too (piped output always has every row).")]


def _listing(rows: Any, page: Any, *, title: str | None, count: Any, noun: str) -> int:
    """Show a listing on a terminal: a table of one page, and how many more on stderr.
    Returns how many rows were shown."""
    from tracker import paging, render

    out = render.console()
    shown = list(itertools.islice(rows, page.limit)) if page.limit is not None else list(rows)
    more = page.paged and next(rows, None) is not None
    if shown:
        table, _ = render.predictions_table(shown, title=title, width=out.width)
        out.print(table)
    if more or (page.paged and page.offset):
        _message(paging.more_line(page, len(shown), count(), noun))
    return len(shown)


def _message(line: str) -> None:
    """A message for the person at the terminal: stderr, never mixed into the data, one line
    that the terminal wraps (so it can be copied or grepped whole)."""
    from tracker import render

    render.console(stderr=True).print(render.text(line), soft_wrap=True)


# --- recording -----------------------------------------------------------------------------


@app.command()
def add(
    ctx: typer.Context,
    claim: Annotated[str, typer.Argument(help="What is predicted, worded so it ends up true or false.")],
    author: Annotated[str, typer.Option("--author", autocompletion=_completer("author"), help="Who made the prediction. Example: --author 'Pepe Escobar'")],
    date: Annotated[str, typer.Option("--date", metavar="DATE", help="When it was made. Example: --date 'Dec 9, 2021'")],
    probability: Annotated[str | None, typer.Option("--probability", "-p", metavar="P",
                           help="Stated probability: 0.8, 80% or a phrase such as 'likely'. Without it the prediction asserts the claim.")] = None,
    deadline: Annotated[str | None, typer.Option("--deadline", metavar="DATE",
                        help="When the claim is due; a year or month means its end. Example: --deadline 2022-12-31")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", autocompletion=_completer("outlet"), help="Where it was published. Example: --outlet 'Global Research'")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Link to the source. Example: --url https://example.org/article")] = None,
    quote: Annotated[str | None, typer.Option("--quote", help="The verbatim words of the prediction.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", autocompletion=_completer("tag"), help="A label; repeat for several. Example: --tag ukraine --tag war")] = None,
    json_out: JsonResultOpt = False,
) -> None:
    """Record a prediction.

    Example: tracker add 'Russia will invade Ukraine' --author 'Pepe Escobar' --date 2021-12-09 -p 10% --deadline 2022-12-31
    """
    from tracker import queries, render, store
    from tracker.dates import parse_date
    from tracker.probability import parse_probability
    from tracker.records import PredictionInput

    entry = PredictionInput(
        claim=claim, author=author, made_on=parse_date(date, what="date"),
        probability=parse_probability(probability) if probability is not None else None,
        deadline=parse_date(deadline, what="deadline", period_end=True) if deadline is not None else None,
        outlet=outlet, url=url, quote=quote, tags=tuple(tag or ()),
    ).checked()
    database = _database(ctx)
    with database.write() as conn:
        result = store.add_prediction(conn, entry)
        row = queries.get_prediction(conn, result.id)
    if json_out:
        render.write_json({"id": result.id, "created": result.created, **{k: v for k, v in row.items() if k != "id"}})
        return
    verb = "Added" if result.created else "Already recorded as"
    shown = render.percent(row["probability"]) if row["probability"] is not None else "asserted"
    _message(f"{verb} prediction {result.id}: {row['claim']} ({shown}, {row['author']}, {row['date']})")
    for other in result.same_wording:
        due = f"deadline {other.deadline.isoformat()}" if other.deadline else "no deadline"
        render.console(stderr=True).print(render.text(
            f"Note: the same words are claim {other.claim_id} ({due}), resolved on {other.resolved_on.isoformat()}; "
            "this prediction is on a separate claim because its deadline differs."
        ))
    if not result.created and set(entry.tags) != set(row["tags"]):
        _message(f"Its tags were not changed; to change them: tracker amend {result.id} --tag … --reason …")


@app.command()
def resolve(
    ctx: typer.Context,
    prediction_id: Annotated[int, typer.Argument(parser=_whole_number, metavar="ID", help="A prediction id; its claim is resolved for every source that predicted it.")],
    outcome: Annotated[str, typer.Option("--outcome", "-o", help="true, false, ambiguous (reality unclear) or annulled (the premise broke).")],
    date: Annotated[str, typer.Option("--date", metavar="DATE", help="When the outcome was known. Default: today.")] = "today",
    evidence: Annotated[str | None, typer.Option("--evidence", metavar="URL", help="A public record of the outcome. Example: --evidence https://en.wikipedia.org/wiki/...")] = None,
    note: Annotated[str | None, typer.Option("--note", help="One line on why. Example: --note 'Invasion began 24 Feb 2022'")] = None,
    early: Annotated[bool, typer.Option("--early", help="Allow 'false' before the claim's deadline (the event can no longer happen); needs --note.")] = False,
    json_out: JsonResultOpt = False,
) -> None:
    """Record what happened to a prediction's claim. Earlier resolutions stay in the history.

    Example: tracker resolve 1 --outcome true --date 2022-02-24 --evidence https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine
    """
    from tracker import render, store
    from tracker.dates import parse_date
    from tracker.records import ResolutionInput

    entry = ResolutionInput(outcome=outcome, resolved_on=parse_date(date, what="resolution date"), evidence=evidence, note=note).checked()
    database = _database(ctx, create=False)
    with database.write() as conn:
        result = store.resolve_prediction(conn, prediction_id, entry, early=early)
    if json_out:
        from tracker.queries import outcome_value

        render.write_json({"id": prediction_id, "claim_id": result.claim_id, "claim": result.claim,
                           "resolution_id": result.resolution_id, "created": result.created,
                           "outcome": outcome_value(entry.outcome), "predictions_scored": result.predictions,
                           "previous_outcome": outcome_value(result.previous)})
        return
    plural = "s" if result.predictions != 1 else ""
    touched = f"claim {result.claim_id} “{result.claim}” (through prediction {prediction_id}, by {result.author})"
    if not result.created:
        message = f"Claim {result.claim_id} “{result.claim}” is already resolved {entry.outcome} (resolution {result.resolution_id}); nothing changed."
    else:
        message = f"Resolved {touched} as {entry.outcome}: resolution {result.resolution_id}, affects {result.predictions} prediction{plural}."
        if result.previous:
            message += f" It replaces the earlier outcome '{result.previous}', which stays in the history."
        message += f" Wrong claim? tracker retract {result.resolution_id} --reason '…'"
    _message(message)


@app.command()
def retract(
    ctx: typer.Context,
    resolution_id: Annotated[int, typer.Argument(parser=_whole_number, metavar="RESOLUTION_ID", help="The resolution to withdraw ('tracker show ID' lists a claim's resolutions with their ids).")],
    reason: Annotated[str, typer.Option("--reason", help="Why it was wrong; kept in the history. Example: --reason 'meant claim 2'")],
    json_out: JsonResultOpt = False,
) -> None:
    """Withdraw a resolution recorded by mistake. It stays in the history, marked retracted, and no view counts it, --as-of included.

    Example: tracker retract 3 --reason 'resolved prediction 2 instead of claim 2'
    """
    from tracker import render, store
    from tracker.queries import iso, outcome_value

    database = _database(ctx, create=False)
    with database.write() as conn:
        result = store.retract_resolution(conn, resolution_id, reason)
    now = result.now_counts
    if json_out:
        render.write_json({
            "resolution_id": result.resolution_id, "claim_id": result.claim_id, "claim": result.claim,
            "retracted_outcome": outcome_value(result.outcome), "retracted_resolved_on": iso(result.resolved_on),
            "now_counts": None if now is None else {"resolution_id": now.id, "outcome": outcome_value(now.outcome), "resolved_on": iso(now.resolved_on)},
        })
        return
    after = (f"the claim now counts as {now.outcome} (resolution {now.id}, {now.resolved_on.isoformat()})"
             if now else "the claim is now unresolved")
    _message(
        f"Retracted resolution {result.resolution_id} ({result.outcome} on {result.resolved_on.isoformat()}) of claim "
        f"{result.claim_id} “{result.claim}”; {after}. It stays in the history (tracker show)."
    )


@app.command()
def amend(
    ctx: typer.Context,
    prediction_id: Annotated[int, typer.Argument(parser=_whole_number, metavar="ID", help="The prediction to correct.")],
    reason: Annotated[str, typer.Option("--reason", help="Why it changes; kept in the history. Example: --reason 'typo in the quote'")],
    claim: Annotated[str | None, typer.Option("--claim", help="New claim wording.")] = None,
    probability: Annotated[str | None, typer.Option("--probability", "-p", metavar="P", help="New probability (0.8, 80%, 'likely'); 'none' removes it.")] = None,
    author: Annotated[str | None, typer.Option("--author", help="New author.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="New outlet; 'none' removes it.")] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="DATE", help="New date made.")] = None,
    deadline: Annotated[str | None, typer.Option("--deadline", metavar="DATE", help="New deadline; 'none' removes it.")] = None,
    quote: Annotated[str | None, typer.Option("--quote", help="New quote; 'none' removes it.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="New URL; 'none' removes it.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Replace the tags; repeat for several.")] = None,
    json_out: JsonResultOpt = False,
) -> None:
    """Correct a prediction. The old version, its hash and the reason stay in its history.

    Example: tracker amend 3 --probability 0.1 --reason 'the article says nobody expects it'
    """
    from tracker import render, store
    from tracker.dates import parse_date
    from tracker.probability import parse_probability

    def cleared(value: str) -> bool:
        """'none' (any case) or nothing removes a field: one meaning for every clearable option."""
        return value.strip().lower() in ("none", "")

    changes: dict[str, Any] = {}
    if claim is not None:
        changes["claim"] = claim
    if probability is not None:
        changes["probability"] = None if cleared(probability) else parse_probability(probability)
    if author is not None:
        changes["author"] = author
    if outlet is not None:
        changes["outlet"] = None if cleared(outlet) else outlet
    if date is not None:
        changes["made_on"] = parse_date(date, what="date")
    if deadline is not None:
        changes["deadline"] = None if cleared(deadline) else parse_date(deadline, what="deadline", period_end=True)
    if quote is not None:
        changes["quote"] = None if cleared(quote) else quote
    if url is not None:
        changes["url"] = None if cleared(url) else url
    if tag is not None:
        changes["tags"] = tuple(tag)
    if not changes:
        raise UsageError("nothing to amend: give at least one of --claim, --probability, --author, --outlet, --date, --deadline, --quote, --url, --tag")
    database = _database(ctx)
    with database.write() as conn:
        result = store.amend_prediction(conn, prediction_id, reason, changes)
    if json_out:
        render.write_json({"id": result.id, "changed": list(result.changed), "hash_before": result.hash_before, "hash_after": result.hash_after})
        return
    _message(
        f"Amended prediction {result.id} ({', '.join(result.changed)}). Hash {result.hash_before[:12]}… → {result.hash_after[:12]}…; "
        f"the old version is kept (tracker show {result.id})."
    )


# --- reading -------------------------------------------------------------------------------


@app.command("list")
def list_(
    ctx: typer.Context,
    author: AuthorOpt = None,
    outlet: OutletOpt = None,
    tag: TagOpt = None,
    status: Annotated[str, typer.Option("--status", help="open (unresolved), resolved, due (deadline passed, unresolved) or all.")] = "all",
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
    every: AllOpt = False,
    json_out: JsonOpt = False,
    csv_out: CsvOpt = False,
) -> None:
    """List predictions, newest first: a page of 50 on a terminal, every row (tab-separated) when piped.

    Example: tracker list --author 'Pepe Escobar' --status resolved --json
    """
    from tracker import paging, queries, render

    fmt = _one_format(json=json_out, csv=csv_out)
    filters = _filters(author, outlet, tag, status, since, until)
    page = paging.choose(limit=limit, offset=offset, every=every, terminal=fmt is None and render.stdout_is_terminal())
    database = _database(ctx, create=False)
    with database.read() as conn:
        queries.check_sources(conn, filters)
        rows = queries.iter_predictions(conn, filters, limit=page.fetch, offset=page.offset)
        if fmt == "json":
            render.write_json_array(rows)
        elif fmt == "csv":
            render.write_csv(rows, queries.CSV_COLUMNS)
        elif not page.terminal:
            render.write_tsv(queries.iter_listing_lines(conn, filters, limit=page.fetch, offset=page.offset))
        elif not _listing(rows, page, title=None, count=lambda: queries.count_listing(conn, filters), noun="predictions") \
                and not page.offset:
            _message("No predictions match.")


@app.command()
def due(
    ctx: typer.Context,
    author: AuthorOpt = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
    every: AllOpt = False,
    json_out: JsonOpt = False,
    csv_out: CsvOpt = False,
) -> None:
    """Predictions whose deadline has passed without a resolution, oldest deadline first: the list to work through.

    Example: tracker due
    """
    from tracker import paging, queries, render

    fmt = _one_format(json=json_out, csv=csv_out)
    filters = _filters(author=author, status="due")
    page = paging.choose(limit=limit, offset=offset, every=every, terminal=fmt is None and render.stdout_is_terminal())
    database = _database(ctx, create=False)
    with database.read() as conn:
        queries.check_sources(conn, _filters(author=author))
        rows = queries.iter_predictions(conn, filters, order="deadline", limit=page.fetch, offset=page.offset)
        if fmt == "json":
            render.write_json_array(rows)
        elif fmt == "csv":
            render.write_csv(rows, queries.CSV_COLUMNS)
        elif not page.terminal:
            render.write_tsv(queries.iter_listing_lines(conn, filters, order="deadline", limit=page.fetch, offset=page.offset))
        elif _listing(rows, page, title="Due for resolution", count=lambda: queries.count_listing(conn, filters), noun="due"):
            _message("Record outcomes with: tracker resolve ID --outcome true|false")
        elif not page.offset:
            _message("Nothing is due.")


@app.command()
def show(
    ctx: typer.Context,
    prediction_id: Annotated[int, typer.Argument(parser=_whole_number, metavar="ID", help="The prediction to show.")],
    every: Annotated[bool, typer.Option("--all", help="On a terminal, list every other source that predicted the claim, not the first 50.")] = False,
    json_out: JsonResultOpt = False,
) -> None:
    """Show one prediction: claim, quote, hash, resolution history and amendments (piped: one 'field<TAB>value' line each).

    Example: tracker show 1
    """
    from tracker import paging, queries, render

    terminal = not json_out and render.stdout_is_terminal()
    database = _database(ctx, create=False)
    with database.read() as conn:
        detail = queries.get_prediction(conn, prediction_id, others=paging.PAGE if terminal and not every else None)
    if json_out:
        render.write_json(detail)
    elif not terminal:
        render.write_tsv(render.prediction_lines(detail))
    else:
        out = render.console()
        for part in render.prediction_detail(detail):
            out.print(part, soft_wrap=False)


# --- scoring -------------------------------------------------------------------------------


@app.command()
def scorecard(
    ctx: typer.Context,
    by: Annotated[str, typer.Option("--by", help="Group by author, outlet, tag or year.")] = "author",
    author: AuthorOpt = None,
    outlet: OutletOpt = None,
    tag: TagOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Score only what was known by DATE: predictions made and outcomes dated on or before it.")] = None,
    min_scored: Annotated[int, typer.Option("--min-scored", parser=_whole_number, metavar="N", help="Sources with fewer scored forecasts are marked too few to judge and ranked last.")] = 5,
    every: EveryOpt = False,
    json_out: JsonOpt = False,
    csv_out: CsvOpt = False,
) -> None:
    """Score each source: hit rate with its 95% interval, Brier and log scores.

    Example: tracker scorecard --by outlet --since 2020-01-01
    """
    from tracker import aggregates, queries, render
    from tracker.dates import parse_optional_date

    fmt = _one_format(json=json_out, csv=csv_out)
    filters = _filters(author, outlet, tag, "all", since, until, every)
    when = parse_optional_date(as_of, what="--as-of")
    database = _database(ctx, create=False)
    with database.read() as conn:
        queries.check_sources(conn, filters)
        scores = aggregates.scorecard(conn, filters, by=by, as_of=when, min_scored=min_scored)
    if fmt == "json":
        render.write_json([s.as_dict() for s in scores])
    elif fmt == "csv":
        render.write_csv((s.as_dict() for s in scores), render.SCORECARD_COLUMNS)
    elif not scores:
        render.console(stderr=True).print("No predictions match; add some with 'tracker add' or 'tracker import'.", style="dim")
    else:
        title = f"Scorecard by {by}" + (f", as of {when.isoformat()}" if when else "")
        out = render.console()
        out.print(render.scorecard_table(scores, by=by, min_scored=min_scored, title=title, width=out.width))


@app.command()
def calibration(
    ctx: typer.Context,
    author: AuthorOpt = None,
    outlet: OutletOpt = None,
    tag: TagOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Use only what was known by DATE.")] = None,
    every: EveryOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """How often claims given each probability came true, in bands 0–10% … 90–100%, with the Murphy decomposition of the Brier score.

    Example: tracker calibration --author 'Pepe Escobar'
    """
    from tracker import aggregates, queries, render
    from tracker.dates import parse_optional_date

    if sum(x is not None for x in (author, outlet, tag)) > 1:
        raise UsageError("choose one of --author, --outlet, --tag")
    filters = _filters(author, outlet, tag, "all", since, until, every)
    when = parse_optional_date(as_of, what="--as-of")
    database = _database(ctx, create=False)
    with database.read() as conn:
        queries.check_sources(conn, filters)
        cal = aggregates.calibration(conn, filters, as_of=when)
    if json_out:
        render.write_json({"selection": {"author": author, "outlet": outlet, "tag": tag}, **cal.as_dict()})
        return
    who = author or outlet or (f"tag {tag}" if tag else "all sources")
    if not cal.murphy.count:
        render.console(stderr=True).print(render.text(f"No scored predictions with a probability for {who}; nothing to calibrate.", "dim"))
        return
    out = render.console()
    out.print(render.calibration_table(cal, title=f"Calibration: {who}", columns=out.width))


@app.command()
def compare(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(metavar="SOURCE_A", autocompletion=_completer("author"), help="First source.")],
    b: Annotated[str, typer.Argument(metavar="SOURCE_B", autocompletion=_completer("author"), help="Second source.")],
    by: Annotated[str, typer.Option("--by", help="Compare authors (default) or outlets.")] = "author",
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Use only what was known by DATE.")] = None,
    limit: LimitOpt = None,
    offset: OffsetOpt = 0,
    every: AllOpt = False,
    json_out: JsonOpt = False,
) -> None:
    """Head to head on the claims both sources predicted: each one's Brier score there, and who was closer how often.

    Example: tracker compare 'Pepe Escobar' 'Paul Krugman'
    """
    from tracker import aggregates, paging, render
    from tracker.dates import parse_optional_date

    page = paging.choose(limit=limit, offset=offset, every=every, terminal=not json_out and render.stdout_is_terminal())
    database = _database(ctx, create=False)
    with database.read() as conn:
        result = aggregates.compare(conn, a, b, by=by, as_of=parse_optional_date(as_of, what="--as-of"))
    end = None if page.limit is None else page.offset + page.limit
    claims = result.claims[page.offset:end]
    if json_out:
        render.write_json({**result.summary(), "claims": [c.as_dict() for c in claims]})
    elif not page.terminal:
        render.write_tsv(render.comparison_cells(result, c) for c in claims)
        _message(render.comparison_summary(result))
    else:
        out = render.console()
        for part in render.comparison_table(result, claims, width=out.width):
            out.print(part)
        if len(claims) < len(result.claims):
            _message(paging.more_line(page, len(claims), len(result.claims), "shared claims"))


@app.command()
def report(
    ctx: typer.Context,
    html: Annotated[Path, typer.Option("--html", metavar="FILE",
                    help="Write the report to FILE (atomically): one self-contained HTML page. Example: --html report.html")],
    by: Annotated[str, typer.Option("--by", help="Group the scorecard by author, outlet, tag or year.")] = "author",
    author: AuthorOpt = None,
    outlet: OutletOpt = None,
    tag: TagOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_scored: Annotated[int, typer.Option("--min-scored", parser=_whole_number, metavar="N", help="Sources with fewer scored forecasts are marked too few to judge and ranked last.")] = 5,
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Report only what was known by DATE: predictions made and outcomes dated on or before it.")] = None,
    every: EveryOpt = False,
) -> None:
    """Write an HTML report: the scorecard, a calibration chart per source and the predictions behind them, in one file that opens offline.

    Example: tracker report --html report.html --by outlet --since 2020-01-01
    """
    from tracker import queries, render
    from tracker.dates import parse_optional_date
    from tracker.errors import NotFoundError
    from tracker.files import atomic_text_output
    from tracker.report import collect, render_html, summary

    filters = _filters(author, outlet, tag, "all", since, until, every)
    when = parse_optional_date(as_of, what="--as-of")
    database = _database(ctx, create=False)
    with render.progress("building report", None) as bar, database.read() as conn:
        queries.check_sources(conn, filters)
        data = collect(conn, filters, by=by, min_scored=min_scored, database=database.path.name,
                       on_progress=bar.advance, as_of=when)
    if not data.predictions_total and (html.exists() or html.is_symlink()):
        # An empty page is almost always a typo in a filter: keep the report that is there.
        raise NotFoundError(f"no predictions match these filters; {html} was left as it was")
    page = render_html(data)
    with atomic_text_output(html) as stream:
        stream.write(page)
    _message(f"Wrote {html}: {summary(data)}.")


@app.command()
def extract(
    ctx: typer.Context,
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Article texts (.txt/.md); a folder means every such file in it; '-' reads stdin.")],
    author: Annotated[str | None, typer.Option("--author", metavar="NAME", autocompletion=_completer("author"),
                      help="The article's author, where the text names none (with --override: instead of its byline).")] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="DATE",
                    help="Publication date, where the text states none (with --override: instead of its dateline). Example: --date 2023-02-01")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", metavar="NAME", autocompletion=_completer("outlet"),
                      help="Where it was published, where the text does not say (with --override: instead of what it says).")] = None,
    override: Annotated[bool, typer.Option("--override", help="Let --author, --date and --outlet replace what the text states; each replacement is reported.")] = False,
    url: Annotated[str | None, typer.Option("--url", help="The article's address, stored with each saved prediction.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Tag saved predictions; repeat for several.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print one JSON object per file: metadata and forecasts.")] = False,
    save: Annotated[bool, typer.Option("--save", help="Store the author's forecasts as predictions (asks about each one in a terminal).")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="With --save: accept every forecast without asking.")] = False,
    include_reported: Annotated[bool, typer.Option("--include-reported", help="With --save: also store forecasts the article reports from others, under their names.")] = False,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0, metavar="P", help="Leave out candidates the detector is less sure of (0-1; calibrated: of candidates at 0.8, about 80% are forecasts). Example: --min-confidence 0.8")] = 0.4,
) -> None:
    """Find the forecasts in articles: metadata, then each forecast with its claim, probability, deadline and speaker.

    Example: tracker extract seeds/ --json     or     tracker extract column.txt --save --yes
    """
    from tracker import harvest, render
    from tracker.articles import expand_paths
    from tracker.dates import parse_optional_date
    from tracker.records import clean_tags, clean_url

    if yes and not save:
        raise UsageError("--yes only makes sense with --save")
    if include_reported and not save:
        raise UsageError("--include-reported only makes sense with --save")
    if save and not yes and not _interactive():
        raise UsageError("--save asks about each forecast in a terminal; add --yes to save them all without asking")
    overrides = harvest.Overrides(
        author=author.strip() if author and author.strip() else None,
        published=parse_optional_date(date, what="--date"),
        outlet=outlet.strip() if outlet and outlet.strip() else None,
        url=clean_url("url", url), tags=clean_tags(tag), override=override,
    )
    failures: list[TrackerError] = []
    sources: list[Path | str] = []
    for arg in files:
        try:
            sources.extend(expand_paths([arg]))
        except TrackerError as exc:
            failures.append(exc)
    articles: list[harvest.Article] = []
    with render.progress("extracting", len(sources) if len(sources) > 1 else None) as bar:
        for source in sources:
            try:
                articles.append(harvest.read_one(source, overrides, min_confidence=min_confidence))
            except TrackerError as exc:
                failures.append(exc)
            bar.advance()
    err = render.console(stderr=True)
    for article in articles:
        for note in article.notes:
            err.print(render.text(f"tracker: {note}"))
    if json_out:
        if articles or not failures:  # a refused run prints no empty result a script could take as "no forecasts"
            render.write_json([a.as_json() for a in articles])
    else:
        out = render.console()
        for article in articles:
            for part in render.article_view(article):
                out.print(part, soft_wrap=False)
    if save and articles:
        failures += _save_articles(ctx, articles, overrides, yes=yes, include_reported=include_reported)
    if len(failures) == 1 and not articles:
        raise failures[0]
    for failure in failures:
        err.print(render.text(f"tracker: error: {failure.message}"))
    if failures:
        raise typer.Exit(ExitCode.ERROR)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _save_articles(ctx: typer.Context, articles: list[Any], overrides: Any, *, yes: bool, include_reported: bool) -> list[TrackerError]:
    """Review (unless --yes) and save, all in one short transaction at the end; returns per-file failures."""
    from tracker import harvest, render, store

    err = render.console(stderr=True)
    database = _database(ctx)
    with database.read() as conn:
        fresh = [a for a in articles if not store.article_saved(conn, a.sha256)]
    for article in articles:
        if article not in fresh:
            err.print(render.text(f"{article.path}: already saved; nothing added"))
    failures: list[TrackerError] = []
    records = []
    reviewed = 0
    for article in fresh:
        try:
            harvest.check_savable(article)
            if not yes:
                pending = len(harvest.savable(article, include_reported=include_reported))
                article.candidates = _review(article, include_reported=include_reported, reviewed_before=reviewed)
                reviewed += pending
            saved, refused = harvest.to_records(article, overrides, include_reported=include_reported)
            records.extend(saved)
            failures.extend(refused)
        except ReviewEnded:
            raise
        except TrackerError as exc:
            failures.append(exc)
    if not records:
        if not failures:
            err.print("Nothing to save.")
        return failures
    with render.progress("saving", len(records)) as bar, database.write() as conn:
        summary = store.import_records(conn, records, on_progress=bar.advance)
    err.print(render.text(
        f"Saved {summary.predictions_added} prediction(s) from {len({r.prediction.article_sha256 for r in records})} article(s)"
        f" ({summary.predictions_present} already recorded)."
    ))
    return failures


def _confidence_note(candidate: Any) -> str:
    confidence = getattr(candidate, "confidence", None)
    return "" if confidence is None else f" [confidence {confidence:.2f}]"


REVIEW_ANSWERS = {
    "y": "yes", "yes": "yes", "n": "no", "no": "no", "s": "no", "skip": "no",
    "c": "claim", "claim": "claim", "p": "probability", "probability": "probability",
    "d": "deadline", "deadline": "deadline",
}


class ReviewEnded(TrackerError):
    """Ctrl-D during the review: nothing is saved."""


def _review(article: Any, *, include_reported: bool, reviewed_before: int = 0) -> list[Any]:
    """Ask about each candidate: accept, edit the claim, probability or deadline, or skip.
    Ctrl-D ends the review and saves nothing, saying how far it got."""
    from tracker import harvest, render
    from tracker.dates import parse_date
    from tracker.probability import parse_probability
    from tracker.records import clean_text

    out = render.console()
    kept = []
    candidates = harvest.savable(article, include_reported=include_reported)

    def ask(question: str, **options: Any) -> str:
        try:
            return str(typer.prompt(question, **options))
        except Exception as exc:  # Ctrl-D: click's Abort (EOFError underneath)
            if type(exc).__name__ != "Abort" and not isinstance(exc, EOFError):
                raise
            reviewed = reviewed_before + number - 1
            raise ReviewEnded(f"review ended (Ctrl-D): nothing was saved; {reviewed} candidate(s) had been reviewed") from None

    for number, candidate in enumerate(candidates, 1):
        while True:
            who = "" if candidate.speaker is None else f" (reported: {candidate.speaker})"
            out.print(render.text(
                f"[{number}/{len(candidates)}] {candidate.claim} — {render.percent(candidate.probability)}"
                f"{', by ' + candidate.deadline.isoformat() if candidate.deadline else ', no deadline'}{who}"
                f"{_confidence_note(candidate)}\n    “{candidate.quote}”"
            ))
            answer = REVIEW_ANSWERS.get(ask("Save? [y]es, [n]o, edit [c]laim, [p]robability or [d]eadline", default="y").strip().lower())
            if answer is None:
                out.print(render.text("  Answer y (save it), n (skip it), c (edit the claim), p (edit the probability) or d (edit the deadline)."))
                continue
            if answer == "yes":
                kept.append(candidate)
                break
            if answer == "no":
                break
            try:
                if answer == "claim":
                    claim = clean_text("claim", ask("Claim", default=candidate.claim), required=True)
                    candidate = harvest.edit_candidate(candidate, claim=claim)
                elif answer == "probability":
                    candidate = harvest.edit_candidate(candidate, probability=parse_probability(ask("Probability (0.8, 80%, 'likely')")))
                else:
                    typed = ask("Deadline (2024-12-31, a month or a year; 'none' removes it)",
                                default=candidate.deadline.isoformat() if candidate.deadline else "none").strip()
                    deadline = None if typed.lower() == "none" else parse_date(typed, what="deadline", period_end=True)
                    candidate = harvest.edit_candidate(candidate, deadline=deadline, set_deadline=True)
            except UsageError as exc:
                out.print(render.text(f"  {exc.message}"))
    return kept


# --- data in and out -----------------------------------------------------------------------


@app.command("import")
def import_(
    ctx: typer.Context,
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="CSV or JSON Lines file ('-' for stdin); for Metaculus, both files of its download: question_data.csv forecast_data.csv; for PredictionBook's API JSON, one or more pages.")],
    fmt: Annotated[str | None, typer.Option("--format", help="Force a format instead of detecting it from the header: csv, jsonl, predictionbook, predictionbook-json, fatebook, metaculus.")] = None,
    author: Annotated[str | None, typer.Option("--author", help="Forecaster for rows that name nobody (an unnamed Fatebook user, say). Example: --author 'Ann Analyst'")] = None,
    crowd_as_creator: Annotated[bool, typer.Option("--crowd-as-creator", help="PredictionBook: credit each question's mean_confidence (the mean of everyone's wagers) to its creator instead of to 'PredictionBook crowd'.")] = False,
    skip_invalid: Annotated[bool, typer.Option("--skip-invalid", help="Import the good rows and write the refused ones, with line number and reason, to the --rejects file.")] = False,
    rejects: Annotated[Path | None, typer.Option("--rejects", metavar="FILE", help="Where --skip-invalid writes refused rows. Default: next to the input, e.g. my_predictions.rejects.csv.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what the import would add, skip and refuse; write nothing (not even a new database).")] = False,
    follow_withdrawals: Annotated[bool, typer.Option("--follow-withdrawals", help="Retract a resolution imported from PredictionBook, Fatebook or Metaculus whose question that tool now gives no outcome (it stays in the history, with the reason). Example: tracker import later.csv --follow-withdrawals")] = False,
    json_out: JsonResultOpt = False,
) -> None:
    """Add predictions in bulk: all of the file or none of it; rows already stored are skipped.

    Example: tracker import my_predictions.csv --skip-invalid
    """
    from tracker import render
    from tracker.interchange import ImportSource, Options, RejectsFile, default_rejects_path

    if rejects is not None and not skip_invalid:
        raise UsageError("--rejects names where --skip-invalid writes refused rows; add --skip-invalid")
    options = Options(author=author, crowd_as_creator=crowd_as_creator)
    # Opening reads the headers, so that a missing or unreadable file is refused before a
    # database is created for it.
    with ImportSource(files, fmt=fmt, options=options) as source:
        sink = None
        if skip_invalid:
            target = None if dry_run else (rejects or default_rejects_path(source))
            if target is not None:
                _check_rejects_path(ctx, target, files)
            sink = RejectsFile(target, source)
        try:
            result = _run_import(ctx, source, sink, dry_run=dry_run, follow_withdrawals=follow_withdrawals, files=files)
        except UsageError as exc:
            if len(files) == 2 and exc.message.startswith("line "):  # which of the two files the line is in
                raise UsageError(f"{source.main.path} {exc.message}") from None
            raise
    err = render.console(stderr=True)
    for note in [*options.notes, *result.summary.notes()]:
        err.print(render.text(f"tracker: {note}"))
    if result.summary.ledger_carried and not dry_run:
        err.print(render.text("tracker: the file's ledger came with it: 'tracker verify --since' accepts the original's digests"))
    report = result.as_dict(files, dry_run=dry_run, skipped=options.skipped + result.summary.skipped, rejects=sink)
    if json_out:
        render.write_json(report)
        return
    for line in _import_summary_lines(report):
        _message(line)


def _check_rejects_path(ctx: typer.Context, target: Path, inputs: list[str]) -> None:
    """The rejects file never replaces an input or the database."""
    from tracker.storage.database import database_path

    resolved = target.resolve()
    protected = [Path(name).resolve() for name in inputs if name != "-"]
    location = database_path(ctx.obj.get("db") if ctx.obj else None)
    if isinstance(location, Path):  # a server database is no file that could be overwritten
        db = location.resolve()
        protected += [db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
    if resolved in protected:
        raise UsageError(f"--rejects {target} would overwrite an input or the database; choose another file")
    if not _replaceable_rejects(target):
        raise UsageError(f"--rejects {target} exists and is not a rejects file tracker wrote; "
                         "remove it or choose another file")


def _replaceable_rejects(target: Path) -> bool:
    """A rejects file may replace nothing but an empty file or an earlier rejects file (its
    first line ``line,reason,…`` or ``{"line": …, "reason": …}``): never someone's data."""
    import json

    if not target.exists():
        return True
    if not target.is_file():
        return False
    try:
        with target.open("rb") as handle:
            first = handle.readline(1 << 16)
    except OSError:
        return False
    if not first.strip():
        return target.stat().st_size == len(first)
    if first.startswith(b"line,reason"):
        return True
    try:
        line = json.loads(first)
    except ValueError:
        return False
    return isinstance(line, dict) and {"line", "reason"} <= set(line)


def _run_import(ctx: typer.Context, source: Any, sink: Any, *, dry_run: bool, follow_withdrawals: bool = False,
                files: list[str] | None = None) -> Any:
    """One transaction for the whole file; a dry run rolls it back, on a scratch copy if there is no database yet."""
    import contextlib
    import tempfile

    from tracker import render, store
    from tracker.storage.database import database_path, open_database
    from tracker.dates import held_today
    from tracker.interchange import Tally, accepted, count_lines, pipeline

    class DryRun(Exception):
        pass

    tally = Tally()
    with contextlib.ExitStack() as stack:
        path = database_path(ctx.obj.get("db") if ctx.obj else None)
        existed = path.exists()
        stack.enter_context(held_today())  # before the reader forks: both processes check rows against one day
        # A large file is read in a second process while this one writes (before the database
        # is opened, so that no connection or thread is forked).
        items = pipeline.read(source, "sqlite" if isinstance(path, Path) else "postgresql")
        if isinstance(items, pipeline.PipelinedReader):
            stack.callback(items.close)
        if dry_run and not existed:
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="tracker-dry-run-")))
            database = open_database(scratch / "dry-run.db")
        else:
            database = _database(ctx)
        stack.callback(database.dispose)
        if not existed and not dry_run:
            stack.push(_remove_new_database(database))
        records = accepted(items, rejects=sink, tally=tally)
        summary = None
        try:
            with render.progress(f"importing {Path(source.main.path).name}", None if source.kind == "json" else count_lines(source.main.path)) as bar, \
                    database.write() as conn:
                summary = store.import_records(
                    conn, records, on_progress=bar.advance, follow_withdrawals=follow_withdrawals,
                    files=" and ".join("standard input" if name == "-" else name for name in files or ["the file"]),
                    dry_run=dry_run,
                )
                if dry_run:
                    raise DryRun
        except DryRun:
            pass
        except BaseException:
            if sink is not None and database.writes:  # stored all the same (Ctrl-C just after the COMMIT)
                sink.commit()
            elif sink is not None:
                sink.discard()
            raise
        if sink is not None:
            sink.commit()
    assert summary is not None
    return ImportReport(summary, tally)


def _remove_new_database(database: Any) -> Any:
    """An import refused into a database it created leaves no empty file behind (but a file that
    holds what it stored, interrupted just after its COMMIT, stays)."""

    def on_exit(kind: Any, exc: Any, tb: Any) -> bool:
        if exc is not None and database.writes == 0:
            database.dispose()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(str(database.path) + suffix).unlink(missing_ok=True)
        return False

    return on_exit


class ImportReport:
    """What an import added, found present, skipped and refused: for the summary and --json."""

    def __init__(self, summary: Any, tally: Any) -> None:
        self.summary = summary
        self.tally = tally

    def as_dict(self, files: list[str], *, dry_run: bool, skipped: Any, rejects: Any) -> dict[str, Any]:
        tally = self.tally
        return {
            "file": files[-1], "files": files, "dry_run": dry_run, **self.summary.as_dict(),
            "sources": sorted(tally.sources),
            "first_date": tally.first.isoformat() if tally.first else None,
            "last_date": tally.last.isoformat() if tally.last else None,
            "skipped": sum(skipped.values()), "skipped_by_reason": dict(skipped),
            "refused": sum(tally.refused.values()), "refused_by_reason": dict(tally.refused),
            "rejects": str(rejects.path) if rejects is not None and rejects.count and rejects.path else None,
            **self.summary.changes_as_dict(),
        }


def _import_summary_lines(report: dict[str, Any]) -> list[str]:
    prefix = "Would import" if report["dry_run"] else "Imported"
    names = " and ".join(report["files"])
    lines = [
        f"{prefix} {report['predictions_added']} prediction(s) ({report['predictions_present']} already present) and "
        f"{report['resolutions_added']} resolution(s) ({report['resolutions_present']} already present) from {names}."
    ]
    sources = report["sources"]
    if sources:
        shown = ", ".join(sources[:5]) + (f" and {len(sources) - 5} more" if len(sources) > 5 else "")
        lines.append(
            f"  {len(sources)} source(s): {shown}; {report['claims_added']} new claim(s); "
            f"made {report['first_date']} to {report['last_date']}."
        )
    if report["skipped"]:
        reasons = ", ".join(f"{reason}: {count}" for reason, count in report["skipped_by_reason"].items())
        lines.append(f"  Skipped {report['skipped']} row(s) tracker cannot hold ({reasons}).")
    withdrawn = report.get("withdrawals_at_source_list", [])
    if withdrawn:
        retracted = report.get("retractions_added", 0)  # a foreign export carries no retractions of its own
        verb = "would be" if report["dry_run"] else "were"
        lines.append(f"  {report['withdrawals_at_source']} judgement(s) withdrawn at the source: {retracted} {verb} retracted "
                     f"(--follow-withdrawals), {report['withdrawals_at_source'] - retracted} still count.")
    if report.get("outcome_changes_at_source"):
        lines.append(f"  {report['outcome_changes_at_source']} outcome(s) changed at the source: the new judgement counts, "
                     "the old one stays in the history.")
    if report["refused"]:
        reasons = ", ".join(f"{reason}: {count}" for reason, count in report["refused_by_reason"].items())
        where = f"; written to {report['rejects']}" if report["rejects"] else ""
        lines.append(f"  Refused {report['refused']} invalid row(s) ({reasons}){where}.")
    return lines


@app.command()
def export(
    ctx: typer.Context,
    json_out: Annotated[bool, typer.Option("--json", help="JSON Lines, export format 1, with full histories (the default).")] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="CSV with the columns of 'list --csv' (latest resolution only), safe to open in a spreadsheet.")] = False,
    fmt: Annotated[str | None, typer.Option("--format", metavar="FORMAT", help="Another tool's format: fatebook (its spreadsheet import) or predictionbook (its CSV export). Example: --format fatebook")] = None,
    author: Annotated[str | None, typer.Option("--author", help="Only this author's predictions (Fatebook credits every row to whoever imports the file). Example: --author 'Ann Analyst'")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (atomically) instead of stdout.")] = None,
) -> None:
    """Write every prediction out, losslessly: 'tracker import' reads it back unchanged.

    Example: tracker export --json -o backup.jsonl
    """
    from tracker import queries, render
    from tracker.files import atomic_text_output
    from tracker.interchange import outbound

    chosen = _one_format(json=json_out, csv=csv_out, format=fmt is not None) or "json"
    if chosen == "format":
        if fmt not in ("fatebook", "predictionbook"):
            raise UsageError(f"--format {fmt!r} is not one of: fatebook, predictionbook (or use --json, --csv)")
        chosen = fmt
    database = _database(ctx, create=False)
    left_out = 0
    filters = _filters(author=author)
    with database.read() as conn:
        queries.check_sources(conn, filters)  # an author with no predictions is a mistake, not an empty file
    with database.read() as conn, atomic_text_output(output) as stream:
        if chosen == "csv":
            count = outbound.write_spreadsheet_csv(queries.iter_predictions(conn, filters, order="id"), queries.CSV_COLUMNS, stream)
        elif chosen == "fatebook":
            colliding = outbound.fatebook_colliding(queries.iter_claim_first_days(conn))
            rows = queries.iter_predictions(conn, filters, order="deadline")  # a claim's rows together
            count, left_out = outbound.write_fatebook(rows, stream, functools.partial(queries.claim_first_days, conn), colliding)
        elif chosen == "predictionbook":
            rows = queries.iter_predictions(conn, filters, order="id")
            count, left_out = outbound.write_predictionbook(rows, stream, functools.partial(queries.claim_keys, conn))
        else:
            count = render.write_json_lines(queries.iter_export(conn, filters), stream)
    err = render.console(stderr=True)
    if left_out:
        err.print(render.text(f"tracker: left out {left_out} prediction(s) without a probability, which {chosen} cannot hold"))
    if output is not None:
        err.print(render.text(f"Exported {count} prediction(s) to {output}."))


# --- integrity -----------------------------------------------------------------------------


@app.command()
def verify(
    ctx: typer.Context,
    digest: Annotated[bool, typer.Option("--digest", help="Print the head of the ledger (entry count and hash) to publish, after checking the record.")] = False,
    since: Annotated[str | None, typer.Option("--since", metavar="DIGEST", help="Also prove that the record extends this published digest without rewriting it. Example: --since 42:3f5a…")] = None,
    json_out: JsonResultOpt = False,
) -> None:
    """Check the whole record: every prediction's content hash, every amendment history, and the ledger's hash chain over every record; exit 1 at the first thing changed behind tracker's back.

    Example: tracker verify --since 42:3f5a0c…     (publish the digest with: tracker verify --digest)
    """
    from tracker import render, store
    from tracker.errors import DatabaseError
    from tracker.storage import ledger
    from tracker.storage.database import file_damage

    published = ledger.Head.parse(since) if since is not None else None
    database = _database(ctx, create=False)
    with database.read() as conn:
        damage = file_damage(conn)
        if damage is not None:  # hashes read through damaged pages or indexes prove nothing
            raise DatabaseError(f"{database.path} is damaged (SQLite's integrity check: {damage})")
        checked, problems = store.verify_hashes(conn)
        report = ledger.verify(conn)
        extension = ledger.extends(conn, published) if published is not None else None
    finding = report.finding
    ok = not problems and finding is None and extension is None
    if json_out:
        def described(f: ledger.Finding | None) -> dict[str, Any] | None:
            return None if f is None else {"entry": f.seq, "change": f.change, "detail": f.detail}

        render.write_json({
            "checked": checked, "ok": ok,
            "problems": [{"id": p.prediction_id, "problem": p.problem} for p in problems],
            "ledger": {"entries": report.entries, "digest": str(report.head), "first_mismatch": described(finding),
                       "mismatches": [described(f) for f in report.findings]},
            **({"since": {"digest": str(published), "extends": extension is None, "mismatch": described(extension)}} if published else {}),
        })
    elif digest and ok:
        typer.echo(str(report.head))
    else:
        out = render.console()
        for p in problems:
            out.print(render.text(f"prediction {p.prediction_id}: {p.problem}"))
        for f in report.findings[:10]:
            out.print(render.text(f"{f.detail} [{f.change}]"))
        if len(report.findings) > 10:
            out.print(f"… and {len(report.findings) - 10} more")
        if extension is not None:
            out.print(render.text(f"{extension.detail} [{extension.change}]"))
        if ok:
            _message(f"All {checked} prediction(s) match their hashes.")
            _message(f"All {report.entries} ledger entries match the record; digest {report.head}.")
            if published is not None:
                _message(f"The record extends the published digest {published.count}:{published.hash[:12]}… without rewriting it.")
    if not ok:
        count = len(problems) + len(report.findings) + (extension is not None)
        raise TrackerExit(ExitCode.ERROR, f"{count} problem(s) found: the record was changed outside tracker"
                          + ("; no digest printed" if digest else ""))


@app.command()
def backup(
    ctx: typer.Context,
    target: Annotated[str, typer.Argument(metavar="PATH", help="Where to write the copy; must not exist yet.")],
) -> None:
    """Write a consistent copy of the database, even while other processes are writing to it.

    Example: tracker backup ~/backups/predictions-2026-11-23.db
    """
    from tracker.storage.database import backup_database

    if not target.strip():
        raise UsageError("backup needs the name of a file to write the copy to")
    if target == "-":
        raise UsageError("backup writes a database file, not standard output: give a file name "
                         "(or use 'tracker export --json' to stream the record)")
    database = _database(ctx, create=False)
    database.dispose()
    copied = backup_database(database.path, Path(target))
    _message(f"Backed up {copied} prediction(s) to {target}.")


@app.command()
def phrases(json_out: Annotated[bool, typer.Option("--json", help="Print {\"phrases\": {...}, \"constructions\": {...}} instead of tables.")] = False) -> None:
    """The words of estimative probability tracker understands, with the number each means:
    what --probability accepts and what the extractor reads, from one table.

    Example: tracker add 'X' --author A --date 2021-01-01 --probability 'very unlikely'
    """
    from tracker import render
    from tracker.estimative import CONSTRUCTIONS, PHRASES

    if json_out:
        render.write_json({"phrases": PHRASES, "constructions": CONSTRUCTIONS})
        return
    from rich.table import Table

    out = render.console()
    table = Table(title="Words of estimative probability (public readings; see README)")
    table.add_column("phrase")
    table.add_column("probability", justify="right")
    for phrase, value in sorted(PHRASES.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(phrase, render.percent(value, 1))
    out.print(table)
    forms = Table(title="Constructions the extractor reads (when no phrase above is in them)")
    forms.add_column("construction")
    forms.add_column("probability", justify="right")
    for form, value in CONSTRUCTIONS.items():
        forms.add_row(form, render.percent(value, 1))
    out.print(forms)


class TrackerExit(TrackerError):
    """A command that ran but must report failure (``verify`` finding tampering)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.exit_code = code


def main() -> None:
    """Console-script entry point."""
    if sys.argv[1:] == ["--version"]:  # answered before Typer reads fourteen signatures
        print(f"tracker {__version__}")
        return
    app()
