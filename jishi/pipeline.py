"""The ordered stages.  One `Document` flows through them; each stage takes it
and returns it, declaring what it needs and what it adds (spaCy-style).

    read → structure → tokens → time → actors → events → dedup

A `Pipeline` owns its resources (knowledge base, codebook, segmenter); build
one and reuse it: construction loads the dictionaries (~0.5 s), coding a
document is milliseconds.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable, Iterator, Optional

from jishi.actors.compounds import compound_mentions
from jishi.actors.compounds import match as match_compounds
from jishi.actors.kb import KnowledgeBase, default_kb
from jishi.actors.recognise import ActorRecogniser, name_chars
from jishi.actors.resolve import MentionBuilder, country_actor, person_actor, pick_person
from jishi.actors.sides import main_countries, resolve_pairs
from jishi.actors.fallback import segmenter_mentions, short_titles_pattern
from jishi.document import Actor, Document, Event, Sentence
from jishi.events.codebook import Codebook, default_codebook
from jishi.events.coder import EventCoder
from jishi.events.dedup import deduplicate
from jishi.normalise import normalise
from jishi.text import Segmenter, find_speakers, split_sentences
from jishi.text.tokens import load_tag_fixes
from jishi.time import find_dateline, find_times


# 据新华社北京1月22日电(记者张荣典), 本报莫斯科11月23日电, 法新社巴黎二日电: the agency is no actor.
BYLINE_WINDOW = 300
BYLINE_VIA = "byline"
LABEL_VIA = "label"  # a speaker turn's label (汪文斌：)
SENDER_VIA = "sender"  # a person whose envoy is named after him (习近平特使)
SENDING_ROLES = ("head of state", "head of government")
# The dispatch line: at a line's start, or in brackets after a headline (…六名平民(法新社巴格达十日电)六名…).
BYLINE = re.compile(r"(?:^|\n|[(（])\s*(据?(?:新华社|中新社|法新社|路透社|美联社|共同社|塔斯社|本报|人民日报)[^。,，)）]{0,24}?"
                    r"[电讯](?:\s*[(（][^)）]{0,30}[)）])?)[)）]?")


def _split_at(sentences: list[Sentence], pos: int) -> list[Sentence]:
    """The sentences with the one that runs across `pos` cut in two there."""
    out: list[Sentence] = []
    for s in sentences:
        if s.start < pos < s.end:
            out.append(Sentence(s.start, pos, 0, s.paragraph, s.duplicate))
            out.append(Sentence(pos, s.end, 0, s.paragraph, s.duplicate))
        else:
            out.append(s)
    for k, s in enumerate(out):
        s.index = k
    return out


class Stage:
    name = "stage"
    requires: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:  # pragma: no cover - interface
        raise NotImplementedError


class Normalise(Stage):
    name, requires, adds = "normalise", ("raw",), ("text", "offsets", "doc_id")

    def __call__(self, doc):
        doc.text, doc.offsets = normalise(doc.raw)
        if not doc.doc_id:
            doc.doc_id = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:16]
        return doc


class Structure(Stage):
    name, requires, adds = "structure", ("text",), ("sentences", "speakers", "dateline_date")

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb

    def __call__(self, doc):
        doc.sentences = split_sentences(doc.text)
        doc.dateline_date = find_dateline(doc.text, doc.date)
        m = BYLINE.search(doc.text, 0, BYLINE_WINDOW)
        doc.byline = m.span(1) if m else (0, 0)
        if m and m.start(1) > 0 and doc.text[m.start(1) - 1] in "(（":
            doc.sentences = _split_at(doc.sentences, m.end())  # the headline before it is no part of the story
        doc.speakers = []
        for start, end, label in find_speakers(doc.text):
            actor = self._speaker_actor(label, doc.anchor_date)
            if actor is not None:
                doc.speakers.append((start, end, actor))
        if not doc.speakers:
            author = self._author(doc.text, doc.anchor_date)
            if author is not None:
                doc.speakers.append(author)
        return doc

    def _author(self, text: str, date: Optional[str]) -> Optional[tuple[int, int, Actor]]:
        """A first line that is only a known person's name signs the speech or article below it
        (李鹏\n在过去的一年里，我国…): that person speaks the whole text."""
        first_end = text.find("\n")
        label = text[:first_end].strip() if first_end > 0 else ""
        people = self.kb.people.get(label) if 2 <= len(label) <= 4 else None
        if not people or not text[first_end:].strip():
            return None
        day = date.replace("-", "") if date else None
        person = pick_person(tuple(people), day)
        if person.role_on(day) is None:
            return None
        return first_end, len(text), person_actor(person, label, day)

    def _speaker_actor(self, label: str, date: Optional[str]) -> Optional[Actor]:
        """A spokesperson speaking for a government is that country (spec section 3)."""
        people = self.kb.people.get(label)
        if not people:
            return None
        person = pick_person(tuple(people), date.replace("-", "") if date else None)
        country = person.country()
        return country_actor(self.kb, country, label) if country else None


class Tokens(Stage):
    name, requires, adds = "tokens", ("text",), ("tokens",)

    def __init__(self, segmenter: Segmenter):
        self.segmenter = segmenter

    def __call__(self, doc):
        doc.tokens = self.segmenter.tokens(doc.text)
        return doc


class Times(Stage):
    name, requires, adds = "time", ("text", "dateline_date"), ("times",)

    def __call__(self, doc):
        doc.times = find_times(doc.text, doc.anchor_date)
        return doc


class Actors(Stage):
    name, requires, adds = "actors", ("text", "tokens", "speakers"), ("actors", "main_countries")

    def __init__(self, recogniser: ActorRecogniser):
        self.recogniser = recogniser
        self.short_titles = short_titles_pattern(recogniser.kb.titles)  # 王大使 after 王学贤

    def __call__(self, doc):
        boundaries = {t.start for t in doc.tokens} | {t.end for t in doc.tokens}
        boundaries |= self.recogniser.organ_word_splits(doc.text, [(t.start, t.end) for t in doc.tokens])
        cands = self.recogniser.match(doc.text, boundaries)
        # proper nouns the tagger sees: where each ends, and its tag (nr person, ns place, nz other)
        names = {t.start: (t.end, t.pos) for t in doc.tokens if t.pos[:2] in ("nr", "ns", "nz")}
        places = {(t.start, t.end) for t in doc.tokens if t.pos == "ns"}
        builder = MentionBuilder(self.recogniser, doc.text, doc.anchor_date, boundaries, names.get,
                                 lambda start, end: (start, end) in places)
        mentions = builder.build(cands)
        b_start, b_end = doc.byline
        for m in mentions:
            if b_start <= m.start < b_end:
                m.via = BYLINE_VIA  # 新华社北京…电: names in the dispatch line take no part in events
        labels = {s for s, _e, _a in doc.speakers}
        sent_by = name_chars()["sent_by"]
        for m in mentions:
            if m.start in labels and doc.text.startswith(("：", ":"), m.end):
                m.via = LABEL_VIA  # 汪文斌：希望美方…: the turn's speaker speaks for the state (spec §3)
            elif m.actor.kind == "person" and m.actor.role in SENDING_ROLES and doc.text.startswith(sent_by, m.end):
                # 习近平特使、国务委员谌贻琴访问…: the envoy acts, not the leader who sent him (翟隽特使 is the envoy)
                m.via = SENDER_VIA
        doc.main_countries = main_countries(mentions, doc.text)

        def speaker_country(pos):
            for s, e, actor in doc.speakers:
                if s <= pos < e:
                    return actor.country
            return None

        resolve_pairs(self.recogniser.kb, mentions, doc.main_countries, speaker_country, doc.text)
        mentions = compound_mentions(doc.text, mentions, match_compounds(doc.tokens, mentions))
        mentions.extend(segmenter_mentions(doc, mentions, self.recogniser.automaton.exists, self.short_titles))
        mentions.sort(key=lambda m: m.start)
        doc.actors = mentions
        return doc


class Events(Stage):
    name, requires, adds = "events", ("sentences", "actors", "times"), ("events",)

    def __init__(self, coder: EventCoder):
        self.coder = coder

    def __call__(self, doc):
        doc.events = deduplicate(self.coder(doc))
        return doc


class Pipeline:
    """Build once, then `code_document` / `code` many times.  Thread-compatible, not shared-mutable."""

    def __init__(self, kb: Optional[KnowledgeBase] = None, codebook: Optional[Codebook] = None):
        self.kb = kb or default_kb()
        self.codebook = codebook or default_codebook()
        self.recogniser = ActorRecogniser(self.kb)
        self.segmenter = Segmenter(self.recogniser.surfaces + self.codebook.words, load_tag_fixes())
        self.stages: list[Stage] = [
            Normalise(), Structure(self.kb), Tokens(self.segmenter), Times(),
            Actors(self.recogniser), Events(EventCoder(self.codebook, self.kb)),
        ]

    def process(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def code_document(self, text: str, date: Optional[str] = None, doc_id: str = "",
                      meta: Optional[dict] = None) -> Document:
        doc = Document(raw=text, doc_id=doc_id or "", date=date or None, meta=meta or {})
        return self.process(doc)

    def code(self, text: str, date: Optional[str] = None, doc_id: str = "") -> list[Event]:
        return self.code_document(text, date, doc_id).events

    def code_documents(self, records: Iterable[dict]) -> Iterator[Document]:
        """records: dicts with `text` and optional `id`, `date` and other fields (kept in meta)."""
        for rec in records:
            meta = {k: v for k, v in rec.items() if k not in ("text", "events")}
            yield self.code_document(rec["text"], rec.get("date"), str(rec.get("id") or rec.get("doc_id") or ""), meta)
