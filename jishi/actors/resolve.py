"""Turn matched candidates into resolved actor mentions.

Adjacent candidates merge: country + title + person (`俄罗斯总统叶利钦`), title +
person (`国家主席江泽民`), person + title (`叶利钦总统`), country + organ
(`美国国务院`), country + title with an unknown name (`泰国外长素林`: a person
learned from the text, remembered for the rest of the document).
"""
from __future__ import annotations

import re
from typing import Optional

from jishi.actors.kb import ORG_CODES, KnowledgeBase, Person, Title
from jishi.actors.names import NameLearner
from jishi.actors.offices import OfficeJoiner, offices_named_before
from jishi.actors.recognise import ActorRecogniser, Candidate, name_chars
from jishi.document import Actor, ActorMention
from jishi.text.find import last_of

# Organs that speak for the state itself: 日本政府, 德国外交部发表声明 (the country, as the spec's
# records have it).
STATE_ORGANS = ("政府", "当局", "外交部", "外务省")
# Offices that tell two people of one name apart (总统卡特 is not Defence Secretary Carter).
TOP_OFFICES = {"head of state", "head of government"}
# Forms of address after a title: 总统先生, 总统阁下, 总理女士.
HONORIFICS = ("先生", "阁下", "女士")
REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")
# Characters that are country abbreviations but, before a title, mean something else (新总统 'new president').
NOT_ABBR_BEFORE_TITLE = set("新前老南副正原代总")
# Abbreviations that with 方 also make ordinary words (南方, 北方, 东方, 西方, 地方, 对方).
DIRECTION_ABBR = set("南北东西地对双各官军")
# Abbreviations that are also everyday characters (日 day, 以 by, 加 add, 新 new, 中 middle, 马 horse,
# 约 about, 南 south …): a run with one of them needs its countries named in full (马约 is a treaty).
RISKY_IN_RUNS = set("日以加新中老马约南北西东土乌阿巴伊文")


def _day(date: Optional[str]) -> Optional[str]:
    return date.replace("-", "")[:8] if date else None


def country_actor(kb: KnowledgeBase, iso: str, text: str, sector: str = "GOV") -> Actor:
    c = kb.countries.get(iso)
    if c is None:  # an organisation code used as a country (双方 = 中国 and 东盟): the body's own name
        org = kb.organisation_for_code(iso)
        return Actor(text=text, name=org.name if org else text, kind="organisation", country=iso,
                     sector=org.sector if org else sector, name_en=org.name_en if org else None)
    return Actor(text=text, name=c.name, kind="country", country=iso, sector=sector, name_en=c.name_en or None)


def person_actor(person: Person, text: str, day: Optional[str], title: Optional[Title] = None,
                 country_hint: Optional[str] = None) -> Actor:
    role = person.role_on(day)
    if role is None and country_hint:
        # A title with the name (`俄罗斯总统X`) says more than a stale dictionary row.
        return Actor(text, person.name, "person", country_hint, title.sector if title else "GOV",
                     person.name_en or None, title.role if title else None)
    if role is None:
        # Out of office on that day: the person keeps the country, as an elite.
        country = person.country()
        return Actor(text, person.name, "person", country, "ELI" if not title else title.sector,
                     person.name_en or None, title.role if title else None)
    return Actor(text, person.name, "person", role.country, role.sector, person.name_en or None, role.role)


def pick_person(people: tuple, day: Optional[str], country_hint: Optional[str] = None) -> Person:
    """Several people share a surface form (布什): the one in office on the day wins."""
    def score(p: Person):
        active = p.role_on(day) is not None
        same = country_hint is not None and any(r.country == country_hint for r in p.roles)
        near = p.active_between(day, 5)
        return (same, active, near)
    return max(people, key=score)


SIDE_WORD = re.compile(r"[\u4e00-\u9fff](?=方)")
# 冈中关系, and each run of a list before it (冈中、非中关系)
RUN_BEFORE_RELATION = re.compile(r"[\u4e00-\u9fff]{2,4}(?=(?:、[\u4e00-\u9fff]{2,4})*(?:关系|两国|双方|合作|友好|之间))")


class MentionBuilder:
    """Composes candidates of one document into mentions (one instance per document)."""

    def __init__(self, recogniser: ActorRecogniser, text: str, date: Optional[str],
                 boundaries: Optional[set[int]] = None, name_tokens=None, place_tokens=None):
        self.rec = recogniser
        self.boundaries = boundaries
        # place_tokens(start, end): whether the tagger sees one place name exactly there
        self.place_tokens = place_tokens
        self.kb = recogniser.kb
        self.text = text
        self.day = _day(date)
        # name_tokens(pos): (end, tag) of a proper noun the tagger sees starting at pos (None: no tagger)
        self.learner = NameLearner(self.kb, text, name_tokens)
        self.named: set[str] = set()  # countries named in full in this document
        self.local_abbr: dict[str, list[str]] = {}  # 冈 → GMB where 冈比亚 is named

    def build(self, cands: list[Candidate]) -> list[ActorMention]:
        cands = self._short_aliases_read_as_named(cands)
        for c in cands:
            if c.kind == "country":
                self.named.add(c.payload)
                name = self.kb.countries[c.payload].name if c.payload in self.kb.countries else ""
                if name:  # 巴拿马 named: 巴 may be Panama here, whatever else it can stand for
                    self.local_abbr.setdefault(name[0], []).append(c.payload)
        cands = cands + self._local_candidates(cands) + self._abbr_before_titles(cands)
        cands.sort(key=lambda c: c.start)
        joiner = OfficeJoiner(self.kb, self.text, self.boundaries)
        mentions = joiner.join(self._build(cands), {c.start for c in cands if c.kind == "title"})
        for k, m in enumerate(mentions):
            if m.actor.kind == "person" and m.actor.country is None:
                if self.learner.looks_chinese(m.actor.name):
                    # 中国化工部部长顾秀莲, 香港特别行政区政务司司长陈X: the place named before, else China
                    m.actor.country = self._country_before(mentions, k, allow_china=True) or "CHN"
                else:
                    m.actor.country = self._country_before(mentions, k) or self._foreign_main()
            if m.via == "learned" and m.actor.country:
                self.learner.learned.setdefault(m.actor.name, m.actor)
        mentions.extend(self.learner.repeats(mentions))  # 素林说: later bare mentions of a learned name
        mentions.sort(key=lambda m: m.start)
        offices_named_before(mentions)
        self._capitals_acting(mentions)
        return mentions

    def _capitals_acting(self, mentions: list[ActorMention]) -> None:
        """平壤决定…, 华盛顿方面表示…: a capital that acts is its government; 在平壤 stays a place."""
        acts = name_chars()["capital_acts"]
        for m in mentions:
            if m.via == "capital" and self.text.startswith(acts, m.end) and \
                    (m.start == 0 or self.text[m.start - 1] not in "在于驻到赴往从自至抵访"):
                m.via = "government"

    def _short_aliases_read_as_named(self, cands: list[Candidate]) -> list[Candidate]:
        """`巴新政府` where the document names 巴基斯坦 and not 巴布亚新几内亚: Pakistan's new
        government.  A two-character alias whose first character abbreviates a country named in
        full (by a longer name) is read as that country when its own country is not named in full."""
        full = {c.payload: c for c in cands if c.kind == "country" and c.end - c.start > 2}
        out = []
        for c in cands:
            if c.kind == "country" and c.end - c.start == 2 and c.payload not in full:
                ch = self.text[c.start]
                other = next((iso for iso in full if iso != c.payload and iso in self.rec.abbr.get(ch, ())), None)
                if other is not None and self.kb.countries[c.payload].name != self.text[c.start:c.end]:
                    c = Candidate(c.start, c.end, "country", other)
            out.append(c)
        return out

    def _local_candidates(self, cands: list[Candidate]) -> list[Candidate]:
        """`冈方`, `冈中`: abbreviations made from the first character of countries this document names;
        `美韩于…`: a run of abbreviations whose every country the document names in full."""
        taken = bytearray(len(self.text) + 1)
        for c in cands:
            for k in range(c.start, c.end):
                taken[k] = 1
        out = []
        named = self.named | {"CHN"}
        for m in self.rec.abbr_any_run_re.finditer(self.text):
            s, e = m.start(), m.end()
            if self.boundaries is not None:
                # 美韩立即: the run ends where a word ends (立 opens 立即); 其中美国: 中美 straddles two words
                e = next((k for k in range(e, s + 1, -1) if k in self.boundaries), s)
                if s not in self.boundaries or e - s < 2:
                    continue
            run = self.text[s:e]
            isos = [self._abbr_iso(ch) for ch in run]
            # 美韩/ns: a word the tagger calls a place, of unambiguous abbreviations, needs no full names
            tagged = self.place_tokens is not None and self.place_tokens(s, e) and \
                all(len(self.rec.abbr.get(ch, [])) == 1 and ch not in RISKY_IN_RUNS for ch in run)
            if not any(taken[s:e]) and (tagged or all(iso in named for iso in isos)) and len(set(isos)) == len(isos) \
                    and sum(iso != "CHN" for iso in isos) >= 1 and (tagged or any(iso in self.named for iso in isos)):
                out.append(Candidate(s, e, "abbr_run", run))
                for k in range(s, e):
                    taken[k] = 1
        if not self.local_abbr:
            return out
        local = self.local_abbr
        for m in SIDE_WORD.finditer(self.text):  # 冈方
            s = m.start()
            if self.text[s] in local and not taken[s] and not (s > 0 and self.text[s - 1] in "双对各地东西南北官"):
                out.append(Candidate(s, s + 2, "abbr_side", self.text[s]))
        for m in RUN_BEFORE_RELATION.finditer(self.text):  # 冈中关系
            run = m.group(0)
            # the longest tail of the run made of abbreviations, with one of this document's
            k = next((i for i in range(len(run) - 1) if all(ch in local or ch in self.rec.abbr for ch in run[i:])),
                     None)
            if k is None:
                continue
            s, e = m.start() + k, m.end()
            if not any(taken[s:e]) and any(ch in local for ch in run[k:]):
                out.append(Candidate(s, e, "abbr_run", run[k:]))
        return out

    def _abbr_before_titles(self, cands: list[Candidate]) -> list[Candidate]:
        """`俄总理`, `菲防长`, `美总统`: a one-character abbreviation right before a title."""
        ends = {c.end for c in cands}
        out = []
        for c in cands:
            k = c.start - 1
            organ = c.kind == "suffix" or (c.kind == "org" and c.payload.name in self.kb.suffixes)
            if (c.kind == "title" or organ) and k >= 0 and k not in ends and self.text[k] in self.rec.abbr \
                    and (self.boundaries is None or k in self.boundaries) \
                    and not (k > 0 and self.text[k - 1] in name_chars()["translit"]) \
                    and self.text[k] not in NOT_ABBR_BEFORE_TITLE and not any(d.start <= k < d.end for d in cands):
                out.append(Candidate(k, c.start, "abbr_side", self.text[k]))
        return out

    def _country_before(self, mentions: list[ActorMention], k: int, allow_china: bool = False) -> Optional[str]:
        """The country named last before an unplaced person, in the same sentence (访问瑞士期间,将同X主席)."""
        start = last_of(self.text, "。!?\n", mentions[k].start)
        for m in reversed(mentions[:k]):
            if m.start <= start:
                break
            titled = m.actor.kind == "person" and m.via in ("title", "office")  # 西班牙副首相兼…大臣拉托
            if (m.actor.kind in ("country", "organisation") or titled) and m.actor.country \
                    and (allow_china or m.actor.country != "CHN") and m.via != "segmenter":
                return m.actor.country  # 欧盟负责…的高级代表索拉纳: the body named just before
        return None

    def _foreign_main(self) -> Optional[str]:
        foreign = [iso for iso in self.named if iso != "CHN"]
        return foreign[0] if len(foreign) == 1 else None

    def _build(self, cands: list[Candidate]) -> list[ActorMention]:
        out: list[ActorMention] = []
        i = 0
        n = len(cands)
        while i < n:
            c = cands[i]
            nxt = cands[i + 1] if i + 1 < n else None
            nxt2 = cands[i + 2] if i + 2 < n else None
            adj = nxt is not None and nxt.start == c.end
            adj2 = adj and nxt2 is not None and nxt2.start == nxt.end
            if c.kind == "org" and adj and nxt.kind == "title" and adj2 and nxt2.kind in ("person", "person_short"):
                # 国务院总理李克强: an organ, its title, the person
                iso = c.payload.country if len(c.payload.country) == 3 and c.payload.country not in ORG_CODES else None
                out.append(self._person(c.start, nxt2, iso, nxt.payload))
                i += 3
                continue
            if c.kind == "org" and adj and nxt.kind == "title" and c.payload.kind != "seat":
                # 世界卫生组织总干事中岛宏: a person learned under a body's title takes the body's code
                m = self.learner.after_title(c.start, nxt, c.payload.country)
                if m.via != "learned":
                    m = self.learner.through_chain(c.start, nxt, c.payload.country, cands[i + 2:]) or m
                if m.via == "learned":
                    out.append(m)
                    i = next((k for k in range(i + 2, n) if cands[k].start >= m.end), n)
                    continue
            if c.kind in ("country", "abbr_side") and adj and nxt.kind == "title":
                iso = c.payload if c.kind == "country" else self._abbr_iso(c.payload[0])
                if adj2 and nxt2.kind in ("person", "person_short"):
                    out.append(self._person(c.start, nxt2, iso, nxt.payload))
                    i += 3
                    continue
                m = self.learner.after_title(c.start, nxt, iso)
                out.append(m)
                i += 2
                continue
            if c.kind in ("country", "abbr_side") and (adj or self._organ_after_de(c, nxt)) and (
                    nxt.kind == "suffix" or (nxt.kind == "org" and nxt.payload.name in self.kb.suffixes)):
                iso = c.payload if c.kind == "country" else self._abbr_iso(c.payload[0])
                suffix = self.text[nxt.start:nxt.end]
                sector, kind = self.kb.suffixes.get(suffix, ("GOV", "organisation"))
                a = country_actor(self.kb, iso, self.text[c.start:nxt.end], sector)
                if sector == "GOV" and suffix in STATE_ORGANS:
                    a.kind = "country"  # 日本政府: the state itself
                else:  # 菲外交部 → 菲律宾外交部: the organ under the country's full name
                    a.kind, a.name = kind, (self.kb.countries[iso].name if iso in self.kb.countries else "") + suffix
                out.append(ActorMention(c.start, nxt.end, a.text, a, "organ"))
                i += 2
                continue
            if c.kind == "title" and adj and nxt.kind in ("person", "person_short"):
                out.append(self._person(c.start, nxt, None, c.payload))
                i += 2
                continue
            if c.kind == "title" and self.text.startswith(HONORIFICS, c.end):
                # 总统先生, 总统阁下: the one this document named in that office (see _offices_named_before)
                end = c.end + 2
                a = Actor(self.text[c.start:end], self.text[c.start:end], "person", None, c.payload.sector, None,
                          c.payload.role)
                out.append(ActorMention(c.start, end, a.text, a, "honorific"))
                i += 1
                continue
            if c.kind == "title":
                before = self.learner.before_title(c.start, out[-1].end if out else 0) \
                    if c.payload.sector in ("GOV", "MIL", "LEG") else None
                if before is not None:  # 马克里总统: an unknown name before the title
                    out.append(before(c))
                else:
                    m = self.learner.after_title(c.start, c, None)
                    if m.via == "learned":
                        out.append(m)
                i += 1
                continue
            if c.kind in ("person", "person_short") and adj and nxt.kind == "suffix" and \
                    self.text[nxt.start:nxt.end] in ("政府", "当局", "内阁"):
                # 特朗普政府: the government the person leads, a country-level actor.
                m = self._person(c.start, c, None, None)
                a = country_actor(self.kb, m.actor.country, self.text[c.start:nxt.end]) if m.actor.country else m.actor
                out.append(ActorMention(c.start, nxt.end, a.text, a, "organ"))
                i += 2
                continue
            if c.kind == "country" and adj and nxt.kind == "person" and not (adj2 and nxt2.kind == "suffix") and \
                    any(r.country == c.payload for p in nxt.payload for r in p.roles):
                # 伊朗莱希总统: the country before a name (and its title after) is the person's
                m, titled = self._person_titled_after(c.start, nxt, c.payload, nxt2 if adj2 else None)
                out.append(m)
                i += 2 + titled
                continue
            if c.kind in ("person", "person_short"):
                m, titled = self._person_titled_after(c.start, c, None, nxt if adj else None)
                out.append(m)
                i += 1 + titled
                continue
            m = self._simple(c)
            if m is not None:
                out.append(m)
            i += 1
        out.sort(key=lambda m: m.start)
        return out

    # ---- pieces -----------------------------------------------------------
    def _organ_after_de(self, c: Candidate, nxt: Optional[Candidate]) -> bool:
        """阿尔巴尼亚的中央银行: a state's body after 的 (bodies only, not 人民 or 企业)."""
        if nxt is None or c.kind != "country" or self.text[c.end:nxt.start] != "的":
            return False
        suffix = self.text[nxt.start:nxt.end]
        sector, kind = self.kb.suffixes.get(suffix, ("", ""))
        return kind == "organisation" and sector in ("GOV", "MIL", "COP", "JUD", "SPY", "LEG")

    def _abbr_iso(self, ch: str) -> str:
        """An abbreviation's country; a shared one (阿, 巴) by the countries this document names."""
        options = self.rec.abbr.get(ch, []) + [iso for iso in self.local_abbr.get(ch, [])
                                                if iso not in self.rec.abbr.get(ch, [])]
        if not options:
            return ""
        if len(options) > 1:
            named = [iso for iso in options if iso in self.named]
            if named:
                return named[0]
        return options[0]

    def _person(self, start: int, pc: Candidate, iso: Optional[str], title: Optional[Title]) -> ActorMention:
        end = pc.end
        regnal = REGNAL.match(self.text, end)  # 阿卜杜拉二世: the number belongs to the name
        if pc.kind == "person_short":
            person, role = pc.payload
        else:
            person = pick_person(pc.payload, self.day, iso)
            # 前总统卡特 is not Defence Secretary Carter: a top office the known person never held
            # and 首席执行官克拉克 in 2024 is not Helen Clark: out of office, under a title never held
            never_held = title is not None and not any(r.role == title.role for r in person.roles)
            # (a president may lead the government: 伊朗总统哈塔米 is Iran's head of government)
            top = title is not None and title.role in TOP_OFFICES
            other_office = never_held and (person.role_on(self.day) is None or top) and \
                not (top and any(r.role in TOP_OFFICES for r in person.roles))
            if (iso and not any(r.country == iso for r in person.roles)) or regnal or other_office:
                # 约旦国王阿卜杜拉(二世) is not the Saudi king of the same name: a person of the stated country.
                end = regnal.end() if regnal else end
                country = iso or (person.country() if title is not None and title.role in TOP_OFFICES else None)
                actor = Actor(self.text[start:end], self.text[pc.start:end], "person", country,
                              title.sector if title else "GOV", None, title.role if title else None)
                return ActorMention(start, end, actor.text, actor, "title")
        actor = person_actor(person, self.text[start:end], self.day, title, iso)
        return ActorMention(start, end, actor.text, actor, "dictionary")

    def _person_titled_after(self, start: int, pc: Candidate, iso: Optional[str], after: Optional[Candidate]
                             ) -> tuple[ActorMention, bool]:
        """The person of `pc`, and whether the candidate right after it, a title, joined the mention
        (叶利钦总统: the title belongs to the mention)."""
        title = after.payload if after is not None and after.kind == "title" else None
        m = self._person(start, pc, iso, title)
        if title is not None:
            m.end, m.text = after.end, self.text[start:after.end]
            m.actor.text = m.text
        return m, title is not None

    def _simple(self, c: Candidate) -> Optional[ActorMention]:
        text = self.text[c.start:c.end]
        if c.kind == "country":
            return ActorMention(c.start, c.end, text, country_actor(self.kb, c.payload, text), "dictionary")
        if c.kind == "org" and c.payload.kind == "seat" and c.payload.country in self.kb.countries:
            # 白宫呼吁…: the seat of a government speaks for the state
            a = country_actor(self.kb, c.payload.country, text, c.payload.sector)
            return ActorMention(c.start, c.end, text, a, "dictionary")
        if c.kind == "org":
            o = c.payload
            kind = o.kind if o.kind in ("organisation", "group") else "organisation"
            a = Actor(text, o.name, kind, o.country, o.sector, o.name_en or None)
            return ActorMention(c.start, c.end, text, a, "dictionary")
        if c.kind in ("abbr_side", "abbr_mil"):
            iso = self._abbr_iso(c.payload[0])
            if not iso or (c.payload[0] in DIRECTION_ABBR and iso not in self.named):
                return None  # 南方 is 'the south' unless the document names South Africa
            a = country_actor(self.kb, iso, text, "MIL" if c.kind == "abbr_mil" else "GOV")
            if c.kind == "abbr_mil" and a.kind == "country":  # 美军 is 美国军队, as 以色列军队 is
                a.kind, a.name = "group", a.name + "军队"
            return ActorMention(c.start, c.end, text, a, "abbreviation")
        if c.kind == "abbr_run":
            isos = self._abbr_run_isos(c.payload)
            if len(isos) < 2:
                return None
            members = [country_actor(self.kb, iso, ch) for ch, iso in isos]
            return ActorMention(c.start, c.end, text, members[0], "compound", members)
        if c.kind == "group":  # 波罗的海三国: several countries under one name
            members = [country_actor(self.kb, iso, text) for iso in c.payload]
            return ActorMention(c.start, c.end, text, members[0], "compound", members)
        if c.kind == "capital":
            return ActorMention(c.start, c.end, text, country_actor(self.kb, c.payload, text), "capital")
        if c.kind == "place":  # 上海, 中东: where things happen, never an actor
            place = c.payload
            return ActorMention(c.start, c.end, text, Actor(text, place.name, "place", place.country or None), "place")
        if c.kind == "above":  # resolved with the pairs, from the countries listed before it
            return ActorMention(c.start, c.end, text, Actor(text, text, "country", None), "above:%d" % c.payload)
        if c.kind in ("pair", "self"):
            # Resolved later, when the document's main countries are known.
            return ActorMention(c.start, c.end, text, Actor(text, text, "country", None), c.kind)
        return None

    def _abbr_run_isos(self, run: str) -> list[tuple[str, str]]:
        out = []
        for ch in run:
            iso = self._abbr_iso(ch)
            if not iso:
                return []
            out.append((ch, iso))
        # `巴以`: an ambiguous abbreviation next to Israel is Palestine.
        isos = [iso for _, iso in out]
        if "ISR" in isos:
            out = [(ch, "PSE" if ch == "巴" else iso) for ch, iso in out]
        return out
