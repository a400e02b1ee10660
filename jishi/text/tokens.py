"""Word segmentation: an adapter over rjieba (jieba's algorithm and dictionary in Rust).

Each `Segmenter` owns its own rjieba instance loaded with the project's user
dictionary (actor names, titles, trigger words), so that `叶利钦`,
`东盟地区论坛` and `联合声明` come out as single tokens.  No global state:
two pipelines with different dictionaries can live in one process.
"""
from __future__ import annotations

from typing import Iterable, Optional

import rjieba

from jishi.document import Token

# The weight of our own words (names, titles, triggers) in jieba's unigram model.  Every word
# added also adds its weight to the model's total, and a larger total favours fewer, longer
# tokens everywhere (中美 kept whole, 和普京 taken as one word): thousands of words at a high
# weight shift all segmentation.  20000 keeps 普京 apart from 和 and 中美 split (a quarter of
# jieba's total for 6,700 words); see tests/test_events_table.py.
USER_WORD_FREQ = 20000


def load_tag_fixes() -> dict[str, str]:
    """word → part of speech, for the common words jieba's dictionary tags as names (tag_fixes.tsv)."""
    from jishi.data import read_tsv
    return {row["word"]: row["tag"] for _, row in read_tsv("tag_fixes.tsv", ("word", "tag"))}


class Segmenter:
    def __init__(self, user_words: Iterable[str] = (), tag_fixes: Optional[dict[str, str]] = None):
        self._jieba = rjieba.Jieba()
        self._tag_fixes = tag_fixes or {}
        for word in user_words:
            if len(word) > 1:
                self._jieba.add_word(word, USER_WORD_FREQ, None)

    def cut(self, text: str) -> list[str]:
        return self._jieba.cut(text, False)

    def tokens(self, text: str) -> list[Token]:
        """Tokens with part-of-speech tags; the HMM finds names no dictionary holds (沙赫特/nr)."""
        out, pos = [], 0
        fixes = self._tag_fixes
        for piece, tag in self._jieba.tag(text, True):
            out.append(Token(pos, pos + len(piece), piece, fixes.get(piece, tag) if fixes else tag))
            pos += len(piece)
        return out

    def boundaries(self, text: str) -> set[int]:
        """The character offsets where a token starts or ends."""
        out, pos = {0}, 0
        for piece in self.cut(text):
            pos += len(piece)
            out.add(pos)
        return out
