"""Session 26 (kinds, periods, subjects of blind rounds 51-53): one invented case per class fixed."""

from pipelines.domain.metrics.home import home_from_title
from pipelines.domain.metrics.place_names import is_home


def test_a_province_whose_name_ends_in_zhou_keeps_its_level() -> None:
    # 州 is a level too: 贵州省卫生健康委员会 is the province's, so its 全省 is the home
    body = home_from_title("贵州省卫生健康委员会\n首页 | 政务公开\n\n全省共有医院1500家")
    source = home_from_title("某某统计年报\n发布机构：贵州省统计局\n全省共有医院1500家")
    assert body == source == "贵州省"
    assert is_home("全省", body)
    # a city's 州 still reads as before
    assert home_from_title("某某通报\n来源：温州市统计局\n") == "温州市"
