"""Strict JSON for untrusted files: one meaning per document, bounded in every dimension.

Python's ``json`` module accepts documents that other parsers read differently or that cost far
more to hold than to send. :func:`loads` refuses duplicate keys, ``NaN`` and ``Infinity``, integers
beyond ±2**53 (exact in every JSON parser), floats that overflow or have long literals, nesting
deeper than ``max_depth``, strings holding lone surrogates (they cannot be written back as UTF-8),
and, when asked, strings (and keys) longer than ``max_string`` characters.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_SAFE_INTEGER = 2**53
_MAX_INT_DIGITS = len(str(MAX_SAFE_INTEGER))
_MAX_FLOAT_LITERAL = 32
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class StrictJSONError(ValueError):
    """A document that breaks one of the strict rules (the reason is for developers only)."""


class StringTooLong(StrictJSONError):
    """A string or key longer than the caller's limit."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise StrictJSONError("duplicate key")
    return result


def _constant(name: str) -> float:
    raise StrictJSONError(f"{name} is not allowed")


def _integer(literal: str) -> int:
    if len(literal.lstrip("-")) > _MAX_INT_DIGITS:
        raise StrictJSONError("integer too large")
    value = int(literal)
    if abs(value) > MAX_SAFE_INTEGER:
        raise StrictJSONError("integer too large")
    return value


def _float(literal: str) -> float:
    if len(literal) > _MAX_FLOAT_LITERAL:
        raise StrictJSONError("number literal too long")
    value = float(literal)
    if not math.isfinite(value):
        raise StrictJSONError("number out of range")
    return value


def loads(text: str, *, max_depth: int, max_string: int | None = None) -> Any:
    """Parse one JSON document under the strict rules, or raise :class:`StrictJSONError`."""
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object,
            parse_constant=_constant,
            parse_int=_integer,
            parse_float=_float,
        )
    except RecursionError:
        raise StrictJSONError("nested too deeply") from None
    except StrictJSONError:
        raise
    except ValueError as exc:  # json.JSONDecodeError and int() limits
        raise StrictJSONError(f"not JSON: {exc.__class__.__name__}") from None
    _check_tree(value, max_depth=max_depth, max_string=max_string, surrogates="\\u" in text)
    return value


def _check_tree(value: Any, *, max_depth: int, max_string: int | None, surrogates: bool) -> None:
    """Walk the parsed value (iteratively) checking depth, string lengths and surrogates."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            strings: list[str] = [item]
        elif isinstance(item, dict):
            if depth >= max_depth:
                raise StrictJSONError("nested too deeply")
            strings = list(item)
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            if depth >= max_depth:
                raise StrictJSONError("nested too deeply")
            strings = []
            stack.extend((child, depth + 1) for child in item)
        else:
            continue
        for string in strings:
            if max_string is not None and len(string) > max_string:
                raise StringTooLong("string too long")
            if surrogates and _SURROGATE.search(string):
                raise StrictJSONError("lone surrogate")
