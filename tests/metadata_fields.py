"""The four metadata fields of a text, as the metadata tests compare them."""

from __future__ import annotations

from tracker.extract import extract


def meta_fields(text: str) -> tuple[object, ...]:
    """(title, author, published, outlet) of ``text``. The header rules do not read the
    detector's scores, so it is left out to keep the tests fast."""
    meta = extract(text, detector=False).meta
    return meta.title, meta.author, meta.published, meta.outlet


def layout_cases(layouts: list, not_read: set[tuple[str, str]]) -> list[object]:
    """One test case per layout and field; the (layout, field) pairs a round left unread are
    strict expected failures, so that a fix shows up."""
    import pytest

    from tests.extraction_eval import META_FIELDS

    cases = []
    for layout in layouts:
        for key in META_FIELDS:
            marks = [pytest.mark.xfail(strict=True, reason="not read yet")] if (layout.name, key) in not_read else []
            cases.append(pytest.param(layout, key, marks=marks, id=f"{layout.name}-{key}"))
    return cases


def assert_reads_as_labelled(layout, key: str) -> None:
    """The field ``key`` read from ``layout``'s text equals its label, compared as the benchmark
    compares metadata (a date to the precision the label gives)."""
    from tests.extraction_eval import META_FIELDS, _meta_value

    got = dict(zip(META_FIELDS, meta_fields(layout.text)))
    label = getattr(layout, key)
    assert _meta_value(got[key], label) == _meta_value(label), key


def dated_though_undated(layouts: list, at_least: int) -> list[str]:
    """The names of the layouts labelled undated that are read with a date (there must be at
    least ``at_least`` undated layouts, so that the check checks something)."""
    undated = [layout for layout in layouts if layout.published is None]
    assert len(undated) >= at_least
    return [layout.name for layout in undated if meta_fields(layout.text)[2] is not None]
