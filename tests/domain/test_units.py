import re

from pipelines.domain.units import normalize_unit, unit_pattern


def test_multiplier_split():
    nu = normalize_unit("万个")
    assert (nu.multiplier, nu.base, nu.category) == (1e4, "个", "count")
    nu = normalize_unit("万亿元")
    assert (nu.multiplier, nu.base, nu.category) == (1e12, "元", "currency")
    assert normalize_unit("万千瓦").base == "千瓦"
    assert normalize_unit("万千瓦").multiplier == 1e4


def test_units_kept_whole():
    assert normalize_unit("千瓦").multiplier == 1
    assert normalize_unit("个百分点").base == "百分点"
    assert normalize_unit("%").category == "percent"
    assert normalize_unit("人次").base == "人次"


def test_traditional_units_normalized():
    assert normalize_unit("萬輛").base == "辆"
    assert normalize_unit("萬輛").multiplier == 1e4
    assert normalize_unit("億元").multiplier == 1e8
    assert normalize_unit("公裏").base == "公里"
    assert normalize_unit("噸").base == "吨"
    assert re.fullmatch(f"(?:{unit_pattern()})", "公裡")  # every mix of the two scripts


def test_multiplier_alone_and_unknown():
    nu = normalize_unit("万")
    assert nu.multiplier == 1e4 and nu.base is None
    assert normalize_unit(None).base is None
    assert normalize_unit("条").needs_noun


def test_units_added_for_reports_and_bulletins():
    from pipelines.domain.units import normalize_unit

    # 1斤 = 0.5 kg; a harvest in 亿斤 is in 吨 (QA 14), a bare 斤 in 千克
    assert normalize_unit("亿斤").base == "吨" and normalize_unit("亿斤").multiplier == 5e4
    assert normalize_unit("微克/立方米").category == "physical"
    cheng = normalize_unit("成")
    assert cheng.category == "percent" and cheng.word_final
    assert normalize_unit("億澳門元").base == "澳门元"


def test_grouped_alternation_matches_like_the_flat_one():
    from pipelines.domain.units import alternation

    words = {"万元", "万", "万亿元", "元", "亿元", "个", "个百分点", "公里", "公里/小时", "a+b"}
    flat = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    grouped = alternation(words)
    assert grouped.count("万") < flat.count("万")  # 万… words share one branch
    text = "新增6万元、3万亿元，9个百分点，时速350公里/小时，个人a+b万"
    assert re.findall(grouped, text) == re.findall(flat, text)
    assert [m.span() for m in re.finditer(grouped, text)] == [
        m.span() for m in re.finditer(flat, text)]


def test_si_symbols_of_power_and_energy():
    """Industry news writes 35GW, 300GWh, 1.2MW: the units of their Chinese names."""
    assert normalize_unit("GW").base == "吉瓦"
    assert normalize_unit("GWh").base == "吉瓦时"
    assert normalize_unit("MWh").base == "兆瓦时"
    assert normalize_unit("吉瓦时").base == "吉瓦时"
    assert re.fullmatch(unit_pattern(), "GWh")
