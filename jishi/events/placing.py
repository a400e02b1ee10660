"""When and where an event happens: its date, whether it is background, its location."""
from __future__ import annotations

import re
from datetime import date as Date, timedelta
from typing import Optional

from jishi.document import ActorMention, DateValue, Document, Location, TimeMention
from jishi.text.find import last_of

BACKGROUND_DAYS = 31
STORY_DATE_DAYS = 7  # a lead date at most this many days before the document's date
ANSWER_BACKGROUND_DAYS = 14  # in a briefing's answer, acts older than this (or of an earlier month) are context
PLACE_VERBS = ("抵达", "到达", "前往")
LIST_MARKS = "、"


def event_date(doc: Document, s_times: list[TimeMention], start: int, clause, look_after: bool) -> DateValue:
    """The nearest time word before the trigger in its sentence (or after it in its clause, for acts that
    are not speech); else the story's lead date; else the document's date (precision `doc`)."""
    # 去年12月初，叶利钦…承诺1999年前将…；这次俄总理前往里加: a semicolon ends the time's reach
    floor = last_of(doc.text, "；;", start)
    # 气候变化、2030年可持续发展议程: a time listed among nouns names a thing, not when the act happens
    s_times = [t for t in s_times if not (t.start > 0 and doc.text[t.start - 1] in LIST_MARKS)]
    before = [t for t in s_times if floor < t.start and t.end <= start and t.date.value]
    inside_after = [t for t in s_times if look_after and start <= t.start < clause[1] and t.date.value]
    pick = before[-1] if before else (inside_after[0] if inside_after else None)
    if pick is not None:
        return pick.date
    story = story_date(doc)
    if story is not None:
        return story
    anchor = doc.date or doc.dateline_date
    if anchor:
        return DateValue(anchor, "doc", None)
    return DateValue(None, "unknown", None)



def story_date(doc: Document) -> Optional[DateValue]:
    """A news story's lead date (`李克强20日同…通电话`) holds for its later sentences without a time word.

    Not in transcripts, where each answer speaks on the day of the briefing.
    """
    if doc.speakers or not doc.times or not doc.sentences:
        return None
    lead_end = doc.sentences[min(1, len(doc.sentences) - 1)].end
    ref = doc.date or doc.dateline_date
    for t in doc.times:
        if t.start >= lead_end:
            break
        if t.date.precision == "day" and ref:
            try:
                lag = (Date.fromisoformat(ref) - Date.fromisoformat(t.date.value)).days
            except ValueError:
                continue
            if 0 <= lag <= STORY_DATE_DAYS:
                return t.date
    return None

def is_background(doc: Document, when: DateValue, modality: str) -> bool:
    """Acts told as history, over a month before the document's date, are not news (nor is a plan
    dated there: 11月，…两国元首…达成一致 told in January is last year's act, whatever its verb).
    In a briefing's answers the reach is shorter: two weeks, or any earlier month."""
    ref = doc.date or doc.dateline_date
    if modality == "hypothetical" or not ref or not when.value or when.precision in ("doc", "unknown", "season"):
        return False
    # A spokesperson answers about today: what was done last month (上个月，习近平主席…访问) is the
    # context of the answer, not its news.
    months, days = (0, ANSWER_BACKGROUND_DAYS) if doc.speakers else (1, BACKGROUND_DAYS)
    try:
        ref_d = Date.fromisoformat(ref)
        v = when.value
        if when.precision == "year":
            return int(v[:4]) < ref_d.year
        if when.precision == "month":
            y, m = int(v[:4]), int(v[5:7])
            return (ref_d.year - y) * 12 + ref_d.month - m > months
        return Date.fromisoformat(v[:10]) < ref_d - timedelta(days=days)
    except ValueError:
        return False

def event_location(s_mentions: list[ActorMention], text: str) -> Optional[Location]:
    """Where the sentence's act happens: a country, capital or other place after 在/于/抵达/到达/前往."""
    for m in s_mentions:
        if m.via not in ("capital", "place") and m.actor.kind != "country":
            continue
        if (m.start >= 1 and text[m.start - 1] in "在于") or text[max(0, m.start - 2):m.start] in PLACE_VERBS:
            return Location(m.text, m.actor.name if m.via == "place" else m.text, m.actor.country)
    return None


BARE_DAY = re.compile(r"^\d{1,2}[日号]")


def later_bare_day(when: DateValue, ref: Optional[str]) -> DateValue:
    """A planned act on a bare day (将在24日举行) that resolved before the document's date was read
    as last month's; a plan means the coming one."""
    if when.precision != "day" or not when.text or not ref or not BARE_DAY.match(when.text):
        return when
    try:
        day, ref_d = Date.fromisoformat(when.value), Date.fromisoformat(ref)
    except ValueError:
        return when
    if day >= ref_d:
        return when
    year, month = (day.year + (day.month == 12), day.month % 12 + 1)
    try:
        return DateValue(Date(year, month, day.day).isoformat(), "day", when.text)
    except ValueError:
        return when
