"""The ``tracker`` command line: each command parses its options, calls one library
function and hands the result to a renderer. No SQL and no arithmetic here.

Heavy modules (SQLAlchemy, SQLModel, the extractor) are imported inside the commands
that need them, so ``tracker --help`` starts in a fraction of a second.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from tracker import __version__
from tracker.errors import ExitCode, TrackerError, UsageError

if TYPE_CHECKING:
    from tracker.db import Database
    from tracker.queries import Filters


def _fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"tracker: error: {message}\n")
    sys.stderr.flush()
    sys.exit(code)


class TrackerGroup(TyperGroup):
    """Turns every failure into one line on stderr and an exit code, in one place."""

    def main(self, args: Any = None, prog_name: Any = None, complete_var: Any = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            result = super().main(args=args, prog_name=prog_name or "tracker", complete_var=complete_var,
                                  standalone_mode=False, **extra)
        except TrackerError as exc:
            _fail(exc.message, exc.exit_code)
        except KeyboardInterrupt:
            _fail("interrupted; the current transaction was rolled back", ExitCode.INTERRUPTED)
        except BrokenPipeError:
            # The reader (head, less) went away: not an error worth a message.
            sys.stderr = open(os.devnull, "w")  # noqa: SIM115
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
            sys.exit(ExitCode.ERROR)
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            click_error = _click_error(exc)
            if click_error is not None:
                _fail(*click_error)
            if os.environ.get("TRACKER_DEBUG"):
                raise
            _fail(f"internal error ({type(exc).__name__}: {' '.join(str(exc).split())}); "
                  "please report it; set TRACKER_DEBUG=1 for details", ExitCode.ERROR)
        code = result if isinstance(result, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


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
    add_completion=False,
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
                  help="Database file. Default: $TRACKER_DB, else ./predictions.db. Example: --db ~/forecasts.db")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                       help="Print the version and exit.")] = False,
) -> None:
    """Hold forecasters to account: pull forecasts out of articles, record what happened, and score the sources."""
    ctx.obj = {"db": db}


def _database(ctx: typer.Context, *, create: bool = True) -> Database:
    """Open the chosen database. Commands that only read never create one: a typo in --db
    gets an error, not a new empty file."""
    from tracker.db import database_path, open_database
    from tracker.errors import NotFoundError

    path = database_path(ctx.obj.get("db") if ctx.obj else None)
    if not create and not path.exists():
        raise NotFoundError(
            f"no database at {path}: record predictions first with 'tracker add', 'tracker import' "
            "or 'tracker extract --save' (or choose another with --db)"
        )
    return open_database(path)


def _filters(author: str | None = None, outlet: str | None = None, tag: str | None = None,
             status: str = "all", since: str | None = None, until: str | None = None) -> Filters:
    from tracker.dates import parse_optional_date
    from tracker.queries import Filters

    return Filters(
        author=author, outlet=outlet, tag=tag, status=status,
        since=parse_optional_date(since, what="--since"),
        until=parse_optional_date(until, what="--until"),
    )


def _one_format(**flags: bool) -> str | None:
    chosen = [name for name, on in flags.items() if on]
    if len(chosen) > 1:
        raise UsageError(f"choose one output format, not {' and '.join('--' + c for c in chosen)}")
    return chosen[0] if chosen else None


# Shared option declarations: one wording everywhere.
AuthorOpt = Annotated[str | None, typer.Option("--author", help="Only this author. Example: --author 'Pepe Escobar'")]
OutletOpt = Annotated[str | None, typer.Option("--outlet", help="Only this outlet. Example: --outlet 'Global Research'")]
TagOpt = Annotated[str | None, typer.Option("--tag", help="Only predictions with this tag. Example: --tag ukraine")]
SinceOpt = Annotated[str | None, typer.Option("--since", metavar="DATE", help="Only predictions made on or after DATE. Example: --since 2021-01-01")]
UntilOpt = Annotated[str | None, typer.Option("--until", metavar="DATE", help="Only predictions made on or before DATE. Example: --until 2021-12-31")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]


# --- recording -----------------------------------------------------------------------------


@app.command()
def add(
    ctx: typer.Context,
    claim: Annotated[str, typer.Argument(help="What is predicted, worded so it ends up true or false.")],
    author: Annotated[str, typer.Option("--author", help="Who made the prediction. Example: --author 'Pepe Escobar'")],
    date: Annotated[str, typer.Option("--date", metavar="DATE", help="When it was made. Example: --date 'Dec 9, 2021'")],
    probability: Annotated[str | None, typer.Option("--probability", "-p", metavar="P",
                           help="Stated probability: 0.8, 80% or a phrase such as 'likely'. Without it the prediction asserts the claim.")] = None,
    deadline: Annotated[str | None, typer.Option("--deadline", metavar="DATE",
                        help="When the claim is due; a year or month means its end. Example: --deadline 2022-12-31")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Where it was published. Example: --outlet 'Global Research'")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Link to the source. Example: --url https://example.org/article")] = None,
    quote: Annotated[str | None, typer.Option("--quote", help="The verbatim words of the prediction.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="A label; repeat for several. Example: --tag ukraine --tag war")] = None,
    json_out: JsonOpt = False,
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
    render.console().print(render.text(f"{verb} prediction {result.id}: {row['claim']} ({shown}, {row['author']}, {row['date']})"))
    if not result.created and set(entry.tags) != set(row["tags"]):
        render.console(stderr=True).print(render.text(
            f"Its tags were not changed; to change them: tracker amend {result.id} --tag … --reason …"
        ))


@app.command()
def resolve(
    ctx: typer.Context,
    prediction_id: Annotated[int, typer.Argument(metavar="ID", help="A prediction id; its claim is resolved for every source that predicted it.")],
    outcome: Annotated[str, typer.Option("--outcome", "-o", help="true, false, ambiguous (reality unclear) or annulled (the premise broke).")],
    date: Annotated[str, typer.Option("--date", metavar="DATE", help="When the outcome was known. Default: today.")] = "today",
    evidence: Annotated[str | None, typer.Option("--evidence", metavar="URL", help="A public record of the outcome. Example: --evidence https://en.wikipedia.org/wiki/...")] = None,
    note: Annotated[str | None, typer.Option("--note", help="One line on why. Example: --note 'Invasion began 24 Feb 2022'")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Record what happened to a prediction's claim. Earlier resolutions stay in the history.

    Example: tracker resolve 1 --outcome true --date 2022-02-24 --evidence https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine
    """
    from tracker import render, store
    from tracker.dates import parse_date
    from tracker.records import ResolutionInput

    entry = ResolutionInput(outcome=outcome, resolved_on=parse_date(date, what="resolution date"), evidence=evidence, note=note).checked()
    database = _database(ctx)
    with database.write() as conn:
        result = store.resolve_prediction(conn, prediction_id, entry)
    if json_out:
        render.write_json({"id": prediction_id, "claim_id": result.claim_id, "created": result.created,
                           "outcome": entry.outcome, "predictions_scored": result.predictions,
                           "previous_outcome": result.previous})
        return
    if not result.created:
        message = f"Prediction {prediction_id} is already resolved {entry.outcome}; nothing changed."
    else:
        message = f"Resolved claim {result.claim_id} as {entry.outcome} (affects {result.predictions} prediction{'s' if result.predictions != 1 else ''})."
        if result.previous:
            message += f" It replaces the earlier outcome '{result.previous}', which stays in the history."
    render.console().print(render.text(message))


@app.command()
def amend(
    ctx: typer.Context,
    prediction_id: Annotated[int, typer.Argument(metavar="ID", help="The prediction to correct.")],
    reason: Annotated[str, typer.Option("--reason", help="Why it changes; kept in the history. Example: --reason 'typo in the quote'")],
    claim: Annotated[str | None, typer.Option("--claim", help="New claim wording.")] = None,
    probability: Annotated[str | None, typer.Option("--probability", "-p", metavar="P", help="New probability (0.8, 80%, 'likely'); 'none' removes it.")] = None,
    author: Annotated[str | None, typer.Option("--author", help="New author.")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="New outlet; '' removes it.")] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="DATE", help="New date made.")] = None,
    deadline: Annotated[str | None, typer.Option("--deadline", metavar="DATE", help="New deadline; 'none' removes it.")] = None,
    quote: Annotated[str | None, typer.Option("--quote", help="New quote; '' removes it.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="New URL; '' removes it.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Replace the tags; repeat for several.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Correct a prediction. The old version, its hash and the reason stay in its history.

    Example: tracker amend 3 --probability 0.1 --reason 'the article says nobody expects it'
    """
    from tracker import render, store
    from tracker.dates import parse_date
    from tracker.probability import parse_probability

    changes: dict[str, Any] = {}
    if claim is not None:
        changes["claim"] = claim
    if probability is not None:
        changes["probability"] = None if probability.strip().lower() == "none" else parse_probability(probability)
    if author is not None:
        changes["author"] = author
    if outlet is not None:
        changes["outlet"] = outlet or None
    if date is not None:
        changes["made_on"] = parse_date(date, what="date")
    if deadline is not None:
        changes["deadline"] = None if deadline.strip().lower() == "none" else parse_date(deadline, what="deadline", period_end=True)
    if quote is not None:
        changes["quote"] = quote or None
    if url is not None:
        changes["url"] = url or None
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
    render.console().print(render.text(
        f"Amended prediction {result.id} ({', '.join(result.changed)}). Hash {result.hash_before[:12]}… → {result.hash_after[:12]}…; "
        f"the old version is kept (tracker show {result.id})."
    ))


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
    json_out: JsonOpt = False,
    csv_out: CsvOpt = False,
) -> None:
    """List predictions, newest first.

    Example: tracker list --author 'Pepe Escobar' --status resolved --json
    """
    from tracker import queries, render

    fmt = _one_format(json=json_out, csv=csv_out)
    filters = _filters(author, outlet, tag, status, since, until)
    database = _database(ctx, create=False)
    with database.read() as conn:
        rows = queries.iter_predictions(conn, filters)
        if fmt == "json":
            render.write_json_array(rows)
        elif fmt == "csv":
            render.write_csv(rows, queries.CSV_COLUMNS)
        else:
            table, count = render.predictions_table(rows)
            out = render.console()
            if count:
                out.print(table)
            render.console(stderr=True).print(f"{count} prediction{'s' if count != 1 else ''}", style="dim")


@app.command()
def show(
    ctx: typer.Context,
    prediction_id: Annotated[int, typer.Argument(metavar="ID", help="The prediction to show.")],
    json_out: JsonOpt = False,
) -> None:
    """Show one prediction: claim, quote, hash, resolution history and amendments.

    Example: tracker show 1
    """
    from tracker import queries, render

    database = _database(ctx, create=False)
    with database.read() as conn:
        detail = queries.get_prediction(conn, prediction_id)
    if json_out:
        render.write_json(detail)
        return
    out = render.console()
    for part in render.prediction_detail(detail):
        out.print(part, soft_wrap=False)


@app.command()
def due(
    ctx: typer.Context,
    author: AuthorOpt = None,
    json_out: JsonOpt = False,
    csv_out: CsvOpt = False,
) -> None:
    """Predictions whose deadline has passed without a resolution, oldest deadline first: the list to work through.

    Example: tracker due
    """
    from tracker import queries, render

    fmt = _one_format(json=json_out, csv=csv_out)
    database = _database(ctx, create=False)
    with database.read() as conn:
        rows = queries.iter_predictions(conn, _filters(author=author, status="due"), order="deadline")
        if fmt == "json":
            render.write_json_array(rows)
        elif fmt == "csv":
            render.write_csv(rows, queries.CSV_COLUMNS)
        else:
            table, count = render.predictions_table(rows, title="Due for resolution")
            if count:
                render.console().print(table)
                render.console(stderr=True).print(f"{count} due; record outcomes with: tracker resolve ID --outcome true|false", style="dim")
            else:
                render.console(stderr=True).print("Nothing is due.", style="dim")


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
    min_scored: Annotated[int, typer.Option("--min-scored", metavar="N", help="Sources with fewer scored forecasts are marked too few to judge and ranked last.")] = 5,
    json_out: JsonOpt = False,
    csv_out: CsvOpt = False,
) -> None:
    """Score each source: hit rate with its 95% interval, Brier and log scores.

    Example: tracker scorecard --by outlet --since 2020-01-01
    """
    from tracker import aggregates, render
    from tracker.dates import parse_optional_date

    fmt = _one_format(json=json_out, csv=csv_out)
    filters = _filters(author, outlet, tag, "all", since, until)
    when = parse_optional_date(as_of, what="--as-of")
    database = _database(ctx, create=False)
    with database.read() as conn:
        scores = aggregates.scorecard(conn, filters, by=by, as_of=when, min_scored=min_scored)
    if fmt == "json":
        render.write_json([s.as_dict() for s in scores])
    elif fmt == "csv":
        render.write_csv((s.as_dict() for s in scores), render.SCORECARD_COLUMNS)
    elif not scores:
        render.console(stderr=True).print("No predictions match; add some with 'tracker add' or 'tracker import'.", style="dim")
    else:
        title = f"Scorecard by {by}" + (f", as of {when.isoformat()}" if when else "")
        render.console().print(render.scorecard_table(scores, by=by, min_scored=min_scored, title=title))


@app.command()
def calibration(
    ctx: typer.Context,
    author: AuthorOpt = None,
    outlet: OutletOpt = None,
    tag: TagOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Use only what was known by DATE.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """How often claims given each probability came true, in bands 0–10% … 90–100%, with the Murphy decomposition of the Brier score.

    Example: tracker calibration --author 'Pepe Escobar'
    """
    from tracker import aggregates, render
    from tracker.dates import parse_optional_date

    if sum(x is not None for x in (author, outlet, tag)) > 1:
        raise UsageError("choose one of --author, --outlet, --tag")
    filters = _filters(author, outlet, tag, "all", since, until)
    database = _database(ctx, create=False)
    with database.read() as conn:
        cal = aggregates.calibration(conn, filters, as_of=parse_optional_date(as_of, what="--as-of"))
    if json_out:
        render.write_json({"selection": {"author": author, "outlet": outlet, "tag": tag}, **cal.as_dict()})
        return
    who = author or outlet or (f"tag {tag}" if tag else "all sources")
    if not cal.murphy.count:
        render.console(stderr=True).print(render.text(f"No scored predictions with a probability for {who}; nothing to calibrate.", "dim"))
        return
    render.console().print(render.calibration_table(cal, title=f"Calibration: {who}"))


@app.command()
def compare(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(help="First source.")],
    b: Annotated[str, typer.Argument(help="Second source.")],
    by: Annotated[str, typer.Option("--by", help="Compare authors (default) or outlets.")] = "author",
    as_of: Annotated[str | None, typer.Option("--as-of", metavar="DATE", help="Use only what was known by DATE.")] = None,
    json_out: JsonOpt = False,
) -> None:
    """Head to head on the claims both sources predicted: each one's Brier score there, and who was closer how often.

    Example: tracker compare 'Pepe Escobar' 'Paul Krugman'
    """
    from tracker import aggregates, render
    from tracker.dates import parse_optional_date

    database = _database(ctx, create=False)
    with database.read() as conn:
        result = aggregates.compare(conn, a, b, by=by, as_of=parse_optional_date(as_of, what="--as-of"))
    if json_out:
        render.write_json({**result.summary(), "claims": [c.as_dict() for c in result.claims]})
        return
    out = render.console()
    for part in render.comparison_table(result):
        out.print(part)


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
    min_scored: Annotated[int, typer.Option("--min-scored", metavar="N", help="Sources with fewer scored forecasts are marked too few to judge and ranked last.")] = 5,
) -> None:
    """Write an HTML report: the scorecard, a calibration chart per source and the predictions behind them, in one file that opens offline.

    Example: tracker report --html report.html --by outlet --since 2020-01-01
    """
    from tracker import render
    from tracker.files import atomic_text_output
    from tracker.report import collect, render_html, summary

    filters = _filters(author, outlet, tag, "all", since, until)
    database = _database(ctx, create=False)
    with render.progress("building report", None) as bar, database.read() as conn:
        data = collect(conn, filters, by=by, min_scored=min_scored, database=database.path.name, on_progress=bar.advance)
    page = render_html(data)
    with atomic_text_output(html) as stream:
        stream.write(page)
    render.console(stderr=True).print(render.text(f"Wrote {html}: {summary(data)}."))


@app.command()
def extract(
    ctx: typer.Context,
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help="Article texts (.txt/.md); a folder means every such file in it; '-' reads stdin.")],
    author: Annotated[str | None, typer.Option("--author", help="The article's author, overriding the byline found in the text.")] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="DATE", help="Publication date, overriding the dateline found in the text. Example: --date 2023-02-01")] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Where it was published, overriding what the text says.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's address, stored with each saved prediction.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Tag saved predictions; repeat for several.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print one JSON object per file: metadata and forecasts.")] = False,
    save: Annotated[bool, typer.Option("--save", help="Store the author's forecasts as predictions (asks about each one in a terminal).")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="With --save: accept every forecast without asking.")] = False,
    include_reported: Annotated[bool, typer.Option("--include-reported", help="With --save: also store forecasts the article reports from others, under their names.")] = False,
    min_confidence: Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0, metavar="P", help="Leave out candidates the detector is less sure of (0-1; calibrated: of candidates at 0.8, about 80% are forecasts). Example: --min-confidence 0.8")] = 0.2,
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
        url=clean_url("url", url), tags=clean_tags(tag),
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
    if json_out:
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
    for article in fresh:
        try:
            harvest.check_savable(article)
            if not yes:
                article.candidates = _review(article, include_reported=include_reported)
            saved, refused = harvest.to_records(article, overrides, include_reported=include_reported)
            records.extend(saved)
            failures.extend(refused)
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


def _review(article: Any, *, include_reported: bool) -> list[Any]:
    """Ask about each candidate: accept, edit the claim or probability, or skip."""
    from tracker import harvest, render
    from tracker.probability import parse_probability
    from tracker.records import clean_text

    out = render.console()
    kept = []
    candidates = harvest.savable(article, include_reported=include_reported)
    for number, candidate in enumerate(candidates, 1):
        while True:
            who = "" if candidate.speaker is None else f" (reported: {candidate.speaker})"
            out.print(render.text(
                f"[{number}/{len(candidates)}] {candidate.claim} — {render.percent(candidate.probability)}"
                f"{', by ' + candidate.deadline.isoformat() if candidate.deadline else ''}{who}"
                f"{_confidence_note(candidate)}\n    “{candidate.quote}”"
            ))
            answer = typer.prompt("Save? [y]es, [n]o, [c]laim edit, [p]robability edit", default="y").strip().lower()
            if answer in ("y", "yes"):
                kept.append(candidate)
                break
            if answer in ("n", "no", "s", "skip"):
                break
            if answer in ("c", "claim"):
                try:
                    claim = clean_text("claim", typer.prompt("Claim", default=candidate.claim), required=True)
                except UsageError as exc:
                    out.print(render.text(f"  {exc.message}"))
                    continue
                candidate = harvest.edit_candidate(candidate, claim=claim)
            elif answer in ("p", "probability"):
                try:
                    candidate = harvest.edit_candidate(candidate, probability=parse_probability(typer.prompt("Probability (0.8, 80%, 'likely')")))
                except UsageError as exc:
                    out.print(render.text(f"  {exc.message}"))
    return kept


# --- data in and out -----------------------------------------------------------------------


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help="CSV or JSON Lines file ('-' for stdin).")],
    fmt: Annotated[str | None, typer.Option("--format", help="Force a format instead of detecting it from the header: csv, jsonl, predictionbook, fatebook, metaculus.")] = None,
    author: Annotated[str | None, typer.Option("--author", help="Author for rows of formats that do not name one (PredictionBook, Fatebook, Metaculus).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Check the whole file and report what would be added, then roll back.")] = False,
    json_out: JsonOpt = False,
) -> None:
    """Add predictions in bulk: all of the file or none of it; rows already stored are skipped.

    Example: tracker import predictions.csv
    """
    from tracker import render, store
    from tracker.interchange import Options, count_lines, read_records

    options = Options(author=author)
    rows = read_records(file, fmt=fmt, options=options)
    # Read the header and first row now, so that a missing or unreadable file is refused
    # before a database is created for it.
    first = next(rows, None)
    records = itertools.chain([first], rows) if first is not None else iter(())
    database = _database(ctx)

    class DryRun(Exception):
        pass

    summary = None
    try:
        with render.progress(f"importing {Path(file).name}", count_lines(file)) as bar, database.write() as conn:
            summary = store.import_records(conn, records, on_progress=bar.advance)
            if dry_run:
                raise DryRun
    except DryRun:
        pass
    assert summary is not None
    for note in options.notes:
        render.console(stderr=True).print(render.text(f"tracker: {note}"))
    if json_out:
        render.write_json({"file": file, "dry_run": dry_run, **summary.as_dict(), "skipped": options.skipped})
        return
    prefix = "Would import" if dry_run else "Imported"
    render.console().print(render.text(
        f"{prefix} {summary.predictions_added} prediction(s) ({summary.predictions_present} already present) and "
        f"{summary.resolutions_added} resolution(s) ({summary.resolutions_present} already present) from {file}."
    ))


@app.command()
def export(
    ctx: typer.Context,
    json_out: Annotated[bool, typer.Option("--json", help="JSON Lines, export format 1, with full histories (the default).")] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="CSV with the columns of 'list --csv' (latest resolution only).")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE (atomically) instead of stdout.")] = None,
) -> None:
    """Write every prediction out, losslessly: 'tracker import' reads it back unchanged.

    Example: tracker export --json -o backup.jsonl
    """
    from tracker import queries, render
    from tracker.files import atomic_text_output

    fmt = _one_format(json=json_out, csv=csv_out) or "json"
    database = _database(ctx, create=False)
    with database.read() as conn, atomic_text_output(output) as stream:
        if fmt == "csv":
            count = render.write_csv(queries.iter_predictions(conn, _filters(), order="id"), queries.CSV_COLUMNS, stream)
        else:
            count = render.write_json_lines(queries.iter_export(conn), stream)
    if output is not None:
        render.console(stderr=True).print(render.text(f"Exported {count} prediction(s) to {output}."))


# --- integrity -----------------------------------------------------------------------------


@app.command()
def verify(ctx: typer.Context, json_out: JsonOpt = False) -> None:
    """Recompute every prediction's content hash and check each amendment history; exit 1 if any row was changed behind tracker's back.

    Example: tracker verify
    """
    from tracker import render, store

    database = _database(ctx, create=False)
    with database.read() as conn:
        checked, problems = store.verify_hashes(conn)
    if json_out:
        render.write_json({"checked": checked, "ok": not problems,
                           "problems": [{"id": p.prediction_id, "problem": p.problem} for p in problems]})
    elif problems:
        out = render.console()
        for p in problems:
            out.print(render.text(f"prediction {p.prediction_id}: {p.problem}"))
    else:
        render.console().print(f"All {checked} prediction(s) match their hashes.")
    if problems:
        raise TrackerExit(ExitCode.ERROR, f"{len(problems)} problem(s) in {checked} prediction(s): the record was changed outside tracker")


@app.command()
def backup(
    ctx: typer.Context,
    target: Annotated[Path, typer.Argument(metavar="PATH", help="Where to write the copy; must not exist yet.")],
) -> None:
    """Write a consistent copy of the database, even while other processes are writing to it.

    Example: tracker backup ~/backups/predictions-2026-11-23.db
    """
    from tracker import render
    from tracker.db import backup_database

    database = _database(ctx, create=False)
    database.dispose()
    copied = backup_database(database.path, target)
    render.console().print(render.text(f"Backed up {copied} prediction(s) to {target}."))


@app.command()
def phrases(json_out: JsonOpt = False) -> None:
    """The words of estimative probability tracker understands, with the number each means.

    Example: tracker add 'X' --author A --date 2021-01-01 --probability 'very unlikely'
    """
    from tracker import render
    from tracker.estimative import PHRASES

    if json_out:
        render.write_json(PHRASES)
        return
    from rich.table import Table

    table = Table(title="Words of estimative probability (public readings; see README)")
    table.add_column("phrase")
    table.add_column("probability", justify="right")
    for phrase, value in sorted(PHRASES.items(), key=lambda kv: (-kv[1], kv[0])):
        table.add_row(phrase, render.percent(value, 1))
    render.console().print(table)


class TrackerExit(TrackerError):
    """A command that ran but must report failure (``verify`` finding tampering)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.exit_code = code


def main() -> None:
    """Console-script entry point."""
    app()
