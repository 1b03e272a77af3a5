"""Text tables and cleaning of blind rounds 27 and 28's genres: a monthly bulletin's table of
cities, a disease report's table of rates per 100,000, a Taiwanese release's table whose title
labels it 表1 before a Minguo year. Short pages written for each layout, not the rounds'
documents."""

from __future__ import annotations

from pipelines.domain.cleaning import clean_document


def test_a_table_label_keeps_its_number_apart_from_the_year_after_it() -> None:
    """表1　114年…: the label's number is no part of a Minguo year (one number, 1114, before);
    a number OCR spaced out after other words is still joined."""
    heads = [b.text for b in clean_document("表1　114年1至10月外銷訂單\n").blocks]
    assert heads == ["表1 114年1至10月外销订单"]
    heads = [b.text for b in clean_document("附表2　12個縣市人口\n").blocks]
    assert heads == ["附表2 12个县市人口"]
    body = [b.text for b in clean_document("全年共发表1 2篇论文。\n").blocks]
    assert body == ["全年共发表12篇论文。"]
