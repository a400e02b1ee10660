"""Every file of jishi/data/ loads through the project's loaders and passes its schema checks
(docs/data-formats.md): codes, sectors, 8-digit dates, no overlaps, no duplicate names."""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict

import pytest
import yaml

from jishi.actors.kb import (ORG_CODES, SECTORS, load_countries, load_organisations, load_people, load_suffixes,
                             load_titles)
from jishi.codes import load_cameo
from jishi.data import DATA_DIR, data_files, read_tsv, split_list
from jishi.events.codebook import load_codebook
from jishi.time.words import load_time_words

DOC_SECTORS = set("GOV MIL LEG JUD COP SPY PTY REB BUS MED NGO CVL ELI OPP EDU REL HLH".split())
HAN = re.compile(r"^[\u3400-\u9fff·]+$")
# Person names: hanzi, the middle dot of transliterations, the hyphen of double names (杜斯特-布拉齐).
PERSON_NAME = re.compile(r"^[\u3400-\u9fff·]+(?:-[\u3400-\u9fff·]+)*$")
# Offices that had two holders at once: Cambodia's first and second prime ministers, 1993-1998.
SHARED_OFFICES = {("KHM", "head of government")}

# Every file and the check that covers it: a new data file must be added here.
KNOWN_FILES = {"abbreviations.yaml", "cameo.tsv", "countries.tsv", "country_groups.tsv", "cues.yaml", "legacy_glyphs.tsv", "name_chars.yaml", "org_heads.tsv",
               "org_suffixes.tsv",
               "organisations.tsv", "people_chn.tsv", "people_defence.tsv", "people_more.tsv", "people_spokespersons.tsv",
               "people_world.tsv", "places.tsv", "tag_fixes.tsv", "time_words.yaml", "titles.tsv",
               "triggers.yaml"}
PEOPLE_FILES = ["people_chn.tsv", "people_defence.tsv", "people_more.tsv", "people_spokespersons.tsv", "people_world.tsv"]


def _rows(name):
    return list(read_tsv(name))


def _duplicates(values):
    return sorted(v for v, n in Counter(values).items() if n > 1)


@pytest.fixture(scope="module")
def countries():
    return load_countries()


@pytest.fixture(scope="module")
def cameo():
    return load_cameo()


def test_data_every_file_is_known():
    present = {f for f in os.listdir(DATA_DIR) if f.endswith((".tsv", ".yaml", ".yml"))}
    assert present == KNOWN_FILES


def test_data_abbreviation_defaults_are_readings_of_their_character(countries):
    from jishi.actors.kb import abbreviation_defaults
    defaults = abbreviation_defaults()
    assert defaults["巴"] == "PAK"
    for abbr, iso in defaults.items():
        assert abbr in countries[iso].abbr, abbr


def test_data_country_groups_name_known_countries(countries):
    from jishi.actors.kb import load_groups
    groups = load_groups()
    assert groups["波罗的海三国"] == ("EST", "LVA", "LTU")
    for name, members in groups.items():
        assert len(members) >= 2 and len(set(members)) == len(members), name
        assert set(members) <= set(countries), name


def test_data_countries_schema(countries):
    rows = _rows("countries.tsv")
    assert len(countries) >= 249
    for lineno, row in rows:
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), lineno
        assert re.fullmatch(r"[A-Z]{2}|", row["iso2"]), lineno
        assert row["name"] and row["name_en"], lineno
        assert all(re.fullmatch(r"\d{8}", row[c]) for c in ("start", "end") if row[c]), lineno
        assert not (row["start"] and row["end"]) or row["start"] <= row["end"], lineno
    assert {"CHN", "RUS", "USA", "TWN", "HKG", "MAC", "PSE", "XKX", "SUN", "YUG"} <= set(countries)
    assert (countries["RUS"].name, countries["CHN"].name, countries["TWN"].name) == ("俄罗斯", "中国", "台湾")
    assert "俄" in countries["RUS"].abbr and "莫斯科" in countries["RUS"].capitals


def test_data_countries_no_duplicate_names(countries):
    rows = _rows("countries.tsv")
    assert _duplicates(r["iso2"] for _, r in rows if r["iso2"]) == []
    # one code may have several rows (eras of YUG), one name may not belong to two codes
    owners = defaultdict(set)
    for _, r in rows:
        for n in [r["name"], *split_list(r["aliases"])]:
            owners[n].add(r["iso3"])
    assert {n: sorted(c) for n, c in owners.items() if len(c) > 1} == {}


def test_data_organisations_schema(countries):
    orgs = load_organisations()
    assert len(orgs) >= 50
    bad = [(o.name, o.country, o.sector, o.kind) for o in orgs
           if not (o.country in ORG_CODES or o.country in countries) or o.sector not in SECTORS
           or o.kind not in ("organisation", "group", "seat")]
    assert bad == []
    names = [n for o in orgs for n in {o.name, *o.names}]
    assert _duplicates(names) == []
    by_name = {o.name: o for o in orgs}
    assert by_name["联合国"].country == "UNO"
    assert all(o.country == "NAT" for o in orgs if o.name == "北约" or "北约" in o.names)


@pytest.mark.parametrize("name", PEOPLE_FILES)
def test_data_people_schema(name, countries):
    rows = _rows(name)
    assert rows
    bad = []
    for lineno, r in rows:
        ok = (PERSON_NAME.match(r["name"]) and (r["country"] in countries or r["country"] in ORG_CODES) and r["sector"] in DOC_SECTORS and r["role"]
              and re.fullmatch(r"\d{8}", r["start"]) and re.fullmatch(r"\d{8}|", r["end"])
              and (not r["end"] or r["start"] <= r["end"]))
        if not ok:
            bad.append((lineno, r["name"], r["country"], r["sector"], r["start"], r["end"]))
    assert bad == []


@pytest.mark.parametrize("name", PEOPLE_FILES)
def test_data_people_no_overlapping_rows(name):
    spans = defaultdict(list)
    for lineno, r in _rows(name):
        spans[(r["name"], r["name_en"], r["country"], r["role"])].append((r["start"], r["end"] or "99999999", lineno))
    overlaps = []
    for key, rows in spans.items():
        rows.sort()
        for (s1, e1, l1), (s2, e2, l2) in zip(rows, rows[1:]):
            if s2 < e1:  # touching on one handover day is allowed
                overlaps.append((key[0], key[3], l1, l2))
    assert overlaps == []


@pytest.mark.parametrize("name", PEOPLE_FILES)
def test_data_people_no_duplicate_rows(name):
    rows = [(r["name"], r["name_en"], r["role"], r["start"]) for _, r in _rows(name)]
    assert _duplicates(rows) == []


def test_data_people_one_office_one_holder():
    """Two different people never hold one country's head-of-state (or -government) role for more than a day."""
    holders = defaultdict(list)
    for name in PEOPLE_FILES:
        for _, r in _rows(name):
            if r["role"] in ("head of state", "head of government") and r["sector"] == "GOV" and \
                    (r["country"], r["role"]) not in SHARED_OFFICES:
                holders[(r["country"], r["role"])].append((r["start"], r["end"] or "99999999", r["name"]))
    clashes = []
    for key, rows in holders.items():
        rows.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(rows, rows[1:]):
            if n1 != n2 and s2 < e1:
                clashes.append((key, n1, n2, s2, e1))
    assert clashes == []


@pytest.mark.parametrize("name,day,role,country", [
    ("江泽民", "19981123", "head of state", "CHN"),
    ("叶利钦", "19981123", "head of state", "RUS"),
    ("普京", "19990820", "head of government", "RUS"),
    ("普京", "20010615", "head of state", "RUS"),
    ("朱镕基", "19990601", "head of government", "CHN"),
    ("扎哈罗娃", "20220301", "spokesperson", "RUS"),
    ("岸信夫", "20210601", "defence minister", "JPN"),
    ("滨田靖一", "20230101", "defence minister", "JPN"),
])
def test_data_people_dated_roles(name, day, role, country):
    [person] = load_people()[name][:1]
    held = person.role_on(day)
    assert (held.role, held.country) == (role, country)


def test_data_org_heads_schema():
    from jishi.actors.compounds import org_heads
    rows = _rows("org_heads.tsv")
    assert _duplicates(r["head"] for _, r in rows) == []
    for lineno, row in rows:
        assert HAN.match(row["head"]) and row["sector"] in DOC_SECTORS and row["alone"] in ("", "no"), lineno
    assert org_heads()["协会"] == "NGO"


def test_data_places_schema(countries):
    from jishi.actors.kb import PLACE_KINDS, load_places
    rows = _rows("places.tsv")
    surfaces = [x for _, r in rows for x in [r["name"], *split_list(r["aliases"])]]
    assert _duplicates(surfaces) == []
    for lineno, row in rows:
        assert row["kind"] in PLACE_KINDS, lineno
        assert row["country"] == "" or row["country"] in countries, lineno
        assert all(HAN.match(x) and len(x) >= 2 for x in [row["name"], *split_list(row["aliases"])]), lineno
    places = load_places()
    assert places["广州"].name == "广州市" and places["广州"].country == "CHN"
    assert places["中东"].country == "" and places["中东"].kind == "region"


def test_data_tag_fixes_schema():
    from jishi.text.tokens import load_tag_fixes
    rows = _rows("tag_fixes.tsv")
    assert _duplicates(r["word"] for _, r in rows) == []
    for lineno, row in rows:
        assert HAN.match(row["word"]) and row["tag"] in {"n", "v", "a"}, lineno
    assert load_tag_fixes()["城市"] == "n"


def test_data_titles_and_suffixes():
    titles = load_titles()
    rows = _rows("titles.tsv")
    assert _duplicates(r["title"] for _, r in rows) == []
    assert [t.title for t in titles.values() if t.sector not in SECTORS] == []
    assert (titles["国家主席"].role, titles["总统"].sector, titles["外长"].role) == \
        ("head of state", "GOV", "foreign minister")
    suffixes = load_suffixes()
    assert _duplicates(r["suffix"] for _, r in _rows("org_suffixes.tsv")) == []
    assert [s for s, (sector, kind) in suffixes.items()
            if sector not in SECTORS or kind not in ("organisation", "group")] == []
    assert suffixes["外交部"] == ("GOV", "organisation")


def test_data_cameo_table(cameo):
    assert len(cameo) >= 280
    quad = {"01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3, "11": 3,
            "12": 3, "13": 3, "14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4}
    assert [c.code for c in cameo.values() if c.quad_class != quad[c.root] or not -10 <= c.goldstein <= 10] == []
    assert {r + "0" for r in quad} <= set(cameo)
    assert (cameo["043"].goldstein, cameo["042"].plover, cameo["010"].plover) == \
        (2.8, {"type": "CONSULT", "mode": "visit"}, None)


def test_data_trigger_codes_exist(cameo):
    book = load_codebook()
    assert len(book.rules) >= 20
    codes = {r.code for r in book.rules} | {r.future for r in book.rules if r.future} | \
        {r.escalate_code for r in book.rules if r.escalate_code}
    assert sorted(codes - set(cameo)) == []
    assert [r.words for r in book.rules if not r.words] == []
    assert book.modality_by_root["03"] == "future"
    assert "不" in book.cues.negation and "将" in book.cues.future


def test_data_trigger_words_are_unique_per_code():
    raw = yaml.safe_load(open(os.path.join(DATA_DIR, "triggers.yaml"), encoding="utf-8"))
    pairs = [(str(r["code"]), r.get("frame", "svo"), w, tuple(r.get("needs", ())), tuple(r.get("needs_after", ())))
             for r in raw["rules"] for w in r["words"]]
    assert _duplicates(pairs) == []


def test_data_time_words():
    words = load_time_words()
    assert (words.relative["明年"].unit, words.relative["明年"].offset) == ("year", 1)
    assert (words.relative["昨天"].unit, words.relative["昨天"].offset) == ("day", -1)
    assert words.seasons["春天"] == "SP"


def test_data_legacy_glyphs():
    rows = _rows("legacy_glyphs.tsv")
    assert rows and _duplicates(r["notation"] for _, r in rows) == []
    bad = [r for _, r in rows if not re.fullmatch(r"（\S{2,3}）", r["notation"]) or len(r["char"]) != 1]
    assert bad == []
    assert {r["notation"]: r["char"] for _, r in rows}["（钅容）"] == "镕"


def test_data_name_chars_yaml():
    data = yaml.safe_load(open(os.path.join(DATA_DIR, "name_chars.yaml"), encoding="utf-8"))
    assert set(data) == {"transliteration", "surnames", "compound_surnames", "stop_after_name", "capital_acts",
                         "sent_by"}
    assert data["sent_by"] and all(HAN.match(w) for w in data["sent_by"])
    for key in ("transliteration", "surnames"):
        chars = data[key].replace(" ", "")
        assert HAN.match(chars), key
        assert _duplicates(chars) == [], key
    assert all(len(s) == 2 and HAN.match(s) for s in data["compound_surnames"])
    assert _duplicates(data["stop_after_name"]) == []
    assert _duplicates(data["capital_acts"]) == [] and all(HAN.match(w) for w in data["capital_acts"])
    assert "叶" in data["transliteration"] and "王" in data["surnames"]


def test_data_files_glob_finds_both_people_tables():
    assert [os.path.basename(p) for p in data_files("people*.tsv")] == PEOPLE_FILES
