"""Minutes of one meeting: the size asked for, the pronoun, reproducible, with the notes given."""

from __future__ import annotations

import random
import re

from circlesdesk.demo.minutes import minutes_text


def test_minutes_text_respects_size_and_pronoun() -> None:
    rng = random.Random(1)
    for size in ((400, 800), (1024, 2048), (3000, 4000)):
        for _ in range(20):
            text = minutes_text(rng, pronoun="she", size=size)
            assert size[0] <= len(text.encode()) <= size[1]
            assert not re.search(r"\b(he|him|his|himself)\b", text, re.IGNORECASE), text


def test_minutes_text_is_reproducible_and_includes_notes() -> None:
    note = "Apologies from Grace (work)."
    first = minutes_text(random.Random(9), notes=[note], volunteers=("Grace", "Tom"))

    assert first == minutes_text(random.Random(9), notes=[note], volunteers=("Grace", "Tom"))
    assert note in first
    assert first != minutes_text(random.Random(10), notes=[note], volunteers=("Grace", "Tom"))
