"""Validate countries.tsv, organisations.tsv, titles.tsv and org_suffixes.tsv.

Standalone on purpose: reads the files with the csv module, not with the KB loader.
"""

import csv
import datetime
import functools
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "jishi" / "data"

SECTORS = set("GOV MIL LEG JUD COP SPY PTY REB BUS MED NGO CVL ELI OPP EDU REL LAB".split())
ORG_CODES = {"UNO", "NAT", "EUR", "ASN", "SCO", "AFR", "ARL", "G7", "G20", "BRC", "IGO", "IMG"}
HISTORICAL_CODES = {"SUN", "YUG", "SCG", "CSK", "DDR"}
KINDS = {"organisation", "group", "seat"}

COLUMNS = {
    "countries.tsv": ["iso3", "iso2", "name", "name_en", "aliases", "abbr", "capital", "start", "end"],
    "organisations.tsv": ["name", "name_en", "aliases", "country", "sector", "kind"],
    "titles.tsv": ["title", "sector", "role"],
    "org_suffixes.tsv": ["suffix", "sector", "kind"],
}


@functools.lru_cache(maxsize=None)
def read_tsv(file_name: str) -> tuple[tuple[str, ...], tuple[dict[str, str], ...]]:
    """The header and rows of a data TSV, skipping `#` comment lines."""
    with open(DATA / file_name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header, *body = list(reader)
    rows = []
    for cells in body:
        assert len(cells) == len(header), f"{file_name}: {cells!r} has {len(cells)} cells"
        rows.append(dict(zip(header, cells)))
    return tuple(header), tuple(rows)


def rows(file_name: str) -> tuple[dict[str, str], ...]:
    return read_tsv(file_name)[1]


def items(cell: str) -> list[str]:
    return [item for item in cell.split("|") if item]


def country_names(row: dict[str, str]) -> list[str]:
    return [row["name"], *items(row["aliases"])]


def country_by_name() -> dict[str, str]:
    return {name: row["iso3"] for row in rows("countries.tsv") for name in country_names(row)}


def org_by_name() -> dict[str, dict[str, str]]:
    return {name: row for row in rows("organisations.tsv") for name in [row["name"], *items(row["aliases"])]}


def known_iso3() -> set[str]:
    return {row["iso3"] for row in rows("countries.tsv")}


def parse_date(text: str) -> datetime.date:
    assert re.fullmatch(r"\d{8}", text), text
    return datetime.date(int(text[:4]), int(text[4:6]), int(text[6:]))


# --- all files -------------------------------------------------------------------------


@pytest.mark.parametrize("file_name", sorted(COLUMNS))
def test_data_header_matches_format(file_name):
    header, _ = read_tsv(file_name)
    assert list(header) == COLUMNS[file_name]


@pytest.mark.parametrize("file_name", sorted(COLUMNS))
def test_data_cells_have_no_stray_whitespace(file_name):
    bad = [(row, key) for row in rows(file_name) for key, value in row.items() if value != value.strip()]
    assert bad == []


@pytest.mark.parametrize("file_name", sorted(COLUMNS))
def test_data_list_cells_have_no_empty_items(file_name):
    bad = [value for row in rows(file_name) for value in row.values() if "||" in value or value.startswith("|") or value.endswith("|")]
    assert bad == []


# --- countries.tsv ---------------------------------------------------------------------


def test_countries_codes_are_well_formed():
    bad = [row["iso3"] for row in rows("countries.tsv") if not re.fullmatch(r"[A-Z]{3}", row["iso3"])]
    bad += [row["iso2"] for row in rows("countries.tsv") if not re.fullmatch(r"([A-Z]{2})?", row["iso2"])]
    assert bad == []


def test_countries_cover_all_iso_entries_and_kosovo():
    with_iso2 = [row for row in rows("countries.tsv") if row["iso2"]]
    assert len(with_iso2) == 249 + 1
    assert {"XKX", "TWN", "HKG", "MAC", "PSE"} <= {row["iso3"] for row in with_iso2}


def test_countries_iso2_and_current_iso3_are_unique():
    iso2 = Counter(row["iso2"] for row in rows("countries.tsv") if row["iso2"])
    current = Counter(row["iso3"] for row in rows("countries.tsv") if not row["end"])
    assert [code for code, n in iso2.items() if n > 1] == []
    assert [code for code, n in current.items() if n > 1] == []


def test_countries_iso3_and_start_are_unique():
    keys = Counter((row["iso3"], row["start"]) for row in rows("countries.tsv"))
    assert [key for key, n in keys.items() if n > 1] == []


def test_countries_dates_are_valid_and_ordered():
    for row in rows("countries.tsv"):
        if row["start"] and row["end"]:
            assert parse_date(row["start"]) <= parse_date(row["end"]), row["iso3"]
        for column in ("start", "end"):
            if row[column]:
                parse_date(row[column])


def test_countries_historical_rows_have_no_iso2_and_an_end():
    historical = [row for row in rows("countries.tsv") if row["iso3"] in HISTORICAL_CODES]
    assert {row["iso3"] for row in historical} == HISTORICAL_CODES
    assert all(row["end"] and row["start"] and not row["iso2"] for row in historical)


def test_countries_no_name_is_used_twice():
    names = Counter(name for row in rows("countries.tsv") for name in country_names(row))
    assert [name for name, n in names.items() if n > 1] == []


def test_countries_abbreviations_are_single_characters():
    bad = [(row["iso3"], abbr) for row in rows("countries.tsv") for abbr in items(row["abbr"]) if len(abbr) != 1]
    assert bad == []


def test_countries_names_are_chinese():
    bad = [name for row in rows("countries.tsv") for name in country_names(row) if not re.search(r"[\u4e00-\u9fff]", name)]
    assert bad == []


@pytest.mark.parametrize("locale", ["zh", "zh_Hant", "zh_Hant_HK"])
def test_countries_cldr_names_agree_with_table(locale):
    """The loader adds CLDR names: none of them may name another country of the table."""
    from babel import Locale

    cldr = Locale.parse(locale).territories
    by_name = country_by_name()
    clashes = [
        (row["iso3"], cldr[row["iso2"]], by_name[cldr[row["iso2"]]])
        for row in rows("countries.tsv")
        if row["iso2"] and by_name.get(cldr[row["iso2"]], row["iso3"]) != row["iso3"]
    ]
    assert clashes == []


def test_countries_file_is_stable_under_regeneration(tmp_path):
    """tools/build_countries.py must keep every curated cell: rerunning it changes nothing."""
    import importlib.util

    script = DATA.parent.parent / "tools" / "build_countries.py"
    spec = importlib.util.spec_from_file_location("build_countries", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    copy = tmp_path / "countries.tsv"
    copy.write_text((DATA / "countries.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    assert module.main(["--check", "--path", str(copy)]) == 0


def test_countries_names_do_not_clash_with_organisations():
    assert set(country_by_name()) & set(org_by_name()) == set()


# --- organisations.tsv -----------------------------------------------------------------


def test_organisations_codes_are_org_codes_or_known_iso3():
    allowed = ORG_CODES | known_iso3()
    assert [row["name"] for row in rows("organisations.tsv") if row["country"] not in allowed] == []


def test_organisations_sectors_and_kinds_are_allowed():
    bad = [row["name"] for row in rows("organisations.tsv") if row["sector"] not in SECTORS or row["kind"] not in KINDS]
    assert bad == []


def test_organisations_no_name_is_used_twice():
    names = Counter(name for row in rows("organisations.tsv") for name in [row["name"], *items(row["aliases"])])
    assert [name for name, n in names.items() if n > 1] == []


def test_organisations_every_row_has_an_english_name():
    assert [row["name"] for row in rows("organisations.tsv") if not row["name_en"]] == []


def test_organisations_armed_groups_are_rebels():
    imgs = [row for row in rows("organisations.tsv") if row["country"] == "IMG"]
    assert imgs and all(row["sector"] == "REB" and row["kind"] == "group" for row in imgs)


# --- titles.tsv and org_suffixes.tsv ---------------------------------------------------


@pytest.mark.parametrize("file_name, key", [("titles.tsv", "title"), ("org_suffixes.tsv", "suffix")])
def test_data_keys_are_unique(file_name, key):
    counts = Counter(row[key] for row in rows(file_name))
    assert [value for value, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("file_name", ["titles.tsv", "org_suffixes.tsv"])
def test_data_sectors_are_allowed(file_name):
    assert [row for row in rows(file_name) if row["sector"] not in SECTORS] == []


def test_titles_roles_are_english():
    assert [row["title"] for row in rows("titles.tsv") if not re.fullmatch(r"[a-zA-Z][a-zA-Z -]*", row["role"])] == []


def test_org_suffixes_kinds_are_allowed():
    assert [row["suffix"] for row in rows("org_suffixes.tsv") if row["kind"] not in KINDS] == []


# --- spot checks -----------------------------------------------------------------------

COUNTRY_SPOT_CHECKS = [
    ("中国", "CHN"), ("中华人民共和国", "CHN"), ("俄罗斯", "RUS"), ("俄罗斯联邦", "RUS"),
    ("美国", "USA"), ("美利坚合众国", "USA"), ("英国", "GBR"), ("大不列颠及北爱尔兰联合王国", "GBR"),
    ("韩国", "KOR"), ("大韩民国", "KOR"), ("朝鲜", "PRK"), ("朝鲜民主主义人民共和国", "PRK"),
    ("日本国", "JPN"), ("印尼", "IDN"), ("沙特", "SAU"), ("沙特阿拉伯王国", "SAU"), ("阿联酋", "ARE"),
    ("波黑", "BIH"), ("科索沃", "XKX"), ("台湾", "TWN"), ("香港", "HKG"), ("澳门", "MAC"),
    ("巴勒斯坦", "PSE"), ("蒙古国", "MNG"), ("孟加拉国", "BGD"), ("吉尔吉斯斯坦", "KGZ"),
    ("苏联", "SUN"), ("前苏联", "SUN"), ("南斯拉夫", "YUG"), ("南联盟", "YUG"), ("塞黑", "SCG"),
    ("塞尔维亚和黑山", "SCG"), ("捷克斯洛伐克", "CSK"), ("东德", "DDR"), ("民主德国", "DDR"),
    ("扎伊尔", "COD"), ("澳大利亚", "AUS"),
]


@pytest.mark.parametrize("name, iso3", COUNTRY_SPOT_CHECKS)
def test_countries_name_resolves_to_code(name, iso3):
    assert country_by_name()[name] == iso3


ABBR_SPOT_CHECKS = [
    ("华", {"CHN"}), ("中", {"CHN"}), ("俄", {"RUS"}), ("美", {"USA"}), ("以", {"ISR"}),
    ("巴", {"PAK", "PSE", "BRA"}), ("伊", {"IRN", "IRQ"}), ("印", {"IND"}), ("马", {"MYS"}),
    ("斯", {"LKA"}), ("立", {"LTU"}), ("贝", {"BEN"}), ("台", {"TWN"}), ("港", {"HKG"}),
    ("南", {"ZAF", "YUG"}), ("苏", {"SUN"}),
]


@pytest.mark.parametrize("abbr, codes", ABBR_SPOT_CHECKS)
def test_countries_abbreviation_resolves_to_codes(abbr, codes):
    found = {row["iso3"] for row in rows("countries.tsv") if abbr in items(row["abbr"])}
    assert found == codes


CAPITAL_SPOT_CHECKS = [("RUS", "莫斯科"), ("USA", "华盛顿"), ("KOR", "汉城"), ("DEU", "波恩"), ("PAK", "伊斯兰堡")]


@pytest.mark.parametrize("iso3, capital", CAPITAL_SPOT_CHECKS)
def test_countries_capital_is_listed(iso3, capital):
    current = {row["iso3"]: items(row["capital"]) for row in rows("countries.tsv") if not row["end"]}
    assert capital in current[iso3]


ORG_SPOT_CHECKS = [
    ("安理会", "UNO", "GOV"), ("联大", "UNO", "GOV"), ("世卫组织", "UNO", "GOV"), ("国际原子能机构", "UNO", "GOV"),
    ("教科文组织", "UNO", "GOV"), ("国际法院", "UNO", "JUD"), ("北约", "NAT", "GOV"),
    ("北大西洋公约组织", "NAT", "GOV"), ("欧洲联盟", "EUR", "GOV"), ("欧洲议会", "EUR", "LEG"),
    ("东盟地区论坛", "ASN", "GOV"), ("上合组织", "SCO", "GOV"), ("上海五国", "IGO", "GOV"),
    ("非统组织", "AFR", "GOV"), ("阿拉伯国家联盟", "ARL", "GOV"), ("西方七国", "G7", "GOV"),
    ("二十国集团", "G20", "GOV"), ("金砖国家", "BRC", "GOV"), ("亚太经合组织", "IGO", "GOV"),
    ("伊斯兰会议组织", "IGO", "GOV"), ("伊斯兰国", "IMG", "REB"), ("基地组织", "IMG", "REB"),
    ("哈马斯", "PSE", "REB"), ("胡塞武装", "YEM", "REB"), ("塔利班", "AFG", "REB"),
    ("民进党", "TWN", "PTY"), ("国民党", "TWN", "PTY"), ("台湾当局", "TWN", "GOV"),
    ("外交部", "CHN", "GOV"), ("国台办", "CHN", "GOV"), ("中央军委", "CHN", "MIL"),
    ("全国人大常委会", "CHN", "LEG"), ("五角大楼", "USA", "MIL"), ("克里姆林宫", "RUS", "GOV"),
    ("香港特区政府", "HKG", "GOV"),
]


@pytest.mark.parametrize("name, code, sector", ORG_SPOT_CHECKS)
def test_organisations_name_resolves_to_code_and_sector(name, code, sector):
    row = org_by_name()[name]
    assert (row["country"], row["sector"]) == (code, sector)


TITLE_SPOT_CHECKS = [
    ("国家主席", "GOV", "head of state"), ("首相", "GOV", "head of government"), ("国务卿", "GOV", "foreign minister"),
    ("防长", "MIL", "defence minister"), ("议长", "LEG", "legislature speaker"), ("总书记", "PTY", "party leader"),
    ("外交部发言人", "GOV", "spokesperson"), ("国王", "GOV", "monarch"),
]


@pytest.mark.parametrize("title, sector, role", TITLE_SPOT_CHECKS)
def test_titles_title_has_sector_and_role(title, sector, role):
    found = {row["title"]: (row["sector"], row["role"]) for row in rows("titles.tsv")}
    assert found[title] == (sector, role)


SUFFIX_SPOT_CHECKS = [("政府", "GOV"), ("外交部", "GOV"), ("国防部", "MIL"), ("军", "MIL"), ("议会", "LEG"),
                      ("警方", "COP"), ("最高法院", "JUD"), ("反对派", "OPP"), ("民众", "CVL")]


@pytest.mark.parametrize("suffix, sector", SUFFIX_SPOT_CHECKS)
def test_org_suffixes_suffix_has_sector(suffix, sector):
    found = {row["suffix"]: row["sector"] for row in rows("org_suffixes.tsv")}
    assert found[suffix] == sector
