"""The document model: plain dataclasses that flow through every stage.

A `Document` carries the raw text (immutable), the normalised text every rule
reads, and an offset map from normalised to raw positions.  Each stage adds a
layer (sentences, tokens, times, actors, events); every annotation is a span of
character offsets ``[start, end)`` into ``Document.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass
class Sentence:
    start: int
    end: int
    index: int
    # The paragraph it sits in, and whether that paragraph repeats an earlier one.
    paragraph: int = 0
    duplicate: bool = False


@dataclass
class Token:
    start: int
    end: int
    text: str
    pos: str = ""  # jieba part-of-speech tag (nr person, ns place, nt organisation …)


@dataclass
class DateValue:
    """When something happens: ISO value plus its precision (spec section 2)."""
    value: Optional[str]
    precision: str  # day|week|month|season|year|doc|unknown
    text: Optional[str] = None

    def to_json(self) -> dict:
        return {"value": self.value, "precision": self.precision, "text": self.text}


@dataclass
class TimeMention:
    start: int
    end: int
    text: str
    date: DateValue
    # Resolved end of a range ("4月4日至10日"), if any.
    end_date: Optional[DateValue] = None


@dataclass
class Actor:
    """A resolved actor (spec section 2, 'An actor')."""
    text: str
    name: str
    kind: str  # person|country|organisation|group
    country: Optional[str]
    sector: Optional[str] = None
    name_en: Optional[str] = None
    role: Optional[str] = None

    @property
    def code(self) -> Optional[str]:
        if not self.country:
            return None
        return f"{self.country}{self.sector or ''}"

    def to_json(self) -> dict:
        out = {
            "text": self.text,
            "name": self.name,
            "name_en": self.name_en,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "code": self.code,
        }
        return out


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor
    # How it was resolved: "dictionary", "title", "learned", "speaker", "pair", ...
    via: str = "dictionary"
    # For `双方`/`两国` and coordinations: several actors behind one mention.
    members: list[Actor] = field(default_factory=list)

    def actors(self) -> list[Actor]:
        return self.members or [self.actor]


@dataclass
class Location:
    text: str
    name: Optional[str]
    country: Optional[str]

    def to_json(self) -> dict:
        return {"text": self.text, "name": self.name, "country": self.country}


@dataclass
class Event:
    doc_id: str
    sentence: int
    span: tuple[int, int]
    trigger: str
    cameo: str
    quad_class: int
    goldstein: float
    plover: Optional[dict]
    source: list[Actor]
    target: list[Actor]
    joint: bool
    date: DateValue
    location: Optional[Location]
    modality: str = "asserted"
    negated: bool = False
    confidence: float = 0.5
    n: int = 0  # index within the sentence, set by the dedup stage
    evidence: str = ""
    trigger_span: tuple[int, int] = (0, 0)

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    @property
    def event_id(self) -> str:
        return f"{self.doc_id}:{self.sentence}:{self.n}"

    def to_json(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "sentence": self.sentence,
            "span": list(self.span),
            "evidence": self.evidence,
            "trigger": self.trigger,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "source": [a.to_json() for a in self.source],
            "target": [a.to_json() for a in self.target],
            "joint": self.joint,
            "date": self.date.to_json(),
            "location": self.location.to_json() if self.location else None,
            "modality": self.modality,
            "negated": self.negated,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Document:
    """One input document and every layer the pipeline adds to it."""
    raw: str
    text: str = ""
    # offsets[i] is the raw offset of normalised character i; len(text)+1 entries.
    offsets: list[int] = field(default_factory=list)
    doc_id: str = ""
    date: Optional[str] = None  # YYYY-MM-DD from the input metadata
    dateline_date: Optional[str] = None  # YYYY-MM-DD (or MM-DD filled) from the dateline
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # The two countries the article is mostly about (for 双方/两国).
    main_countries: list[str] = field(default_factory=list)
    # The dispatch line (新华社莫斯科11月23日电(记者…)): no actor stands in it.
    byline: tuple[int, int] = (0, 0)
    # Speaker turns in transcripts: (start, end, Actor).
    speakers: list[tuple[int, int, Actor]] = field(default_factory=list)

    @property
    def anchor_date(self) -> Optional[str]:
        """The date relative time words resolve against (spec section 2)."""
        return self.dateline_date or self.date

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the raw text."""
        if not self.offsets:
            return start, end
        return self.offsets[start], self.offsets[end]

    def sentence_at(self, pos: int) -> Optional[Sentence]:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None
