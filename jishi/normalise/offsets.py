"""Span replacements that keep a map from new character positions to old ones.

A map has ``len(new) + 1`` entries; entry ``i`` is the old index of new char
``i`` and the last entry is ``len(old)``.  Maps are non-decreasing.
"""
from __future__ import annotations

from typing import Iterable

Replacement = tuple[int, int, str]  # old [start, end) and what replaces it


def _piece_map(start: int, end: int, size: int) -> list[int]:
    """Old indices for the `size` new chars replacing old [start, end)."""
    old_len = end - start
    if size == old_len:
        return list(range(start, end))  # char for char
    if size == 1 or old_len <= 1:
        return [start] * size  # collapse to the first, or expansion of one char
    # Different lengths: keep the order, the last new char maps to the last old one.
    return [start + min(j, old_len - 1) for j in range(size - 1)] + [end - 1]


def apply_replacements(text: str, replacements: Iterable[Replacement]) -> tuple[str, list[int] | None]:
    """Apply sorted, non-overlapping replacements; the map is None when nothing changed."""
    pieces: list[str] = []
    index_map: list[int] = []
    pos = 0
    for start, end, new in replacements:
        if start < pos:
            continue  # overlaps the previous one: keep the first
        pieces.append(text[pos:start])
        index_map.extend(range(pos, start))
        pieces.append(new)
        index_map.extend(_piece_map(start, end, len(new)))
        pos = end
    if not pieces:
        return text, None
    pieces.append(text[pos:])
    index_map.extend(range(pos, len(text) + 1))
    return "".join(pieces), index_map


def compose(outer: list[int] | None, inner: list[int] | None) -> list[int] | None:
    """Map through `outer` (new -> mid) then `inner` (mid -> old)."""
    if outer is None:
        return inner
    if inner is None:
        return outer
    return [inner[i] for i in outer]
