"""纪事 jishi: political event data from Chinese-language news and official statements.

    >>> import jishi
    >>> events = jishi.code("国家主席江泽民今天在北京会见了俄罗斯总统叶利钦。", date="1998-11-23")

The API is three functions over one lazily built default `Pipeline`; build
your own `jishi.Pipeline()` to hold it explicitly (no hidden global state is
mutated: the default pipeline is created once and only read).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional

__version__ = "0.1.0"
__all__ = ["code", "code_file", "code_documents", "Pipeline", "__version__"]


def __getattr__(name):
    if name == "Pipeline":
        from jishi.pipeline import Pipeline
        return Pipeline
    raise AttributeError(name)


@lru_cache(maxsize=1)
def _default_pipeline():
    from jishi.pipeline import Pipeline
    return Pipeline()


def code(text: str, date: Optional[str] = None):
    """Code one document's text; `date` is YYYY-MM-DD.  Returns a list of `Event`."""
    return _default_pipeline().code(text, date)


def code_file(path: str, date: Optional[str] = None):
    """Code a text file in any common Chinese encoding."""
    from jishi.normalise import read_text
    return _default_pipeline().code(read_text(path), date)


def code_documents(records: Iterable[dict]) -> Iterator:
    """Code dicts with `text` (and `id`, `date`, …); yields coded `Document`s."""
    return _default_pipeline().code_documents(records)
