"""The rules' regular expressions, compiled once per installation rather than once per process.

The extractor's modules compile about a thousand regular expressions when they are imported.
Python's ``re`` parses and compiles each one in Python code, which took a quarter of the CPU
of a one-article ``tracker extract`` (about 0.2 s). What comes out of that step is a list
of integers that ``_sre`` runs, and it depends only on the pattern, its flags and the Python
build. So, while the package imports its modules (``patterns_compiled_once``), each pattern's
compiled program is looked up in a file beside the package's bytecode, in ``__pycache__``
(where ``sys.pycache_prefix`` says, and only written when bytecode is), and the pattern is
built from it directly; a pattern not in the file is compiled as usual, and the file is
written again with this run's patterns when any was missing.

A Pattern built this way is the one ``re.compile`` gives: the same program in the same
engine (``tests/test_regex_cache.py`` compares them with ``==``, which compares the
programs). The file is keyed on the exact Python build; anything unexpected (another
Python's ``re`` internals, a damaged or foreign file, a folder that cannot be written)
means compiling as usual, never an error.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FORMAT = 1
CACHE_NAME = "regex"


def _internals() -> tuple[Any, Any, Any] | None:
    """``re``'s compiler, parser and ``_sre`` where they have the shape this was written for
    (CPython 3.11 to 3.13), else None."""
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    needed = (getattr(_sre, "compile", None), getattr(_sre, "MAGIC", None), getattr(_compiler, "compile", None),
              getattr(_compiler, "_code", None), getattr(_parser, "parse", None))
    if any(part is None for part in needed):
        return None
    return _sre, _compiler, _parser


def cache_path(package_file: str) -> Path | None:
    """Where the compiled patterns of the package whose ``__init__.py`` is ``package_file``
    live: its ``__pycache__`` (or the mirror of it under ``sys.pycache_prefix``)."""
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    try:
        beside = Path(importlib.util.cache_from_source(package_file))
    except (NotImplementedError, ValueError):
        return None
    return beside.with_name(f"{CACHE_NAME}.{tag}.marshal")


def build_key() -> tuple[Any, ...]:
    """What a compiled program depends on besides its pattern and flags: the Python build."""
    internals = _internals()
    magic = internals[0].MAGIC if internals else None
    return ("tracker regular expressions", FORMAT, sys.version, sys.implementation.cache_tag, magic, sys.maxunicode)


def read_cache(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The compiled programs stored at ``path``; empty when it is missing, damaged or was
    written by another Python build."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if len(data) < 4 or zlib.crc32(data[4:]).to_bytes(4, "little") != data[:4]:
        return {}
    try:
        key, programs = marshal.loads(data[4:])
    except (EOFError, ValueError, TypeError):
        return {}
    if key != build_key() or not isinstance(programs, dict):
        return {}
    return programs


def write_cache(path: Path, programs: dict[tuple[str, int], tuple[Any, ...]]) -> None:
    """Store ``programs`` at ``path`` in one step (a reader sees the old file or the new one),
    or nothing where the folder cannot be written."""
    try:
        payload = marshal.dumps((build_key(), programs))
    except ValueError:
        return
    data = zlib.crc32(payload).to_bytes(4, "little") + payload
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Created as the interpreter creates bytecode files: 0o666 less the umask.
        handle = os.open(temporary, os.O_EXCL | os.O_CREAT | os.O_WRONLY, 0o666)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    except OSError:
        pass


def program(pattern: str, flags: int, internals: tuple[Any, Any, Any]) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for a string pattern, after the
    pattern itself: final flags, code, group count, group index and index group."""
    _sre, _compiler, _parser = internals
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Plain ints: the code mixes in ``re``'s named opcode constants, which marshal cannot store.
    return (int(flags | parsed.state.flags), [int(word) for word in code], int(parsed.state.groups - 1),
            {str(name): int(index) for name, index in groupindex.items()}, tuple(indexgroup))


@contextlib.contextmanager
def patterns_compiled_once(package_file: str) -> Iterator[None]:
    """While the block runs (the package importing its modules), string patterns are built
    from the compiled programs stored for the package, and the file is brought up to date
    afterwards if any pattern was missing from it."""
    internals = _internals()
    path = cache_path(package_file)
    if internals is None or path is None:
        yield
        return
    _sre, _compiler, _ = internals
    stored = read_cache(path)
    used: dict[tuple[str, int], tuple[Any, ...]] = {}
    missing = 0
    original = _compiler.compile

    def compile_from_cache(pattern: Any, flags: int = 0) -> Any:
        nonlocal missing
        if type(pattern) is not str or type(flags) is not int or flags & _compiler.SRE_FLAG_DEBUG:
            return original(pattern, flags)
        key = (pattern, flags)
        found = stored.get(key)
        if found is not None:
            try:
                compiled = _sre.compile(pattern, *found)
            except (TypeError, ValueError, RuntimeError):
                found = None
        if found is None:
            try:
                found = program(pattern, flags, internals)
                compiled = _sre.compile(pattern, *found)
            except re.error:
                raise
            except Exception:  # noqa: BLE001 - internals not as expected: re compiles it, as always
                return original(pattern, flags)
            missing += 1
        used[key] = found
        return compiled

    _compiler.compile = compile_from_cache
    try:
        yield
    finally:
        _compiler.compile = original
    # Only this run's patterns are written, so patterns the code no longer has drop out.
    if missing and not sys.dont_write_bytecode:
        write_cache(path, used)
