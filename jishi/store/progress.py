"""Ingest progress: a tqdm bar (docs/s, ETA) on a terminal, plain log lines otherwise."""
from __future__ import annotations

import gzip
import sys
import time
from typing import Iterable, Optional, TextIO

from jishi.inputs import JSONL_SUFFIXES, expand_paths


def count_documents(paths: Iterable[str]) -> Optional[int]:
    """Number of input documents (non-empty JSONL lines, text files), for the ETA; None for stdin."""
    total = 0
    for path in expand_paths(paths):
        if path == "-":
            return None
        if path.endswith(JSONL_SUFFIXES):
            opener = gzip.open if path.endswith(".gz") else open
            try:
                with opener(path, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


class Progress:
    """update(n) after each written batch; close() at the end."""

    def __init__(self, total: Optional[int] = None, stream: TextIO = None, interval: float = 5.0,
                 bar: Optional[bool] = None):
        self.stream = stream or sys.stderr
        self.done = 0
        self.start = self.last = time.monotonic()
        self.interval = interval
        self.total = total
        use_bar = self.stream.isatty() if bar is None else bar
        self.bar = None
        if use_bar:
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="doc", file=self.stream, smoothing=0.1, dynamic_ncols=True)

    def update(self, n: int) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self._log(now)

    def _log(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        of = f"/{self.total}" if self.total else ""
        self.stream.write(f"jishi ingest: {self.done}{of} documents, {rate:.1f} docs/s\n")
        self.stream.flush()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        else:
            self._log(time.monotonic())
