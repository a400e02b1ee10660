"""Paragraph spans, with repeats (a subtitle printed again in the body) flagged."""
from __future__ import annotations

import re

LINE = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, duplicate) of each non-blank line, stripped of surrounding blanks.

    `duplicate` is True when the paragraph, ignoring whitespace, repeats an
    earlier paragraph of the same text, so that it is coded once.
    """
    spans = []
    seen: set[str] = set()
    for match in LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + len(line) - len(line.lstrip())
        end = start + len(stripped)
        key = "".join(stripped.split())
        spans.append((start, end, key in seen))
        seen.add(key)
    return spans
