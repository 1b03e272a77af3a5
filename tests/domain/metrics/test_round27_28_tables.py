"""Text tables and cleaning of blind rounds 27 and 28's genres: a monthly bulletin's table of
cities, a disease report's table of rates per 100,000, a Taiwanese release's table whose title
labels it 表1 before a Minguo year. Short pages written for each layout, not the rounds'
documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.columns import display_width
from tests.domain.metrics.support import row_metrics


def test_a_table_label_keeps_its_number_apart_from_the_year_after_it() -> None:
    """表1　114年…: the label's number is no part of a Minguo year (one number, 1114, before);
    a number OCR spaced out after other words is still joined."""
    heads = [b.text for b in clean_document("表1　114年1至10月外銷訂單\n").blocks]
    assert heads == ["表1 114年1至10月外销订单"]
    heads = [b.text for b in clean_document("附表2　12個縣市人口\n").blocks]
    assert heads == ["附表2 12个县市人口"]
    body = [b.text for b in clean_document("全年共发表1 2篇论文。\n").blocks]
    assert body == ["全年共发表12篇论文。"]


CITIES = """2025年浙江省快递业务运行情况

　　1—9月，全省快递业务收入累计完成1108.6亿元，同比增长7.2%。

表2　2025年1—9月快递业务收入前三位城市情况

城市　　快递业务收入（亿元）　　同比增长（%）　　占全省比重（%）
杭州　　312.5　　8.1　　28.2
宁波　　156.2　　6.7　　14.1
温州　　98.4　　5.3　　8.9
"""


def test_a_share_column_of_the_whole_is_the_share_of_the_measure_before_it() -> None:
    """占全省比重（%） says only of which whole: each city's share is of the column before it
    (快递业务收入占全省比重), not a nameless 占全省比重."""
    cells = row_metrics(CITIES, "杭州　　312.5　　8.1　　28.2", date(2025, 10, 20))
    assert [(m.quote, m.indicator, m.subject, m.kind) for m in cells] == [
        ("312.5", "快递业务收入", "杭州", "actual"),
        ("8.1", "快递业务收入", "杭州", "growth_rate"),
        ("28.2", "快递业务收入占全省比重", "杭州", "share")]


DISEASES = """2025年9月某市法定传染病疫情概况

　　9月，全市共报告法定传染病11种3126例，无死亡。

表1　2025年9月某市主要法定传染病报告发病情况

病种　　发病数（例）　　发病率（/10万）　　较上月增减（%）
手足口病　　512　　8.41　　-12.3
流行性腮腺炎　　86　　1.41　　4.9
"""


def test_a_rate_column_per_so_many_people_gives_its_unit_and_name_to_its_cells() -> None:
    """发病率（/10万）: the cells are rates per 100,000 (unit 1/10万, shares), each the row's
    disease's 发病率; the count and change columns keep the disease's name."""
    cells = row_metrics(DISEASES, "手足口病　　512　　8.41　　-12.3", date(2025, 10, 15))
    assert [(m.quote, m.indicator, m.unit) for m in cells] == [
        ("512", "手足口病", "例"), ("8.41", "手足口病发病率", "1/10万"),
        ("-12.3", "手足口病", "%")]
    assert [m.kind for m in cells][1:] == ["share", "growth_rate"]


ORDERS = """三、按行業別觀察：主要行業出口詳見表2，機械及電機設備分居前二位。

表2　114年1至10月出口—按主要行業別
行業別　金額（億美元）　年增率（%）　比重（%）
機械　210.5　3.2　12.1
電機設備　188.7　-1.4　10.8
"""


def test_the_sentence_referring_to_a_table_names_what_its_amount_column_measures() -> None:
    """金額（億美元） names no measure: the text's 主要行業出口詳見表2 does (出口, after the rows'
    kind 行業), so each cell is the row's 出口 and its share 出口比重; a reference to another
    table names nothing."""
    cells = row_metrics(ORDERS, "機械　210.5　3.2　12.1", date(2025, 11, 20))
    assert [(m.indicator, m.kind) for m in cells] == [
        ("机械出口", "actual"), ("机械出口", "growth_rate"), ("机械出口比重", "share")]
    other = ORDERS.replace("詳見表2", "詳見表3")
    names = [m.indicator for m in row_metrics(other, "機械　210.5　3.2　12.1", date(2025, 11, 20))]
    assert names == ["机械", "机械", "机械占比"]


def test_a_release_foot_s_contacts_and_a_commentary_s_masthead_are_no_body_text() -> None:
    """The contact at a release's foot (新闻联络人：… 电话：…, 咨询电话：0592-…), a paper's own
    commentator and the issue line under an article are furniture, not headings or
    paragraphs (a heading would head the sentences after it); a sentence naming a phone is
    still body text."""
    page = ("某市统计局发布2025年10月经济数据\n本报评论员\n"
            "《人民日报》（2025年11月24日　第04版）\n\n"
            "　　10月，全市规模以上工业增加值同比增长5.2%。"
            "如有疑问，请拨打咨询电话：0592-2052176。\n\n"
            "咨询电话：0592-2052176（工作日8:00-17:30）\n"
            "新闻联络人：统计处 科长 陈某某 电话：（02)2321-2200分机8521\n")
    kinds = [(b.kind, b.text[:6]) for b in clean_document(page).blocks]
    assert kinds[1:] == [("byline", "本报评论员"), ("masthead_date", "《人民日报》"),
                         ("paragraph", "10月，全市"), ("editor_line", "咨询电话：0"),
                         ("editor_line", "新闻联络人：")]


def _cells(raw: str, row: str, published_on: date) -> list[tuple[str, str | None, object]]:
    return [(m.quote, m.indicator, m.period_start)
            for m in row_metrics(raw, row, published_on)]


def test_a_row_after_a_page_break_keeps_its_own_offsets() -> None:
    """A page's number and running head between two rows are passed over; the row after them
    is read at its own line (its quotes were taken from the running head's line, and its
    cells lost with that line's sentence)."""
    foot = "- 1 -\n2025年浙江省快递业务运行情况\n"
    page = CITIES.replace("宁波　　156.2", foot + "宁波　　156.2")
    row = "宁波　　156.2　　6.7　　14.1"
    assert [q for q, _, _ in _cells(page, row, date(2025, 10, 20))] == ["156.2", "6.7", "14.1"]


def test_a_title_s_damage_does_not_take_its_period() -> None:
    """A title whose period carries invisible characters or OCR spaces (2025年1—\\ufeff9月,
    1—9 月 -> 1—9月), or which a column wraps over two lines with blank lines before the head,
    still dates the cells (1—9月, not the month of the text above)."""
    want = [("312.5", "快递业务收入", date(2025, 1, 1))]
    row = "杭州　　312.5　　8.1　　28.2"
    for title in ("表2　2025年1—\ufeff9月快递业务收入前三位城市情况",
                  "表2　2025年1—9 月快递业务收入前三位城市情况",
                  "表2　2025年1—9月快递业务收入前三位城\n市情况\n\n"):
        page = CITIES.replace("1—9月，全省", "9月，全省").replace(
            "表2　2025年1—9月快递业务收入前三位城市情况", title)
        assert _cells(page, row, date(2025, 10, 20))[:1] == want, title


def test_a_table_referred_to_is_found_under_a_page_s_foot_above_its_title() -> None:
    """The label 表2 opens the title's own line, under a page number and a running head."""
    page = ORDERS.replace("表2　114年", "— 2 —\n經濟部統計處新聞稿\n表2　114年")
    cells = row_metrics(page, "機械　210.5　3.2　12.1", date(2025, 11, 20))
    assert [m.indicator for m in cells] == ["机械出口", "机械出口", "机械出口比重"]


def _two_columns(pairs: list[tuple[str, str]], right_at: int = 52) -> str:
    """A page set in two columns: each line's left text, then its right text from display
    column ``right_at``."""
    return "".join(left + " " * (right_at - display_width(left, 0, len(left))) + right + "\n"
                   for left, right in pairs)


def test_a_table_parted_by_single_ideographic_spaces_in_one_column_of_a_page() -> None:
    """A table whose cells one ideographic space parts, set in the left column of a page in two
    columns, body text beside each of its lines: read in its column (the head was one run of
    text beside one of prose, so no column was found and nothing was read)."""
    page = _two_columns([
        ("三、按行業別觀察：主要行業出口詳見表2。", "七、展望：新興科技應用持續擴展，雲端"),
        ("", "資料中心資本支出維持高檔。"),
        ("表2　114年1至10月出口—按主要行業別", "根據受訪廠商預估，11月出口金額將續"),
        ("行業別　金額（億美元）　年增率（%）　比重（%）", "增，惟關稅政策等因素仍須密切關注。"),
        ("機械　210.5　3.2　12.1", "附註：表列比重係占當期出口總額之比率。"),
        ("電機設備　188.7　-1.4　10.8", "")])
    row = page.splitlines()[4]
    cells = row_metrics(page, row, date(2025, 11, 20))
    assert [(m.quote, m.indicator) for m in cells] == [
        ("210.5", "机械出口"), ("3.2", "机械出口"), ("12.1", "机械出口比重")]


def test_a_contact_written_as_a_sentence_is_an_editor_line() -> None:
    """联系人：…，电话：…。 alone on its line is the release's contact, though its clause marks
    read as body text; a contact line running on into a report's sentence stays body text."""
    kinds = [b.kind for b in clean_document(
        "全市安全生产形势平稳。\n\n联系人：市应急管理局综合统计科，电话：0757-83381234。\n").blocks]
    assert kinds == ["paragraph", "editor_line"]
    kinds = [b.kind for b in clean_document(
        "联系人：张某，电话：0757-83381234。今年全市完成投资12亿元，同比增长5%。\n").blocks]
    assert kinds == ["paragraph"]
