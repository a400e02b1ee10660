"""Every dictionary and rule table jishi uses lives in this folder (TSV/YAML).

`read_tsv` and `read_yaml` are the one way to read them: they name the file and
line of any malformed row (DataError), skip `#` comment lines and blank lines.
"""
from __future__ import annotations

import glob
import os
from typing import Iterator

import yaml

from jishi.errors import DataError

DATA_DIR = os.path.dirname(os.path.abspath(__file__))


def data_path(name: str) -> str:
    return os.path.join(DATA_DIR, name)


def data_files(pattern: str) -> list[str]:
    """Data files matching a glob, sorted (e.g. 'people*.tsv')."""
    return sorted(glob.glob(os.path.join(DATA_DIR, pattern)))


def read_tsv(path: str, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict]]:
    """Yield (line number, row dict) for each data row of a TSV file."""
    if not os.path.isabs(path):
        path = data_path(path)
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as fh:
        lines = [(i + 1, line) for i, line in enumerate(fh) if line.strip() and not line.startswith("#")]
    if not lines:
        return
    header = lines[0][1].rstrip("\n").split("\t")
    missing = [c for c in required if c not in header]
    if missing:
        raise DataError(f"{name}:{lines[0][0]}: missing columns {missing}")
    for lineno, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) > len(header):
            raise DataError(f"{name}:{lineno}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        yield lineno, {k: v.strip() for k, v in zip(header, cells)}


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def read_yaml(name: str):
    path = name if os.path.isabs(name) else data_path(name)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except yaml.YAMLError as err:
        raise DataError(f"{os.path.basename(path)}: {err}") from err
