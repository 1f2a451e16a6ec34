"""Every command the README shows, replayed in order on a fresh machine, prints what it shows.

The test makes an empty folder, copies ``seeds/`` into it, builds ``predictions.db`` with the
README's own command (see "The seed corpus"), then runs every ``$ `` line of every fenced block
in README order through bash on a 100-column pseudo-terminal, as a user would (``tracker`` on
the PATH; pipes inside a command stay pipes; no progress bars: TTY_INTERACTIVE=0). ``$ export``/``$ unset`` lines carry over to later
commands. Output lines must match, except that a line ``…`` stands for any number of lines
(and ``…`` ending a line for the rest of it) and timestamps of new records match any
timestamp. A command shown failing (``tracker: error: …``) must fail; every other must succeed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")
ESCAPE = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


@dataclass
class Example:
    command: str
    expected: list[str] = field(default_factory=list)
    line: int = 0


def examples(readme: str = README) -> list[Example]:
    """The ``$ `` commands of every fenced block, each with the lines shown after it."""
    found: list[Example] = []
    in_block = False
    current: Example | None = None
    continuing = False
    for number, raw in enumerate(readme.splitlines(), 1):
        line = raw.rstrip()
        if line.strip().startswith("```"):
            in_block = not in_block
            current, continuing = None, False
            continue
        if not in_block:
            continue
        stripped = line.strip()  # blocks inside list items are indented
        if continuing and current is not None:
            current.command += "\n" + line
            continuing = line.endswith("\\")
        elif stripped.startswith("$ "):
            current = Example(stripped[2:], line=number)
            found.append(current)
            continuing = stripped.endswith("\\")
        elif current is not None:
            current.expected.append(line)
    return found


def _normal(lines: list[str]) -> list[str]:
    return [STAMP.sub("<time>", ESCAPE.sub("", line)).rstrip() for line in lines if line.strip()]


def matches(expected: list[str], actual: list[str]) -> bool:
    """``expected`` with ``…`` lines as wildcards (any number of lines) against ``actual``."""
    want, got = _normal(expected), _normal(actual)
    indent = min((len(w) - len(w.lstrip()) for w in want), default=0)
    want = [w[indent:] if w.strip() != "…" else "…" for w in want]
    got_indent = min((len(g) - len(g.lstrip()) for g in got), default=0) if indent else 0
    got = [g[got_indent:] for g in got]

    def walk(i: int, j: int) -> bool:
        if i == len(want):
            return j == len(got)
        if want[i].strip() == "…":
            return any(walk(i + 1, k) for k in range(j, len(got) + 1))
        if j < len(got) and want[i].endswith(" …") and got[j].startswith(want[i][:-1]):
            return walk(i + 1, j + 1)
        return j < len(got) and want[i] == got[j] and walk(i + 1, j + 1)

    return walk(0, 0)


def test_the_parser_finds_commands_outputs_and_continuations() -> None:
    text = "x\n```\n$ tracker add 'a' \\\n    --author B\nAdded 1\n$ tracker list\n…\n```\n```\ntracker add CLAIM\n```\n"
    found = examples(text)
    assert [(e.command, e.expected) for e in found] == [
        ("tracker add 'a' \\\n    --author B", ["Added 1"]), ("tracker list", ["…"]),
    ]
    assert matches(["a", "…", "z"], ["a", "b", "c", "z"]) and not matches(["a", "z"], ["a", "b", "z"])
    assert matches(["recorded 2026-11-23T13:26:11.883318Z"], ["recorded 2026-12-01T00:00:00.000001Z"])


def run_in_terminal(command: str, cwd: Path, env: dict[str, str], columns: int = 100) -> tuple[int, list[str]]:
    """Run ``command`` in bash on a pseudo-terminal of ``columns`` columns, as a user would see
    it: what it pipes stays piped, what reaches the screen is laid out for a terminal."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    proc = subprocess.Popen(["bash", "-c", command], cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the terminal closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait(timeout=120)
    return code, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n").splitlines()


@pytest.mark.slow
def test_every_readme_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    bin_dir = Path(sys.executable).parent
    assert (bin_dir / "tracker").exists(), "tracker is not installed next to the test's Python"
    env = {k: v for k, v in os.environ.items()
           if k not in ("TRACKER_DB", "TRACKER_TODAY", "NO_COLOR", "FORCE_COLOR", "TERM", "TTY_COMPATIBLE", "COLUMNS")}
    env.update({
        "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", "HOME": str(home), "COLUMNS": "100",
        "TTY_INTERACTIVE": "0", "NO_COLOR": "1", "LC_ALL": "C.UTF-8",
    })
    seed_command = re.search(r"^    (rm -f predictions\.db && tracker .+)$", README, flags=re.MULTILINE)
    assert seed_command, "the README no longer says how predictions.db is built"
    subprocess.run(["bash", "-c", seed_command.group(1)], cwd=tmp_path, env=env, check=True, capture_output=True)

    failures = []
    for example in examples():
        command = example.command
        for name, value in re.findall(r"^export (\w+)=(\S+)$", command):
            env[name] = value
        if re.fullmatch(r"(export \w+=\S+|unset \w+)", command):
            if command.startswith("unset "):
                env.pop(command.split()[1], None)
            continue
        code, actual = run_in_terminal(command, tmp_path, env)
        refusal = any(line.lstrip().startswith("tracker: error:") for line in example.expected)
        if (code != 0) != refusal or not matches(example.expected, actual):
            failures.append(f"README line {example.line}: $ {command}\n(exit {code})\n"
                            f"--- README shows:\n" + "\n".join(example.expected)
                            + "\n--- it prints:\n" + "\n".join(actual))
    assert not failures, f"{len(failures)} README example(s) differ:\n\n" + "\n\n".join(failures[:3])
