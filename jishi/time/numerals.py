"""Numbers as dates write them: 23, ２３, 二十三, 一九九八, 二〇二四."""
from __future__ import annotations

from typing import Optional

# Full-width digits to ASCII, one character for one, so offsets do not move.
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def to_int(text: Optional[str]) -> Optional[int]:
    """A date number in digits or Chinese numerals (up to 99, or digit by digit)."""
    if not text:
        return None
    text = text.translate(FULLWIDTH_DIGITS)
    if text.isascii() and text.isdigit():
        return int(text)
    if "十" not in text:
        # Digit by digit: 一九九八 -> 1998.
        value = 0
        for ch in text:
            if ch not in CN_DIGITS:
                return None
            value = value * 10 + CN_DIGITS[ch]
        return value
    tens, _, ones = text.partition("十")
    if (tens and tens not in CN_DIGITS) or (ones and ones not in CN_DIGITS):
        return None
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
