"""Event record writers.  Each takes an iterable of record dicts (`Event.to_json()`)
and a text stream, and streams: memory does not grow with the number of events."""
from __future__ import annotations

import json
import unicodedata
from typing import Iterable, TextIO

# The 26 columns of the Phoenix event data set (Open Event Data Alliance).
PHOENIX_COLUMNS = [
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity", "SourceActorRole",
    "SourceActorAttribute", "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "PentaClass", "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName",
    "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
]


def write_jsonl(records: Iterable[dict], out: TextIO) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _actor_code(actors: list[dict]) -> str:
    return ";".join(a.get("code") or a.get("country") or "" for a in actors)


def _clean(value) -> str:
    return str(value if value is not None else "").replace("\t", " ").replace("\n", " ")


def phoenix_row(rec: dict) -> list[str]:
    value = (rec.get("date") or {}).get("value") or ""
    digits = value.replace("-", "")
    year, month, day = value[:4], value[5:7] if len(value) >= 7 and value[5:7].isdigit() else "", \
        value[8:10] if len(value) >= 10 else ""
    src, tgt = rec.get("source") or [], rec.get("target") or []
    loc = rec.get("location") or {}
    quad = rec.get("quad_class", 0)
    return [_clean(x) for x in [
        rec.get("event_id"), digits if digits.isdigit() else "", year, month, day,
        _actor_code(src), ";".join(a.get("country") or "" for a in src), ";".join(a.get("sector") or "" for a in src),
        "", _actor_code(tgt), ";".join(a.get("country") or "" for a in tgt),
        ";".join(a.get("sector") or "" for a in tgt), "",
        rec.get("cameo"), rec.get("cameo_root"), quad, rec.get("goldstein"), "", "", "",
        loc.get("name") or loc.get("text") or "", "", loc.get("country") or "", rec.get("sentence"),
        (rec.get("meta") or {}).get("url", ""), (rec.get("meta") or {}).get("source", ""),
    ]]


def write_phoenix(records: Iterable[dict], out: TextIO, header: bool = True) -> int:
    if header:
        out.write("\t".join(PHOENIX_COLUMNS) + "\n")
    n = 0
    for rec in records:
        out.write("\t".join(phoenix_row(rec)) + "\n")
        n += 1
    return n


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    if _width(s) > width:
        out = ""
        for ch in s:
            if _width(out + ch + "…") > width:
                break
            out += ch
        s = out + "…"
    return s + " " * (width - _width(s))


def _names(actors: list[dict]) -> str:
    return "、".join(a.get("name") or "" for a in actors) or "—"


TABLE_COLUMNS = [("date", 12), ("code", 5), ("source", 20), ("", 2), ("target", 20), ("mod", 8), ("trigger", 14),
                 ("evidence", 40)]


def write_table(records: Iterable[dict], out: TextIO) -> int:
    """A readable table for a person at a terminal (CJK-width aware)."""
    out.write(" ".join(_pad(name, w) for name, w in TABLE_COLUMNS).rstrip() + "\n")
    n = 0
    for rec in records:
        date = (rec.get("date") or {}).get("value") or "?"
        mod = {"asserted": "", "future": "fut", "hypothetical": "hyp"}.get(rec.get("modality"), "")
        if rec.get("negated"):
            mod = ("not " + mod).strip()
        arrow = "↔" if rec.get("joint") else "→"
        cells = [date, rec.get("cameo", ""), _names(rec.get("source") or []), arrow,
                 _names(rec.get("target") or []), mod, rec.get("trigger", ""), rec.get("evidence", "")]
        out.write(" ".join(_pad(str(c), w) for c, (_, w) in zip(cells, TABLE_COLUMNS)).rstrip() + "\n")
        n += 1
    return n


FORMATS = {"jsonl": write_jsonl, "phoenix": write_phoenix, "table": write_table}
