"""list_heads.py: a coordinated list split into its items, the last item's head shared."""

from pipelines.domain.metrics.list_heads import split_list

# --- split_list ---------------------------------------------------------------------------


def test_a_list_is_split_and_the_last_items_head_shared():
    assert split_list("工业、服务业和农业") == ["工业", "服务业", "农业"]
    assert split_list("第一产业、第二产业和第三产业投资") == [
        "第一产业投资", "第二产业投资", "第三产业投资"]
    assert split_list("一、二、三产业增加值") == ["一产业增加值", "二产业增加值", "三产业增加值"]
    assert split_list("高技术制造业、装备制造业增加值") == [
        "高技术制造业增加值", "装备制造业增加值"]


def test_no_head_is_shared_when_asked_not_to():
    assert split_list("高技术制造业、装备制造业增加值", share_head=False) == [
        "高技术制造业", "装备制造业增加值"]


def test_and_inside_an_item_stays_when_splitting_on_it_gives_too_many_items():
    assert split_list("外商及港澳台商投资企业、国有企业", 2) == [
        "外商及港澳台商投资企业", "国有企业"]
    assert split_list("外商及港澳台商投资企业、国有企业") == [
        "外商", "港澳台商投资企业", "国有企业"]
