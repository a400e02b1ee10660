"""Read-only queries of the event store (schema: jishi/store/schema.sql) for the corpus view.

The SQL text is fixed: each filter adds one constant clause and its value goes
in as a `?` parameter, so no user input ever becomes SQL.
"""
from __future__ import annotations

import json
import sqlite3

from jishi.web.article import cameo_name

# filter name → the constant clause it adds (its value is the parameter).
CLAUSES = {
    "start": "substr(e.date, 1, 10) >= ?",
    "end": "substr(e.date, 1, 10) <= ?",
    "source": "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id AND a.side = 'source' AND a.country = ?)",
    "target": "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id AND a.side = 'target' AND a.country = ?)",
    "actor": "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id AND ? IN (a.name, a.text, a.name_en, a.code))",
    "root": "e.cameo_root = ?",
    "modality": "e.modality = ?",
}
COOPERATIVE, CONFLICTUAL = (1, 2), (3, 4)
MAX_MONTHS = 1200  # a gap-filled timeline never grows past a century


def where(filters: dict) -> tuple[str, list]:
    """` WHERE …` (or '') and its parameters, for the non-empty filters."""
    clauses, params = [], []
    for name, clause in CLAUSES.items():
        value = filters.get(name)
        if value not in (None, ""):
            if name in ("source", "target"):
                value = str(value).upper()
            clauses.append(clause)
            params.append(value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def summary(conn: sqlite3.Connection) -> dict:
    docs = conn.execute("SELECT COUNT(*) FROM documents WHERE status = 'coded'").fetchone()[0]
    row = conn.execute("SELECT COUNT(*), MIN(substr(date, 1, 10)), MAX(substr(date, 1, 10)) FROM events").fetchone()
    countries = [r[0] for r in conn.execute(
        "SELECT country FROM event_actors WHERE country IS NOT NULL GROUP BY country ORDER BY COUNT(*) DESC LIMIT 200")]
    return {"documents": docs, "events": row[0], "first_date": row[1], "last_date": row[2], "countries": countries}


def _next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year + mon // 12:04d}-{mon % 12 + 1:02d}"


def timeline(conn: sqlite3.Connection, filters: dict) -> list[dict]:
    """Monthly counts by QuadClass, every month from the first to the last (gaps as zeros)."""
    clause, params = where(filters)
    sql = ("SELECT e.year_month, e.quad_class, COUNT(*) FROM events e" + clause
           + (" AND" if clause else " WHERE") + " e.year_month IS NOT NULL GROUP BY 1, 2 ORDER BY 1")
    counts: dict[str, dict] = {}
    for month, quad, n in conn.execute(sql, params):
        counts.setdefault(month, {q: 0 for q in range(5)})[int(quad)] = n
    if not counts:
        return []
    months, month = [], min(counts)
    while month <= max(counts) and len(months) < MAX_MONTHS:
        months.append(month)
        month = _next_month(month)
    empty = {q: 0 for q in range(5)}
    return [{"month": m, "counts": [counts.get(m, empty)[q] for q in range(5)]} for m in months]


def network(conn: sqlite3.Connection, filters: dict, limit: int = 60) -> dict:
    """Countries as nodes, undirected edges weighted by events, split cooperative/conflictual."""
    clause, params = where(filters)
    # Undirected pairs (min, max): a joint event counts once, not once each way.
    sql = ("SELECT min(s.country, t.country), max(s.country, t.country), e.quad_class, COUNT(DISTINCT e.event_id)"
           " FROM events e"
           " JOIN event_actors s ON s.event_id = e.event_id AND s.side = 'source'"
           " JOIN event_actors t ON t.event_id = e.event_id AND t.side = 'target'"
           + clause + (" AND" if clause else " WHERE")
           + " s.country IS NOT NULL AND t.country IS NOT NULL AND s.country <> t.country GROUP BY 1, 2, 3")
    edges: dict[tuple[str, str], dict] = {}
    for src, tgt, quad, n in conn.execute(sql, params):
        edge = edges.setdefault((src, tgt), {"events": 0, "cooperative": 0, "conflictual": 0})
        edge["events"] += n
        edge["cooperative"] += n if quad in COOPERATIVE else 0
        edge["conflictual"] += n if quad in CONFLICTUAL else 0
    weight: dict[str, int] = {}
    for (a, b), edge in edges.items():
        weight[a] = weight.get(a, 0) + edge["events"]
        weight[b] = weight.get(b, 0) + edge["events"]
    kept = sorted(weight, key=lambda c: (-weight[c], c))[:limit]
    keep = set(kept)
    return {
        "nodes": [{"id": c, "events": weight[c]} for c in kept],
        "edges": [{"source": a, "target": b, **edge} for (a, b), edge in sorted(edges.items())
                  if a in keep and b in keep],
    }


def events(conn: sqlite3.Connection, filters: dict, limit: int = 50, offset: int = 0) -> dict:
    """A page of events, newest first, each with its evidence sentence and actors."""
    clause, params = where(filters)
    total = conn.execute("SELECT COUNT(*) FROM events e" + clause, params).fetchone()[0]
    sql = ("SELECT e.record_json, d.title, d.date AS doc_date FROM events e"
           " LEFT JOIN documents d ON d.doc_id = e.doc_id" + clause
           + " ORDER BY e.date IS NULL, e.date DESC, e.event_id LIMIT ? OFFSET ?")
    rows = []
    for row in conn.execute(sql, params + [limit, offset]):
        record = json.loads(row["record_json"])
        rows.append({"record": record, "cameo_name": cameo_name(record["cameo"]), "title": row["title"], "doc_date": row["doc_date"]})
    return {"total": total, "limit": limit, "offset": offset, "events": rows}

