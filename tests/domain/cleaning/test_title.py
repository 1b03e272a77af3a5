"""The headline of a document (pipelines/domain/cleaning/title.py): a dateline is never the
title, and a notice's title keeps neither its addressee nor its document number."""

from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.title import document_title, is_masthead

BODY = "记者获悉，前三季度全市经济稳定增长。\n"


def _title(raw: str) -> str | None:
    return document_title(clean_document(raw).block_rows)


def test_a_dateline_without_a_source_label_is_not_the_title():
    assert is_masthead("合肥发布 2024-10-25 09:12")
    assert is_masthead("浙江在线 2025年10月24日 10:30")
    assert not is_masthead("2024年10月25日合肥市政府常务会议研究部署消费工作")
    raw = "合肥发布 2024-10-25 09:12\n\n前三季度合肥经济运行稳中有进\n\n" + BODY
    assert _title(raw) == "前三季度合肥经济运行稳中有进"
    raw = ("合肥发布\n2024-10-25 09:12  来源：合肥市统计局\n\n"
           "前三季度合肥经济运行稳中有进\n\n" + BODY)
    assert _title(raw) == "前三季度合肥经济运行稳中有进"


def test_a_dateline_joined_to_the_headline_is_cut_from_it():
    raw = "浙江在线\n2025年10月24日 10:30\n前三季度全省经济总量突破7万亿元\n" + BODY
    assert _title(raw) == "前三季度全省经济总量突破7万亿元"


def test_a_notice_title_keeps_neither_its_addressee_nor_its_document_number():
    body = "现将《合肥市促进消费若干措施》印发给你们，请认真贯彻执行。\n"
    title = "合肥市人民政府关于印发合肥市促进消费若干措施的通知"
    # the addressee on the next line, joined to the title by cleaning
    assert _title(f"{title}\n各区县人民政府，市政府各部门：\n{body}") == title
    # with the document number in between
    assert _title(f"{title}\n合政〔2024〕12号\n\n各区县人民政府，市政府各部门：\n{body}") == title
    # the title, its addressee and the body's first sentence in one block
    title = "关于开展2025年汽车以旧换新补贴工作的通知"
    raw = (f"{title}\n各县（市、区）人民政府，市政府各部门、各直属机构：\n"
           "为贯彻落实国家部署，现通知如下。\n")
    assert _title(raw + "一、补贴范围\n个人消费者购买新车。\n") == title
    # an addressee alone is no title
    assert _title(f"各区县人民政府，市政府各部门：\n{body}") is None


def test_titles_that_name_a_kind_without_an_addressee_are_kept_whole():
    raw = "关于促进消费的若干措施\n\n为促进消费，制定以下措施。\n"
    assert _title(raw) == "关于促进消费的若干措施"
    raw = "# 国务院办公厅关于加快发展外贸新业态的意见\n\n各地要抓好落实。\n"
    assert _title(raw) == "国务院办公厅关于加快发展外贸新业态的意见"


def test_a_breadcrumb_is_not_the_title():
    raw = ("国家统计局 > 数据发布 > 新闻发布\n\n"
           "2025年10月份70个大中城市商品住宅销售价格变动情况\n\n"
           "发布时间：2025-11-14 09:30　　来源：国家统计局\n\n" + BODY)
    assert _title(raw) == "2025年10月份70个大中城市商品住宅销售价格变动情况"


def test_a_site_or_body_named_over_the_headline_is_not_the_title():
    raw = "国家外汇管理局\n\n2025年10月末外汇储备规模数据\n\n发布时间：2025-11-07\n\n" + BODY
    assert _title(raw) == "2025年10月末外汇储备规模数据"
    raw = ("內政部戶政司全球資訊網\n\n首頁 > 最新消息 > 新聞稿\n\n114年10月人口統計資料\n\n"
           "發布日期：114-11-10\n\n" + BODY)
    assert _title(raw) == "114年10月人口统计资料"
    # a headline naming a body keeps its place when its body comes next, not another heading
    raw = "某市成立城市更新局\n\n" + BODY
    assert _title(raw) == "某市成立城市更新局"
    # a company over its name in English is no site over a headline
    raw = ("华景置业控股有限公司\nHUAJING PROPERTY HOLDINGS LIMITED\n"
           "（于开曼群岛注册成立的有限公司）\n\n" + BODY)
    assert _title(raw) == "华景置业控股有限公司"


def test_a_line_of_fields_is_not_the_title():
    raw = ("公司代码：603917　　　　公司简称：锦瑞科技\n\n"
           "成都锦瑞电子科技股份有限公司\n2025年第三季度报告\n\n" + BODY)
    assert _title(raw) == "成都锦瑞电子科技股份有限公司2025年第三季度报告"
