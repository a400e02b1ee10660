"""Actor recognition: a pure `match()` over the text, then `resolve()` into mentions.

`match()` runs one Aho-Corasick pass (longest match, left to right) over every
name the knowledge base knows, plus regexes for compounds of one-character
country abbreviations (`中俄`, `中方`, `美军`), and returns candidates.
`compose()` merges adjacent candidates (`俄罗斯` + `总统` + `叶利钦`,
`美国` + `国务院`), learns people introduced by a title that the dictionary
lacks (`泰国外长素林`) and resolves each person to the role held on the date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import ahocorasick

from jishi.actors.kb import KnowledgeBase
from jishi.data import read_yaml

# Words for "the two sides" and "our country": resolved from the document.
PAIR_WORDS = ["双方", "两国", "两国元首", "两国领导人", "两国政府", "两国总理", "两国外长", "两国首脑",
              "中外双方", "两国国家元首", "两国政府首脑", "两国间", "两国之间", "双方间"]
SELF_WORDS = ["我国", "我方", "我国政府", "我们"]
# Compound continuations after a run of abbreviations (`中俄两国`, `中美关系`).
ABBR_FOLLOWERS = ("两国", "三国", "四国", "五国", "双方", "三方", "四方", "关系", "之间", "边界", "联合", "友好", "战略",
                  "合作", "首脑", "元首", "领导人", "外长", "总理", "会晤", "会谈", "峰会", "建交", "两党", "政府",
                  "军演", "联合军演", "军事演习", "同盟", "三边", "经贸", "贸易", "伙伴", "冲突", "和谈", "双边",
                  "边境", "人民", "友谊", "第")
NOT_SIDES = {"立方", "地方", "对方", "双方", "各方", "东方", "西方", "北方", "官方", "军方", "警方", "校方", "前方", "后方",
             "上方", "下方", "远方", "一方", "多方", "有方", "大方", "平方", "配方", "药方", "比方", "处方", "秘方"}
ABOVE_NAMED = re.compile(r"上述(\d{1,2}|[一二三四五六七八九十两]{1,3})?(?:个)?国(?:家)?")
NUMERALS = {ch: i for i, ch in enumerate("零一二三四五六七八九十", 0)}


def _count(numeral: Optional[str]) -> int:
    """上述四国 → 4; 上述国家 → 0 (as many as were listed)."""
    if not numeral:
        return 0
    if numeral.isdigit():
        return int(numeral)
    if numeral == "两":
        return 2
    if numeral.startswith("十"):
        return 10 + NUMERALS.get(numeral[1:], 0) if len(numeral) > 1 else 10
    return NUMERALS.get(numeral[0], 0) * (10 if numeral.endswith("十") and len(numeral) == 2 else 1)


# Characters that may follow a short name and are no part of it (普京说, 拉米和).
STOP_AFTER_SHORT_NAME = set("和与同及等说称在将也对向一")
# Common words whose last character is also a country abbreviation (参加, 其中, 可以, 今日).
WORDS_ENDING_IN_ABBR = {"参加", "增加", "更加", "施加", "附加", "追加", "外加", "再加", "其中", "之中", "当中", "集中",
                        "空中", "从中", "暗中", "心中", "手中", "以及", "所以", "可以", "难以", "予以", "加以", "得以",
                        "足以", "用以", "借以", "之日", "今日", "昨日", "明日", "每日", "节日", "平日", "近日", "白俄",
                        "美美", "完美", "欧美", "英美", "南美", "北美", "中美洲"}
CLAUSE_OPENERS = set(",;:，；：。!?！？\n“\"")
# Characters that, right after a title inside one word, make it a body's name (国务委员会, 总统府).
BODY_CHARS = set("会府部院厅处局团室")
NOT_BODY_STARTS = ("会见", "会谈", "会晤", "会同", "会上", "会后", "会前", "会议", "处理", "局势", "团结", "部署", "部分")
# One-character organ words meant after one-character abbreviations only (以军, 美军): after a full
# name `军` is `军队`/`军方`, and `美国军` is rarely a word.
ONE_CHAR_SUFFIXES_FOR_ABBR = {"军"}
# Short titles that follow a one-character surname (`江主席`, `李总理`).
SHORT_TITLES = {"国家主席": "主席", "主席": "主席", "国务院总理": "总理", "总理": "总理", "总统": "总统",
                "首相": "首相", "副总理": "副总理", "外交部长": "部长", "外长": "外长", "委员长": "委员长",
                "总书记": "总书记"}


@dataclass
class Candidate:
    start: int
    end: int
    kind: str  # country|org|person|title|capital|place|pair|self|suffix|abbr_run|abbr_side|abbr_mil
    payload: object

    @property
    def text_len(self) -> int:
        return self.end - self.start


@lru_cache(maxsize=1)
def name_chars() -> dict:
    d = read_yaml("name_chars.yaml")
    return {"translit": set(re.sub(r"\s", "", d["transliteration"])),
            "surnames": set(re.sub(r"\s", "", d["surnames"])),
            "compound": tuple(d["compound_surnames"]),
            "stops": tuple(sorted(d["stop_after_name"], key=len, reverse=True)),
            "capital_acts": tuple(sorted(d["capital_acts"], key=len, reverse=True)),
            "sent_by": tuple(d["sent_by"])}


class ActorRecogniser:
    """Holds the automaton built from one knowledge base (immutable after construction)."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, object]]] = {}

        def add(surface: str, kind: str, payload: object):
            if surface and len(surface) >= 2:
                entries.setdefault(surface, []).append((kind, payload))

        for surface, iso in kb.country_names().items():
            add(surface, "country", iso)
        for surface, org in kb.organisation_names().items():
            add(surface, "org", org)
        for surface, people in kb.people.items():
            add(surface, "person", tuple(people))
        for person in {p for ps in kb.people.values() for p in ps}:
            for role in person.roles:
                short = SHORT_TITLES.get(role.title)
                if short and role.country in ("CHN", "TWN") and 2 <= len(person.name) <= 3:
                    add(person.name[0] + short, "person_short", (person, role))
        for surface, title in kb.titles.items():
            add(surface, "title", title)
        for surface, iso in kb.capitals().items():
            add(surface, "capital", iso)
        for surface in kb.suffixes:
            add(surface, "suffix", surface)
        for surface, place in kb.places.items():
            add(surface, "place", place)
        for surface, members in kb.groups.items():
            add(surface, "group", members)
        for w in PAIR_WORDS:
            add(w, "pair", w)
        for w in SELF_WORDS:
            add(w, "self", w)
        for surface, options in entries.items():
            self.automaton.add_word(surface, (surface, tuple(options)))
        self.automaton.make_automaton()
        self.surfaces = list(entries)

        self.suffixes_by_char: dict[str, tuple[str, ...]] = {}
        for suf in kb.suffixes:
            self.suffixes_by_char[suf[0]] = self.suffixes_by_char.get(suf[0], ()) + (suf,)
        self.one_char_suffixes = {s for s in kb.suffixes if len(s) == 1 and s not in ONE_CHAR_SUFFIXES_FOR_ABBR}
        abbr = kb.abbreviations()
        self.abbr = abbr
        chars = "".join(sorted(re.escape(a) for a in abbr if len(a) == 1))
        self.abbr_run_re = re.compile(f"[{chars}]{{2,5}}(?={'|'.join(ABBR_FOLLOWERS)})")
        self.abbr_any_run_re = re.compile(f"[{chars}]{{2,4}}")
        self.abbr_chars = "".join(sorted(a for a in abbr if len(a) == 1))
        side_chars = "".join(sorted(re.escape(a) for a, isos in abbr.items() if len(a) == 1))
        # 俄方, 美方 (also after 对: 反对美方); 南方/北方 are directions unless the document names the country.
        self.abbr_side_re = re.compile(f"[{side_chars}](?=方)")
        # `俄将始终坚持`, `俄坚决反对`: a bare abbreviation as a clause's subject.
        self.abbr_subject_re = re.compile(f"[{side_chars}](?=将|坚决|愿|始终|一贯|不会|不支持|已经|也将|对此|方面表示|与|同|和|对)")
        self.abbr_mil_re = re.compile(f"(?<![联友我敌])[{side_chars}](?=军(?![事队区委官工备费售火控民]))")

    def _split_before_title(self, text: str, start: int, end: int) -> list[Candidate]:
        """An organisation's name that runs into a title (部 + 长): the country before, the title after."""
        for k in range(start + 1, end):
            found = self.automaton.get(text[k:end + 1], None)
            head = self.automaton.get(text[start:k], None)
            if found and head and any(kind == "title" for kind, _ in found[1]):
                title = next(p for kind, p in found[1] if kind == "title")
                head_kind, head_payload = _prefer(head[1])
                if head_kind == "country":
                    return [Candidate(start, k, "country", head_payload), Candidate(k, end + 1, "title", title)]
        return []

    @staticmethod
    def _inside_longer_name(text: str, start: int, end: int) -> bool:
        translit = name_chars()["translit"]
        return start > 0 and end < len(text) and text[start - 1] in translit and text[end] in translit \
            and text[end] not in STOP_AFTER_SHORT_NAME

    def _suffix_at(self, text: str, pos: int) -> bool:
        return pos < len(text) and any(text.startswith(suf, pos) for suf in self.suffixes_by_char.get(text[pos], ()))

    def _one_char_suffixes(self, text: str, cands: list[Candidate], taken: bytearray,
                           boundaries: Optional[set[int]]) -> list[Candidate]:
        """`中国队`, `巴西队`: a one-character organ word (too short for the automaton) closing a
        country's word; the word must end there, so `中国人民` is no `中国人`."""
        out = []
        for c in cands:
            k = c.end
            if c.kind == "country" and k < len(text) and text[k] in self.one_char_suffixes and not taken[k] \
                    and (boundaries is None or k + 1 in boundaries):
                out.append(Candidate(k, k + 1, "suffix", text[k]))
                taken[k] = 1
        return out

    # ---- matching -------------------------------------------------------
    def organ_word_splits(self, text: str, spans: list[tuple[int, int]]) -> set[int]:
        """Inner word boundaries of tagger words made of a one-character abbreviation and an organ
        (美政府/nt, 俄政府/nt): 美 and 政府 are read apart, as in 日政府."""
        return {s + 1 for s, e in spans
                if e - s >= 3 and text[s] in self.abbr and text[s + 1:e] in self.kb.suffixes}

    def match(self, text: str, boundaries: Optional[set[int]] = None) -> list[Candidate]:
        """Every candidate actor-ish span, non-overlapping, sorted by start."""
        out: list[Candidate] = []
        taken = bytearray(len(text) + 1)
        for end_idx, (surface, options) in self.automaton.iter_long(text):
            start, end = end_idx - len(surface) + 1, end_idx + 1
            kind, payload = _prefer(options)
            if kind == "country" and out and out[-1].end == start and out[-1].kind == "country":
                title = next((p for k, p in options if k == "title"), None)
                if title is not None:  # 文莱苏丹, 阿曼苏丹: after a country, the monarch's title
                    kind, payload = "title", title
            if kind == "org" and text.startswith("长", end):
                split = self._split_before_title(text, start, end)
                if split:  # 中国外交部长唐家璇: 中国 + 外交部长, not 中国外交部 + 长
                    out.extend(split)
                    for i in range(start, end + 1):
                        taken[i] = 1
                    continue
            after_country = bool(out) and out[-1].end == start and out[-1].kind == "country"
            if boundaries is not None and len(surface) <= 2 and not (start in boundaries and end in boundaries) \
                    and not (start in boundaries and (kind == "country" or self._suffix_at(text, end))) \
                    and not (kind == "title" and end in boundaries) \
                    and not (kind == "suffix" and after_country and end in boundaries):
                # inside a longer word, unless a country or an organ opens it (台湾独立, 美国国务院),
                # a title ends it (经济部长) or it is an organ closing a country's word (美国公司/nt)
                continue
            if kind == "org" and boundaries is not None and end not in boundaries and end < len(text):
                continue  # 民主党派: 民主党 runs into a longer word
            if kind == "title" and end < len(text) and text[end] in BODY_CHARS \
                    and not text.startswith(NOT_BODY_STARTS, end):
                continue  # 国务委员会, 总统府: a body's name, not the title inside it (but 国务委员会见)
            if kind == "place" and boundaries is not None and not (start in boundaries and end in boundaries):
                continue  # 大连续, 保定期: a place is a word of its own
            after_title = bool(out) and out[-1].end == start and out[-1].kind in ("title", "country")
            if kind == "person" and len(surface) <= 3 and not after_title and self._inside_longer_name(text, start, end):
                continue  # 拉米 inside 德拉米拉: part of a name the dictionaries do not hold (主席阮春福 is not)
            if kind == "country" and text[max(0, start - 2):start] in ("一个", "两个"):
                continue  # a slogan (“两个中国”, 一个中国原则), not the actor
            out.append(Candidate(start, end, kind, payload))
            for i in range(start, end):
                taken[i] = 1
        out.extend(self._one_char_suffixes(text, out, taken, boundaries))
        if boundaries is not None:
            # 美韩于…, 中美经济工作组: a run of abbreviations that is a word of its own.
            for m in self.abbr_any_run_re.finditer(text):
                s, e = m.start(), m.end()
                # Every character its own token: 美/韩 are abbreviations, 罗斯 and 加沙 are words.
                if all(k in boundaries for k in range(s, e + 1)) and not any(taken[s:e]):
                    out.append(Candidate(s, e, "abbr_run", m.group(0)))
                    for i in range(s, e):
                        taken[i] = 1
        for m in ABOVE_NAMED.finditer(text):  # 上述四国: the countries just listed
            s, e = m.span()
            if not any(taken[s:e]):
                out.append(Candidate(s, e, "above", _count(m.group(1))))
                for i in range(s, e):
                    taken[i] = 1
        for regex, kind, width in ((self.abbr_run_re, "abbr_run", 0), (self.abbr_side_re, "abbr_side", 1),
                                   (self.abbr_mil_re, "abbr_mil", 1), (self.abbr_subject_re, "abbr_subject", 0)):
            for m in regex.finditer(text):
                s, e = m.start(), m.end() + width
                if any(taken[s:e]):
                    continue
                if kind == "abbr_run" and s > 0 and text[s - 1:s + 1] in WORDS_ENDING_IN_ABBR:
                    continue  # 参加中俄…: 加 belongs to 参加
                if kind == "abbr_side" and text[s:e + 1] in NOT_SIDES:
                    continue  # 立方 (cubic), 地方: words, not sides
                if kind == "abbr_subject":
                    kind_here = "abbr_side"
                    if not (s == 0 or text[s - 1] in CLAUSE_OPENERS or text[max(0, s - 2):s] in ("表示", "认为")):
                        continue
                else:
                    kind_here = kind
                out.append(Candidate(s, e, kind_here, m.group(0)))
                for i in range(s, e):
                    taken[i] = 1
        out.sort(key=lambda c: c.start)
        return _outside_titles(text, out)


def _outside_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names inside 《…》 are part of a document's title (《联合国宪章》), not actors."""
    if "《" not in text:
        return cands
    spans = [(m.start(), m.end()) for m in re.finditer(r"《[^》]{1,80}》", text)]
    return [c for c in cands if not any(s <= c.start < e for s, e in spans)]


def _prefer(options: tuple) -> tuple[str, object]:
    """One surface form may name several things: a person beats a title, a country beats a capital."""
    order = ("person", "person_short", "org", "group", "country", "pair", "self", "title", "suffix", "capital",
             "place")
    best = min(options, key=lambda o: order.index(o[0]) if o[0] in order else 99)
    return best
