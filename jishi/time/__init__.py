"""The time stage: datelines and time expressions, resolved to ISO dates (spec section 2).

    find_dateline(text, meta_date) -> "YYYY-MM-DD" | None
    match_times(text) -> [(start, end, text, fields)]      pure matcher, no resolution
    resolve(fields, anchor) -> DateValue;  resolve_range(fields, anchor) -> (DateValue, DateValue | None)
    find_times(text, anchor) -> [TimeMention]

The words and offsets are data: jishi/data/time_words.yaml.
"""
from jishi.time.dateline import find_dateline
from jishi.time.expressions import find_times, match_times
from jishi.time.resolve import resolve, resolve_range

__all__ = ["find_dateline", "find_times", "match_times", "resolve", "resolve_range"]
