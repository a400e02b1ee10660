"""The SQLite event store: schema, connection settings and batch writes.

Every batch of coded documents is written in one transaction: a document and
all its events are committed together or not at all, which is what makes an
ingest resumable after a kill and idempotent on a rerun.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from jishi.errors import JishiError


class StoreError(JishiError):
    """The database cannot be written (locked, full, not a database).  What was committed before stays."""


@dataclass
class CodedDoc:
    """One document's outcome, as a worker returns it (picklable)."""
    doc_id: str
    source_name: str
    text_hash: Optional[str]
    n_chars: int = 0
    date: Optional[str] = None
    title: Optional[str] = None
    meta: dict = field(default_factory=dict)
    status: str = "coded"  # coded | failed
    error: Optional[str] = None
    events: list[dict] = field(default_factory=list)


@lru_cache(maxsize=1)
def coder_version() -> str:
    """Package version plus a hash of the dictionaries: a change to either re-codes documents."""
    from jishi import __version__
    digest = hashlib.sha256()
    data = resources.files("jishi") / "data"
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if item.name.endswith((".tsv", ".yaml")):
            digest.update(item.name.encode())
            digest.update(item.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _describe(err: sqlite3.Error, path: str) -> str:
    msg = str(err)
    if "locked" in msg or "busy" in msg:
        return f"{path}: the database is locked by another process ({msg}); committed documents are kept, rerun to resume"
    if "full" in msg:
        return f"{path}: the database or disk is full ({msg}); committed documents are kept, free space and rerun"
    return f"{path}: cannot write the database ({msg}); committed documents are kept"


def _year_month(value: Optional[str]) -> Optional[str]:
    if value and len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
        return value[:7]
    return None


def _codes(actors: list[dict]) -> str:
    return ";".join(a.get("code") or a.get("country") or "" for a in actors)


def event_row(rec: dict) -> tuple:
    date = rec.get("date") or {}
    plover = rec.get("plover") or {}
    loc = rec.get("location") or {}
    return (
        rec["event_id"], rec["doc_id"], rec["sentence"], int(rec["event_id"].rsplit(":", 1)[1]),
        date.get("value"), date.get("precision"), _year_month(date.get("value")),
        rec["cameo"], rec["cameo_root"], rec["quad_class"], rec.get("goldstein"),
        plover.get("type"), plover.get("mode"), int(bool(rec.get("joint"))), rec.get("modality", "asserted"),
        int(bool(rec.get("negated"))), rec.get("confidence"), rec.get("trigger"), rec.get("evidence"),
        loc.get("name") or loc.get("text"), loc.get("country"),
        _codes(rec.get("source") or []), _codes(rec.get("target") or []),
        json.dumps(rec, ensure_ascii=False, sort_keys=True),
    )


def actor_rows(rec: dict) -> Iterable[tuple]:
    for side in ("source", "target"):
        for pos, a in enumerate(rec.get(side) or []):
            yield (rec["event_id"], side, pos, a.get("text"), a.get("name"), a.get("name_en"), a.get("kind"),
                   a.get("country"), a.get("sector"), a.get("code"), a.get("role"))


class Store:
    """An open event database.  Use as a context manager; one writer at a time."""

    def __init__(self, path: str, timeout: float = 10.0):
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            schema = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8")
            self.conn.executescript(schema)
        except sqlite3.DatabaseError as err:
            raise StoreError(_describe(err, self.path)) from err

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- runs -----------------------------------------------------------------
    def begin_run(self, command: str = "") -> int:
        cur = self._write([("INSERT INTO runs(started_at, version, command) VALUES (?, ?, ?)",
                            (_now(), coder_version(), command))])
        return cur

    def finish_run(self, run_id: int, status: str, counts: dict) -> None:
        self._write([("UPDATE runs SET finished_at=?, status=?, n_seen=?, n_coded=?, n_skipped=?, n_failed=?, "
                      "n_events=? WHERE run_id=?",
                      (_now(), status, counts.get("seen", 0), counts.get("coded", 0), counts.get("skipped", 0),
                       counts.get("failed", 0), counts.get("events", 0), run_id))])

    # -- documents ------------------------------------------------------------
    def up_to_date(self, keys: list[tuple[str, str]]) -> set[str]:
        """doc_ids among (doc_id, text_hash) already coded from the same text by this coder version."""
        found: set[str] = set()
        version = coder_version()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT doc_id, text_hash FROM documents WHERE status='coded' AND version=? AND doc_id IN ({marks})",
                [version, *[k for k, _ in chunk]])
            have = dict(rows.fetchall())
            found.update(doc_id for doc_id, h in chunk if h is not None and have.get(doc_id) == h)
        return found

    def write_batch(self, docs: list[CodedDoc], run_id: Optional[int] = None) -> None:
        """Replace each document and its events, all in one transaction."""
        version = coder_version()
        statements = []
        for d in docs:
            statements.append(("DELETE FROM event_actors WHERE event_id IN "
                               "(SELECT event_id FROM events WHERE doc_id=?)", (d.doc_id,)))
            statements.append(("DELETE FROM events WHERE doc_id=?", (d.doc_id,)))
            statements.append((
                "INSERT OR REPLACE INTO documents(doc_id, date, title, source_name, text_hash, n_chars, version, "
                "status, error, n_events, meta_json, run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (d.doc_id, d.date, d.title, d.source_name, d.text_hash, d.n_chars, version, d.status, d.error,
                 len(d.events), json.dumps(d.meta, ensure_ascii=False, sort_keys=True, default=str), run_id)))
            for rec in d.events:
                statements.append(("INSERT INTO events VALUES (" + ",".join("?" * 24) + ")", event_row(rec)))
                for row in actor_rows(rec):
                    statements.append(("INSERT INTO event_actors VALUES (?,?,?,?,?,?,?,?,?,?,?)", row))
        self._write(statements)

    def _write(self, statements: list[tuple[str, tuple]]) -> int:
        cur = self.conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
            for sql, params in statements:
                cur.execute(sql, params)
            cur.execute("COMMIT")
        except sqlite3.Error as err:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise StoreError(_describe(err, self.path)) from err
        return cur.lastrowid
