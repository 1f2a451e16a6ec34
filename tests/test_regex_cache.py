"""The rules' regular expressions built from stored compiled programs (tracker/extract/regex_cache.py)
are the patterns ``re`` compiles, and the file that stores them is never trusted blindly."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import uuid
import zlib
from pathlib import Path

import pytest

from tracker.extract import regex_cache

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_470e802ec0e9da10.txt"


def _run(prefix: Path, *args: str, write: bool = True, hash_seed: str = "1") -> subprocess.CompletedProcess[str]:
    """``python args`` in a fresh process whose bytecode (and so the pattern file) goes under ``prefix``."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    env["PYTHONHASHSEED"] = hash_seed
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, check=True)


def _stored_file(prefix: Path) -> Path:
    found = list(prefix.rglob(f"{regex_cache.CACHE_NAME}.*.marshal"))
    assert len(found) == 1, found
    return found[0]


def _original_compile():  # type: ignore[no-untyped-def]
    from re import _compiler

    return _compiler.compile


def test_every_stored_pattern_is_the_one_re_compiles(tmp_path: Path) -> None:
    _run(tmp_path, "-c", "import tracker.extract")
    programs = regex_cache.read_cache(_stored_file(tmp_path))
    assert len(programs) > 500  # the rules' patterns, not a handful
    import _sre

    compile_plainly = _original_compile()
    for (pattern, flags), program in programs.items():
        # Pattern equality compares the flags, the pattern and the compiled program itself.
        assert _sre.compile(pattern, *program) == compile_plainly(pattern, flags), pattern


def test_extraction_is_the_same_with_and_without_stored_patterns(tmp_path: Path) -> None:
    command = ("-m", "tracker", "extract", str(SEED), "--json")
    plain = _run(tmp_path / "none", *command, write=False)
    assert not list((tmp_path / "none").rglob("*.marshal"))  # no bytecode written, no pattern file either
    first = _run(tmp_path / "stored", *command)  # compiles and stores
    stored = _stored_file(tmp_path / "stored")
    written, patterns = stored.stat().st_mtime_ns, set(regex_cache.read_cache(stored))
    second = _run(tmp_path / "stored", *command, hash_seed="7")  # builds from the file
    assert plain.stdout == first.stdout == second.stdout and '"forecasts"' in plain.stdout
    # Nothing new to store, so the file is not rewritten. A pattern built from a set's order
    # (which changes with the hash seed) would be new in every process: build it sorted.
    changed = patterns ^ set(regex_cache.read_cache(stored))
    assert not changed, f"patterns that differ between processes: {sorted(changed)[:2]}"
    assert stored.stat().st_mtime_ns == written


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other_python"])
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(tmp_path: Path, damage: str) -> None:
    command = ("-m", "tracker", "extract", str(SEED), "--json")
    good = _run(tmp_path, *command).stdout
    stored = _stored_file(tmp_path)
    data = stored.read_bytes()
    if damage == "garbage":
        stored.write_bytes(b"\x00not a pattern file" * 50)
    elif damage == "truncated":
        stored.write_bytes(data[: len(data) // 2])
    else:  # a well-formed file, written by another Python build
        key = ("tracker regular expressions", regex_cache.FORMAT, "another Python", None, None, 0)
        payload = marshal.dumps((key, marshal.loads(data[4:])[1]))
        stored.write_bytes(zlib.crc32(payload).to_bytes(4, "little") + payload)
    assert regex_cache.read_cache(stored) == {}
    again = _run(tmp_path, *command)
    assert again.stdout == good and again.stderr == ""
    assert len(regex_cache.read_cache(stored)) > 500  # written again


def test_patterns_come_from_the_file_and_re_is_left_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "prefix"))
    package = tmp_path / "package" / "__init__.py"
    package.parent.mkdir()
    package.write_text("", encoding="utf-8")
    # Patterns no earlier test compiled, so re's own in-memory cache cannot answer for them.
    unique = uuid.uuid4().hex
    sources = [(rf"(?P<year>\d{{4}})-{unique}", 0), (rf"\bwill\s+(\w+)\b {unique}", re.IGNORECASE)]
    before = _original_compile()
    with regex_cache.patterns_compiled_once(str(package)):
        first = [re.compile(source, flags) for source, flags in sources]
    assert _original_compile() is before
    path = regex_cache.cache_path(str(package))
    assert path is not None and path.is_relative_to(tmp_path / "prefix")
    assert set(regex_cache.read_cache(path)) == {(source, int(flags)) for source, flags in sources}
    written = path.stat().st_mtime_ns

    re.purge()
    built = []
    original = regex_cache.program
    monkeypatch.setattr(regex_cache, "program", lambda *args: built.append(args) or original(*args))
    with regex_cache.patterns_compiled_once(str(package)):
        second = [re.compile(source, flags) for source, flags in sources]
    assert built == []  # nothing parsed: both came from the file
    assert second == first and second[0].match(f"2031-{unique}").group("year") == "2031"
    assert path.stat().st_mtime_ns == written

    re.purge()
    with pytest.raises(ZeroDivisionError), regex_cache.patterns_compiled_once(str(package)):
        1 / 0
    assert _original_compile() is before


def test_a_folder_that_cannot_be_written_only_costs_the_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    target = blocked / "sub" / "regex.test.marshal"
    regex_cache.write_cache(target, {("a", 0): (32, [1], 0, {}, (None,))})
    assert not target.exists() and blocked.read_text(encoding="utf-8") == "a file where the folder would be"
    assert list(tmp_path.iterdir()) == [blocked]
