"""The CAMEO table: whole-table validation and known values from the codebook."""
import pytest

from jishi.codes import ROOTS, CameoCode, load_cameo, lookup, root_of

EXPECTED_QUAD_OF_ROOT = {
    **{r: 0 for r in ("01", "02")},
    **{r: 1 for r in ("03", "04", "05")},
    **{r: 2 for r in ("06", "07", "08")},
    **{r: 3 for r in ("09", "10", "11", "12", "13")},
    **{r: 4 for r in ("14", "15", "16", "17", "18", "19", "20")},
}

# Codes per root in the CAMEO 1.1b3 codebook (3- and 4-digit codes).
EXPECTED_CODES_PER_ROOT = {
    "01": 10, "02": 27, "03": 28, "04": 7, "05": 8, "06": 5, "07": 6, "08": 25, "09": 5, "10": 27,
    "11": 12, "12": 26, "13": 22, "14": 26, "15": 6, "16": 13, "17": 13, "18": 14, "19": 9, "20": 7,
}

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_codes_table_has_every_code_of_the_codebook():
    counts = {}
    for code in load_cameo():
        counts[code[:2]] = counts.get(code[:2], 0) + 1
    assert counts == EXPECTED_CODES_PER_ROOT
    assert len(load_cameo()) == 296


def test_codes_every_code_is_three_or_four_digits_under_a_known_root():
    bad = [c for c in load_cameo() if not (c.isdigit() and len(c) in (3, 4) and c[:2] in ROOTS)]
    assert bad == []


def test_codes_keys_match_entries():
    assert [c for c, e in load_cameo().items() if e.code != c or e.root != c[:2]] == []


def test_codes_four_digit_codes_have_their_three_digit_parent():
    table = load_cameo()
    assert [c for c in table if len(c) == 4 and c[:3] not in table] == []


def test_codes_every_root_has_its_residual_code():
    table = load_cameo()
    assert [r for r in ROOTS if r + "0" not in table] == []


def test_codes_quad_class_follows_the_root():
    wrong = [(c, e.quad_class) for c, e in load_cameo().items() if e.quad_class != EXPECTED_QUAD_OF_ROOT[e.root]]
    assert wrong == []


def test_codes_goldstein_within_scale():
    assert [c for c, e in load_cameo().items() if not -10.0 <= e.goldstein <= 10.0] == []


def test_codes_names_are_present():
    assert [c for c, e in load_cameo().items() if not e.name.strip()] == []


def test_codes_plover_null_only_for_roots_01_and_02():
    table = load_cameo()
    assert [c for c, e in table.items() if (e.plover is None) != (e.root in ("01", "02"))] == []
    assert {e.plover_type for e in table.values() if e.plover_type} <= PLOVER_TYPES
    assert [c for c, e in table.items() if e.plover_mode and not e.plover_type] == []


@pytest.mark.parametrize("code, name, quad_class, goldstein, plover_type, plover_mode", [
    ("010", "Make statement", 0, 0.0, "", ""),
    ("016", "Deny responsibility", 0, -2.0, "", ""),
    ("020", "Make an appeal or request", 0, 3.0, "", ""),
    ("026", "Appeal to others to meet or negotiate", 0, 4.0, "", ""),
    ("0214", "Appeal for intelligence", 0, 3.4, "", ""),
    ("030", "Express intent to cooperate", 1, 4.0, "AGREE", ""),
    ("0311", "Express intent to cooperate economically", 1, 5.2, "AGREE", ""),
    ("036", "Express intent to meet or negotiate", 1, 4.0, "AGREE", ""),
    ("040", "Consult", 1, 1.0, "CONSULT", ""),
    ("041", "Discuss by telephone", 1, 1.0, "CONSULT", "phone"),
    ("042", "Make a visit", 1, 1.9, "CONSULT", "visit"),
    ("043", "Host a visit", 1, 2.8, "CONSULT", "visit"),
    ("044", "Meet at a 'third' location", 1, 2.5, "CONSULT", "third-party"),
    ("046", "Engage in negotiation", 1, 7.0, "CONSULT", ""),
    ("051", "Praise or endorse", 1, 3.4, "SUPPORT", ""),
    ("054", "Grant diplomatic recognition", 1, 6.0, "SUPPORT", ""),
    ("057", "Sign formal agreement", 1, 8.0, "SUPPORT", ""),
    ("062", "Cooperate militarily", 2, 7.4, "COOPERATE", ""),
    ("071", "Provide economic aid", 2, 7.4, "AID", ""),
    ("081", "Ease administrative sanctions", 2, 5.0, "CONCEDE", ""),
    ("0841", "Return, release person(s)", 2, 7.0, "RETREAT", "release"),
    ("0874", "Retreat or surrender militarily", 2, 10.0, "RETREAT", "disarm"),
    ("091", "Investigate crime, corruption", 3, -2.0, "ACCUSE", "investigate"),
    ("100", "Demand", 3, -5.0, "REQUEST", ""),
    ("1053", "Demand release of persons or property", 3, -5.0, "REQUEST", "yield"),
    ("111", "Criticize or denounce", 3, -2.0, "ACCUSE", "disapprove"),
    ("112", "Accuse", 3, -2.0, "ACCUSE", "disapprove"),
    ("114", "Complain officially", 3, -2.0, "ACCUSE", "allege"),
    ("120", "Reject", 3, -4.0, "REJECT", ""),
    ("125", "Reject proposal to meet, discuss, or negotiate", 3, -5.0, "REJECT", "meet"),
    ("130", "Threaten", 3, -4.4, "THREATEN", ""),
    ("138", "Threaten with military force", 3, -7.0, "THREATEN", "violence"),
    ("141", "Demonstrate or rally", 4, -6.5, "PROTEST", "demo"),
    ("154", "Mobilize or increase armed forces", 4, -7.2, "MOBILIZE", "troops"),
    ("161", "Reduce or break diplomatic relations", 4, -4.0, "SANCTION", "withdraw"),
    ("163", "Impose embargo, boycott, or sanctions", 4, -8.0, "COERCE", "restrict"),
    ("173", "Arrest, detain, or charge with legal action", 4, -5.0, "COERCE", "arrest"),
    ("1823", "Kill by physical assault", 4, -10.0, "ASSAULT", ""),
    ("190", "Use conventional military force", 4, -10.0, "ASSAULT", ""),
    ("191", "Impose blockade, restrict movement", 4, -9.5, "COERCE", "restrict"),
    ("2042", "Detonate nuclear weapons", 4, -10.0, "ASSAULT", "unconventional"),
])
def test_codes_known_values(code, name, quad_class, goldstein, plover_type, plover_mode):
    assert lookup(code) == CameoCode(code, name, code[:2], quad_class, goldstein, plover_type, plover_mode)


@pytest.mark.parametrize("code, expected", [
    ("042", {"type": "CONSULT", "mode": "visit"}),
    ("036", {"type": "AGREE", "mode": None}),
    ("112", {"type": "ACCUSE", "mode": "disapprove"}),
    ("010", None),
    ("0231", None),
])
def test_codes_plover_property(code, expected):
    assert lookup(code).plover == expected


@pytest.mark.parametrize("code, root", [("043", "04"), ("0311", "03"), ("2042", "20"), (" 111 ", "11"), ("19", "19")])
def test_codes_root_of(code, root):
    assert root_of(code) == root


@pytest.mark.parametrize("code", ["", "4", "21", "00", "211", "04a", "12345"])
def test_codes_root_of_rejects_malformed(code):
    with pytest.raises(ValueError, match="not a CAMEO code"):
        root_of(code)


@pytest.mark.parametrize("code", ["43", "047", "1213", "0215", "999", "abc"])
def test_codes_lookup_unknown_raises_keyerror_naming_the_code(code):
    with pytest.raises(KeyError, match=f"unknown CAMEO 1.1b3 code '{code}'"):
        lookup(code)


def test_codes_lookup_strips_blanks():
    assert lookup(" 043 ").code == "043"


def test_codes_table_is_read_only_and_cached():
    table = load_cameo()
    assert load_cameo() is table
    with pytest.raises(TypeError):
        table["999"] = table["010"]  # type: ignore[index]
