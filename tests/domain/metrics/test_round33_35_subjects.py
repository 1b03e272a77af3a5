"""Subjects (the place a figure is about) of the classes of phrasing held-out rounds 33-35 missed:
bodies and firms named after a place, districts whose name ends like a common word, a place
named after 为 in the clause before, a comparison's base named by its rank, a figure holding for
each of a 分别 list's places. Short documents written for each class in the genre's manner, not
the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain import batches
from pipelines.domain.metrics.frames import home_from_clauses, slice_rows
from pipelines.domain.metrics.home import infer_home_place, place_words
from pipelines.domain.metrics.tagging import word_tags
from pipelines.domain.metrics.token_homes import homes_from_tokens, place_tokens
from tests.domain.metrics.support import document_by_number, toks

CUSTOMS_NEWS = """前三季度山东跨境电商进出口增长18.2%

前三季度，山东省外贸进出口2.52万亿元，全省跨境电商保持较快增长。记者从青岛海关获悉，前三季度，青岛海关共监管跨境电商进出口额412.6亿元，同比增长18.2%；监管进出口货物1.86亿件。
"""


def test_a_customs_district_named_after_its_city_is_no_subject() -> None:
    """青岛海关共监管…412.6亿元: a customs district's figures are its whole area's, not the
    city's it is named after (before: 青岛)."""
    found = document_by_number(CUSTOMS_NEWS, date(2025, 10, 20))
    for quote in ("412.6亿元", "18.2%", "1.86亿件"):
        assert found[quote].subject is None, quote


RAILWAY_NEWS = """国庆假期全国铁路运输平稳有序

国庆假期，全国铁路累计发送旅客1.6亿人次。从各铁路局集团公司看，广州局集团公司发送旅客2150.3万人次，同比增长4.6%；北京局集团公司发送旅客1320.8万人次。
"""


def test_a_railway_bureau_named_after_its_city_is_no_subject() -> None:
    """广州局集团公司发送旅客2150.3万人次: a bureau that runs lines in several provinces; its
    figures are no city's."""
    found = document_by_number(RAILWAY_NEWS, date(2025, 10, 9))
    for quote in ("2150.3万人次", "4.6%", "1320.8万人次"):
        assert found[quote].subject is None, quote


def test_a_venue_whose_name_opens_with_its_city_and_international_is_no_subject() -> None:
    """三亚国际免税城单日销售额突破1.2亿元 in 海南's text: the store's figure, not 三亚's."""
    text = """海南离岛免税销售平稳增长

今年以来，全省离岛免税店监管销售额186.2亿元。三亚国际免税城单日销售额突破1.2亿元。
"""
    found = document_by_number(text, date(2025, 10, 9))
    assert found["1.2亿元"].subject is None


def test_a_country_closing_a_firms_name_is_no_subject() -> None:
    """旭辉中国、华润置地销售额分别为…: 中国 glued after a brand names a firm (before: 中国)."""
    text = """前10月南京新房市场

1—10月，南京新建商品住宅成交2.1万套。从房企看，旭辉中国销售额128.6亿元，排名第一；华润置地销售额102.3亿元，排名第二。
"""
    found = document_by_number(text, date(2025, 11, 3))
    for quote in ("128.6亿元", "第一"):
        assert found[quote].subject is None, quote


def test_districts_whose_names_end_like_a_common_word_are_places() -> None:
    """萧山区 ends like 山区, 上城区 like 城区: places all the same, subjects of their figures."""
    text = """9月杭州二手房成交回暖

9月，杭州市区二手住宅成交7320套。分区域看，萧山区成交1052套，居各区首位；上城区成交均价为每平方米52360元。
"""
    found = document_by_number(text, date(2025, 10, 8))
    assert found["1052套"].subject == "萧山区"
    assert found["52360元"].subject == "上城区"


def test_a_place_named_after_wei_in_the_clause_before_is_the_subject() -> None:
    """…，新晋城市为常州，前三季度GDP为…: the place the clause before names is what the figures
    after, naming no place, are of (before: none)."""
    text = """前三季度万亿城市扩容

前三季度，全国GDP超过1万亿元的城市有18座，比去年同期增加1座，新晋城市为常州，前三季度GDP为10236.5亿元，增长5.9%。
"""
    found = document_by_number(text, date(2025, 10, 31))
    assert found["10236.5亿元"].subject == "常州"
    assert found["5.9%"].subject == "常州"


def test_a_place_something_opened_in_is_the_subject_of_its_first_figures() -> None:
    """…第8家免税店在琼海开业，当月即实现销售额…: the store's figures are its place's."""
    text = """海南离岛免税店增至8家

9月18日，全省第8家离岛免税店在琼海开业，当月即实现销售额0.8亿元。
"""
    found = document_by_number(text, date(2025, 10, 9))
    assert found["0.8亿元"].subject == "琼海"


def test_a_gap_to_a_place_named_by_its_rank_that_holds_for_a_list_is_no_ones() -> None:
    """天津、宁波分别以…排在第11、12位，与第十名南京的差距均在800亿元以内: the base of a
    comparison named by its rank is no subject, and a figure said to hold for each (均) of a
    分别 list is no one place's (before: 南京, then 宁波)."""
    text = """上半年城市GDP排名

上半年，青岛、无锡分别以8120.5亿元、7960.2亿元排在第13、14位，与第十二名长沙的差距均在300亿元以内。
"""
    found = document_by_number(text, date(2025, 7, 31))
    assert found["300亿元以内"].subject is None


LAND_SALE = """杭州土拍：3宗地块揽金42.6亿元

2025-11-12 17:30　来源：杭州日报

11月12日，杭州市规划和自然资源局组织国有建设用地使用权挂牌出让，共推出3宗地块，全部成交。

西湖区三墩单元的XH2025-31地块竞争最为激烈。该地块面积56.2亩，起始价18.4亿元，最终以21.3亿元成交。竞得人须在地块内配建一所12班幼儿园，建筑面积不少于4500平方米。本地块另需配建社区用房800平方米。
"""


def test_a_plot_written_bare_after_the_sentences_that_name_it_is_that_plots_place() -> None:
    """…XH2025-31地块竞争最为激烈。该地块…。竞得人须在地块内配建…4500平方米。本地块另需…: the bare
    地块 of 在地块内 and 本地块 refer back to the plot as 该地块 does (before: none)."""
    found = document_by_number(LAND_SALE, date(2025, 11, 12))
    for quote in ("56.2亩", "4500平方米", "800平方米"):
        assert found[quote].subject == "西湖区", quote


MALAYSIAN_NEWS = """大马第三季经济增长5.0%

（吉隆坡14日讯）大马第三季国内生产总值按年增长5.0%，高于第二季的4.3%。大马统计局表示，大马经济受内需带动。

投资方面，今年首9个月全国批准投资总额为2650亿令吉，涉及3980个项目。

州属方面，雪兰莪州去年国内生产总值达3980亿令吉，增长5.8%；柔佛州今年首9个月批准投资额达到610亿令吉，新柔经济特区自今年1月成立以来已吸引48个投资项目；槟城州首9个月制造业批准投资为205亿令吉。
"""


def test_a_malaysian_papers_states_are_written_bare_and_its_home_is_malaysia() -> None:
    """A Malaysian paper speaks of its country as 大马: its home is 马来西亚 (before: 全国), its
    states, named with 州, are written bare as their press writes them (雪兰莪州 -> 雪兰莪), a
    special zone's kind cut from its name (新柔|经济特区) is no place, and 槟城 is a place; its
    全国 is the home (before: the subject 全国)."""
    words = [t.word for line in MALAYSIAN_NEWS.splitlines() for t in toks(line)]
    assert infer_home_place([[(w, "ns") for w in place_words(words)]]) == "马来西亚"
    found = document_by_number(MALAYSIAN_NEWS, date(2025, 11, 14))
    subject_of = {number: next(m.subject for q, m in found.items() if q.startswith(number))
                  for number in ("3980亿", "610亿", "48个", "205亿", "2650亿", "3980个")}
    assert subject_of == {"3980亿": "雪兰莪", "610亿": "柔佛", "48个": "柔佛", "205亿": "槟城",
                          "2650亿": None, "3980个": None}


CENTRAL_BANK_RELEASE = """中国人民银行 > 新闻发布 > 统计数据

2025年9月金融统计数据报告

9月末，广义货币(M2)余额330.2万亿元，同比增长8.4%。前九个月人民币贷款增加14.8万亿元。

注：自2023年1月起，中国人民银行将消费金融公司、理财公司和金融资产投资公司纳入金融统计范围。
"""


SOE_RELEASE = """国务院国资委：1—9月中央企业经营总体平稳

来源：国务院国有资产监督管理委员会网站　发布日期：2025年10月22日

10月22日，国务院国资委召开新闻发布会。1—9月，中央企业累计实现营业收入30.1万亿元，同比增长1.6%；中央企业控股上市公司共有476家。
"""


def _homes_on_both_paths(raw: str) -> tuple[str | None, str | None]:
    """The document's home from its place clauses and from the tokens stage's words."""
    sents = batches.clean_batch([("d", raw)]).frames["sentences"]
    rows = slice_rows(sents, 5000, 600, 200)
    tokens = place_tokens(batches.tokenize_batch(sents).frames["tokens"])
    plain = slice_rows(sents, 5000, 600, 200, with_clauses=False).home_rows
    return (home_from_clauses(rows.home_clauses[("d", 0)], word_tags()),
            homes_from_tokens(tokens, plain, word_tags())[("d", 0)])


def test_a_release_of_a_body_named_after_the_country_is_national_on_both_paths() -> None:
    """中国人民银行 (one dictionary word, an organisation) issuing a release that never says 全国
    speaks for the country, and 理财公司 / 金融资产投资公司 are kinds of companies, not a company's
    text speaking of itself: home 全国 (before: none), from the clauses and from the tokens."""
    assert _homes_on_both_paths(CENTRAL_BANK_RELEASE) == ("全国", "全国")


def test_a_release_of_the_state_councils_body_is_national_on_both_paths() -> None:
    """国务院国资委 issuing the central SOEs' figures (no place named, no 全国; 上市公司 a kind)
    speaks for the country: home 全国 (before: none)."""
    assert _homes_on_both_paths(SOE_RELEASE) == ("全国", "全国")


ZONE_ADDRESS = """施政报告

本港经济稳步复苏，全港失业率维持在3.0%。

前海深港现代服务业合作区建设稳步推进。合作区内港资企业累计达到3,200家，较去年底增加450家；在合作区工作及生活的香港居民超过2.1万人。
"""


def test_a_zone_written_bare_after_zai_is_the_zone_named_before_whatever_people_it_names() -> None:
    """…合作区建设稳步推进。合作区内…；在合作区工作及生活的香港居民超过2.1万人: the zone the
    clause opens on (after 在) is where the figure is, through the sentence before that opens on it
    too, though the clause names the home's residents (before: none, the home)."""
    found = document_by_number(ZONE_ADDRESS, date(2025, 10, 15))
    assert found["2.1万人"].subject == "前海深港现代服务业合作区"
    assert found["3,200家"].subject == "前海深港现代服务业合作区"
    assert found["3.0%"].subject is None
