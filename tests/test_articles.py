"""Reading article files: every bad input is one readable error, never a traceback."""

from __future__ import annotations

import codecs
import os
import pathlib

import pytest

from tracker import articles
from tracker.articles import expand_paths, read_article, read_article_bytes
from tracker.errors import NotFoundError, UsageError

# First sentence of seed 004 (Pepe Escobar, Global Research, 2021-12-09).
SAMPLE = "Russian and US leaders dropped their respective rhetorical gauntlets but nobody really expects Russia to invade Ukraine\n"


def test_reads_plain_utf8(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert read_article(path) == SAMPLE


def test_missing_file_is_not_found(tmp_path: pathlib.Path) -> None:
    with pytest.raises(NotFoundError, match="no such file"):
        read_article(tmp_path / "missing.txt")


def test_binary_file_with_nul_bytes_is_refused(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(UsageError, match="is a binary file, not an article"):
        read_article(path)


def test_mostly_control_characters_is_binary() -> None:
    with pytest.raises(UsageError, match="binary file"):
        read_article_bytes(bytes(range(1, 9)) * 50 + b"text", "noise.txt")


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  "])
def test_empty_or_blank_file_is_refused(tmp_path: pathlib.Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(UsageError, match="is empty"):
        read_article(path)


def test_latin1_file_names_encoding_and_iconv() -> None:
    data = "Caf\u00e9 owners expect prices will rise.".encode("latin-1")
    with pytest.raises(UsageError) as caught:
        read_article_bytes(data, "cafe.txt")
    message = str(caught.value)
    assert "not valid UTF-8" in message and "iconv -f latin1 -t utf-8" in message and "cafe.txt" in message
    assert "\n" not in message


def test_cp1252_smart_quotes_are_refused() -> None:
    with pytest.raises(UsageError, match="UTF-8"):
        read_article_bytes("\u201cNobody expects it\u201d".encode("cp1252"), "quotes.txt")


def test_utf8_bom_is_accepted_and_stripped() -> None:
    assert read_article_bytes(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "bom.txt") == SAMPLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom_is_accepted(encoding: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[encoding]
    data = bom + SAMPLE.encode(encoding)
    assert read_article_bytes(data, "wide.txt") == SAMPLE


def test_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text("x" * 101, encoding="utf-8")
    with pytest.raises(UsageError, match="over the"):
        read_article(path)
    with pytest.raises(UsageError, match="over the"):
        read_article_bytes(b"y" * 101, "-")


def test_size_limit_is_five_megabytes() -> None:
    assert articles.MAX_ARTICLE_BYTES == 5 * 1024 * 1024


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_a_usage_error(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(UsageError, match="permission denied"):
        read_article(path)


def test_permission_error_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path) -> None:
    # Works as root too: simulate the operating system refusing to open the file.
    path = tmp_path / "secret.txt"
    path.write_text(SAMPLE, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pathlib.Path, "open", refuse)
    with pytest.raises(UsageError, match="permission denied"):
        read_article(path)


def test_directory_given_as_article_is_a_usage_error(tmp_path: pathlib.Path) -> None:
    with pytest.raises(UsageError, match="folder"):
        read_article(tmp_path)


def test_expand_paths_lists_texts_in_a_folder_sorted(tmp_path: pathlib.Path) -> None:
    for name in ("b.md", "a.txt", "notes.json", ".hidden.txt", "c.TXT"):
        (tmp_path / name).write_text(SAMPLE, encoding="utf-8")
    expanded = expand_paths([str(tmp_path), "-"])
    assert [p.name if isinstance(p, pathlib.Path) else p for p in expanded] == ["a.txt", "b.md", "c.TXT", "-"]


def test_expand_paths_keeps_files_and_stdin(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert expand_paths(["-", str(path)]) == ["-", path]


def test_folder_without_texts_is_a_usage_error(tmp_path: pathlib.Path) -> None:
    (tmp_path / "labels.json").write_text("{}", encoding="utf-8")
    with pytest.raises(UsageError, match="no .txt or .md files"):
        expand_paths([str(tmp_path)])


def test_expand_paths_missing_is_not_found(tmp_path: pathlib.Path) -> None:
    with pytest.raises(NotFoundError):
        expand_paths([str(tmp_path / "nowhere")])


def test_seed_articles_read_cleanly() -> None:
    seeds = pathlib.Path(__file__).resolve().parent.parent / "seeds"
    for path in expand_paths([str(seeds)]):
        assert isinstance(path, pathlib.Path)
        assert read_article(path).strip()
