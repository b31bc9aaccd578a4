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
from collections.abc import Iterator
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


_DECODER = json.JSONDecoder(
    object_pairs_hook=_object, parse_constant=_constant, parse_int=_integer, parse_float=_float
)
# Only a \u escape of a surrogate can put one in a str: bytes that encode one are not UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def loads(text: str, *, max_depth: int, max_string: int | None = None) -> Any:
    """Parse one JSON document under the strict rules, or raise :class:`StrictJSONError`."""
    try:
        value = _DECODER.decode(text)
    except RecursionError:
        raise StrictJSONError("nested too deeply") from None
    except StrictJSONError:
        raise
    except ValueError as exc:  # json.JSONDecodeError and int() limits
        raise StrictJSONError(f"not JSON: {exc.__class__.__name__}") from None
    # Fewer brackets than the limit cannot nest past it (brackets inside strings only add).
    if text.count("[") + text.count("{") > max_depth and isinstance(value, dict | list):
        _check_depth(value, room=max_depth - 1)
    # Both string checks walk every string, so they run only when the text could fail them.
    too_long = max_string is not None and len(text) > max_string
    if too_long or _SURROGATE_ESCAPE.search(text):
        for string in _strings(value):
            if max_string is not None and len(string) > max_string:
                raise StringTooLong("string too long")
            if _SURROGATE.search(string):
                raise StrictJSONError("lone surrogate")
    return value


def _check_depth(container: dict[str, Any] | list[Any], *, room: int) -> None:
    """Fail if containers nest deeper than ``room`` more levels below ``container``."""
    for child in container.values() if isinstance(container, dict) else container:
        if isinstance(child, dict | list):
            if room == 0:
                raise StrictJSONError("nested too deeply")
            _check_depth(child, room=room - 1)


def _strings(value: Any) -> Iterator[str]:
    """Every string in a parsed document, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield key
            yield from _strings(child)
    elif isinstance(value, list):
        for child in value:
            yield from _strings(child)
