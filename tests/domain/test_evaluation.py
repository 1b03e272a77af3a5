"""The scorer itself, on small hand-made frames."""

from datetime import date

import polars as pl
import pytest

from pipelines.domain.evaluation import (
    canonical_text,
    conform,
    load_gold,
    metrics_frame,
    score_metrics,
    score_themes,
)
from pipelines.domain.records import Metric


def _row(**kw):
    base = {
        "file": "a.txt",
        "quote": "6 万个",
        "char_start": 10,
        "char_end": 14,
        "sentence": "全年新建充电桩6万个。",
        "value": 6.0,
        "value_normalized": 60000.0,
        "unit_raw": "万个",
        "unit": "个",
        "indicator": "新建充电桩",
        "kind": "target",
        "qualifier": "none",
        "period_start": date(2023, 1, 1),
        "period_end": date(2023, 12, 31),
    }
    base.update(kw)
    return base


def _gold():
    return conform(
        pl.DataFrame(
            [
                _row(),
                _row(
                    quote="5.3%",
                    char_start=40,
                    char_end=44,
                    value=5.3,
                    value_normalized=5.3,
                    unit_raw="%",
                    unit="%",
                    indicator="地区生产总值",
                    kind="growth_rate",
                    period_start=date(2023, 1, 1),
                    period_end=date(2023, 3, 31),
                ),
                _row(
                    file="b.txt",
                    quote="第 2 位",
                    char_start=5,
                    char_end=10,
                    value=2.0,
                    value_normalized=2.0,
                    unit_raw="位",
                    unit="位",
                    indicator="增速",
                    kind="rank",
                    period_start=None,
                    period_end=None,
                ),
            ]
        )
    )


def test_perfect_prediction_scores_one():
    gold = _gold()
    s = score_metrics(gold, gold.drop("borderline"))
    assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0)
    assert all(f.accuracy == 1.0 for f in s.fields)
    assert s.false_negatives == () and s.false_positives == ()


def test_missing_row_lowers_recall_and_is_listed():
    gold = _gold()
    s = score_metrics(gold, gold.filter(pl.col("file") == "a.txt"))
    assert s.precision == 1.0
    assert s.recall == pytest.approx(2 / 3)
    assert [m.quote for m in s.false_negatives] == ["第 2 位"]


def test_extra_prediction_lowers_precision_and_is_listed():
    gold = _gold()
    extra = conform(pl.DataFrame([_row(quote="14", char_start=60, char_end=62, value=14.0)]))
    s = score_metrics(gold, pl.concat([gold, extra]))
    assert s.recall == 1.0
    assert s.precision == pytest.approx(3 / 4)
    assert [(m.quote, m.char_start) for m in s.false_positives] == [("14", 60)]


def test_wrong_unit_lowers_unit_accuracy_only():
    gold = _gold()
    pred = gold.with_columns(
        pl.when(pl.col("quote") == "6 万个").then(pl.lit("座")).otherwise("unit").alias("unit")
    )
    s = score_metrics(gold, pred)
    assert s.f1 == 1.0
    assert s.accuracy("unit") == pytest.approx(2 / 3)
    assert s.accuracy("kind") == 1.0


def test_match_needs_overlap_and_value():
    gold = _gold()
    shifted = gold.with_columns(pl.col("char_start") + 100, pl.col("char_end") + 100)
    assert score_metrics(gold, shifted).matched == 0
    wrong_value = gold.with_columns(pl.col("value") + 1, pl.col("value_normalized") + 1)
    assert score_metrics(gold, wrong_value).matched == 0
    other_file = gold.with_columns(pl.lit("c.txt").alias("file"))
    assert score_metrics(gold, other_file).matched == 0


def test_partial_overlap_matches_and_value_tolerance_is_relative():
    gold = _gold()
    # the extractor took only the number, and read 5.3 as 5.3000000001
    pred = gold.with_columns(pl.col("char_end") - 1, (pl.col("value") * (1 + 1e-9)).alias("value"))
    assert score_metrics(gold, pred).matched == 3


def test_normalized_value_is_enough_to_match_and_value_accuracy_drops():
    gold = _gold().filter(pl.col("quote") == "6 万个")
    pred = gold.with_columns(pl.lit(60000.0).alias("value"))  # wrote the multiplied value
    s = score_metrics(gold, pred)
    assert s.matched == 1
    assert s.accuracy("value") == 0.0
    assert s.accuracy("value_normalized") == 1.0


def test_matching_is_one_to_one_and_prefers_larger_overlap():
    gold = _gold().filter(pl.col("quote") == "6 万个")
    pred = pl.concat(
        [
            gold.with_columns(
                pl.lit(13, pl.Int64).alias("char_start"), pl.lit(20, pl.Int64).alias("char_end")
            ),
            gold.with_columns(pl.lit("wide").alias("indicator")),
        ]
    )
    s = score_metrics(gold, pred)
    assert s.matched == 1
    assert s.accuracy("indicator") == 0.0  # the full-overlap row won the match
    assert [m.char_start for m in s.false_positives] == [13]


def test_indicator_exact_after_canonicalisation_and_lenient_containment():
    gold = _gold()
    pred = gold.with_columns(
        pl.col("indicator").replace(
            {"新建充电桩": "“新建 充电桩”", "地区生产总值": "成都地区生产总值", "增速": "排名"}
        )
    )
    s = score_metrics(gold, pred)
    assert s.accuracy("indicator") == pytest.approx(1 / 3)
    assert s.accuracy("indicator_lenient") == pytest.approx(2 / 3)


def test_period_needs_both_ends_and_nulls_are_equal():
    gold = _gold()
    pred = gold.with_columns(
        pl.when(pl.col("quote") == "5.3%")
        .then(pl.lit(date(2023, 6, 30)))
        .otherwise("period_end")
        .alias("period_end")
    )
    s = score_metrics(gold, pred)
    assert s.accuracy("period") == pytest.approx(2 / 3)  # rank row: null == null


def test_kind_and_qualifier_errors_counted():
    gold = _gold()
    pred = gold.with_columns(pl.lit("actual").alias("kind"), pl.lit(None).alias("qualifier"))
    s = score_metrics(gold, pred)
    assert s.accuracy("kind") == 0.0
    assert s.accuracy("qualifier") == 1.0  # a missing qualifier reads as "none"


def test_borderline_gold_is_dont_care():
    gold = pl.concat(
        [
            _gold(),
            conform(
                pl.DataFrame(
                    [_row(quote="两个", char_start=80, char_end=82, value=2.0, borderline=True)]
                )
            ),
        ]
    )
    without = score_metrics(gold, _gold())
    assert without.recall == 1.0 and without.gold_count == 3
    with_it = score_metrics(gold, gold)
    assert with_it.precision == 1.0 and with_it.borderline_matched == 1


def test_empty_prediction_scores_zero_and_format_mentions_misses():
    gold = _gold()
    s = score_metrics(gold, pl.DataFrame(schema={"file": pl.String}))
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)
    assert s.accuracy("unit") is None
    report = s.format()
    assert "recall 0.000" in report and "'第 2 位'" in report


def test_metrics_frame_from_records():
    m = Metric(
        sent_no=3,
        quote="6 万个",
        char_start=10,
        char_end=14,
        indicator="新建充电桩",
        value=6,
        unit_raw="万个",
        value_normalized=60000,
        unit="个",
        kind="target",
        period_start=date(2023, 1, 1),
        period_end=date(2023, 12, 31),
    )
    frame = metrics_frame([m], "a.txt", {3: "全年新建充电桩6万个。"})
    assert frame["sentence"].to_list() == ["全年新建充电桩6万个。"]
    s = score_metrics(_gold(), frame)
    assert s.matched == 1 and s.accuracy("period") == 1.0


def test_load_gold_parses_dates(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(
        '{"file": "a.txt", "quote": "5%", "char_start": 0, "char_end": 2, "value": 5,'
        ' "value_normalized": 5, "period_start": "2023-01-01", "period_end": null}\n',
        encoding="utf-8",
    )
    g = load_gold(path)
    assert g["period_start"].to_list() == [date(2023, 1, 1)]
    assert g.schema["value_high"] == pl.Float64 and g["borderline"].to_list() == [False]


def test_canonical_text():
    assert canonical_text(" “碳惠天府” 平台 ") == "碳惠天府平台"
    assert canonical_text("ＧＤＰ") == "gdp"
    assert canonical_text("“”") is None
    # a range's dash however written (cleaning writes 0—4岁 as 0-4岁 in the names it builds)
    assert canonical_text("0—4岁年龄组") == canonical_text("0-4岁年龄组") == "0-4岁年龄组"


def test_score_themes_recall_at_k():
    labels = {"d1": ["科技创新", "产业发展"], "d2": ["民生福祉"]}
    predicted = {"d1": ["产业发展", "经济运行", "科技创新"], "d2": ["党的建设", "民生福祉"]}
    s2 = score_themes(labels, predicted, k=2)
    assert (s2.found, s2.labelled) == (2, 3)
    assert s2.recall_at_k == pytest.approx(2 / 3)
    assert s2.mean_unit_recall == pytest.approx((0.5 + 1.0) / 2)
    assert s2.top1_accuracy == 0.5
    assert score_themes(labels, predicted, k=3).recall_at_k == 1.0
    assert score_themes(labels, {}, k=3).recall_at_k == 0.0
    assert "missing 科技创新" in s2.format()
    with pytest.raises(ValueError):
        score_themes(labels, predicted, k=0)
