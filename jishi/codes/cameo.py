"""The CAMEO 1.1b3 event codebook: names, QuadClass, Goldstein values and PLOVER types.

One table, `jishi/data/cameo.tsv`, holds every 3- and 4-digit code; this module
reads it once and answers look-ups.  Codes are strings (`"043"`, `"0311"`):
as integers `010` and `10` would collide.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping, Optional

from jishi.data import read_tsv
from jishi.errors import DataError

CAMEO_FILE = "cameo.tsv"
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str = ""
    plover_mode: str = ""

    @property
    def plover(self) -> Optional[dict]:
        """`{"type": ..., "mode": ...}` as the output record wants it; None where PLOVER drops the code."""
        if not self.plover_type:
            return None
        return {"type": self.plover_type, "mode": self.plover_mode or None}


def root_of(code: str) -> str:
    """The two-digit root of a CAMEO code: `root_of("0311") == "03"`."""
    text = str(code).strip()
    if not (text.isdigit() and 2 <= len(text) <= 4 and text[:2] in ROOTS):
        raise ValueError(f"not a CAMEO code: {code!r}")
    return text[:2]


def _parse_row(lineno: int, row: dict) -> CameoCode:
    where = f"{CAMEO_FILE}:{lineno}"
    code = row["code"]
    if not (code.isdigit() and len(code) in (3, 4)):
        raise DataError(f"{where}: code {code!r} is not 3 or 4 digits")
    try:
        root = root_of(code)
        quad_class = int(row["quad_class"])
        goldstein = float(row["goldstein"])
    except ValueError as err:
        raise DataError(f"{where}: {err}") from err
    return CameoCode(code, row["name"], root, quad_class, goldstein,
                     row.get("plover_type", ""), row.get("plover_mode", ""))


@lru_cache(maxsize=1)
def load_cameo() -> Mapping[str, CameoCode]:
    """Every code of the table, keyed by code; read once, read-only."""
    table: dict[str, CameoCode] = {}
    required = ("code", "name", "quad_class", "goldstein", "plover_type", "plover_mode")
    for lineno, row in read_tsv(CAMEO_FILE, required):
        entry = _parse_row(lineno, row)
        if entry.code in table:
            raise DataError(f"{CAMEO_FILE}:{lineno}: code {entry.code} listed twice")
        table[entry.code] = entry
    return MappingProxyType(table)


def lookup(code: str) -> CameoCode:
    """The entry of one code; KeyError naming the code when the codebook has no such code."""
    key = str(code).strip()
    try:
        return load_cameo()[key]
    except KeyError:
        raise KeyError(f"unknown CAMEO 1.1b3 code {code!r} (codes are 3 or 4 digit strings, e.g. '043')") from None
