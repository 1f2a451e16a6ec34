"""Write large import files in the exact formats the real exporters write, with their mess.

Used by ``bench_import.py`` and for the README's figures. Columns and value formats follow
the exporters' code (see tracker/interchange/foreign.py for where each comes from):

- PredictionBook ``predictions#mine``: Rails' CSV of ``PredictionSerializer``, timestamps as
  ``2011-10-08 12:00:00 UTC``, booleans ``true``/``false``, nil as an empty cell;
- Fatebook ``questionsToCsv``: every string quoted, dates ``YYYY-MM-DD HH:MM:S`` (seconds not
  zero-padded), ``undefined`` and ``null`` as empty cells;
- Metaculus ``question_data.csv`` and ``forecast_data.csv``;
- tracker's own JSON Lines (``export --json``) and CSV (``export --csv``).

Some rows are messy on purpose, at rates like those seen in real exports: newlines and
tabs in titles, a zero-width space as a name, U+0096 (a Windows-1252 en dash read as
Latin-1) and byte-order marks inside titles, a control character, withdrawn predictions,
forecasts made after the question resolved. Usage:

    python benchmarks/make_import_files.py OUT_DIR --rows 100000
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import uuid
from pathlib import Path

START = dt.datetime(2010, 1, 1, tzinfo=dt.timezone.utc)
NOW = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)  # nothing is judged after this
NAMES = ["gwern", "kuudes", "Jamie_Z", "Noor Haddad", "Jonas Müller", "Sam Rivera", "Wei Chen", "Ana Lima"]
TOPICS = ["Bitcoin closes above", "The UK unemployment rate exceeds", "SpaceX launches more than",
          "Global mean temperature anomaly exceeds", "Apple's market cap passes", "The Fed funds rate is above"]


def _title(rng: random.Random, i: int) -> str:
    base = f"{rng.choice(TOPICS)} {rng.randint(1, 999)} by the end of {2010 + i % 16} (#{i})"
    mess = rng.random()
    if mess < 0.005:
        return base.replace(" by ", " by\n", 1)  # newline inside a title (257 of 51,135 real ones)
    if mess < 0.007:
        return base.replace(" ", "\u0096", 1)  # a Windows-1252 en dash decoded as Latin-1
    if mess < 0.008:
        return base.replace(" ", " \ufeff", 1)  # a byte-order mark inside the text
    if mess < 0.009:
        return base + "\t"
    if mess < 0.0095:
        return base.replace(" ", "\x07", 1)  # a bell: a control character, refused
    return base


def _stamp(rng: random.Random, lo: dt.datetime, days: int) -> dt.datetime:
    return lo + dt.timedelta(seconds=rng.randrange(max(days, 1) * 86400))


def predictionbook(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    columns = ["created_at", "creator_id", "creator_label", "deadline", "description_with_group", "description",
               "group_id", "id", "mean_confidence", "outcome", "prediction_group_id", "last_judgement_at",
               "updated_at", "uuid", "version", "visibility", "withdrawn"]

    def rails(stamp: dt.datetime | None) -> str:
        return "" if stamp is None else stamp.strftime("%Y-%m-%d %H:%M:%S UTC")

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for i in range(rows):
            created = _stamp(rng, START, 5000)
            deadline = created + dt.timedelta(days=rng.randint(1, 1500))
            judged = None
            outcome = ""
            if rng.random() < 0.6:
                judged = deadline + dt.timedelta(days=rng.randint(-30, 400))
                judged = max(judged, created + dt.timedelta(hours=1))
                if judged < NOW:
                    outcome = rng.choice(["true", "false"])
                else:
                    judged = None
            title = _title(rng, i)
            name = "\u200b" if rng.random() < 0.001 else rng.choice(NAMES)
            writer.writerow([
                rails(created), rng.randint(1, 9000), name, rails(deadline), title, title, "", 100000 + i,
                rng.randint(1, 99), outcome, "", rails(judged), rails(judged or created), str(uuid.UUID(int=rng.getrandbits(128))),
                1, "visible_to_everyone", "true" if rng.random() < 0.01 else "false",
            ])


def _fatebook_time(stamp: dt.datetime) -> str:
    return f"{stamp:%Y-%m-%d %H:%M}:{stamp.second}"


def fatebook(path: Path, rows: int, seed: int = 2) -> None:
    rng = random.Random(seed)
    columns = ["Question title", "Multiple choice option", "Forecast created by", "Forecast (scale = 0-1)",
               "Forecast created at", "Question created by", "Question created at", "Question resolve by", "Resolution",
               "Resolved at", "Your Brier score for this question", "Your relative Brier score for this question",
               "Question notes", "Question shared with", "Question shared publicly", "Question comments", "Question tags"]

    def q(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    with path.open("w", newline="", encoding="utf-8") as handle:
        handle.write(",".join(columns) + "\n")
        written = 0
        question = 0
        lines = []
        while written < rows:
            question += 1
            created = _stamp(rng, START + dt.timedelta(days=3000), 2500)
            resolve_by = created + dt.timedelta(days=rng.randint(5, 400))
            resolved = rng.random() < 0.7
            resolved_at = resolve_by + dt.timedelta(hours=rng.randint(-200, 200)) if resolved else None
            if resolved_at is not None and resolved_at <= created:
                resolved_at = created + dt.timedelta(hours=2)
            if resolved_at is not None and resolved_at > NOW:
                resolved, resolved_at = False, None
            resolution = rng.choice(["YES", "NO", "NO", "AMBIGUOUS"]) if resolved else ""
            title = _title(rng, question)
            owner = rng.choice(NAMES)
            tags = "; ".join(rng.sample(["ai", "politics", "personal", "work"], rng.randint(0, 2)))
            for _ in range(rng.randint(1, 6)):
                made = _stamp(rng, created, max((resolve_by - created).days, 1))
                if resolved_at is not None and rng.random() < 0.03:
                    made = resolved_at + dt.timedelta(hours=rng.randint(1, 48))  # forecast after resolution
                name = "" if rng.random() < 0.002 else rng.choice(NAMES)
                lines.append(",".join([
                    q(title), "", q(name) if name else "", f"{rng.randint(1, 99) / 100}", _fatebook_time(made), q(owner),
                    _fatebook_time(created), _fatebook_time(resolve_by), q(resolution) if resolution else "",
                    _fatebook_time(resolved_at) if resolved_at else "", "", "", q("notes, with a comma\nand a line"),
                    q(""), "false", q(""), q(tags),
                ]))
                written += 1
        handle.write("\n".join(lines[:rows]))


def metaculus(questions_path: Path, forecasts_path: Path, rows: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    q_columns = ["Question ID", "Question URL", "Question Title", "Post ID", "Post Curation Status", "Post Published Time",
                 "Default Project", "Default Project ID", "Categories", "Leaderboard Tags", "Label", "Question Type",
                 "MC Options (Current)", "MC Options (All)", "MC Options History", "Lower Bound", "Open Lower Bound",
                 "Upper Bound", "Open Upper Bound", "Continuous Range", "Open Time", "CP Reveal Time",
                 "Scheduled Close Time", "Actual Close Time", "Resolution", "Resolution Known Time",
                 "Include Bots in Aggregates", "Question Weight"]
    f_columns = ["Question ID", "Forecaster ID", "Forecaster Username", "Is Bot", "Start Time", "End Time",
                 "Forecaster Count", "Probability Yes", "Probability Yes Per Category", "Continuous CDF",
                 "Probability Below Lower Bound", "Probability Above Upper Bound", "5th Percentile", "25th Percentile",
                 "Median", "75th Percentile", "95th Percentile", "Probability of Resolution", "PDF at Resolution"]

    def iso(stamp: dt.datetime | None) -> str:
        return "" if stamp is None else stamp.isoformat(sep=" ")

    questions = max(rows // 20, 1)
    opened: dict[int, tuple[dt.datetime, dt.datetime, dt.datetime | None]] = {}
    with questions_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(q_columns)
        for n in range(questions):
            qid, post = 30000 + n, 20000 + n
            open_time = _stamp(rng, START + dt.timedelta(days=4000), 1500)
            close = open_time + dt.timedelta(days=rng.randint(10, 300))
            kind = "binary" if rng.random() < 0.9 else "numeric"
            known = close + dt.timedelta(days=rng.randint(0, 20)) if rng.random() < 0.7 else None
            known = known if known is not None and known < NOW else None
            resolution = rng.choice(["yes", "no", "no", "annulled"]) if known else ""
            opened[qid] = (open_time, close, known)
            writer.writerow([
                qid, f"https://www.metaculus.com/questions/{post}/", _title(rng, n), post, "approved", iso(open_time),
                "Metaculus Community", 144, "['Science']", "[]", "", kind, "", "", "", "", "False", "", "False", "",
                iso(open_time), iso(open_time), iso(close), iso(close), resolution, iso(known), "False", "1.0",
            ])
    with forecasts_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(f_columns)
        for i in range(rows):
            qid = 30000 + rng.randrange(questions)
            open_time, close, _ = opened[qid]
            start = _stamp(rng, open_time, max((close - open_time).days, 1))
            aggregate = rng.random() < 0.05
            user = rng.randrange(len(NAMES))
            p = rng.randint(1, 99) / 100
            writer.writerow([
                qid, "" if aggregate else 100000 + user, "recency_weighted" if aggregate else NAMES[user], "False",
                start.isoformat(sep=" "), "", 12 if aggregate else "", p, "", "", "", "", "", "", "", "", "", p, "",
            ])


def native(jsonl_path: Path, csv_path: Path, rows: int, seed: int = 4) -> None:
    rng = random.Random(seed)
    with jsonl_path.open("w", encoding="utf-8") as jsonl, csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["claim", "author", "outlet", "date", "deadline", "probability", "tags", "outcome", "resolved_on"])
        for i in range(rows):
            made = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
            deadline = made + dt.timedelta(days=rng.randint(30, 900))
            outcome = rng.choice(["true", "false", ""])
            resolved = deadline.isoformat() if outcome else ""
            claim = f"Synthetic claim {i} comes true"
            p = rng.randint(1, 99) / 100
            author, outlet, tag = f"Author {i % 500}", f"Outlet {i % 50}", f"topic{i % 12}"
            writer.writerow([claim, author, outlet, made.isoformat(), deadline.isoformat(), p, tag, outcome, resolved])
            jsonl.write(json.dumps({
                "export_version": 1, "claim": claim, "author": author, "outlet": outlet, "date": made.isoformat(),
                "deadline": deadline.isoformat(), "probability": p, "tags": [tag],
                "resolutions": [{"outcome": outcome, "resolved_on": resolved}] if outcome else [],
            }) + "\n")


def write_all(folder: Path, rows: int) -> dict[str, list[Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "jsonl": [folder / "native.jsonl"], "csv": [folder / "native.csv"],
        "predictionbook": [folder / "my_predictions.csv"], "fatebook": [folder / "fatebook.csv"],
        "metaculus": [folder / "question_data.csv", folder / "forecast_data.csv"],
    }
    native(files["jsonl"][0], files["csv"][0], rows)
    predictionbook(files["predictionbook"][0], rows)
    fatebook(files["fatebook"][0], rows)
    metaculus(*files["metaculus"], rows)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    for fmt, paths in write_all(args.out, args.rows).items():
        print(fmt, " ".join(str(p) for p in paths))


if __name__ == "__main__":
    main()
