"""Round 104's fixes (h314-h316: a provincial commerce department's 1-10月 foreign investment
release, a city market regulator's food and product quality sampling bulletin, a university's
2025年部门预算), each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_bare_failed_count_after_a_categorys_sampled_count_is_that_categorys():
    text = ("　　2025年，全区共抽检食品3210批次。其中，校园食堂抽检412批次，不合格3批次；"
            "儿童玩具抽查88批次，发现不合格5批次。\n")
    found = document_by_number(text, date(2025, 12, 20))
    assert found["3批次"].indicator == "校园食堂不合格"
    assert found["5批次"].indicator == "儿童玩具不合格"


def test_a_failed_count_of_another_unit_is_left_alone():
    text = ("　　全年抽检小餐饮门店126家，不合格9批次。\n")
    found = document_by_number(text, date(2025, 12, 20))
    assert found["9批次"].indicator != "小餐饮门店不合格"
