"""Read article files safely: every bad input becomes one readable line, never a traceback.

The extractor itself is pure (text in, results out); everything that can go wrong
with files, encodings and sizes is decided here, so the CLI only has to catch
``TrackerError``.
"""

from __future__ import annotations

import codecs
import os
import pathlib

from tracker.errors import NotFoundError, UsageError

#: Longer than any book (War and Peace is 3.2 MB): reading takes time and memory in
#: proportion to the text, about 30 s and 260 MB for 2 MB of forecast-dense prose in one
#: paragraph, so a bigger file is refused with a hint rather than exhausting the machine.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md")

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats that could otherwise pass as "mostly text".
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"SQLite format 3\x00",
)

# Control characters that never occur in prose (tab, newline, form feed and CR do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_MAX_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 64 * 1024


def _too_large(size: int, name: str) -> UsageError:
    limit_mb = MAX_ARTICLE_BYTES // (1024 * 1024)
    return UsageError(
        f"{name} is {size / (1024 * 1024):.1f} MB, over the {limit_mb} MB limit for one article: split it into smaller files"
    )


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, a known binary signature, or many control characters mean 'not prose'."""
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data:
        return True
    sample = data[:_SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _decode_with_bom(data: bytes, name: str) -> str | None:
    """Decode text that announces its encoding with a byte-order mark, else None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UsageError(
                    f"{name} starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} "
                    f"(bad byte at offset {exc.start + len(bom)})"
                ) from None
    return None


def read_article_bytes(data: bytes, name: str) -> str:
    """Turn the bytes of one article into text, refusing what is not an article.

    UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are accepted; anything else
    is refused with a hint, because silently guessing Latin-1 would garble names.
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise _too_large(len(data), name)
    text = _decode_with_bom(data, name)
    if text is None:
        if _looks_binary(data):
            raise UsageError(f"{name} is a binary file, not an article")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = data[exc.start]
            raise UsageError(
                f"{name} is not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start}); it is probably Latin-1 or "
                f"Windows-1252: convert it with `iconv -f latin1 -t utf-8 {name} > converted.txt`"
            ) from None
    elif "\x00" in text:
        raise UsageError(f"{name} is a binary file, not an article")
    if not text.strip():
        raise UsageError(f"{name} is empty: an article needs some text")
    return text.translate(_CONTROL_CHARS)


#: Control characters other than tab, newline, carriage return and form feed (an escape
#: sequence, a bell) become spaces, one for one so that offsets into the text stay valid:
#: they are never prose, and printed raw they would drive the reader's terminal.
_CONTROL_CHARS = dict.fromkeys([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0)], " ")


def _describe_os_error(path: pathlib.Path, exc: OSError) -> UsageError:
    reason = exc.strerror or exc.__class__.__name__
    return UsageError(f"cannot read {path}: {reason.lower()}")


def read_article(path: pathlib.Path) -> str:
    """Read and decode one article file; see ``read_article_bytes`` for what is refused."""
    path = pathlib.Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise NotFoundError(f"{path}: no such file") from None
    except NotADirectoryError:
        raise NotFoundError(f"{path}: no such file (a part of the path is not a folder)") from None
    except OSError as exc:
        raise _describe_os_error(path, exc) from None
    if path.is_dir():
        raise UsageError(f"{path} is a folder, not an article file")
    if info.st_size > MAX_ARTICLE_BYTES:
        raise _too_large(info.st_size, str(path))
    try:
        with path.open("rb") as handle:
            # Read one byte past the limit: special files (pipes, /dev/*) report size 0.
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except PermissionError:
        raise UsageError(f"cannot read {path}: permission denied") from None
    except IsADirectoryError:
        raise UsageError(f"{path} is a folder, not an article file") from None
    except OSError as exc:
        raise _describe_os_error(path, exc) from None
    return read_article_bytes(data, str(path))


def _is_article_file(path: pathlib.Path) -> bool:
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".") and path.is_file()


def expand_paths(args: list[str]) -> list[pathlib.Path | str]:
    """Turn command-line arguments into article paths.

    A folder stands for every .txt/.md file directly inside it, sorted by name so runs
    are reproducible; "-" (standard input) is passed through unchanged.
    """
    expanded: list[pathlib.Path | str] = []
    for arg in args:
        if arg == "-":
            expanded.append(arg)
            continue
        path = pathlib.Path(arg)
        if not os.path.lexists(path):
            raise NotFoundError(f"{path}: no such file or folder")
        if path.is_dir():
            try:
                articles = sorted(child for child in path.iterdir() if _is_article_file(child))
            except OSError as exc:
                raise _describe_os_error(path, exc) from None
            if not articles:
                raise UsageError(f"{path} is a folder with no .txt or .md files in it")
            expanded.extend(articles)
        else:
            expanded.append(path)
    return expanded
