"""Small searches over the raw text that several stages share."""
from __future__ import annotations

SENTENCE_STOPS = "。!?！？\n"


def last_of(text: str, chars: str, end: int) -> int:
    """The last position before `end` of any of `chars` (-1: none)."""
    return max(text.rfind(ch, 0, end) for ch in chars)
