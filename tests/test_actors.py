"""The actor stage: recognition (pure match) and resolution on a date."""
import pytest

from jishi.actors.kb import default_kb
from jishi.actors.recognise import ActorRecogniser
from jishi.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _resolve(pipeline, text, date):
    doc = pipeline.code_document(text, date)
    return [(m.text, a.name, a.kind, a.country, a.sector, a.role) for m in doc.actors for a in m.actors()]


@pytest.mark.parametrize("text, date, expected", [
    # apposition: country + title + name, title + name, name + title
    ("俄罗斯总统叶利钦", "1998-11-23", ("俄罗斯总统叶利钦", "叶利钦", "person", "RUS", "GOV", "head of state")),
    ("国家主席江泽民", "1998-11-23", ("国家主席江泽民", "江泽民", "person", "CHN", "GOV", "head of state")),
    ("叶利钦总统", "1998-11-23", ("叶利钦总统", "叶利钦", "person", "RUS", "GOV", "head of state")),
    # surname + short title
    ("江主席", "1998-11-23", ("江主席", "江泽民", "person", "CHN", "GOV", "head of state")),
    # a person unknown to the dictionaries, introduced with country and title, is learned
    ("泰国外长素林", "2001-05-01", ("泰国外长素林", "素林", "person", "THA", "GOV", "foreign minister")),
    # the legacy component notation is repaired before matching
    ("朱（钅容）基总理", "1998-11-23", ("朱镕基总理", "朱镕基", "person", "CHN", "GOV", "head of government")),
    # a country's organ
    ("美国国务院", "2020-01-01", ("美国国务院", "美国国务院", "organisation", "USA", "GOV", None)),
    # abbreviations
    ("俄方", "1998-11-23", ("俄方", "俄罗斯", "country", "RUS", "GOV", None)),
    ("美军", "2003-03-20", ("美军", "美国军队", "group", "USA", "MIL", None)),
    # an abbreviation and an organ that the tagger writes as one word (美政府/nt)
    ("美政府表示", "2022-03-15", ("美政府", "美国", "country", "USA", "GOV", None)),
    # a person learned under an international body's title takes its code
    ("世界卫生组织总干事中岛宏19日", "1998-01-22", ("世界卫生组织总干事中岛宏", "中岛宏", "person", "UNO", "GOV",
                                            "director-general")),
    # international organisations carry the codes of spec section 2
    ("东盟地区论坛", "1998-07-27", ("东盟地区论坛", "东盟地区论坛", "organisation", "ASN", "GOV", None)),
    ("北约", "1999-04-01", ("北约", "北约", "organisation", "NAT", "GOV", None)),
])
def test_actors_resolve_single_mention(pipeline, text, date, expected):
    assert _resolve(pipeline, text, date)[0] == expected


@pytest.mark.parametrize("name, date, role, country", [
    ("普京", "1999-09-01", "head of government", "RUS"),
    ("普京", "2001-06-01", "head of state", "RUS"),
    ("江泽民", "1992-01-01", "general secretary", "CHN"),
    ("江泽民", "1998-11-23", "head of state", "CHN"),
])
def test_actors_role_depends_on_date(pipeline, name, date, role, country):
    actor = pipeline.code_document(name, date).actors[0].actor
    assert (actor.role, actor.country) == (role, country)


@pytest.mark.parametrize("text, members", [
    ("中俄两国领导人", ["CHN", "RUS"]),
    ("巴以冲突双方", ["PSE", "ISR"]),
    ("中美关系", ["CHN", "USA"]),
])
def test_actors_abbreviation_compounds(pipeline, text, members):
    m = pipeline.code_document(text, "2000-01-01").actors[0]
    assert [a.country for a in m.actors()] == members


def test_actors_pair_words_resolve_to_recent_two_countries(pipeline):
    doc = pipeline.code_document("马来西亚和印度尼西亚外长举行会谈。两国表示关切。", "2021-10-19")
    pair = next(m for m in doc.actors if m.text == "两国")
    assert sorted(a.country for a in pair.actors()) == ["IDN", "MYS"]


def test_actors_spokesperson_turn_speaks_for_china(pipeline):
    doc = pipeline.code_document("法新社记者：美方宣布了新措施。\n汪文斌：我们坚决反对。", "2021-01-15")
    assert [(a.country, a.kind) for _, _, a in doc.speakers] == [("CHN", "country")]
    self_mention = next(m for m in doc.actors if m.text == "我们")
    assert self_mention.actor.country == "CHN"


@pytest.mark.parametrize("text", ["一个中国原则", "不支持“两个中国”", "《联合国宪章》"])
def test_actors_slogans_and_titles_are_not_actors(pipeline, text):
    assert [m.actor.country for m in pipeline.code_document(text, "1998-11-23").actors] == []


def test_actors_match_is_pure_and_sorted():
    rec = ActorRecogniser(default_kb())
    text = "国家主席江泽民和俄罗斯总统叶利钦在莫斯科举行会晤"
    first = rec.match(text)
    assert [(c.start, c.end, c.kind) for c in first] == [(c.start, c.end, c.kind) for c in rec.match(text)]
    assert [text[c.start:c.end] for c in first] == ["国家主席", "江泽民", "俄罗斯", "总统", "叶利钦", "莫斯科"]


@pytest.mark.parametrize("text, expected", [
    # a one-character organ word closing a country's word
    ("中国队击败巴西队", [("中国队", "organ", "CHN", "CVL"), ("巴西队", "organ", "BRA", "CVL")]),
    ("美国公司表示", [("美国公司", "organ", "USA", "BUS")]),
    # a country, nouns, a head word: one body of that country, the country no actor of its own
    ("中国佛教协会副会长", [("中国佛教协会", "body", "CHN", "NGO")]),
    ("美国朗讯科技公司与丹麦电视台", [("美国朗讯科技公司", "body", "USA", "BUS"), ("丹麦电视台", "body", "DNK", "MED")]),
    ("北京军区", [("北京军区", "body", "CHN", "MIL")]),
    # a place of the gazetteer opens it: that place's country
    ("武汉杂技团", [("武汉杂技团", "body", "CHN", "CVL")]),
    # a place only the tagger knows: a body with no country, no party to events
    ("太岳区党委", [("太岳区党委", "unplaced", None, "PTY")]),
])
def test_actors_bodies_named_by_place_and_head(pipeline, text, expected):
    doc = pipeline.code_document(text, "1998-01-10")
    got = [(m.text, m.via, m.actor.country, m.actor.sector) for m in doc.actors if m.via != "segmenter"]
    assert got == expected


@pytest.mark.parametrize("text", ["中国人民", "美国打击伊拉克", "上市公司", "削弱东盟中心地位"])
def test_actors_bodies_need_a_name_before_the_head(pipeline, text):
    doc = pipeline.code_document(text, "1998-01-10")
    assert not [m for m in doc.actors if m.via in ("body", "unplaced")]


def test_actors_compound_match_is_pure():
    from jishi.actors.compounds import match
    from jishi.document import Token
    tokens = [Token(0, 2, "武汉", "ns"), Token(2, 5, "杂技团", "n"), Token(5, 6, "会", "v")]
    assert [(c.start, c.end, c.head, c.sector, c.country) for c in match(tokens, [])] == [(0, 5, "杂技团", "CVL", None)]


@pytest.mark.parametrize("text, expected", [
    # a second office after 兼: one person, of the country named first
    ("西班牙副首相兼经济和财政大臣拉托", ("拉托", "ESP")),
    ("瑞士联邦委员兼公共经济部长德拉米拉", ("德拉米拉", "CHE")),
    # a body, its title, an unknown name
    ("欧盟委员会副主席布里坦", ("布里坦", "EUR")),
    # two offices across 、: a body's office, then a second office of the same side
    ("国务院副总理、中俄能源合作委员会中方主席王岐山", ("王岐山", "CHN")),
    ("俄罗斯联邦政府副总理、中俄能源合作委员会俄方主席德沃尔科维奇", ("德沃尔科维奇", "RUS")),
    ("俄罗斯联邦军事总监、国防会议秘书安德烈·科科申", ("科科申", "RUS")),
    # a short description of the office between the country and the title
    ("巴勒斯坦自治政府主席阿拉法特", ("阿拉法特", "PSE")),
    ("美国中东和谈特别协调员罗斯", ("罗斯", "USA")),
])
def test_actors_offices_held_together_make_one_person(pipeline, text, expected):
    doc = pipeline.code_document(text, "1998-01-24")
    assert [(m.text, m.actor.name, m.actor.country) for m in doc.actors] == [(text,) + expected]


@pytest.mark.parametrize("text, expected", [
    # after two people of the two countries met, 双方 and 两国元首 are those two
    ("国家主席习近平5日会见俄罗斯总统普京。两国元首举行会谈。", ["习近平", "普京"]),
    # no people named: the two countries
    ("中国和俄罗斯签署了协定。双方表示满意。", ["中国", "俄罗斯"]),
])
def test_actors_pair_words_name_the_two_who_met(pipeline, text, expected):
    doc = pipeline.code_document(text, "2019-03-05")
    pair = [m for m in doc.actors if m.via == "pair"]
    assert [a.name for a in pair[0].actors()] == expected


@pytest.mark.parametrize("text, expected", [
    ("张家口和石家庄", [("张家口", "CHN"), ("石家庄", "CHN")]),
    ("美国在中东", [("中东", None)]),
    ("江泽民在中南海会见了他", [("中南海", "CHN")]),
])
def test_actors_places_are_mentions_but_no_actors(pipeline, text, expected):
    doc = pipeline.code_document(text, "1998-01-10")
    assert [(m.text, m.actor.country) for m in doc.actors if m.via == "place"] == expected
    assert all(m.actor.kind == "place" for m in doc.actors if m.via == "place")


def test_events_location_from_a_place():
    doc = Pipeline().code_document("国家主席江泽民今天在上海会见了美国总统克林顿。", "1998-06-30")
    assert doc.events and doc.events[0].location.name == "上海市"


@pytest.mark.parametrize("text, date, expected", [
    # AFP and Zaobao print Taiwan forms: in simplified characters they are names too
    ("美国总统布希与南韩总统卢武铉通电话", "2007-07-02", [("布什", "USA"), ("卢武铉", "KOR")]),
    ("纽西兰和沙乌地阿拉伯", "2007-07-02", [("新西兰", "NZL"), ("沙特", "SAU")]),
    # a seat of government is the state
    ("白宫今天呼吁", "2007-07-02", [("美国", "USA")]),
])
def test_actors_taiwan_forms_and_seats(pipeline, text, date, expected):
    doc = pipeline.code_document(text, date)
    assert [(m.actor.name, m.actor.country) for m in doc.actors] == expected


def test_actors_a_list_of_offices_is_not_one_person(pipeline):
    doc = pipeline.code_document("钱其琛会见了美国国务卿、英国外交大臣库克。", "1998-02-22")
    assert [(m.text, m.actor.country) for m in doc.actors][1:] == [("美国国务卿", "USA"), ("英国外交大臣库克", "GBR")]


@pytest.mark.parametrize("text, expected", [
    # 总统先生, 总统阁下: the foreign guest named in that office before
    ("张德江会见了意大利总统马塔雷拉。张德江说，习近平主席同总统先生举行了会谈。", "马塔雷拉"),
    ("国家主席江泽民会见俄罗斯总统叶利钦。他说，我高度赞赏总统阁下的贡献。", "叶利钦"),
])
def test_actors_forms_of_address_name_the_guest(pipeline, text, expected):
    doc = pipeline.code_document(text, "1998-11-23")
    [m] = [m for m in doc.actors if m.text.endswith(("先生", "阁下"))]
    assert m.actor.name == expected


def test_actors_form_of_address_without_a_holder_is_dropped(pipeline):
    doc = pipeline.code_document("总统先生表示感谢。", "1998-11-23")
    assert doc.actors == []


def test_actors_a_learned_name_is_known_again_later(pipeline):
    doc = pipeline.code_document("中国化工部部长顾秀莲访问斯里兰卡。斯里兰卡总理也会见了顾秀莲一行。", "1998-01-13")
    assert [(m.text, m.via, m.actor.country) for m in doc.actors if m.actor.name == "顾秀莲"] == \
        [("中国化工部部长顾秀莲", "learned", "CHN"), ("顾秀莲", "learned", "CHN")]


def test_actors_a_counted_body_is_no_name(pipeline):
    doc = pipeline.code_document("喀布尔一家国际医院遭到袭击。", "2014-04-25")
    assert [m.text for m in doc.actors if m.via in ("body", "unplaced")] == []


def test_actors_a_rank_after_a_learned_name_is_no_part_of_it(pipeline):
    doc = pipeline.code_document("塔吉克斯坦国防部长舍拉利·海鲁拉耶夫中将", "1998-01-09")
    assert [(m.text, m.actor.name, m.actor.country) for m in doc.actors] == \
        [("塔吉克斯坦国防部长舍拉利·海鲁拉耶夫", "海鲁拉耶夫", "TJK")]


@pytest.mark.parametrize("text, date, expected", [
    # a known name under a title its holder never held, out of office: another person
    ("美国商会会长兼首席执行官克拉克率团访华", "2024-03-04", ("克拉克", "USA")),
    # a known name after another country's office: a person of that country
    ("美国六方会谈特使希尔上周走访平壤", "2024-03-04", ("希尔", "USA")),
    # more of the world's leaders (people_more.tsv)
    ("波兰总统杜达", "2016-06-20", ("杜达", "POL")),
])
def test_actors_same_names_told_apart(pipeline, text, date, expected):
    doc = pipeline.code_document(text, date)
    assert (doc.actors[0].actor.name, doc.actors[0].actor.country) == expected


@pytest.mark.parametrize("text, date, source", [
    ("俄外长普里马科夫当即表示，俄坚决反对波罗的海三国加入北约。", "1998-01-16", "普里马科夫"),
    ("伊朗总统哈塔米发表讲话说，在美国依然对伊朗采取敌对政策的情况下，伊朗目前尚不需要同美国恢复外交关系。",
     "1998-01-08", "哈塔米"),
])
def test_events_spokesman_speaks_for_his_state(pipeline, text, date, source):
    doc = pipeline.code_document(text, date)
    assert [a.name for a in doc.events[0].source] == [source]


@pytest.mark.parametrize("text, expected", [
    # 巴新 is Papua New Guinea, unless the document names Pakistan and not Papua New Guinea
    ("伊姆兰·汗就任巴基斯坦总理。他表示，巴新政府致力于发展对华关系。", "PAK"),
    ("巴新总理奥尼尔会见了他。", "PNG"),
])
def test_actors_short_alias_read_by_the_countries_named(pipeline, text, expected):
    doc = pipeline.code_document(text, "2018-08-21")
    [m] = [m for m in doc.actors if m.text.startswith("巴新")]
    assert m.actor.country == expected


def test_actors_a_foreign_ministry_speaks_for_its_state(pipeline):
    doc = pipeline.code_document("德国外交部发表声明", "2019-01-21")
    assert [(m.text, m.actor.kind, m.actor.name, m.actor.country) for m in doc.actors] == \
        [("德国外交部", "country", "德国", "DEU")]


@pytest.mark.parametrize("text, expected", [
    ("阿尔巴尼亚的中央银行发出了警告", [("阿尔巴尼亚的中央银行", "阿尔巴尼亚中央银行", "ALB")]),
    # after 的, only a state's bodies: 企业 and 人民 stay apart
    ("中国的企业", [("中国", "中国", "CHN")]),
])
def test_actors_a_state_body_after_de(pipeline, text, expected):
    doc = pipeline.code_document(text, "1998-01-15")
    assert [(m.text, m.actor.name, m.actor.country) for m in doc.actors if m.via != "segmenter"] == expected


@pytest.mark.parametrize("text, expected", [
    # a country before a known name (and its title after) is that person's
    ("习主席会见伊朗莱希总统", [("习主席", "习近平"), ("伊朗莱希总统", "莱希")]),
    # but a leader's government is the state
    ("美国布什政府", [("美国", "美国"), ("布什政府", "美国")]),
])
def test_actors_country_before_a_name(pipeline, text, expected):
    doc = pipeline.code_document(text, "2022-09-16" if "莱希" in text else "2005-09-16")
    assert [(m.text, m.actor.name) for m in doc.actors] == expected


@pytest.mark.parametrize("text, expected", [
    # a surname and a title after a tagged name is that person again
    ("王学贤大使致辞。王大使向华侨祝贺新年。", [("王学贤", "王学贤"), ("王大使", "王学贤")]),
    # another surname is someone else
    ("王学贤大使致辞。李大使向华侨祝贺新年。", [("王学贤", "王学贤"), ("李大使", "李大使")]),
])
def test_actors_surname_and_title_repeat_an_unknown_person(pipeline, text, expected):
    doc = pipeline.code_document(text, "1998-01-29")
    assert [(m.text, m.actor.name) for m in doc.actors if m.via == "segmenter" and m.actor.kind == "person"] == expected


@pytest.mark.parametrize("text, expected", [
    # a run of this document's abbreviations before a relation, and each run listed before it
    ("冈比亚总统巴罗访华。冈方愿推进冈中、非中关系。", ("冈中", ["GMB", "CHN"])),
    # a run ends where its word ends: 美韩立即 holds 美韩, not 美韩立 (立 of 立陶宛)
    ("朝鲜要求美韩立即停止挑衅言行。", ("美韩", ["USA", "KOR"])),
])
def test_actors_abbreviation_runs(pipeline, text, expected):
    doc = pipeline.code_document(text, "2018-09-06")
    runs = [(m.text, [a.country for a in m.actors()]) for m in doc.actors if m.members]
    assert expected in runs


@pytest.mark.parametrize("text, expected", [
    # offices listed with 、 before one name: the person holds the first, and is learned
    ("全国政协副主席、中国国际交流协会副会长万国权今天会见了澳大利亚议员詹金斯。",
     [("万国权", "CHN", "learned"), ("詹金斯", "AUS", "learned")]),
    # two offices each with its own name stay two people
    ("外交部长王毅、国防部长魏凤和出席。", [("王毅", "CHN", "dictionary"), ("魏凤和", "CHN", "dictionary")]),
])
def test_actors_learned_through_a_list_of_offices(pipeline, text, expected):
    doc = pipeline.code_document(text, "2021-01-11" if "王毅" in text else "1998-01-11")
    assert [(m.actor.name, m.actor.country, m.via) for m in doc.actors if m.via != "segmenter"] == expected
