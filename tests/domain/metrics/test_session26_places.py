"""Session 26's places: trade partners in brackets and after 输往, a text's region by its marks,
a 中国X company's name, a county-level city under the home."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.extract import extract_metrics
from pipelines.domain.metrics.home import infer_home_place, place_words, settled_home
from pipelines.domain.segmentation import default_segmenter
from tests.domain.metrics.support import by_quote, metrics, sentences


def test_a_destination_after_shuwang_is_part_of_the_name_not_the_subject():
    found = by_quote(metrics(["输往韩国的整体出口货值下降5.6%。"], home="香港"))
    assert found["5.6%"].subject is None


def test_partners_listed_with_their_rates_in_brackets_are_no_subjects():
    found = by_quote(metrics([
        "输往区内主要市场的出口货值上升，尤其是泰国（上升12.4%）、韩国（上升8.1%）及马来西亚"
        "（上升3.3%）。"], home="香港"))
    assert [found[q].subject for q in ("12.4%", "8.1%", "3.3%")] == [None, None, None]


def test_a_partner_list_does_not_carry_its_place_to_the_clause_after():
    found = by_quote(metrics([
        "来自区内主要供应地的进口货值上升，尤其是韩国（上升9.2%）及泰国（上升4.4%），来自菲律宾"
        "的进口货值则下跌2.7%。"], home="香港"))
    assert [found[q].subject for q in ("9.2%", "4.4%", "2.7%")] == [None, None, None]


def test_provinces_with_bracketed_rates_outside_trade_stay_subjects():
    found = by_quote(metrics(["多数省份用电量增长，其中湖北（增长9.3%）、江西（增长7.2%）较快。"],
                             home="全国"))
    assert found["9.3%"].subject == "湖北"


def test_a_text_with_one_regions_marks_and_none_of_the_place_named_most_is_that_regions():
    texts = ["政府统计处公布，本月输往台湾的出口货值上升，来自台湾的进口亦上升。",
             "百分率变动根据以港元计算的数字计算。", "香港时间16时30分"]
    assert settled_home("台湾", texts) == "香港"
    assert settled_home("台湾", [*texts[:1], "本澳居民消费以澳门元计算。"]) == "澳门"


def test_a_place_with_marks_of_its_own_or_no_other_regions_marks_is_kept():
    both = ["出口以新台币计价，对香港出口增加。", "以港元计算的转口"]
    assert settled_home("台湾", both) == "台湾"
    assert settled_home("台湾", ["台湾出口增加，香港进口减少。"]) == "台湾"
    assert settled_home("成都市", ["全市以港元计价的外资增加。"]) == "成都市"
    tie = ["本港与本澳的往来增加。"]  # two other regions' marks as often: none decides
    assert settled_home("台湾", tie) == "台湾"


def _home(texts: list[str]) -> str | None:
    seg = default_segmenter()
    return infer_home_place(seg.tag(t) for t in texts)


def test_a_province_opening_an_honours_name_is_no_mention_of_the_home():
    texts = ["岳阳市第一人民医院2024年工作总结", "岳阳市第一人民医院全年门诊量增长。",
             "获湖南省医学科技奖一等奖1项。", "入选湖南省重点学科名单3个。",
             "入选第二批湖南省临床重点专科2个。"]
    assert _home(texts) == "岳阳市"
    assert place_words(["入选", "第二批", "湖南省", "岳阳"]) == ["岳阳"]
    assert place_words(["湖南省", "岳阳"], before=["获", ""]) == ["岳阳"]


def test_a_province_elsewhere_still_counts():
    assert place_words(["湖南省", "岳阳"], before=["在", ""]) == ["湖南省", "岳阳"]


def test_the_honours_conferrer_is_no_subject():
    found = by_quote(metrics(["全年获江苏省科学技术奖二等奖3项。"], home="无锡市"))
    assert found["3项"].subject is None


def test_a_national_body_conferring_an_honour_does_not_make_a_firms_text_national():
    texts = ["2024年社会责任报告（节选）", "编制依据：国务院国资委《指导意见》。",
             "全年发电量增长。", "2个项目入选国务院国资委第一批示范名单。"]
    assert _home(texts) is None


def test_a_county_level_city_ending_like_chengshi_is_the_subject_not_part_of_the_name():
    found = by_quote(metrics(["其中，邹城市粮食总产86.3万吨，居全市首位。"], home="济宁市"))
    assert found["86.3万吨"].subject == "邹城"
    assert not found["86.3万吨"].indicator.startswith("邹城")


def test_chengshi_itself_stays_no_place():
    found = by_quote(metrics(["全市城市建成区面积达到120平方公里。"], home="济宁市"))
    assert found["达到120平方公里"].subject is None


def test_a_list_of_partners_paired_by_fenbie_after_a_partners_clause_is_no_subject():
    found = by_quote(metrics(["9月来自日本接单45.2亿美元，年增6.1%；",
                              "欧盟、东盟分别为31.7亿美元、28.4亿美元，年增3.3%及5.5%；",
                              "韩国12.6亿美元，年减1.9%。"], home="台湾"))
    quotes = ("31.7亿美元", "28.4亿美元", "3.3%", "5.5%", "12.6亿美元")
    assert [found[q].subject for q in quotes] == [None] * 5


def test_a_list_paired_by_fenbie_with_no_partner_before_keeps_its_places():
    found = by_quote(metrics(["全省经济平稳增长；", "苏州、无锡分别为2.1万亿元、1.4万亿元。"],
                             home="江苏省"))
    assert found["2.1万亿元"].subject == "苏州"
    assert found["1.4万亿元"].subject == "无锡"


def test_the_same_list_within_one_sentence_is_no_subject():
    found = by_quote(metrics(["9月来自日本接单45.2亿美元，年增6.1%；欧盟、东盟分别为31.7亿美元、"
                              "28.4亿美元，年增3.3%及5.5%。"], home="台湾"))
    assert [found[q].subject for q in ("31.7亿美元", "28.4亿美元", "5.5%")] == [None] * 3


def test_the_base_of_a_multiple_is_no_subject():
    found = by_quote(metrics(["铜陵降水量最少，为620毫米；黄山降水量最多，为2150毫米，"
                              "是铜陵的3.5倍。"], home="安徽省"))
    assert found["3.5倍"].subject == "黄山"


_FIRM_TEXT = ("中国恒远集团有限公司（以下简称“中国恒远”）召开年中工作会议。\n"
              "1-6月，中国恒远实现营业收入1286亿元，同比增长4.2%；恒远集团利润总额83.5亿元。\n"
              "在2025年世界500强榜单中，中国恒远位列第112位。")


def test_a_firm_named_after_the_country_is_no_national_home():
    found = analyse_document(_FIRM_TEXT, published_on=date(2025, 7, 20)).metrics
    assert found and all(m.subject is None for m in found)
    assert settled_home("全国", _FIRM_TEXT.split("\n")) is None


def test_the_firms_short_name_is_no_subject_in_a_text_without_home():
    sents = sentences(_FIRM_TEXT.split("\n"))
    seg = default_segmenter()
    found = by_quote(extract_metrics(sents, {s.sent_no: seg.tag(s.text) for s in sents},
                                     date(2025, 7, 20), None, infer_home=False))
    assert [found[q].subject for q in ("1286亿元", "4.2%", "第112位")] == [None, None, None]


def test_a_firms_text_that_speaks_of_the_country_stays_national():
    texts = [*_FIRM_TEXT.split("\n"), "全国建筑业总产值增长3.1%，我国基建投资保持增长。"]
    assert settled_home("全国", texts) == "全国"
    assert settled_home("全国", ["全国用电量增长。", "我国出口增长。"]) == "全国"  # no firm


def test_the_country_beside_a_firm_is_still_a_subject():
    found = by_quote(metrics(["中国恒远集团有限公司发布报告。", "中国出口总额增长6.1%。"],
                             home=None))
    assert found["6.1%"].subject == "中国"


def test_a_provinces_directly_administered_county_city_ranks_with_its_prefectures():
    found = by_quote(metrics([
        "排名前三位的城市依次为保定、辛集、邯郸，PM2.5浓度分别下降8.4%、7.9%、6.6%。"],
        home="河北省"))
    assert [found[q].subject for q in ("8.4%", "7.9%", "6.6%")] == ["保定", "辛集", "邯郸"]


def test_places_ranked_after_qizhong_pair_with_the_figures_of_the_next_clause():
    found = by_quote(metrics([
        "全省16个市中，有14个市社会消费品零售总额同比增长，其中芜湖、滁州、阜阳增速居前三位，"
        "分别增长8.1%、7.6%和7.2%。"], home="安徽省"))
    assert [found[q].subject for q in ("8.1%", "7.6%", "7.2%")] == ["芜湖", "滁州", "阜阳"]


def test_items_ranked_after_qizhong_are_named_by_themselves():
    found = by_quote(metrics(["多数商品零售额增长，其中家用电器、通讯器材增速较快，分别增长"
                              "12.5%和9.3%。"], home="全国"))
    assert [found[q].indicator for q in ("12.5%", "9.3%")] == ["家用电器", "通讯器材"]
    assert found["12.5%"].subject is None
