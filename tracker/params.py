"""Turning command-line words into values without importing pydantic.

Typer (0.29 and later) converts every parameter of the command being run through a pydantic
``TypeAdapter``. Importing pydantic and building the adapters took 0.11 s of CPU per command
(a quarter of ``tracker list``), far more than a page of a million predictions takes to query. Every parameter of
tracker is a ``str``, ``int``, ``float``, ``bool``, ``Path`` or ``list[str]``; the
plain spellings of those (``42``, ``0.7``, ``-3``, a path, a word) are converted here
directly, and so is a number within its bounds (``min=``/``max=``, which Typer checks
inclusively: ``--min-confidence 0.8``). Anything else (``1_000``, `` 7``, ``abc``, a number out
of its bounds, ``clamp``) goes to Typer's own adapter, so values and error messages stay exactly
Typer's (tests/test_conventions.py compares the two on many spellings).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_INT = re.compile(r"[+-]?[0-9]+\Z")
_FLOAT = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
#: A value the quick path does not decide: Typer's adapter does.
SLOW = object()


def quick_value(kind: str, value: Any, low: float | None = None, high: float | None = None) -> Any:
    """``value`` converted as Typer would, or ``SLOW`` when only Typer's adapter can tell
    (a number outside ``low``..``high``: Typer's adapter gives its error)."""
    found = _quick_value(kind, value)
    if (low is not None or high is not None) and found is not SLOW:
        if kind not in ("int", "float") or (low is not None and found < low) or (high is not None and found > high):
            return SLOW
    return found


def _quick_value(kind: str, value: Any) -> Any:
    if kind == "str":
        return value if type(value) is str else SLOW
    if kind == "int":
        if type(value) is int:
            return value
        return int(value) if type(value) is str and _INT.match(value) else SLOW
    if kind == "float":
        if type(value) is float:
            return value
        return float(value) if type(value) is str and _FLOAT.match(value) else SLOW
    if kind == "bool":
        return value if type(value) is bool else SLOW
    if kind == "list[str]":
        if isinstance(value, (list, tuple)) and all(type(item) is str for item in value):
            return list(value)
        return SLOW
    return SLOW


def _kind(param: Any) -> str | None:
    """The quick conversion a parameter can take, or None (Typer converts it as usual)."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or descriptor.file_annotation is not None:
        return None
    info = descriptor.parameter_info
    if info.clamp:
        return None
    bounded = info.min is not None or info.max is not None
    if info.parser is not None:
        return None if bounded else "parser"
    annotation = descriptor.annotation
    if bounded:
        return {int: "int", float: "float"}.get(annotation)
    if annotation is Path and getattr(info, "path_type", None) is None:
        return "path"
    names = {str: "str", int: "int", float: "float", bool: "bool", list[str]: "list[str]"}
    return names.get(annotation)


def quick_params(command: Any) -> None:
    """Every parameter of ``command`` (with the ``--help`` option, made when it runs) converts quickly."""
    everything = command.get_params

    def get_params(ctx: Any) -> list[Any]:
        return install(everything(ctx))

    command.get_params = get_params


def install(params: list[Any]) -> list[Any]:
    """Give each simple parameter the quick conversion; leave the others to Typer."""
    quick = _quick_param_class()
    if quick is None:
        return params
    for param in params:
        try:
            kind = _kind(param)
            if kind is not None and getattr(param, "_runtime_param", "missing") is None:
                descriptor = param.type_descriptor
                param._runtime_param = quick(descriptor.parameter_info, descriptor.annotation, kind)
        except (AttributeError, TypeError):  # another Typer's internals: it converts as usual
            continue
    return params


@functools.cache
def _quick_param_class() -> Any:
    """Typer's runtime conversion, quick for plain values; None when Typer's internals are not
    the ones this was written for (then Typer converts everything itself)."""
    try:
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import coerce_cli_path
    except ImportError:
        return None

    @dataclass(frozen=True)
    class QuickParam(RuntimeParam):  # type: ignore[misc]
        kind: str = "str"

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            if self.kind == "parser" and (value is None or type(value) in (str, int)):
                # tracker's own parser (it takes a default already converted): no pydantic needed
                return value if value is None or type(value) is int else self.parameter_info.parser(value)
            if self.kind == "path":
                if type(value) is str and value:
                    # A Path already: Typer's checks (exists, dash...) run, its pydantic step does not.
                    return coerce_cli_path(Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx)
                result = SLOW
            else:
                result = quick_value(self.kind, value, self.parameter_info.min, self.parameter_info.max)
            if result is SLOW:
                result = build_runtime_param(param.type_descriptor)._coerce_value(value, param=param, ctx=ctx)
            return result

    return QuickParam
