"""Page furniture of pages as they arrive (QA round 11): a portal page's menu, breadcrumbs, tools
and related links, a WeChat copy's buttons and recommended reading, a newspaper's page header
and imprint; and the title and source that skip them."""

from pipelines.domain.analysis import analyse_document
from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.title import document_title

BODY = ("10月8日，全市召开数字经济发展推进会。会议通报，前三季度全市数字经济核心产业增加值"
        "达到356.2亿元，同比增长9.4%。\n")


def _kinds(raw: str) -> dict[str, str]:
    return {b.text: b.kind for b in clean_document(raw).blocks}


PORTAL = (
    "某某县人民政府门户网站\n"
    "首页  |  政务公开  |  办事服务  |  English\n"
    "首页\n政务公开\n办事服务\n互动交流\n走进某县\n"
    "当前位置：首页 > 政务公开 > 部门动态\n\n"
    "某县召开数字经济发展推进会\n"
    "发布时间：2024-10-09          09:00          来源：某县工业和信息化局"
    "          浏览次数：          1024          【字体：大  中  小】\n\n"
    + BODY +
    "\n打印本页  关闭窗口\n"
    "相关链接\n\n"
    "我县出台支持数字经济发展15条措施   2024-05-16\n"
    "某县2023年数字经济发展报告发布   2024-03-02\n\n"
    "主办：某县人民政府办公室  承办：某县大数据中心\n"
)


def test_a_portal_pages_chrome_is_furniture_and_its_header_line_dates_it():
    kinds = _kinds(PORTAL)
    for line in ("首页| 政务公开| 办事服务| English", "政务公开", "互动交流", "走进某县",
                 "打印本页 关闭窗口", "我县出台支持数字经济发展15条措施 2024-05-16",
                 "主办：某县人民政府办公室 承办：某县大数据中心"):
        assert kinds.get(line, "furniture") == "furniture", line
    assert not any(k == "heading" and "政务" in t for t, k in kinds.items())
    a = analyse_document(PORTAL)
    assert (a.doc_date.isoformat(), a.date_source) == ("2024-10-09", "text")
    assert a.cleaned.source_hint == "某县工业和信息化局"
    assert not [m for m in a.metrics if m.unit == "条"]  # (15条措施 of a related link)


def test_a_web_pages_title_drops_the_sites_name():
    raw = "某市发布2024年营商环境评价结果_某市人民政府门户网站\n\n" + BODY
    assert document_title(clean_document(raw).block_rows) == "某市发布2024年营商环境评价结果"
    raw = "某市前三季度经济运行情况 - 某市人民政府网\n\n" + BODY
    assert document_title(clean_document(raw).block_rows) == "某市前三季度经济运行情况"
    raw = "长三角一体化——某市的实践\n\n" + BODY  # a subtitle dash is no site name
    assert document_title(clean_document(raw).block_rows) == "长三角一体化"


WECHAT = (
    "点击蓝字 关注我们\n👆👆👆\n\n"
    "好消息！某市前三季度数字经济增长9.4%\n\n"
    "某市发布 2024年10月09日 08:30 浙江\n\n"
    + BODY +
    "\nEND\n\n往期推荐\n▶ 重磅！某市出台数字经济新政18条\n▶ 某市前三季度经济运行稳中有进\n\n"
    "👇长按识别二维码 关注我们👇\n\n分享 | 点赞 | 在看\n阅读原文\n"
)


def test_a_wechat_copys_buttons_and_recommended_reading_are_furniture():
    kinds = _kinds(WECHAT)
    for line in ("点击蓝字 关注我们", "END", "往期推荐", "重磅！某市出台数字经济新政18条",
                 "👇长按识别二维码 关注我们👇", "分享|点赞|在看", "阅读原文"):
        assert kinds.get(line) == "furniture", (line, kinds.get(line))
    a = analyse_document(WECHAT)
    assert document_title(a.cleaned.block_rows) == "好消息！某市前三季度数字经济增长9.4%"
    assert not [m for m in a.metrics if m.value == 18]


def test_a_newspaper_page_header_and_imprint_are_furniture():
    raw = ("3        要闻·经济        2024年10月9日 星期三\n\n"
           "前三季度全市数字经济稳中有进\n\n" + BODY +
           "\n    某市日报社出版   地址：某市人民路1号   邮编：310000\n"
           "    电话：0571-1234567   印刷：某市日报社印务中心   定价：每月45元\n")
    a = analyse_document(raw)
    assert document_title(a.cleaned.block_rows) == "前三季度全市数字经济稳中有进"
    assert a.cleaned.source_hint == "某市日报"
    assert not [m for m in a.metrics if m.value == 45]


def test_a_title_run_on_with_its_subtitle_is_the_title():
    raw = ("某省人大常委会执法检查组关于检查某法实施情况的报告 "
           "——2024年9月24日在某省人大常委会会议上\n\n"
           "某省人大常委会副主任　张某某\n\n" + BODY)
    assert document_title(clean_document(raw).block_rows) == (
        "某省人大常委会执法检查组关于检查某法实施情况的报告")


NOTICE = (
    "国务院办公厅关于发展银发经济增进老年人福祉的意见\n"
    "国办发〔2025〕3号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "　　我国是世界上老年人口规模最大的国家。截至2024年末，全国60岁及以上老年人口达3.1亿"
    "人，占总人口的22.0%。为发展银发经济，增进老年人福祉，经国务院同意，现提出如下意见。\n"
    "　　一、总体要求\n"
    "　　到2027年，银发经济规模达到12万亿元左右，占国内生产总值的比重提高到8%以上；养老机"
    "构护理型床位占比提高到60%以上。到2030年，基本建成覆盖城乡的老年助餐服务网络，老年助餐服务点达到15万个。\n"
    "　　各地区、各部门要结合实际抓好贯彻落实。\n"
    "国务院办公厅\n"
    "2025年1月15日\n"
    "（此件公开发布）\n"
)


def test_an_official_documents_number_and_publication_note_are_furniture():
    # the 公文 format (GB/T 9704): the number under the title and the note under the signature
    # are no headings; the title keeps its own text, the signature names the issuer
    kinds = _kinds(NOTICE)
    assert kinds["国办发〔2025〕3号"] == "furniture"
    assert kinds["（此件公开发布）"] == "furniture"
    cleaned = clean_document(NOTICE)
    assert cleaned.source_hint == "国务院办公厅"
    assert document_title(cleaned.block_rows) == "国务院办公厅关于发展银发经济增进老年人福祉的意见"
    # the title is a block of its own, not run on into the addressee line below the number
    assert cleaned.blocks[0].text == "国务院办公厅关于发展银发经济增进老年人福祉的意见"
    assert cleaned.blocks[0].kind == "heading"
    assert _kinds("京政发[2024]7号\n" + BODY)["京政发[2024]7号"] == "furniture"
    # a sentence that cites a document is body text
    cited = "按照绍政发〔2024〕37号文件规定，市级预备费按2%设置。\n"
    assert _kinds(cited)[cited.strip()] == "paragraph"


def test_an_html_pages_site_part_of_its_title_breadcrumbs_and_footer_are_no_text():
    """A saved HTML page (QA round 18): the <title>'s section and site after its own part
    (标题_栏目_站点), breadcrumbs parted by >, and a footer naming the site's owner with its
    links but no 承办 are not read as the page's text."""
    raw = ("<html><head><title>某县2024年统计公报_统计数据_某县人民政府</title></head><body>\n"
           '<div class="nav"><a href="/">首页</a> &gt; <a href="/tjsj/">统计数据</a> &gt; 统计公报'
           "</div>\n<h1>某县2024年统计公报</h1>\n<p>" + BODY.strip() + "</p>\n"
           '<div class="footer">主办：某县人民政府办公室 <a href="/sitemap/">网站地图</a> '
           '<a href="/contact/">联系我们</a></div>\n</body></html>\n')
    texts = [s.text for s in clean_document(raw).sentences]
    assert texts[0] == "某县2024年统计公报", texts
    assert not [t for t in texts if "统计数据" in t or "网站地图" in t or "主办" in t], texts
    assert any("数字经济核心产业增加值" in t for t in texts)
