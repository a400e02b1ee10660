"""Learning the names of people the dictionaries do not hold, from the text around a title.

`泰国外长素林`: after a title, a run of transliteration characters (or a
Chinese-style surname and given name) is a person's name; `钱德里卡·库马拉通加`
is known by its last part.  The character tables are data (name_chars.yaml).
"""
from __future__ import annotations

import re
from typing import Optional

from jishi.actors.recognise import name_chars

MAX_LEARNED = 12
DOTTED_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,10})+")


def learn_name(text: str, pos: int, limit: int) -> Optional[tuple[int, str]]:
    """An unknown person's name starting at pos (after a title): (end, canonical name) or None."""
    nc = name_chars()
    end_limit = min(limit, pos + MAX_LEARNED)
    # A full foreign name joined by `·` (钱德里卡·库马拉通加): known by its last part.
    m = DOTTED_NAME.match(text, pos, min(limit, pos + 2 * MAX_LEARNED))
    if m:
        last = m.group(0).split("·")[-1]
        for stop in nc["stops"]:
            k = last.find(stop, 2)
            if k > 0:
                last = last[:k]
        return pos + len(m.group(0)) - (len(m.group(0).split("·")[-1]) - len(last)), last
    # Foreign names: transliteration characters.
    i = pos
    while i < end_limit and (text[i] in nc["translit"] or (text[i] in "·•." and i > pos)):
        i += 1
    candidate = text[pos:i].rstrip("·•.")
    for stop in nc["stops"]:
        k = candidate.find(stop, 1)
        if k > 0:
            candidate = candidate[:k]
    if len(candidate) >= 2 and ("·" in candidate or len(candidate) >= 2) and not _is_chinese_name_start(text, pos):
        return pos + len(candidate), re.split(r"[·•.]", candidate)[-1]
    # Chinese-style names: surname + one or two characters.
    for comp in nc["compound"]:
        if text.startswith(comp, pos):
            return _chinese_given(text, pos, len(comp), end_limit)
    if pos < len(text) and text[pos] in nc["surnames"]:
        return _chinese_given(text, pos, 1, end_limit)
    return None


def _is_chinese_name_start(text: str, pos: int) -> bool:
    nc = name_chars()
    return pos < len(text) and text[pos] in nc["surnames"] and text[pos] not in nc["translit"]


def _chinese_given(text: str, pos: int, surname_len: int, end_limit: int) -> Optional[tuple[int, str]]:
    nc = name_chars()
    best = None
    for given in (2, 1):
        end = pos + surname_len + given
        if end > end_limit:
            continue
        name = text[pos:end]
        if not all("\u4e00" <= ch <= "\u9fff" for ch in name):
            continue
        if any(name[surname_len:].startswith(s) or name.endswith(s) for s in nc["stops"] if len(s) == 1):
            continue
        best = (end, name)
        break
    return best
