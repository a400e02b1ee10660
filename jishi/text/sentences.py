"""Sentence splitting that respects quotes, and speaker turns of transcripts."""
from __future__ import annotations

import re

from jishi.document import Sentence

TERMINALS = "。!?！？"
OPEN_QUOTES = "“『「‘"
CLOSE_QUOTES = "”』」’"
# A quote longer than this is split at its own sentence ends: a whole speech
# in one "sentence" would hide its events from clause-level rules.
MAX_QUOTED = 240

# `汪文斌:` / `法新社记者:` / `《中国日报》记者:` at the start of a paragraph.
SPEAKER_RE = re.compile(r"\s*((?:《[^》]{1,12}》)?[^\s:：,，。“”]{1,14}?)[:：]")


def _paragraph_spans(text: str):
    """(start, end) of each non-blank line, without surrounding blanks."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield pos + lead, pos + lead + len(stripped)
        pos += len(line) + 1


def _closes_all(text: str, j: int, end: int, depth: int) -> bool:
    """The terminal is followed by close quotes that end every open quote (`…高兴。”`)."""
    while j < end and text[j] in CLOSE_QUOTES:
        depth -= 1
        j += 1
    return depth <= 0 and j < end


def _split_paragraph(text: str, start: int, end: int):
    """Yield sentence (start, end) pairs inside one paragraph."""
    depth = 0
    quote_start = 0
    s = start
    i = start
    while i < end:
        ch = text[i]
        if ch in OPEN_QUOTES:
            if depth == 0:
                quote_start = i
            depth += 1
        elif ch in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch in TERMINALS and (depth == 0 or i - quote_start > MAX_QUOTED or _closes_all(text, i + 1, end, depth)):
            j = i + 1
            while j < end and (text[j] in TERMINALS or text[j] in CLOSE_QUOTES):
                if text[j] in CLOSE_QUOTES:
                    depth = max(0, depth - 1)
                j += 1
            yield s, j
            s = j
            i = j
            continue
        i += 1
    if s < end and text[s:end].strip():
        yield s, end


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences; mark those of a paragraph that repeats an earlier one."""
    out: list[Sentence] = []
    seen: set[str] = set()
    for p_index, (p_start, p_end) in enumerate(_paragraph_spans(text)):
        key = re.sub(r"\s+", "", text[p_start:p_end])
        duplicate = key in seen and len(key) > 4
        seen.add(key)
        for s_start, s_end in _split_paragraph(text, p_start, p_end):
            # trim blanks so offsets point at text
            while s_start < s_end and text[s_start].isspace():
                s_start += 1
            if s_start < s_end:
                out.append(Sentence(s_start, s_end, len(out), p_index, duplicate))
    return out


def find_speakers(text: str) -> list[tuple[int, int, str]]:
    """Speaker turns of a transcript: (start, end, speaker label), each running to the next turn."""
    marks = []
    for p_start, p_end in _paragraph_spans(text):
        m = SPEAKER_RE.match(text, p_start, p_end)
        if m:
            marks.append((p_start, m.group(1).strip()))
    turns = []
    for k, (start, label) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        turns.append((start, end, label))
    return turns
