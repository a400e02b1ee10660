"""Reading inputs: .txt files (any common Chinese encoding), .jsonl / .jsonl.gz files
of documents, folders of them, and `-` for standard input.

`iter_documents(paths)` yields `(name, record)` or `(name, InputError)`: a bad
document is reported by name and the rest of the batch is still read.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from typing import Iterable, Iterator, Union

from jishi.errors import InputError
from jishi.normalise import decode_bytes

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
# A single document larger than this is refused, not coded: news items are tens of KB, and
# some coder stages grow faster than linearly with document length (a 5 MB text ran >10 min).
MAX_BYTES = 16 * 1024 * 1024  # a single document larger than this is refused, not coded (5 MB codes in ~12 s)

Item = tuple[str, Union[dict, InputError]]


def _doc_id_from_path(path: str) -> str:
    base = os.path.basename(path)
    return base[:-4] if base.endswith(".txt") else base


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files in the order given; folders walked in sorted order for .txt and .jsonl files."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES):
                        yield os.path.join(root, f)
        else:
            yield p


def read_text_document(name: str, data: bytes) -> Item:
    if len(data) > MAX_BYTES:
        return name, InputError(name, f"document too large (over {MAX_BYTES} bytes, the limit)")
    try:
        text = decode_bytes(data, name)
    except InputError as err:
        return name, err
    return name, {"id": _doc_id_from_path(name), "text": text, "source_path": name}


def read_jsonl_lines(name: str, stream: Iterable[Union[str, bytes]]) -> Iterator[Item]:
    """Lines of text or of bytes; byte lines must be UTF-8 (JSON's encoding): no silent mojibake."""
    for lineno, line in enumerate(stream, 1):
        where = f"{name}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as err:
                yield where, InputError(where, f"not UTF-8 (byte {err.start}); JSON Lines must be UTF-8")
                continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield where, InputError(where, f"not JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(rec, dict):
            yield where, InputError(where, "a JSON line must be an object with a `text` field")
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            yield where, InputError(where, "no `text` field")
            continue
        if not text.strip():
            yield where, InputError(where, "empty document")
            continue
        size = len(text.encode("utf-8"))
        if size > MAX_BYTES:
            yield where, InputError(where, f"document too large ({size} bytes; limit {MAX_BYTES})")
            continue
        doc_name = f"{name}:{rec.get('id')}" if rec.get("id") else where
        yield doc_name, rec


def iter_documents(paths: Iterable[str], stdin=None) -> Iterator[Item]:
    for path in expand_paths(paths):
        if path == "-":
            raw = (stdin or sys.stdin.buffer).read()
            head = raw.lstrip()[:1]
            if head == b"{":
                yield from read_jsonl_lines("<stdin>", io.BytesIO(raw))
            else:
                yield read_text_document("<stdin>", raw)
            continue
        try:
            if path.endswith(JSONL_SUFFIXES):
                opener = gzip.open if path.endswith(".gz") else open
                with opener(path, "rb") as fh:
                    yield from read_jsonl_lines(path, fh)
            else:
                with open(path, "rb") as fh:
                    data = fh.read(MAX_BYTES + 1)
                yield read_text_document(path, data)
        except (OSError, EOFError, zlib.error) as err:  # missing, unreadable, corrupt or truncated .gz
            yield path, InputError(path, f"cannot read ({getattr(err, 'strerror', None) or err})")
