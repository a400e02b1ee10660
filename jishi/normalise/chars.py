"""Character-level steps: legacy component notation, traditional->simplified, NFKC.

Each step takes text and returns ``(new_text, index_map)``, where the map is
None when every character kept its position (see offsets.py).
"""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

import opencc

from jishi.data import read_tsv
from jishi.errors import DataError
from jishi.normalise.offsets import apply_replacements

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Convert to simplified when at least this share of Han chars is traditional-only.
TRADITIONAL_SHARE = 0.05
TRADITIONAL_SAMPLE = 5000  # chars looked at to decide
# NFKC would spoil these: the Chinese ellipsis, and spacing accents (-> space + combining mark).
KEEP_AS_IS = frozenset("…‥")
OPEN_PARENS, CLOSE_PARENS = "（(", "）)"


# --- legacy component notation: 朱（钅容）基 -> 朱镕基 -------------------------------

@lru_cache(maxsize=1)
def legacy_glyphs() -> dict[str, str]:
    """Components inside the parentheses -> the character they stand for."""
    table = {}
    for lineno, row in read_tsv("legacy_glyphs.tsv", required=("notation", "char")):
        notation, char = row["notation"], row["char"]
        if len(notation) < 3 or notation[0] not in OPEN_PARENS or notation[-1] not in CLOSE_PARENS or len(char) != 1:
            raise DataError(f"legacy_glyphs.tsv:{lineno}: want a parenthesised notation and one character")
        table[notation[1:-1]] = char
    return table


@lru_cache(maxsize=1)
def _legacy_pattern() -> re.Pattern[str]:
    inner = "|".join(sorted(map(re.escape, legacy_glyphs()), key=len, reverse=True))
    # Inside a word only: after a Han char and not at the end of a line, so that a
    # byline like "。（王君）" at a paragraph's end stays as it is.
    return re.compile(rf"(?<=[{HAN}])[{OPEN_PARENS}]({inner})[{CLOSE_PARENS}](?![\r\n]|\Z)")


def replace_legacy_glyphs(text: str) -> tuple[str, list[int] | None]:
    if "（" not in text and "(" not in text:
        return text, None
    table = legacy_glyphs()
    found = ((m.start(), m.end(), table[m.group(1)]) for m in _legacy_pattern().finditer(text))
    return apply_replacements(text, found)


# --- traditional -> simplified ---------------------------------------------------

@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified_name(text: str) -> str:
    """OpenCC t2s on a name read from data (not a document: no offsets to keep, no test first)."""
    return _t2s().convert(text)


@lru_cache(maxsize=1)
def _traditional_pattern() -> re.Pattern[str]:
    """Han chars that OpenCC t2s changes on their own (traditional-only forms)."""
    chars = [chr(cp) for cp in range(0x3400, 0xA000) if cp < 0x4DC0 or cp >= 0x4E00]
    converted = _t2s().convert("\n".join(chars)).split("\n")
    changed = sorted(c for c, s in zip(chars, converted) if c != s)
    return re.compile("[" + "".join(changed) + "]")


def looks_traditional(text: str) -> bool:
    """Whether the text's opening (a document is written in one script) is traditional."""
    sample = text[:TRADITIONAL_SAMPLE]
    count = len(_traditional_pattern().findall(sample))
    if count == 0:
        return False
    han = len(re.findall(f"[{HAN}]", sample))
    return count >= TRADITIONAL_SHARE * han


SURROGATES = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, list[int] | None]:
    """A lone surrogate (a str built from broken UTF-16) becomes U+FFFD: no encoder, OpenCC's
    included, takes it.  One character for one, so offsets stay exact."""
    return SURROGATES.sub("\ufffd", text), None


def to_simplified(text: str) -> tuple[str, list[int] | None]:
    """OpenCC t2s on text that looks traditional; lengths are kept so offsets stay exact."""
    if not looks_traditional(text):
        return text, None
    converter = _t2s()
    whole = converter.convert(text)
    if len(whole) == len(text):
        return whole, None
    # Some phrase changed length: convert line by line, and char by char where needed.
    lines = text.split("\n")
    out = []
    for line in lines:
        converted = converter.convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(s := converter.convert(c)) != 1 else s for c in line)
        out.append(converted)
    return "\n".join(out), None


# --- NFKC, one character at a time ----------------------------------------------

@lru_cache(maxsize=1)
def _nfkc_tables() -> tuple[dict[int, str], dict[str, str]]:
    """(1:1 translate table, chars that expand to several)."""
    one_to_one: dict[int, str] = {}
    expansions: dict[str, str] = {}
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if unicodedata.is_normalized("NFKC", ch) or ch in KEEP_AS_IS:
            continue
        folded = unicodedata.normalize("NFKC", ch)
        if folded == ch or folded.startswith(" ") and len(folded) > 1:
            continue
        if len(folded) == 1:
            one_to_one[cp] = folded
        else:
            expansions[ch] = folded
    one_to_one[0x3000] = " "  # explicit: the ideographic space (NFKC does this too)
    return one_to_one, expansions


def fold_width(text: str) -> tuple[str, list[int] | None]:
    """Full-width digits, letters, punctuation and spaces to their ASCII forms (NFKC).

    Chinese punctuation NFKC leaves alone (。、“”《》) stays as it is.
    """
    if text.isascii():
        return text, None
    one_to_one, expansions = _nfkc_tables()
    text = text.translate(one_to_one)
    # A set lookup is far cheaper than scanning with a class of ~1200 chars.
    present = expansions.keys() & set(text)
    if not present:
        return text, None
    pattern = re.compile("[" + "".join(map(re.escape, sorted(present))) + "]")
    found = ((m.start(), m.end(), expansions[m.group()]) for m in pattern.finditer(text))
    return apply_replacements(text, found)
