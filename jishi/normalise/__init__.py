"""Normalisation: bytes to text, then one canonical form every later rule reads.

`normalise(raw)` returns the text and an offset map back into `raw`, so every
span found in the normalised text can be shown in the original.
"""
from __future__ import annotations

from jishi.normalise.chars import fold_width, replace_legacy_glyphs, replace_surrogates, to_simplified
from jishi.normalise.encoding import decode_bytes, read_text
from jishi.normalise.numerals import date_numerals_to_digits
from jishi.normalise.offsets import apply_replacements, compose
from jishi.normalise.paragraphs import paragraphs

__all__ = ["decode_bytes", "read_text", "normalise", "paragraphs"]


def _date_numerals(text: str) -> tuple[str, list[int] | None]:
    return apply_replacements(text, date_numerals_to_digits(text))


# In this order: the notation is matched before NFKC changes its parentheses,
# and numerals after NFKC has made full-width digits ASCII (１９９８年十一月).
STEPS = (replace_surrogates, replace_legacy_glyphs, to_simplified, fold_width, _date_numerals)


def normalise(raw: str) -> tuple[str, list[int]]:
    """(text, offsets): offsets[i] is the raw index of text[i]; offsets[-1] == len(raw)."""
    text = raw
    offsets: list[int] | None = None
    for step in STEPS:
        text, step_map = step(text)
        offsets = compose(step_map, offsets)
    if offsets is None:
        offsets = list(range(len(raw) + 1))
    return text, offsets
