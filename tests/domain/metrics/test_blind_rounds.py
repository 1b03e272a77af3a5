"""Blind rounds 14 onwards, each scored alone: three held-out documents of new genres, written
and labelled by reading before the extractor ran on them (tests/gold/heldout/README.md lists
each round's misses). Each round's floors first sat just under what the extractor reached blind,
so that they fail on a regression, and were raised after the round's fixes; the comments keep
both figures. Rounds 7-13 have modules of their own (their misses pinned one by one)."""

from dataclasses import dataclass
from functools import cache

import pytest

from pipelines.domain.evaluation import MetricScores
from tests.domain.metrics.support import assert_blind_round, fields_below, heldout_round_scores


@dataclass(frozen=True)
class BlindRound:
    documents: tuple[str, ...]  # the file name prefixes of its three documents
    precision: float
    recall: float
    floors: dict[str, float]  # field -> accuracy floor
    min_gold: int = 205  # labelled rows that must stay scored


ROUNDS = {
    # Round 14 (tests/gold/heldout/h44-h46: a provincial high people's court's work report, a
    # Singapore Chinese-language newspaper's report on the quarter's GDP, a district's
    # major-projects signing news), scored alone. The documents were written and labelled by reading
    # before the extractor ran on them; the floors sit just under what the extractor reached blind
    # (metrics-26 as committed, 826443f), so they fail on a regression; they were raised after the
    # fixes (metrics-28). The misses are listed in the held-out README (round 14). Reached blind
    # (207 scored rows): precision 0.938, recall 0.952, unit 0.964, indicator 0.726, lenient 0.924,
    # subject 0.975, kind 0.741, qualifier 0.990, period 0.858. After round 14's fixes (metrics-28,
    # tests/domain/metrics/test_round14_misses.py): precision 1.000, recall 1.000, unit 1.000,
    # indicator 0.923, lenient 0.986, subject 1.000, kind 0.981, qualifier 1.000, period 1.000; the
    # floors sit just under that.
    14: BlindRound(('h44_', 'h45_', 'h46_'), precision=0.995, recall=0.995, min_gold=205,
                    floors={"unit": 0.995, "indicator": 0.955, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 15 (tests/gold/heldout/h47-h49: a ministry's yearly telecom statistics bulletin, a
    # Taiwanese county's budget release in Traditional script, a city's list of ten livelihood
    # projects for the year), scored alone. The documents were written and labelled by reading
    # before the extractor ran on them; the floors sit just under what the extractor reached blind
    # (metrics as committed at e266ccc, on the final labels), so they fail on a regression and are
    # raised after the fixes. The misses are listed in the held-out README (round 15). Reached blind
    # (209 scored rows, final labels): precision 0.981, recall 0.976, unit 0.966, indicator 0.775,
    # lenient 0.966, subject 0.995, kind 0.951, qualifier 1.000, period 0.946
    15: BlindRound(('h47_', 'h48_', 'h49_'), precision=0.995, recall=0.995, min_gold=205,
                    floors={"unit": 0.995, "indicator": 0.975, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 16 (tests/gold/heldout/h50-h52: the Ministry of Finance's monthly release of national
    # revenue and spending, the automobile association's monthly production and sales release, a
    # listed state-owned power company's annual results news), scored alone. The documents were
    # written and labelled by reading before the extractor ran on them; the floors sit just under
    # what the extractor reached blind (metrics as committed at 7fac815, on the final labels), so
    # they fail on a regression and are raised after the fixes. The misses are listed in the
    # held-out README (round 16). Reached blind (254 matched scored rows, final labels): precision
    # 0.984, recall 0.996, unit 0.992, indicator 0.909, lenient 0.988, subject 0.992, kind 0.965,
    # qualifier 0.992, period 0.965. After the round's fixes (metrics-31): every field 1.000,
    # precision and recall 1.000. The floors sit just under.
    16: BlindRound(('h50_', 'h51_', 'h52_'), precision=0.995, recall=0.995, min_gold=205,
                    floors={"unit": 0.995, "indicator": 0.995, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 17 (tests/gold/heldout/h53-h55: a provincial environment department's monthly air
    # quality ranking with a 13-city table printed as text, the national statistics bureau's monthly
    # release on the economy, a province's 2025-2027 action plan to improve the business
    # environment), scored alone. The documents were written and labelled by reading before the
    # extractor ran on them; the floors sit just under what the extractor reached blind (metrics as
    # committed at f3fa7d4), so they fail on a regression and are raised after the fixes. The misses
    # are listed in the held-out README (round 17). Reached blind (199 scored rows, 151 matched):
    # precision 0.974, recall 0.759 (h53's ranking table, 39 cells, not read), unit 0.967, indicator
    # 0.841, lenient 0.914, subject 0.960, kind 0.967, qualifier 0.993, period 0.980. After the
    # round's fixes (the table read: clean-19 and metrics-31; the gold's three gaps to another
    # figure relabelled other and h55's 日 as 天, the set's conventions): P 0.995, R 0.995, unit
    # 1.000, indicator 0.980, lenient 1.000, subject 1.000, kind 0.995, qualifier 1.000, period
    # 0.990. The floors sit just under.
    17: BlindRound(('h53_', 'h54_', 'h55_'), precision=0.995, recall=0.995, min_gold=199,
                    floors={"unit": 0.995, "indicator": 0.97, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 18 (tests/gold/heldout/h56-h58: a town government's yearly work summary and plan from a
    # scanned PDF, a province's transport department's monthly release on ports and logistics with a
    # ports table printed as text, a 国务院办公厅 意见 on the elderly care system), scored alone.
    # The documents were written and labelled by reading before the extractor ran on them; the
    # floors sit just under what the extractor reached blind (metrics as committed at 229088f,
    # scored at 6028ca3), so they fail on a regression and are raised after the fixes. The misses
    # are listed in the held-out README (round 18). Reached blind (194 scored rows, 192 matched):
    # precision 0.995, recall 0.990, unit 1.000, indicator 0.693, lenient 0.932, subject 0.807 (全省
    # a subject of a provincial release naming its province only in its source line; the villages of
    # 分别 lists not taken for places; 全国 of a national text a subject), kind 0.875, qualifier
    # 0.995, period 0.948. After the round's fixes (metrics-32, session 18; seven labels brought to
    # the set's rules, see the README): precision 1.000, recall 1.000, indicator 0.974, lenient
    # 0.985, every other field 1.000. The floors sit just under.
    18: BlindRound(('h56_', 'h57_', 'h58_'), precision=0.995, recall=0.995, min_gold=194,
                    floors={"unit": 0.995, "indicator": 0.965, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 19 (tests/gold/heldout/h59-h61: 国家知识产权局's yearly release of patent and trademark
    # figures, 台灣 財政部's monthly foreign trade release in Traditional script with a table of
    # main markets printed as text, a listed company's ESG report), scored alone. The documents were
    # written and labelled by reading before the extractor ran on them; the floors sit just under
    # what the extractor reached blind (metrics as committed at 149bb14, scored at 3c79a73 in a
    # clean copy of the commit), so they fail on a regression and are raised after the fixes. The
    # misses are listed in the held-out README (round 19). Reached blind (233 scored rows, 208
    # matched): precision 0.972, recall 0.893 (h60's table of markets not read: 15 cells; 年減 not
    # read as a fall: 5), unit 0.957 (个月 as 个, 吨二氧化碳当量 as 吨, 小时/人 as 小时), indicator
    # 0.745, lenient 0.947, subject 0.875 (香港 of 中國大陸及香港 a subject; 全国 of a national text
    # a subject), kind 0.899 (a year's or a part-year's 累計 flows as stocks), qualifier 0.971 (出超
    # read as 超), period 0.779 (基准年（2020年） a period; 截至报告期末 not read; a bare 10月 after
    # 上年全年 put in 2024). After the round's fixes (metrics-32, clean-20, session 18; the 累计
    # convention settled and one unit label corrected, see the README): precision 1.000, recall
    # 1.000, indicator 0.953, lenient 0.996, period 0.987, every other field 1.000. The floors sit
    # just under.
    19: BlindRound(('h59_', 'h60_', 'h61_'), precision=0.995, recall=0.995, min_gold=233,
                    floors={"unit": 0.995, "indicator": 0.965, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 20 (tests/gold/heldout/h62-h64: 应急管理部's release of the first three quarters'
    # natural disasters, a securities daily's A-share market close report, 国家能源局's monthly
    # release on electricity consumption), scored alone. The documents were written and labelled by
    # reading before the extractor ran on them; the floors sit just under what the extractor reached
    # blind (metrics as committed at e37284d, labels as first written), so they fail on a
    # regression and are raised after the fixes. The misses are listed in the held-out README
    # (round 20). Reached blind (222 scored rows): precision 0.968, recall 0.955, unit 1.000,
    # indicator 0.580, lenient 0.896, subject 0.943, kind 0.816, qualifier 1.000, period 0.670,
    # value_high 1.000.
    # After the round's fixes (metrics-34, clean-22, seg-9, session 19; h62's departures from the
    # normal relabelled other): P 0.991, R 1.000, unit 1.000, indicator 0.838, lenient 0.987,
    # subject 1.000, kind 0.987, qualifier 1.000, period 1.000. The floors sit just under.
    # Session 20: h63's 全市场5384只个股中 relabelled borderline (a scope count), 221 scored rows.
    20: BlindRound(('h62_', 'h63_', 'h64_'), precision=0.995, recall=0.995, min_gold=221,
                    floors={"unit": 0.995, "indicator": 0.925, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 21 (tests/gold/heldout/h65-h67: 国家医疗保障局's yearly statistical bulletin on medical
    # insurance, a government procurement result notice with two bidders' tables printed as
    # text, a film trade paper's news on the National Day holiday's box office), scored alone.
    # The documents were written and labelled by reading before the extractor ran on them; the
    # floors sit just under what the extractor reached blind (metrics-34 as committed at e08a32c,
    # in a clean copy of the commit), so they fail on a regression and are raised after the
    # fixes. The misses are listed in the held-out README (round 21). Reached blind (201 scored
    # rows): precision 0.980, recall 0.975, unit 0.954, indicator 0.622, lenient 0.929, subject
    # 0.974, kind 0.837, qualifier 0.995, period 0.648 (h67's holiday, 国庆档, not read as one).
    # After the round's fixes (metrics-34, clean-22, seg-9, session 19): P 1.000, R 1.000, unit
    # 1.000, indicator 0.930, lenient 0.980, subject 1.000, kind 0.995, qualifier 1.000, period
    # 0.980. The floors sit just under.
    21: BlindRound(('h65_', 'h66_', 'h67_'), precision=0.995, recall=0.995, min_gold=201,
                    floors={"unit": 0.995, "indicator": 0.95, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 22 (tests/gold/heldout/h68-h70: 中国民用航空局's monthly release of the industry's main
    # figures, a Hong Kong-listed property developer's monthly operating update in Traditional
    # script, a university's graduate employment quality report with a table by 学院 printed as
    # text), scored alone. The documents were written and labelled by reading before the
    # extractor ran on them; the floors sit just under what the extractor reached blind
    # (metrics-34 as committed at 3afacdd, in a clean copy of the commit), so they fail on a
    # regression and are raised after the fixes. The misses are listed in the held-out README
    # (round 22). Reached blind (201 scored rows): precision 1.000, recall 0.990, unit 0.915
    # (人民幣 amounts read as 港元), indicator 0.538, lenient 0.935, subject 0.940, kind 0.884,
    # qualifier 1.000, period 0.673 (止十個月 read as its end day; 2025届 not a period).
    # After the round's fixes (metrics-34, clean-22, seg-9, session 19; h70's 408名 relabelled
    # 名): P 1.000, R 1.000, unit 1.000, indicator 0.776, lenient 0.990, subject 0.980, kind
    # 0.985, qualifier 1.000, period 0.906. The floors sit just under.
    # Session 20: regions of several provinces relabelled part of the name (helper G1,
    # tests/gold/README.md): h69's 粤港澳大湾区 figure is named by the extractor from the 长三角
    # clause before it, so lenient 0.985 -> 0.980 (indicator 0.776 -> 0.791); the lenient floor
    # came down to 0.975. Session 25 (helper Q5): period 0.995 (h70's 学院 table's 毕业生人数, the
    # class's size, of 2025, not at the cut-off day): floor raised to 0.99.
    22: BlindRound(('h68_', 'h69_', 'h70_'), precision=0.995, recall=0.995, min_gold=201,
                    floors={"unit": 0.995, "indicator": 0.935, "indicator_lenient": 0.98,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 23 (tests/gold/heldout/h71-h73: 国家统计局's monthly release on the purchasing
    # managers' indices with an appendix table of sub-indices by month printed as text, an A-share
    # company's third-quarter report with its financial tables printed as text, a provincial
    # finance department's notice of a local government bond issuance's results), scored alone.
    # The documents were written and labelled by reading before the extractor ran on them; the
    # floors sit just under what the extractor reached blind (metrics-34 / clean-22 / seg-9 as
    # committed at f762b67, scored at eae797e in a clean copy of the commit), so they fail on a
    # regression and are raised after the fixes. The misses are listed in the held-out README
    # (round 23). Reached blind (171 scored rows): precision 0.907 (bond numbers （十期） read as
    # counts), recall 0.743 (h71's table, h72's balance-sheet and 非经常性损益 tables: 38 cells),
    # unit 0.984, indicator 0.772, lenient 0.953, subject 0.992, kind 0.724 (a bond issue's
    # results read as 2025 targets), qualifier 1.000, period 0.417 (本报告期 undated, 年初至报告期末
    # read as January, the issue's figures dated the whole of 2025). After the round's fixes
    # (metrics-35, clean-23, seg-10; helpers Fa-Fe, test_round23_24_*.py): precision 1.000,
    # recall 1.000, unit 1.000, indicator 0.977, lenient 0.994, subject 1.000, kind 1.000,
    # qualifier 1.000, period 0.982; the floors sit just under that. Period 0.988 after session
    # 25's _as_their_cells (a figure in words dated only by the title takes its cell's period).
    23: BlindRound(('h71_', 'h72_', 'h73_'), precision=0.995, recall=0.995, min_gold=171,
                    floors={"unit": 0.995, "indicator": 0.98, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.985}),
    # Round 24 (tests/gold/heldout/h74-h76: a provincial market regulation administration's
    # release on the first three quarters' business registrations, a provincial daily's news on
    # the 苏超 football league's economic pull, a county agriculture bureau's year-end work
    # summary pulled out of a scanned page with OCR damage and a broken table), scored alone.
    # The documents were written and labelled by reading before the extractor ran on them; the
    # floors sit just under what the extractor reached blind (metrics-34 / clean-22 / seg-9 as
    # committed at eae797e, in a clean copy of the commit), so they fail on a regression and are
    # raised after the fixes. The misses are listed in the held-out README (round 24). Reached
    # blind (198 scored rows): precision 0.995, recall 0.960, unit 0.995, indicator 0.742,
    # lenient 0.937, subject 0.916, kind 0.800 (新设 registrations read as counts of things),
    # qualifier 1.000, period 0.816 (开赛以来 / 第N轮 / an event's year in its name). After the
    # round's fixes (metrics-35, clean-23, seg-10): precision 1.000, recall 1.000, unit 1.000,
    # indicator 0.899, lenient 0.995, subject 0.990, kind 0.980, qualifier 1.000, period 0.970;
    # the floors sit just under that.
    24: BlindRound(('h74_', 'h75_', 'h76_'), precision=0.995, recall=0.995, min_gold=198,
                    floors={"unit": 0.995, "indicator": 0.94, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 25 (tests/gold/heldout/h77-h79: 香港政府統計處's monthly retail sales release in
    # Traditional script with a text table by retailer type, 国家统计局's 1—10月份 industrial
    # profits release, a county government's 2024 annual report on government information
    # disclosure with the standard form's tables printed as text), scored alone. The documents
    # were written and labelled by reading before the extractor ran on them; the floors sit just
    # under what the extractor reached blind (metrics-35 / clean-23 / seg-10 as committed at
    # 4de14d7, in a clean copy of the commit), so they fail on a regression and are raised after
    # the fixes. The misses are listed in the held-out README (round 25). Reached blind (178
    # scored rows): precision 0.993, recall 0.753 (h79's form tables: 42 cells unread), unit
    # 0.955 (表一's 港幣百萬元 head not taken), indicator 0.649, lenient 0.970, subject 1.000, kind
    # 0.851, qualifier 1.000, period 0.963.
    # After the round's fixes (metrics-35, clean-23, seg-10; helpers Fa2-Fe2, test_round25_26_*.py,
    # and session 20's relabels): precision 1.000, recall 1.000, unit 1.000, indicator 0.961,
    # lenient 1.000, subject 1.000, kind 1.000, qualifier 1.000, period 1.000; the floors sit just
    # under that.
    25: BlindRound(('h77_', 'h78_', 'h79_'), precision=0.995, recall=0.995, min_gold=178,
                    floors={"unit": 0.995, "indicator": 0.975, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 26 (h80-h82, labelled by reading before any extractor run): a city's 12345 hotline
    # quarterly report (合肥), a news report on a land auction (成都), 农业农村部's weekly wholesale
    # farm price report (2025年第47周). The floors sit just under what the extractor reached blind
    # (metrics-35 / clean-23 / seg-10 as committed at 7d9aa98, in a clean copy of the commit), so
    # they fail on a regression and are raised after the fixes. The misses are listed in the
    # held-out README (round 26). Reached blind (231 scored rows): precision 0.991, recall 0.952,
    # unit 0.982 (个点), indicator 0.641, lenient 0.836 (分别 lists not paired, scope and
    # agent words kept), subject 0.905 (districts of a 分别 list, a plot's district),
    # kind 0.764 (受理 flows read as stocks, an auction day's figures read as goals),
    # qualifier 1.000, period 0.823 (a day's date with a time of day, a table's 前一周 /
    # 去年同期 columns, 较去年全年 read as 全年).
    # After the round's fixes (metrics-35, clean-23, seg-10; helpers Fa2-Fe2 and session 20's
    # relabels): precision 1.000, recall 0.987, unit 1.000, indicator 0.816, lenient 0.912,
    # subject 0.961, kind 0.987, qualifier 1.000, period 1.000. Session 21 (metrics-36: ranked
    # items that are no places, a second 分别 list named by a base alone, h82's relabels): indicator
    # 0.877, lenient 0.974, kind 1.000; the floors sit just under that.
    # Session 23: h81's three deadlines of the sale's terms (10个工作日内…) made borderline (a
    # rule's deadline is no metric by the set's convention: 228 scored), h80's 日均 comparison
    # named with its total by the settled 日均 convention (lenient 0.974 -> 0.969: a miss now).
    26: BlindRound(('h80_', 'h81_', 'h82_'), precision=0.995, recall=0.995, min_gold=228,
                    floors={"unit": 0.995, "indicator": 0.88, "indicator_lenient": 0.965,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 27 (tests/gold/heldout/h83-h85: a provincial postal administration's monthly postal and
    # express industry bulletin with a table of the first five cities printed as text, a city CDC's
    # monthly notifiable infectious disease report with a table by disease and the flu surveillance
    # week, a securities newspaper's report on a listed city commercial bank's annual results),
    # scored alone. The documents were written and labelled by reading before the extractor ran on
    # them; the floors sit just under what the extractor reached blind (metrics-36 / clean-23 /
    # seg-10 as committed at 0555119, in a clean copy of the commit), so they fail on a regression
    # and are raised after the fixes. The misses are listed in the held-out README (round 27).
    # Reached blind (222 scored rows): precision 1.000, recall 1.000, unit 0.964 (the table's
    # /10万 column, 万剂次), indicator 0.761, lenient 0.941 (a list's shared head across 及, run-in
    # heads, 分别 and 为主 kept, a clause borrowed from the sentence before), subject 0.991,
    # kind 0.847 (a month's cases 例 / samples 份 / complaints 件 read as stocks, the table's
    # rates as counts), qualifier 1.000, period 0.932 (截至报告期末 not read, a day at a
    # sentence's head, 前一周的 / 去年同期的 levels dated by the week).
    # After the round's fixes (metrics-36, clean-24, seg-11; helpers Fa-Fe and the lead):
    # precision 1.000, recall 1.000, unit 1.000, indicator 0.977, lenient 0.991, subject 1.000,
    # kind 1.000, qualifier 1.000, period 1.000; the floors sit just under that.
    27: BlindRound(('h83_', 'h84_', 'h85_'), precision=0.995, recall=0.995, min_gold=222,
                    floors={"unit": 0.995, "indicator": 0.98, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 28 (h86-h88, labelled by reading before any extractor run): a city emergency
    # management bureau's work-safety statistics release (佛山, 2025年1—9月), 經濟部統計處's monthly
    # export orders release in Traditional script (114年10月), a 人民日报 评论员文章 on easing the
    # burden of grassroots cadres (loose figures among rhetoric full of numbers that are not
    # metrics). The floors sit just under what the extractor reached blind (metrics-36 /
    # clean-23 / seg-10 as committed at 3c46b9b, in a clean copy of the commit), so they fail on a
    # regression and are raised after the fixes. The misses are listed in the held-out README
    # (round 28). Reached blind (158 scored rows): precision 0.981 (十万人, a note's 100%, 七八个
    # read as 78), recall 0.981 (a 分别 list after districts and a class, 近七成 before its noun,
    # 翻了一番), unit 0.987 (家次), indicator 0.690, lenient 0.871 (elliptic regions borrowing the
    # clause before, a table's row names, a sector not carried to 死亡), subject 0.916 (districts
    # of a 分别 list, a case's district before 某企业, regions taken for subjects), kind 0.890
    # (a 累計 heading, 預估 ranges, a commentary's figures read as goals), qualifier 1.000, period
    # 0.903 (a case's day before a time of day, 民國 114年 resolved as 1114, 11月30日前).
    # After the round's fixes (metrics-36, clean-24, seg-11; helpers Fa-Fe and the lead):
    # precision 1.000, recall 1.000, unit 1.000, indicator 0.981, lenient 1.000, subject 1.000,
    # kind 1.000, qualifier 1.000, period 1.000; the floors sit just under that.
    28: BlindRound(('h86_', 'h87_', 'h88_'), precision=0.995, recall=0.995, min_gold=158,
                    floors={"unit": 0.995, "indicator": 0.99, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 29 (h89 浙江省税务局's 1—10月 tax revenue and relief release, h90 国务院国资委's
    # central SOE operations release, h91 中国充电联盟's October charging report), scored blind
    # on 195 scored rows (commit 98fa136): precision 0.919 (the h91 table's rank column, power
    # classes 120kW / 7kW, 前10个 / 前5家 classes), recall 0.933 (h89's table with one-space
    # columns, 首位 / 居首 ranks, a 1:2.2 ratio), unit 0.995 (万通), indicator 0.643, lenient
    # 0.786 (agents, （枪） and （不含房地产） dropped, names cut to their last words), subject
    # 0.863 (a table's province column and operators read into the name), kind 0.951 (a
    # sentence's 累计 not carried, 预计 in a quote, members that qualified), qualifier 1.000,
    # period 0.813 (2024年度 moving later 前三季度 / 全年 into 2024, a section with no time
    # expression dated by a 10月当月 before it, 截至 not carried into the next paragraph).
    # After a first pass of fixes at the session's end (helpers G1-G3, 35 minutes): precision
    # 0.946 (h91's rank column: the set labels rank columns in h53 / h66, this round none: open),
    # recall 0.990, unit 1.000, indicator 0.751, lenient 0.870, subject 0.974, kind 0.979,
    # qualifier 1.000, period 0.922. Session 22: the label conflicts settled by the set's
    # conventions (the rank column as rank rows, scope notes in brackets and 合计 out of names,
    # 首位 / 居首 and 超过1万台 borderline, the operators named by their firm with no subject: a
    # subject is a place) and a second pass of fixes (helpers H1-H3, then J1-J4's rules): precision
    # 1.000, recall 1.000 (203 scored), unit 1.000, indicator 0.916, lenient 0.961, subject 1.000,
    # kind 0.995, qualifier 1.000, period 0.966; the floors sit just under that. Period 1.000
    # after session 25's _as_their_cells (h91's 72.6万台 at its table cell's day).
    29: BlindRound(('h89_', 'h90_', 'h91_'), precision=0.995, recall=0.995, min_gold=203,
                    floors={"unit": 0.995, "indicator": 0.93, "indicator_lenient": 0.965,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 30 (h92-h94: a provincial financial regulator's monthly insurance release, Macau's
    # monthly gaming revenue and visitor release in Traditional script, a county education
    # bureau's 中考 admissions news), labelled blind by helper B30 and scored blind on 98fa136
    # (metrics-36): precision 0.994, recall 0.937 (scores in 分 not read ×10, an elliptic
    # 留宿旅客為2.2日 ×2), unit 0.887 (two text tables' cells without their unit line's units),
    # indicator 0.740, lenient 0.910 (a table's title for its column, column before row, 以X為主
    # then 有, 恢復 / 的 / a beneficiary kept), subject 1.000, kind 0.819 (a finished exam's counts
    # read as targets in a year unfinished at the reference date ×17, a plan column, 累计 / 累計
    # not carried), qualifier 1.000, period 0.864 (a base year 2019 carried, paragraphs with no
    # time expression undated, a table undated, 8月下旬). The floors sit just under that.
    # After a first pass of fixes at the session's end (helpers G1-G3): precision 1.000, recall
    # 0.989, unit 0.973, indicator 0.877, lenient 0.963, subject 1.000, kind 0.925 (h94's counts
    # whose verb follows them still read as goals), qualifier 1.000, period 0.941. Session 22's
    # second pass (helpers H1-H3): precision 1.000, recall 1.000, unit 1.000, indicator 0.952,
    # lenient 0.989, subject 1.000, kind 0.995, qualifier 1.000, period 0.995; the floors sit
    # just under that.
    30: BlindRound(('h92_', 'h93_', 'h94_'), precision=0.995, recall=0.995, min_gold=189,
                    floors={"unit": 0.995, "indicator": 0.97, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 31 (h95-h97: 国家外汇管理局's monthly official reserve assets release with a 亿美元 /
    # 亿SDR text table, 內政部戶政司's monthly population statistics in Traditional script,
    # 深圳地铁's October ridership news), labelled blind by helper B31 and scored blind on 397f86a
    # (metrics-36, clean-24, seg-12): precision 0.871 (萬-grouped numbers 2,332萬8,415人 split in
    # two ×16, 千分之N read as %, 8号线三期), recall 0.892 (萬-grouped numbers ×9, 對數為N對 ×2,
    # unitless 性比例 ×2, 亿SDR, 线路（段）3条), unit 0.770 (乘次 not a unit ×18, 万盎司 ×3, the
    # table's cells without their column's unit ×12), indicator 0.419, lenient 0.669 (the unit word
    # 乘次 as the name, the table's column head and row number glued to the item, a 較上月 change
    # named by the rate clause before it, 其次依序為 lists, streaks kept), subject 0.959 (全球 as a
    # subject, 臺北市 lost in lists), kind 0.750 (the table's stocks actual, 万乘次 levels
    # count_total, a sentence's 累計 span not carried), qualifier 0.993, period 0.831 (the table
    # undated, 10月24日（星期五） and a 9月30日 in brackets not read, a line's opening day 今年9月底
    # carried). The floors sit just under that.
    # After fixes in the same session (helpers J1-J4 and the lead, about 50 minutes): precision
    # 0.988, recall 0.994, unit 1.000, indicator 0.818, lenient 0.915, subject 1.000, kind 0.945,
    # qualifier 0.994, period 0.964; the floors sit just under that.
    31: BlindRound(('h95_', 'h96_', 'h97_'), precision=0.995, recall=0.995, min_gold=166,
                    floors={"unit": 0.995, "indicator": 0.925, "indicator_lenient": 0.96,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 32 (h98-h100: a province's 民政事业发展统计公报, a provincial commerce department's
    # “双十一” online sales news, the traffic police bureau's release on motor vehicles and
    # drivers), labelled blind by helper B32 and scored blind on a clean copy of 96f2d54
    # (metrics-36): precision 0.963 (class bounds read as figures: 超过100万辆 … after 城市 ×6,
    # 销售额超过1亿元的直播间 / 超过1000万元的网店 ×2), recall 0.995 (离婚登记15.2万对), unit 0.957
    # (元/人·月 / 元/人·年 / 元/人次 cut to 元/人, 具 / 款 / 单 not read), indicator 0.786, lenient
    # 0.943 (a 分别 list's items dropped, an elliptic item given the clause before's name, a bound's
    # class dropped from members' names, 依法 / 各级 / 共 / 为消费者 kept), subject 0.981 (行政区
    # read as a place, three cities' total share given the last city, a 分别 pair's second city),
    # kind 0.910 (平均保障标准 read as a rule, a festival span read as 今年 unfinished: targets,
    # 新领证 counts as stocks), qualifier 0.995 (1.000 after a label slip was corrected: the
    # heading's 达 left out of the quote), period 0.648 (“双十一”期间 with its dates in brackets
    # left unresolved ×55, 今年“双十一”…期间 read as the year ×7). The floors sit just under that.
    # The class bounds (超过100万辆 …) relabelled borderline as the set's others (h34, h36, h41);
    # after fixes in the same session (helpers J1-J4): precision 1.000, recall 1.000, unit 1.000,
    # indicator 0.953, lenient 0.991, subject 1.000, kind 0.991, qualifier 1.000, period 0.972;
    # the floors sit just under that.
    32: BlindRound(('h98_', 'h99_', 'h100_'), precision=0.995, recall=0.995, min_gold=211,
                    floors={"unit": 0.995, "indicator": 0.965, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 33 (h101-h103: 国铁集团's news on the 2025 春运, 海口海关's news on 2024's 离岛免税, a
    # 第一财经-style comparison of the top cities' 2025年前三季度 GDP), labelled blind by helper B33
    # and scored blind on a clean copy of fe33970 (metrics-38, clean-26, seg-13). Reached blind
    # (190 scored rows): precision 0.979 (4 spurious: the spans' lengths 共40天 / 节前15天 /
    # 节后25天 and 春节假期8天), recall 1.000, unit 0.989 (万车 not a unit), indicator 0.632,
    # lenient 0.926 (春运期间 / 节后 kept in names, 海口海关 cut to 海关, a name carried across
    # sentences into elliptic city clauses (GDP排名, GDP十强城市经济总量占全国GDP), ranks after a
    # growth named …增速, 分别 items dropped, firms' names cut to 局集团公司), subject 0.826
    # (海口海关 read as the place 海口 and 琼海 / 万宁 unknown, h103's home taken as 上海 instead
    # of 全国, 上海局集团公司 read as 上海), kind 0.863 (2025年春运 read as an unfinished 2025:
    # targets, 2024's months after the 2025-01-03 reference date read in 2025: targets, gaps 差距
    # actual, 其中 members of a 累计 total actual), qualifier 1.000, period 0.863 (春运 / 节前 /
    # 节后 not read as the spans their brackets print, months of 2024 read in 2025, 自…以来，截至…
    # read as the 截至 day). The floors sit just under that.
    # After session 23's fixes: P 1.000, R 1.000, indicator 0.863 / 0.963,
    # subject 0.995, kind 0.995, period 0.995; the floors sit just under.
    33: BlindRound(('h101_', 'h102_', 'h103_'), precision=0.995, recall=0.995, min_gold=190,
                    floors={"unit": 0.995, "indicator": 0.92, "indicator_lenient": 0.96,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 34 (h104-h106: a Hong Kong Legislative Council written reply on public housing in
    # Traditional script, the human resources ministry's Q3 press conference, the energy
    # administration's release on renewable power to October), labelled blind by helper B34
    # and scored blind on a clean copy of fe33970 (metrics-38, clean-26, seg-13). Reached
    # blind (183 scored rows): precision 1.000, recall 0.962 (years as a unit after
    # 平均輪候時間 not read ×6, 5省（区） ×1), value_normalized 1.000, unit 0.915 (the
    # 附件 table's cells bare: 年 / 宗 in its title and column head), indicator 0.693,
    # lenient 0.824 (the table named column + year, a 分别 list of insurances sharing
    # 保险参保人数 cut to its modifiers, 完成全年N目标任务的X% named by the target, 各类 kept,
    # cuts at 或 / 等 / 率为), subject 0.830 (a national release naming 新疆 three times in
    # its breakdown taken as 新疆's: 全国 a subject ×23, 新疆 / 内蒙古 / 河北 lost ×7),
    # kind 0.892 (applications on hand at 截至 read as flows, a financial half-year's flows
    # as stocks, the year's plan 预计落成量 actual), qualifier 0.994 (約有), period 0.841
    # (financial years: the table's 2020/21 … rows undated ×15, 2025/26至2029/30年度 read as
    # its last year, 2025/26年度上半年 as the calendar half). The floors sit just under that.
    # After session 23's fixes: P 1.000, R 1.000, indicator 0.853 / 0.918,
    # subject 1.000, kind 0.973, period 0.989; the floors sit just under.
    34: BlindRound(('h104_', 'h105_', 'h106_'), precision=0.995, recall=0.995, min_gold=183,
                    floors={"unit": 0.995, "indicator": 0.955, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.985}),
    # Round 35 (h107-h109: 教育部's 2024年全国教育事业发展统计公报, a Hangzhou paper's news on the
    # October new-home market, the State Council office's 普惠托育 implementation plan 2025—2030),
    # labelled blind by helper B35 and scored blind on a clean copy of 6aa8d6c (metrics-38,
    # clean-26, seg-13). Reached blind (189 scored rows): precision 1.000, recall 1.000, unit 1.000,
    # indicator 0.831, lenient 0.958 (frame words kept: 共有, 要, 原则上不; 分别 heads not shared
    # (普通小学 for 普通小学…生均教学仪器设备值, 绿城中国 for its 销售额); class bounds cut from
    # names (建筑面积144平方米以上的, 总价300万元以下的, 不足三成); a district's name carried into
    # the next items; 按…的标准给予 rules named 标准…), subject 0.968 (绿城中国 read as the place
    # 中国 ×4, a district's subject carried into the next clause, 萧山区 read into the name), kind
    # 0.926 (a month's flows read as stocks: 认购, 开盘, 新批准预售, 筹集, 出让面积, 申购家庭, 金额;
    # 提供托位总数 a flow; rules' parameters in a plan read as goals; 累计 in a goal read as a
    # running total), qualifier 0.995 (最高可达 reach), period 0.958 (rules in a plan dated by the
    # goal before, 完成年度目标的85% given 10月 instead of 今年以来, 累计…100万人次 given the plan's
    # years instead of 到2030年). The floors sit just under that.
    # After session 23's fixes: P 1.000, R 1.000, indicator 0.931 / 0.984,
    # subject 1.000, kind 1.000, period 0.995; the floors sit just under.
    35: BlindRound(('h107_', 'h108_', 'h109_'), precision=0.995, recall=0.995, min_gold=189,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 36 (h110-h112: 海关总署's national foreign trade release for 2025年前10个月, a
    # 中国新闻网 两会 round-up of the provinces' 2025 GDP growth targets and 2024 results, a
    # 星洲日报 report on Malaysia's 第三季 GDP), labelled blind by helper B36 and scored blind on a
    # clean copy of 9e24420 (metrics-38, clean-26, seg-13). Reached blind (226 scored rows):
    # precision 0.987, recall 0.973 (降息25个基点 / 微跌0.3% valued positive, exchange rates after
    # 报, RM150亿, 每月1900令吉 missed; 31个 of a group inside a name spurious), unit 0.950 (令吉
    # not a unit ×11), indicator 0.655, lenient 0.773 (令吉 as the name ×18, elliptic targets
    # 目标为X not given the paragraph's measure, counts of provinces named by the clause before,
    # 占我外贸总值 keeping 我, 大马 / 今日 / 国行维持 kept), subject 0.945 (states written 雪兰莪州
    # / 柔佛州, 槟城州 unknown, 分别为 after 广东、江苏 unpaired, 分列 ranks paired wrongly), kind
    # 0.877 (a sentence with a 今年 target makes its 去年 clauses targets ×14, counts of provinces
    # whose target qualifies read as targets ×6), qualifier 1.000, period 0.905 (去年 after a 今年
    # clause unread, targets of 今年 in later clauses undated, 第二季 carried from a comparison,
    # 本月6日 / 今日 unread). The floors sit just under that.
    # After session 23's fixes: P 1.000, R 1.000, indicator 0.867 / 0.929,
    # subject 1.000, kind 0.978, period 0.978; the floors sit just under.
    36: BlindRound(('h110_', 'h111_', 'h112_'), precision=0.995, recall=0.995, min_gold=226,
                    floors={"unit": 0.995, "indicator": 0.95, "indicator_lenient": 0.965,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 37 (h113-h115: 文化和旅游部's release on the 2025 国庆中秋 holiday, 中国人民银行's
    # 2025年10月 financial statistics release, 桐庐县's 2025 government work report with OCR
    # damage), labelled blind by helper B37 and scored blind on a clean copy of 0361906
    # (metrics-38, clean-26, seg-13). Reached blind (201 scored rows): precision 1.000, recall
    # 1.000, unit 1.000, indicator 0.900, lenient 0.950 (an agent + verb and the deed after a
    # count dropped: 共保障…万人次中外人员出入境 -> 中外人员, with its 日均 ×2; 以…方式 kept
    # ×2; 在国内, 实行, 重点监测的 kept; 中国 cut from 中国国家博物馆; 等3部影片票房超过3亿元
    # read as deed的X with the head 票房; a 分别 pair's first item given the second's 及… tail;
    # a verb carried to a list item it does not govern (新引进总投资); 完成 dropped), subject
    # 1.000, kind 0.965 (the 其中 members of a 累计 total in the same sentence read as flows ×5,
    # a rule's cap 每日限流 actual, an exchange rate count_total), qualifier 1.000, period 0.950
    # (10月1日当天 in one clause dating the sentence's later clauses ×7, 第4天（10月4日） not
    # read, a cap dated, a stock in a section heading not given the title's month). The floors
    # sit just under that.
    # After session 23's fixes: P 1.000, R 1.000, indicator 0.920 / 0.960,
    # subject 1.000, kind 0.970, period 0.995; the floors sit just under.
    37: BlindRound(('h113_', 'h114_', 'h115_'), precision=0.995, recall=0.995, min_gold=201,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.975,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 38 (h116-h118: 江西省人民检察院's 2025 work report on 2024, 广西壮族自治区统计局's
    # 2025年前三季度 release with a text table, 无锡's 2025 talent support measures), labelled blind
    # by helper B38 and scored blind on a clean copy of ad9185f (metrics-39, clean-26, seg-13).
    # Reached blind (188 scored rows): precision 0.989 (a rule's terms 最长36个月 / 最长6个月 read
    # as metrics), recall 1.000, unit 1.000, indicator 0.851, lenient 0.931 (a 分别 list's class
    # items and the degree before a monthly rate taken as names ×6, a 分别 list's amounts before
    # their noun unnamed or borrowed ×4, the agent 检察机关 / 12309检察服务中心 dropped ×3, the 7 of
    # 7日内 cut from a name, a list's verb not carried to its second item, 受到…表彰 dropped ×2,
    # members named as their measure, a table row's note kept), subject 1.000, kind 0.926 (the
    # procuratorate's casework counts of people read as stocks ×7, a grant cap / a rate of a base /
    # a rule's scope ×4, a policy's yearly commitments not targets ×2, members that qualified
    # actual), qualifier 1.000, period 0.989 (a goal's 到2027年 carried to the next sentence's fund
    # and yearly amount ×2). The floors sit just under that.
    # After session 24's fixes: P 1.000, R 1.000, unit 1.000, indicator 0.936, indicator_lenient
    # 0.989, subject 1.000, kind 0.995, qualifier 1.000, period 0.995; the floors sit just
    # under.
    38: BlindRound(('h116_', 'h117_', 'h118_'), precision=0.995, recall=0.995, min_gold=188,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 39 (h119-h121: 澳門統計暨普查局's 2025年第三季本地生產總值 release in Traditional
    # script with a quarter table and revisions, 河北 气象局 / 应急管理厅's 2025 汛期 climate and
    # disaster bulletin, 深圳证券交易所's 2025年10月 market statistics with a 本月 / 本年累计
    # table), labelled blind by helper B39 and scored blind on a clean copy of 55595bf
    # (metrics-39, clean-26, seg-13). Reached blind (235 scored rows; one h121 name corrected
    # after the run by the round's own rule, 深市 kept: indicator 0.818 as first labelled):
    # precision 0.991 (17个交易日 / 休市6天 read as figures), recall 0.957 (站日 / 站次 not units
    # ×8, 出现两次, 增加12.4%至1,013.5萬人次 read as one range), unit 0.942 (表一's cells bare:
    # the title's （按年，%） not given), indicator 0.822, lenient 0.964 (表一's cells named with
    # their column's quarter ×12, 修訂 words kept ×6, doer + deed cut to the doer ×4, ranks after
    # a departure named …增速, 倒塌 carried to a list's later items), subject 0.991 (涞源县 after
    # 出现在, 围场县 in brackets), kind 0.880 (表一 actual ×12, departures in 成 growth_rate ×4,
    # 修訂為 share ×2, listings and issues count_total ×6), qualifier 0.996 (已達…的 reach: the
    # set is split), period 0.653 (汛期 with the lead's bracketed 6月1日至9月30日 undated ×45,
    # 年内 to the release day not the 统计截止日 ×6, 当月 read as the reference month ×3, the
    # 附表's 本月 / 本年累计 read as the whole year ×12). The floors sit just under that.
    # After session 24's fixes: P 1.000, R 1.000, unit 1.000, indicator 0.945, indicator_lenient
    # 1.000, subject 1.000, kind 1.000, qualifier 0.996, period 0.962; the floors sit just
    # under.
    39: BlindRound(('h119_', 'h120_', 'h121_'), precision=0.995, recall=0.995, min_gold=235,
                    floors={"unit": 0.995, "indicator": 0.965, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 40 (h122-h124: 国家统计局's 2024年统计公报 excerpt with a 产量 table, 宁波's 2025年
    # 市级重大项目计划 notice with a tab-separated project table, 商务部's 消费品以旧换新 release),
    # labelled blind by helper B40 and scored blind on a clean copy of 36bef46 (metrics-39,
    # clean-26, seg-14). Reached blind (221 scored rows): precision 0.990 (the project table's
    # 三期 read as a count, a rule's 低于序时进度20个百分点 read -20), recall 0.900 (the project
    # table's bare 总投资 / 2025年计划投资 cells ×20: units only in the column heads, the cells
    # glued into the next row's names; 城乡居民人均收入比值为2.34 and its 缩小0.05), unit 1.000,
    # indicator 0.829, lenient 0.985 (a project's name not carried to a cell's second figure ×8,
    # bare cells and 序号 glued into names ×5, 分别 districts in the name, doer + deed cut to the
    # doer ×3, X拉动Y named by Y ×2, 分列第一、第二位 without 增速), subject 0.970 (the 分别
    # districts ×3, 象山 / 科创区 from project names ×3), kind 0.915 (截至 a day running totals
    # actual ×9, batches 分别于1月、4月下达 target and 将于10月下达 actual, 补贴标准 actual ×2,
    # 全年安排…指标 actual ×2), qualifier 1.000, period 0.829 (a plan's 总投资 and the project
    # table's 建设内容 dated ×23, 全年 of a February plan read as 2024 ×2, 城镇化率 with 比上年末
    # dated 全年 ×2, the batches' months ×3, 截至9月底 read as a span ×3, the headline undated).
    # The floors sit just under that.
    # After session 24's fixes: P 0.990, R 0.910, unit 1.000, indicator 0.831, indicator_lenient
    # 0.985, subject 0.970, kind 0.930, qualifier 1.000, period 0.851; the floors sit just
    # under.
    # Session 25 (helper K4): running totals up to a day count_total (the label conflict settled
    # in tests/gold/README.md) and more kind fixes: kind 0.977; its floor just under.
    # Session 25 (helper W2): the project table read from its lines (序号  项目名称  建设内容及规模
    # 起止年限  总投资（亿元）  2025年计划投资（亿元）), 三期 and 低于序时进度20个百分点 no figures:
    # P / R 1.000; their floors just under.
    40: BlindRound(('h122_', 'h123_', 'h124_'), precision=0.995, recall=0.995, min_gold=221,
                    floors={"unit": 0.995, "indicator": 0.945, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 41 (h125-h127: 行政院主計總處's 114年10月 CPI release in Traditional script, 南京's
    # hearing notice on the 居民阶梯水价, 湖南省人大常委会执法检查组's 安全生产法 report), labelled
    # by reading before the extractor ran on them and scored blind on a clean copy of 36bef46
    # (metrics-39, clean-26, seg-14). Reached blind (166 scored rows; one h125 unit corrected after
    # the run by the set's convention, 元 in a Taiwan text 新台币: unit 0.981 as first labelled):
    # precision 0.952 (跌 / 低於 right before a rate read as a rise ×4, 小數點第二位, a rule's
    # conditions 5人及以上 / 每增加1人, 1:1.4:2.4's 1), recall 0.952 (index levels before a
    # bracketed 基期 ×2, the four sign errors, unitless 0.032 / 0.019), unit 0.987 (the table's row
    # note （新臺幣） taken as a unit ×2), indicator 0.513, lenient 0.797 (the change verb kept in
    # names: 食物类涨, 油料费跌, …由每立方米, 调整; 年增率 / 月增率 for what changes; 主因 / 以 /
    # 七大类中以 kept; the agent 各级 dropped), subject 0.968 (郴州, the last place of a list,
    # given to the inspection's counts ×4; 南韩 given 美国), kind 0.665 (rates after 漲 / 月增率為
    # read as share ×11; a rule's prices and tiers actual ×20, the 测算 targets actual / share ×3,
    # the hearing's seats count_total ×6; index levels count_total ×4), qualifier 1.000, period
    # 0.677 (基期 民國110年 read as a time: 1-10月 and the 附表 dated 2021 ×26; 2015年以来 carried
    # into the next section's rules ×19; 2024年以来 not carried over its 累计's coordinated clauses
    # ×4). The floors sit just under that.
    # After session 24's fixes: P 0.994, R 1.000, unit 0.988, indicator 0.578, indicator_lenient
    # 0.843, subject 1.000, kind 0.988, qualifier 1.000, period 0.976; the floors sit just
    # under.
    # Session 25 (helper W2): 1:1.4:2.4's base 1 no figure, an index column's levels with no
    # unit though the row notes （新臺幣）: P 1.000, unit 1.000; their floors just under.
    41: BlindRound(('h125_', 'h126_', 'h127_'), precision=0.995, recall=0.995, min_gold=166,
                    floors={"unit": 0.995, "indicator": 0.925, "indicator_lenient": 0.98,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 42 (h128-h130: 南昌海关's release on 江西's trade to October with 美元 figures in
    # brackets and a table of the months, 陕西's 2024年卫生健康事业发展统计公报 with a table of
    # 2024年 / 2023年 / 增减量, 会宁's 2025 乡村振兴 work report as OCR'd from a scan), labelled
    # by reading before the extractor ran on them and scored blind on a clean clone of 9318713
    # (metrics-39, clean-27, seg-14). Reached blind (327 scored rows): precision 1.000, recall
    # 1.000, unit 0.972 (the table's 1/10万 and 日 rows' cells unitless ×6, rates' 增减量 in the
    # row's unit for 百分点 / 千分点 ×2, 亿兀 read with no unit), indicator 0.911, lenient 0.930
    # (the months table's 进出口同比（%） column named 进口 by the column before ×10,
    # （以美元计增长…） named 美元计 ×3, 对韩国、日本分别进出口 named 美国进出口 ×4, OCR misreads
    # kept in names ×4,
    # 防止返贫\n监测对象 cut at the line break ×2), subject 0.976 (韩国 / 日本 of a 分别 pair of
    # trade partners ×4, 天津 from 争取天津市…资金 given to its sentence ×4), kind 0.936 (the
    # table's 增减量 of counts count_total ×7, its rate rows' level / change kinds ×5; 新识别纳入 /
    # 培育 / 选派 flows count_total ×5, stocks 达到46家 / 带动1860名 / 148个村 actual ×3, 争取 read
    # as a goal), qualifier 1.000, period 0.979 (a bare 累计 read as the next clause's 全年 ×4,
    # 二、存在的问题 dated by 一's heading ×3). The floors sit just under that; subject 1.000 after
    # session 25's fixes (a 分别 list's trade partners, a funder inside the funds' name).
    # Session 25 (helper W2): the 增减量 column (a stock's change actual, a rate's in its points),
    # 日 / 1/10万 unit cells, 亿兀, 进出口同比（%） named 进出口: unit 1.000, indicator 0.945,
    # lenient 0.963, kind 0.972; their floors just under.
    42: BlindRound(('h128_', 'h129_', 'h130_'), precision=0.995, recall=0.995, min_gold=327,
                    floors={"unit": 0.995, "indicator": 0.965, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.975}),
    # Round 43 (h131-h133: 洛阳市中级人民法院's 执行工作 report to the 市人大常委会, 中国证监会's
    # 2025年10月份 IPO / 再融资 / bond / market statistics release with a 10月 / 1-10月累计 table,
    # 政府統計處's 2025年9月 retail sales release in Traditional script with a two-line-head table),
    # labelled by reading before the extractor ran on them and scored blind on a clean copy of
    # 9318713 (metrics-39). Reached blind (247 scored rows, no label corrected after the run):
    # precision 0.996 (最近四个季度 read as 4), recall 0.980 (the 市盈率 board values with no unit
    # after 其中 ×4, 首执案件平均执行用时87天), unit 0.917 (表一's 百萬元 cells and its 按年變動
    # columns bare ×18, 亿手 ×2), indicator 0.798, lenient 0.901 (表一's cells named X价值 / X数量
    # ×12, 通过股权和可转债 kept ×3, 期货 成交量 named 手 ×4, 分别 amounts without the board ×4,
    # 执结 without 案件 ×5, a 与 partner list kept for 单位建立执行联动机制), subject 0.979 (深北三
    # read as a place ×4, 全省 given to a rank), kind 0.872 (flows of the month and of 2023年以来
    # read as count_total ×17, 市盈率 share ×2, 表一's 按年變動 columns actual ×12), qualifier
    # 1.000, period 0.938 (2023年、2024年分别 pairs dated 2023-2024 ×6, 2023年以来 not carried past
    # its first clause ×5, 截至2025年9月止的三個月 read as a day ×2, a listing day, 新“国九条”
    # 发布以来). The floors sit just under that; subject 1.000 after session 25's fixes (markets
    # counted before their level, the scope of the field a rank is taken in).
    # Session 25 (helper W2): 表一's two-line head (按年變動（%） over 價值  數量), 亿手,
    # 平均…用时87天, the 市盈率 members after 其中, 最近四个季度 no figure: P / R 1.000, unit 1.000,
    # indicator 0.870, lenient 0.972, kind 0.907; their floors just under. Period 0.996 after
    # session 25's periods (helper Q4: the 分别 years paired, 止的三个月, the listing day, a bare
    # rate of a since-span's flows, an undated since-event; 48.6亿元 left, read count_total).
    43: BlindRound(('h131_', 'h132_', 'h133_'), precision=0.995, recall=0.995, min_gold=247,
                    floors={"unit": 0.995, "indicator": 0.915, "indicator_lenient": 0.975,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 44 (h134-h136: 国家统计局's 2025年10月份 70-city housing price release led by the
    # 城市司首席统计师's comment, with two tables printed two cities a line (环比 / 同比 / 定基
    # 2020年=100), 云南's report on the 2025 plan's execution and the 2026 draft with a 2025年计划 /
    # 2025年预计 / 2026年目标 table, 澳門統計暨普查局's 2025年10月入境旅客 release in Traditional
    # script with a markets table and a ports table), labelled by reading before the extractor ran
    # on them and scored blind on a clean clone of 1c0aaf1 (metrics-40). Reached blind (287 scored
    # rows; one h136 name corrected after the run by the set's convention, 單日 a period word:
    # indicator 0.586 as first labelled): precision 0.983 (the size classes 90平方米及以下 /
    # 90—144平方米 read as figures; 低于计划目标（3%） read -3, 超过规划目标（13%） read +13),
    # recall 0.826 (表1 / 表2's index levels, two cities a line, none read ×48; the two bracketed
    # targets' signs), unit 1.000, indicator 0.591, lenient 0.886 (h136's table cells named by the
    # row alone ×38, 中国 dropped from 中國內地 ×8, 分別 pairs named by the whole list ×8, the
    # golden week kept in the name ×3; h134's 的城市 for the scope's 的大中城市 ×6, the 其中 cities
    # with the tier ×4, the 降幅 分别 pair cut to 新建商品 / 二手; h135's 预计19项 / 3项 / 21项 cut
    # to 完成或 / 未 / 达到或, the 分别 项目 without 完成, 调控目标 / 超过规划目标 / 经济总量 as
    # names), subject 0.970 (香港 of 香港團客 given to the 分別 pair and the next clause ×3, 珠海
    # from the residents' group ×2, 日本, 北京 of a 分别 pair lost), kind 0.890 (h135's 预计
    # forecasts read as realised ×15, the gaps to a target read as targets ×2, members 21项 actual;
    # h136's 佔總數 column growth_rate ×6, the 分別有 under 累計 actual ×2), qualifier 1.000, period
    # 0.996 (a gap of the 十四五 undated). The floors sit just under that; subject 1.000 after
    # session 25's fixes (visitors named by where they come from, a national body's release);
    # P 0.993, R 0.993, indicator 0.698, lenient 0.916, kind 0.909 after its tables' (a head
    # printed twice side by side read block by block: the 48 index levels; size classes before
    # 的分别 no figures); P / R 0.997, kind 0.962 after its kinds' (a goal's value in brackets a
    # target, unsigned, and the gap after it other; members of a scope; 分别有 under 累计; h135's
    # 预计 of 2025 relabelled results by the lead).
    44: BlindRound(('h134_', 'h135_', 'h136_'), precision=0.995, recall=0.995, min_gold=287,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 45 (h137-h139: a central SOE's 2025年前三季度 results news as 国资委's site prints it,
    # 济宁's 2025年气候公报, 安福县's 公开招标公告 for school lighting and desks with a 分包 table
    # and a 2024 中标 paragraph), labelled by reading before the extractor ran on them and scored
    # blind on a clean clone of 1c0aaf1 (metrics-40). Reached blind (215 scored rows; three h137
    # names corrected after the run by session 20's region rule, 在 kept: indicator 0.686 as
    # first labelled): precision 0.981 (偏早 / 偏短 / 少蓄 read as rises ×3, a score rule's
    # 每提供1项), recall 0.963 (those three, the tender's lamps 9912盏 / 1652盏 after 更换, the
    # points 得2分 / 最高得6分 / 得4分), unit 0.966 (the 附件's 万元 cells given the 单位 column's
    # 间 / 套 or none ×6, 包1：2.0万元), indicator 0.700, lenient 0.942 (中国宏建 read as 中国 +
    # 宏建: 宏建 / 集团 kept in the company's names ×24; 县市区 kept and the sentence before's name
    # borrowed, 年平均降水日数 for the counties' 降水量, 出现 dropped; the tender's 包N dropped or
    # named alone and 合计 ×16, 由…公司以 for 中标), subject 0.966 (the bracketed counties of a
    # range and of the year's extremes ×4, 江西 from a firm's name ×3), kind 0.865 (a tender's
    # parameters and its table actual / count_total ×17, seasons' departures actual /
    # growth_rate ×8, a 世界500强 rank target, awards count_total ×2), qualifier 1.000, period
    # 0.899 (the 附件 dated by 七's 2024年 ×8, the year's departures and a rank in sections with
    # no time of their own undated ×7, bare 夏季 / 秋季 undated ×4, a 分别 list of subsidiaries
    # undated ×2). The floors sit just under that; subject 1.000 after session 25's fixes (a
    # figure's site written right after it, a firm named after its province); P 1.000, R 0.986,
    # unit 1.000, indicator 0.741, kind 0.953, period 0.929 after its detection and tables' (偏早 /
    # 偏短 / 少蓄 falls, 盏, 每提供1项 no count, the lots' table named 包N + column in its heads'
    # units, other and undated; the points 得N分 left unread: their names, lenient 0.948); kind
    # 0.976 after its kinds' (awards won in a period flows; the deposits a heading names and a
    # scoring rule's step per instance the procedure's parameters). Period 1.000 after session
    # 25's periods (helper Q4: departures and record ranks of a yearly bulletin's undated
    # sections, the seasons it defined, a 分别 list compared after it; the lots' table undated).
    45: BlindRound(('h137_', 'h138_', 'h139_'), precision=0.995, recall=0.985, min_gold=215,
                    floors={"unit": 0.995, "indicator": 0.88, "indicator_lenient": 0.955,
                            "subject": 0.995, "kind": 0.975, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 46 (h140-h142: 辽宁省人社厅's 2025年第三季度新闻发布会 release (就业, 三项社会保险 参保
    # and 基金, 技能人才, 根治欠薪, 劳动人事争议), 經濟部統計處's 114年10月 外銷訂單 release in
    # Traditional script worded otherwise than h87, with a 金額 / 年增率 table for 10月 and
    # 1-10月累計, 河北省生态环境厅's notice of the 13 cities' air quality ranking for 2025年1-10月
    # with a ranking table and the 约谈 rules), labelled by reading before the extractor ran on them
    # and scored blind on a clean clone of df2503f (metrics-40). Reached blind (299 scored rows, no
    # label corrected after the run): precision 0.959 (the 综合指数's 改善 read as rises ×10,
    # labelled falls), recall 0.773 (表1's cells, columns parted by full-width spaces, none read
    # ×52; the 综合指数 levels of a 分别 list, no unit ×6; the ten 改善 rates), unit 0.991
    # (18.7億、20.4億 of a list whose 美元 is written once), indicator 0.883, lenient 0.944
    # (分别完成年度目标的 named 年度 ×2, 月增 / 年增 named 月 ×2, an elliptic pair 歐洲、東協分別為
    # named by the clause before ×4, 兩者 not resolved ×3, 接單 not shared by a 分別 list ×4, the
    # 培训 / 获得 of a list not carried ×3, 按 / 但 / 其余 as names, 浓度 without the topic's PM2.5
    # ×2, 总体 kept, 预期 dropped, deed的X not formed, the gap named 同比改善幅度), subject 0.970
    # (歐洲 / 東協 made subjects and carried to 日本 ×6, 是张家口的2.3倍 given 张家口), kind 0.926
    # (或3.6% / 或26.8% / 或19.7% after an amount and 及23.1% read as share ×4, surveyed firms'
    # shares of 11月's expectations read as targets ×3, medals and a list's amounts count_total ×5,
    # 吸纳就业 count_total, 上调2% growth_rate, 1.36亿元 other, 32.8万人 target, 94.0% target),
    # qualifier 1.000, period 0.978 (惠及退休人员 and 上调2% dated 三季度, 由15个工作日 dated, 94.0%
    # / 1.36亿元 undated). The floors sit just under that. Raised for 表1 read (a table parted by
    # ideographic spaces under a 單位 line, 項目 over period and 年增率 heads, its rows named as
    # the text names their figures), the 分别 list of index levels and 18.7億、20.4億…美元:
    # precision 0.967, recall 0.967, unit 1.000, indicator 0.907, lenient 0.955, subject 0.976,
    # kind 0.952, period 0.986 (indicator, lenient and subject floors kept under that: the ten
    # 改善 rates, once read, bring names and subjects of their own). Kind 0.993 after its
    # kinds' (或N% after a change's amount and a list's next rate growth_rate, a survey's
    # groups by what they expect shares, medals and 吸纳 flows, a grant paid out a result, a
    # 分别 list's later share of a goal a share). Period 0.997 after session 25's periods (helper
    # Q5: the level a change starts from, 由15个工作日压缩至…, undated in a paragraph comparing
    # with the year before; left: 惠及退休人员 of a rule in force 自2025年1月1日起, dated 三季度).
    # With 改善 of an index better lower read as its fall (h142 ×10 found, ×10 spurious gone): P /
    # R 1.000, kind 0.990 (two of them named 同比改善 by the names code, read as shares).
    46: BlindRound(('h140_', 'h141_', 'h142_'), precision=0.995, recall=0.995, min_gold=299,
                    floors={"unit": 0.995, "indicator": 0.945, "indicator_lenient": 0.97,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 47 (h143-h145: 国家能源局's 10月份 全社会用电量 release with 1-10月 电力工业 figures and
    # a 10月 / 1-10月累计 / 占比 table, as its site prints it; 西北农林科技大学's
    # 2025届毕业生就业质量 年度报告 with a 学院 table and a signed 较2024届增减 column;
    # 厦门市交通运输局's 2025年上半年 交通运输经济运行 page as scraped, nav menu and footer
    # included, with a 上半年 table), labelled by reading before the extractor ran on them and
    # scored blind on a clean clone of df2503f (metrics-40). Reached blind (309 scored rows; five
    # names corrected after the run by the set's conventions, h144's 农、林、牧、渔业占比 (X占比)
    # and h145's 完成交通固定资产投资 ×4 (the statistical name 完成投资): indicator 0.879 as first
    # labelled): precision 1.000, recall 0.987 (表1's positive signed cells +1.8 / +0.6 / +2.4 /
    # +0.3 not read), unit 0.974 (h145's table cells: the 计量单位 column not read ×8), indicator
    # 0.895, lenient 0.980 (the home's 厦门 cut from facilities ×4, 其中：工业 / 其中：外贸 rows
    # named by the row alone ×7, 分别 places' rates named by the members before them ×3, time words
    # kept (全校2025届 / 今冬明春全国) ×4, 占比 missing ×3, 较2024届增减 for what changes ×2),
    # subject 0.990 (西藏 / 新疆 / 内蒙古 of a 分别 list), kind 0.957 (the 上半年 table's flows
    # count_total ×4, destinations at the cut-off actual ×3, 分别占 shares growth_rate ×2, 较平日 /
    # 低于2024届 gaps and changes ×2, 等12个项目, 女生), qualifier 1.000, period 0.790 (h144's
    # destinations at the cut-off 截至2025年8月31日 read as 2025届 ×33, 表1 and the survey levels
    # read as the 编者按's 2025年10月 ×21; h143's 第二产业中 paragraph, no time of its own, read as
    # the publication day ×10). The floors sit just under that. Kind 0.970 after its kinds' (分别
    # 占新增…的 shares, 低于2024届 a change, 其中…等12个项目已完成 members of the stock).
    # Period 1.000 after session 25's periods (helper Q5: a report's sections on the data its
    # cut-off labels at that day, a survey's month no report period and its levels undated
    # unless compared with another class, a paragraph on a part of a whole the paragraph before
    # named at that paragraph's time, 表1's 毕业生数 the class's size, of 2025). Raised for the
    # tables' signed change cells (+1.8 under 较2024届增减（个百分点）, named by the measure
    # before) and the 计量单位 column (each row's unit): recall 1.000, unit 1.000, indicator
    # 0.903, lenient 0.987, kind 0.984.
    47: BlindRound(('h143_', 'h144_', 'h145_'), precision=0.995, recall=0.995, min_gold=309,
                    floors={"unit": 0.995, "indicator": 0.97, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 48 (h146-h148: 香港統計處's monthly 對外商品貿易 press release for 2025年10月 in
    # Traditional script with a 表1 of main destinations printed as text columns; 湘潭市中心医院's
    # 2024年度工作报告 on its 院务公开 page with a tab-separated 表1 (2024年 | 2023年 | 同比增减)
    # and 2025 goals; 中国大唐's 2024 ESG report excerpt: capacity, emissions, 克/千瓦时 rates,
    # staff, safety, giving, 双碳 goals), labelled by reading before the extractor ran on them and
    # scored blind on a clean clone of cbefe9e. Reached blind (215 scored rows; one qualifier
    # corrected after the run by the set's convention, h148's second item of 分别达到 reach, as
    # h56's: qualifier 0.989 as first labelled): precision 0.989 (h146's 日本 row -6.8 / -4.1 read
    # unsigned), recall 0.837 (h146's 表1 ×27: text columns under a two-line period head not read;
    # h148's 克/千瓦时 and 千克/千瓦时 rates ×7 and 万tCO2e not read), unit 0.917 (h146's 億元 read
    # as 新台币 ×9: a Traditional text naming no 香港 taken for Taiwan; 万台次 -> 台, 亿吉焦 not
    # known), indicator 0.772, lenient 0.944 (医院 / 全院 kept ×9, 特别是X（…） lists,
    # 输往X（…）及Y（…）的货值 not sharing its head, 完成发电量, a rank named by the clause before),
    # subject 0.950 (trade partners read as subjects ×9), kind 0.944 (a hospital's year flows
    # count_total ×4, 上升41位 other, 供热量 count_total, 57项 other, a list's members actual),
    # qualifier 0.994, period 0.922 (二零二四年同月 read as the release month ×3,
    # 截至…十月止的三個月 as the first quarter ×2, 现有 undated ×2, stocks after a 全年 flow dated
    # ×3). The floors sit just under that.
    48: BlindRound(('h146_', 'h147_', 'h148_'), precision=0.995, recall=0.995, min_gold=215,
                    floors={"unit": 0.995, "indicator": 0.95, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.97}),
    # Round 49 (h149-h151: 国家税务总局安徽省税务局's news release on 2025年前三季度 tax incentives
    # (新增减税降费及退税缓费 by policy and industry, 研发费用加计扣除, 小微企业, 出口退税 with its
    # 平均办理时间, a tab table whose units are in its title), a securities firm's 公司点评 on a
    # listed auto-parts maker's 2025年三季报 (基础数据 and a 盈利预测与估值 table 2024A-2027E
    # printed with tabs, 2025Q3 单季 with 同比 / 环比, margins in 个百分点, slash lists
    # 7.42/9.65/12.18亿元, EPS, PE and 目标价 borderline as h52), a township's
    # 2024年工作总结和2025年工作计划 as an OCR'd scan (O for 0, l for 1, 曰 for 日, words broken by
    # page numbers and the running head)), written and labelled by helper B49 by reading before the
    # extractor ran on them and scored blind on a clone of cbefe9e. Reached blind (199 scored rows,
    # no label corrected after the run): precision 1.000, recall 0.955 (the slash lists' items
    # before the one carrying the unit ×6, the 52周最高/最低价 pair ×2, l2.6公里), unit 0.826
    # (tables' units in a title or in row heads not read ×33), value_normalized 0.916, indicator
    # 0.684, lenient 0.874 (h149's table named column + row ×8, h150's 增长率（%） rows not named
    # by the row above ×8, 等政策 / 其中装备制造业 / 户均 / 规划 / 原预测为 / 客户集中度 /
    # 新建和提质改造 / 监测对象…全部落实), subject 1.000, kind 0.668 (h150's results in the 点评
    # read as targets ×37, the forecast table's E columns read as results ×18 and 2024A's rates as
    # amounts ×3), qualifier 1.000, period 0.653 (h150's figures after the 事件's first sentences
    # undated ×28, the table's year columns ×24, the base data's day ×3, the slash lists' last
    # items over 2025-2027 ×3; h149's table ×8). The floors sit just under that. Session 28
    # (branch s28-fix: a figure inside brackets named by the bracket's words, h150's 客户集中度…
    # （前五大客户收入占比约68%）): lenient 0.965 -> 0.970; the lenient floor raised.
    49: BlindRound(('h149_', 'h150_', 'h151_'), precision=0.995, recall=0.995, min_gold=199,
                    floors={"unit": 0.995, "indicator": 0.93, "indicator_lenient": 0.97,
                            "subject": 0.995, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 50 (session 26, h152-h154: 国家统计局's 2025年11月份 70个大中城市 release, worded
    # otherwise than h32 / h134, with a mixed 分别 pair 收窄…和扩大… and two space-aligned index
    # tables; 雲林縣's 縣長施政報告 in Traditional script with 民國 years, 新臺幣 億元 / 萬元,
    # numbers grouped by 萬 (2萬8,600公頃) and 115年 goals; 商丘市农业农村局's 2025年夏粮 news with
    # 万亩 / 万吨 / 公斤, 元/斤 prices and 秋粮 goals), labelled by reading before the extractor ran
    # on them and scored blind on a clean clone of cbefe9e. Reached blind (195 scored rows; no label
    # changed after the run): precision 0.995, recall 0.990 (h152's 分别比上月收窄…和扩大0.1个百分点
    # read as a narrowing, h153's 由…的48條增加至…的54條 end not read), unit 0.990 and
    # value_normalized 0.990 (元/斤 read as 元 ×2), indicator 0.922, lenient 0.979 (the accounts'
    # words kept: 总决算岁入实收, 岁出实支, 总预算案岁出 ×2; 永城市 kept in the name ×2; 县内,
    # 活动期间, 已 kept, 汰 cut, 投入 not shared, 市财政 cut, a deed的X member), subject 0.990 (永城
    # ×2), kind 0.819 (realised figures of a year not over at publication read as target ×26: h154's
    # 2025年 harvest, h153's 114年 items; 截至-day and 其中 running totals actual ×3, a per-head
    # mean, users, a price and a 其中 of a flow count_total, a project's total cost actual, 36處
    # actual), qualifier 1.000, period 0.979 (23.1% dated 近10年, the bare 累計 read as 114年, 现有
    # read as 今年, the project's total cost dated). The floors sit just under that.
    50: BlindRound(('h152_', 'h153_', 'h154_'), precision=0.995, recall=0.995, min_gold=195,
                    floors={"unit": 0.995, "indicator": 0.985, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.975, "qualifier": 0.995,
                            "period": 0.995}),
    # Rounds 51-53 (h155-h163: 南京海关's 2025年前10个月 江苏 trade release with a 附表 in runs of
    # spaces, 人民银行四川省分行's 2025年10月末 financial statistics, 大同's 国庆中秋 tourism report
    # pasted from a PDF with hard wraps and a footer inside a paragraph; 赣州's 2025年第三季度 food
    # sampling notice with a 序号 table, 田东县's 2026年政府工作报告 with a numbered goal list,
    # Macau's 2025年第3季 就業調查 in Traditional; 贵州's 2024年 education statistics bulletin as
    # its portal prints it, a listed company's 2025年第三季度报告 pasted from its PDF (the
    # 主要会计数据 form, one space between cells, heads and names wrapped), 紫阳县's tea-industry
    # news as scraped), labelled by reading before the extractor ran on them and scored blind on
    # main at 8a1a8429 (session 26's fixes for rounds 48-50 in, none for these; h163's home
    # corrected to 紫阳 by the set's convention). Reached blind: round 51 (235 scored rows)
    # precision 1.000, recall 0.996, indicator 0.932, lenient 0.979, subject 0.987, kind 0.996,
    # period 0.936; round 52 (237) precision 0.996, recall 0.987, unit 0.915, indicator 0.791,
    # lenient 0.974, kind 0.739, period 0.825; round 53 (173) recall 0.803 (h162's form unread ×34),
    # indicator 0.856, lenient 0.942, subject 0.763 (全省 kept ×25), kind 0.950, period 0.662. The
    # misses are listed in the held-out README (rounds 51-53); the floors were set under the blind
    # figures, then raised after the fixes. Session 28 (branch s28-fix): round 52's kind 0.975 ->
    # 0.992 and period 0.958 -> 0.996 (h158's 截至10月15日 totals of the quarter's failed samples,
    # h159's bare 累计 of the year reviewed at its last day); its floors raised.
    51: BlindRound(('h155_', 'h156_', 'h157_'), precision=0.995, recall=0.995, min_gold=235,
                    floors={"unit": 0.995, "indicator": 0.935, "indicator_lenient": 0.975,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.985}),
    52: BlindRound(('h158_', 'h159_', 'h160_'), precision=0.995, recall=0.995, min_gold=237,
                    floors={"unit": 0.995, "indicator": 0.94, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.995}),
    53: BlindRound(('h161_', 'h162_', 'h163_'), precision=0.995, recall=0.99, min_gold=173,
                    floors={"unit": 0.995, "indicator": 0.965, "indicator_lenient": 0.995,
                            "subject": 0.985, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.97}),
    # Round 54 (h164-h166: 中国证监会's 行政处罚决定书 against a listed company's disclosure fraud
    # as its site prints it (虚增 by year with 占当年…的%, 三年累计, 资金占用 余额 分别, 短线交易,
    # 罚款 / 没收违法所得 per party), a university's 2025年部门预算 as its PDF pastes (budget
    # figures all plans of 2025, 占% shares, 三公经费, 国有资产 counts, a two-sided tab-parted
    # 收支预算总表 and an 一般公共预算支出表 with 科目编码 and blank cells), a district court's
    # 民事判决书 in a 借款合同纠纷 as 中国裁判文书网 prints it (claims and orders, 月利率 / 年利率 /
    # LPR, 利率上限, fees)), written and labelled by helper B54 by reading before the extractor ran
    # on them and scored blind on bc09d78d (session 27; three labels corrected after the run by the
    # set's conventions: h165's 上年结转 dated 上年 as h79's, 涉及 and 安排 with its agent kept).
    # Reached blind (110 of 134 scored rows matched): precision 0.991, recall 0.821 (表1's two-sided
    # rows and 表2's rows unread ×23), unit 0.991, indicator 0.691, lenient 0.882, subject 1.000,
    # kind 0.536 (the budget's plans read as results ×47), qualifier 1.000, period 0.927. After the
    # round's fixes (a budget's publication states plans, its two tables, budget and judgment names,
    # a case decision's home, 三年累计, a day after a label, 现有 carried, trades a flow, a budget's
    # undated stocks): precision 1.000, recall 0.993, unit 1.000, indicator 0.970, lenient 0.985,
    # subject 1.000, kind 0.985, qualifier 1.000, period 0.985. The floors sit just under that.
    54: BlindRound(('h164_', 'h165_', 'h166_'), precision=0.995, recall=0.99, min_gold=134,
                    floors={"unit": 0.995, "indicator": 0.965, "indicator_lenient": 0.98,
                            "subject": 0.995, "kind": 0.98, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 55 (session 27, h167-h169: a Hong Kong-listed company's
    # 截至二零二五年六月三十日止六個月 中期業績公告 in Traditional script as HKEXnews' PDF pastes
    # it (人民幣千元 columns with a 附註 column and expenses in brackets, 百萬元 prose, 人民幣分 /
    # 港幣仙); a 公募基金's 2025年第3季度报告 as its PDF pastes (主要财务指标 numbered 1.-5., the
    # 净值表现 table with wrapped heads and 过去三个月 … 自基金合同生效起至今 rows, 资产组合 and
    # 前十名股票 tables); 岳西县's 2024年统计公报 OCR'd from a two-column page (full-width digits,
    # numbers broken across lines, a running head, lines of two columns interleaved)), labelled by
    # reading before the extractor ran on them and scored blind on s27-r55 (metrics-41 code; one
    # naming class relabelled after the run by the set's precedent, not the output: a form's row
    # heads keep 本期 / 期末 / 期內). Reached blind (212 scored rows): precision 0.964, recall
    # 0.632 (h167's two tables unread ×45, h168's 主要财务指标, 资产组合 and 前十名股票 tables
    # unread ×31), unit 0.993, indicator 0.799, lenient 0.851, subject 1.000, kind 0.851, qualifier
    # 1.000, period 0.664 (h167's half-year and its 二零二五年六月三十日 days not read, h168's
    # 过去N个月 / 过去N年 rows). The floors sit just under that.
    # After the round's fixes (helper B55: a filing's statement as its PDF pastes it, a fund
    # report's 主要财务指标 under one span column, its holdings lists, its returns over trailing
    # windows, days in Chinese numerals and bracketed comparatives, a defined 「本期間」, cents,
    # a decimal point cut by a line's end, 人民幣…分 in prose, a bracketed year's comparative of a
    # half-year, 由…同期的 a change's first level, a benchmark's return a change, 每股盈利 －基本
    # named 每股基本盈利): precision 1.000, recall 1.000, unit 1.000, indicator 0.953, lenient
    # 0.995, subject 1.000, kind 0.958, qualifier 1.000, period 0.962; the floors raised to just
    # under. Session 28 (branch s28-fix: h167's 二零二五財政年度 a year, its forecast a goal; its
    # cash and orders on hand stocks; a segment's money before the comparison in its sentence at
    # the half-year): indicator 0.958, kind 0.976, period 0.972; the floors raised.
    55: BlindRound(('h167_', 'h168_', 'h169_'), precision=0.995, recall=0.995, min_gold=212,
                    floors={"unit": 0.995, "indicator": 0.955, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.975, "qualifier": 0.995,
                            "period": 0.97}),
    # Round 56 (h170-h172: 湘潭市教育局's reply to a 人大代表建议 as its portal prints it, 盐城's
    # 国有建设用地使用权挂牌出让公告 with a parcel table printed with tabs, 襄阳日报's report on a
    # marathon's economy as its 数字报 page is scraped), labelled by reading before the extractor
    # ran on them and scored blind on bc09d78d (session 27, helper B56; one name corrected after
    # the run by the conventions, not the output). Reached blind (121 scored rows): precision
    # 0.972, recall 0.851 (the parcel table's cells with their units in the heads unread ×18),
    # unit 1.000, indicator 0.641, lenient 0.806, subject 0.864, kind 0.641, qualifier 0.932,
    # period 0.874. The misses are listed in the held-out README (round 56). After the round's
    # fixes (generic classes, every other document's change an improvement): precision 1.000,
    # recall 1.000, unit 1.000, indicator 0.967, lenient 0.992, subject 1.000, kind 0.934,
    # qualifier 1.000, period 0.992; the floors raised to just under. Session 28 (branch s28-fix:
    # h172's counts set up for the event, 设置 / 配备, flows of it): kind 0.934 -> 0.959; the kind
    # floor raised.
    56: BlindRound(('h170_', 'h171_', 'h172_'), precision=0.995, recall=0.995, min_gold=121,
                    floors={"unit": 0.995, "indicator": 0.965, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.955, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 57 (session 27, h173-h175: 行政院主計總處's 113年家庭收支調查 release in Traditional
    # script (新臺幣 grouped by 萬, 五等分位 差距倍數 N倍, 吉尼係數, 消費結構 shares, a tab 表1 with
    # units in the row heads), 安徽省生态环境厅's 2025年1-10月 surface-water release (断面 shares
    # with Roman water classes, basins before their scopes, 水质指数 lists and a 附表 in runs of
    # spaces with a 变化幅度（%） column), 蜀山区商务局's WeChat article on 前三季度 consumption
    # (emoji, ** bold, a line break every few words)), written and labelled by helper B57 by reading
    # before the extractor ran on them and scored blind at da3b5737 (main bc09d78d, metrics-41; the
    # same figures on main 92b3b0f7, metrics-42). Reached blind (193 scored rows; three labels
    # corrected after the run by the set's convention: 新竹县 / 屏东县 keep their level as h96, the
    # contribution named X使Y with its own verb): precision 0.990 and recall 0.990 (h173's 0.003 and
    # 44.6坪 not read; a 10065 postcode and 表1's 1 read), unit 1.000, indicator 0.717, lenient
    # 0.859 (h174's 变化幅度（%） column named by its head ×16, basins dropped with their scopes ×5,
    # （Ⅰ~Ⅲ类） kept ×2; h175's names cut at the article's line breaks ×10; h173's 以臺北市…最高
    # names ×4), subject 0.963 (全国首店 / 安徽首店 / 合肥首店 read as places ×3, 全省 not resolved,
    # 以臺北市 ×2), kind 0.880 (the 变化幅度 column read as shares ×16, 每戶平均人數 count_total ×3,
    # 差距倍數 N倍 other ×2), qualifier 1.000, period 0.921 (h175's blocks with no time of their own
    # undated ×8, h173's section 四 shares dated (labelled undated, the yearly report's rule) ×5).
    # The floors first sat just under that; after the round's fixes (branch s27-r57: P 1.000, R
    # 1.000, indicator 0.979, lenient 0.995, subject 0.995, kind 0.995, period 0.948) they were
    # raised to just under those. Session 28 (branch s28-fix: h175's 分行业看 rates after a 其中
    # paragraph at the figures' 前三季度): period 0.948 -> 0.969; the period floor raised.
    57: BlindRound(('h173_', 'h174_', 'h175_'), precision=0.995, recall=0.995, min_gold=193,
                    floors={"unit": 0.995, "indicator": 0.975, "indicator_lenient": 0.99,
                            "subject": 0.99, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.965}),
    # Round 58 (session 27, h176-h178: 中国钢铁工业协会's 2025年11月上旬 steel output and
    # inventory release with 旬 periods (上旬末, 本旬, 上一旬末, 去年同旬末) and two
    # ideographic-space tables; a listed company's 股份回购实施结果暨股份变动 announcement pasted
    # from its PDF (a label + value box, the plan's bounds, a 股份变动表 before / after); 南方日报's
    # report of a typhoon's landfall and toll with clock times (9月24日10时30分,
    # 截至9月25日18时, 23日至25日)), labelled by reading before the extractor ran on them.
    # Reached blind (151 scored rows; one label corrected after the run by the conventions:
    # 持平的企业 / 上升的企业 no longer borrow the clause before's deed): precision 1.000, recall
    # 0.987 (年内第二低, 等8市), unit 1.000, indicator 0.611, lenient 0.933, subject 0.987
    # (stations' counties), kind 0.758, qualifier 1.000, period 0.369 (days with clock times and
    # bare days of the month unread ×33, 旬 ends and 本旬 ×39, the 股份变动表's columns and an
    # undated 截至 day ×22).
    # After the round's fixes (helper B58's branch; three labels corrected by the conventions:
    # 累计降雨量 -> 降雨量, 累计平均日产 with its total's agent): precision 1.000, recall 0.987,
    # indicator 0.785, lenient 0.940, subject 0.993, kind 0.899, period 0.812; the floors sit
    # just under. With main's rounds 54-57 merged: indicator 0.779, lenient 0.933 (4.2万人 named
    # 全部撤离上岸), period 0.819; the floors under that. Session 28 (branch s28-fix: h177's
    # 股份变动表 columns dated by the note and the completion day, its box by the body, 且 and
    # 本次 in names; h176's 年初 column, 累计平均日产, 11月中旬's 旬末, members' names, 年内第二低
    # read; h178's headline parts, a day and hour opening a clause, its headline share told in a
    # passage of the body; h177's dividend named in its brackets): recall 0.993, indicator
    # 0.847, lenient 0.960, kind 0.920, period 1.000; the floors raised to just under.
    58: BlindRound(('h176_', 'h177_', 'h178_'), precision=0.995, recall=0.99, min_gold=151,
                    floors={"unit": 0.995, "indicator": 0.85, "indicator_lenient": 0.96,
                            "subject": 0.99, "kind": 0.94, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 59 (session 27, h179-h181: 农业农村部's 2025年10月 生猪 production and market monthly as
    # its site prints it, with 第41周至第44周 weekly prices in a 分别 list and 猪粮比价 5.6:1; a
    # 人民日报 report on the closing of the 第138届 广交会 with 本届 figures, 三期 dates and regions
    # of buyers; 财政部's 2025年10月份 全国彩票销售情况 with 1-10月累计 totals, types' shares,
    # 按地区 provinces' 分别 increases and a 附表 of months), labelled by reading before the
    # extractor ran on them and scored blind on 92b3b0f7 (three h180 rows relabelled count_total
    # after the run, booths and products on show, and h180's home 广州 -> 全国, label errors by the
    # kind and home conventions). Reached
    # blind (184 scored rows): precision 1.000, recall 1.000, unit 1.000, indicator 0.766, lenient
    # 0.918, subject 0.967 (东盟 / 非洲 regions read as places ×6), kind 0.891 (the 广交会's turnout
    # count_total ×13, 1-10月累计 totals actual ×3, 猪粮比价 actual), qualifier 0.995 (低于 read as
    # a bound), period 0.793 (本届 undated ×24, the weekly 分别 list at 10月份 ×4, 上月 ignored).
    # The misses are listed in the held-out README (round 59). After round 59's fixes
    # (tests/domain/metrics/test_round59_fixes.py; two h180 names relabelled by the conventions:
    # 到会的 kept, 举办 shared across its list): precision 1.000, recall 1.000, unit 1.000,
    # indicator 0.957, lenient 0.989, subject 1.000, kind 0.984, qualifier 1.000, period 0.995;
    # the floors sit just under that.
    59: BlindRound(('h179_', 'h180_', 'h181_'), precision=0.995, recall=0.995, min_gold=184,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.98, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 60 (session 28, h182-h184: 国新办's transcript of a press conference on 2025年前三季度
    # industry and IT (主持人 / 记者 / officials' answers, 今年以来 / 前三季度 / 截至目前 / 下一步,
    # 第二十届中博会期间); 江西省水文监测中心's 汛情通报 with clock times (24日8时, 23日21时,
    # 22日以来), 超 / 低于警戒水位 N米, 立方米每秒 and a station table (表1, signed 超警戒 cells);
    # a city commercial bank's 2024年年度报告摘要 with a 人民币千元 table of 2024年 / 2023年 /
    # 2022年 and 本报告期末 / 上年末 / 2022年末 columns and a 主要监管指标 table with a 监管标准
    # column), labelled by reading before the extractor ran on them and scored blind on 80a6024a.
    # Reached blind (205 scored rows, 159 matched): precision 1.000, recall 0.776 (the station
    # table ×26 and the 监管指标 table ×20 unread), unit 0.969 (立方米每秒 read as 立方米 ×5),
    # indicator 0.767, lenient 0.881 (clock times and 出现 kept in station names, 本行 kept ×9,
    # 超警戒水位 named alone), subject 1.000, kind 0.893 (gaps to a warning line actual ×7, a
    # 利润分配预案 read as results ×3, 发放贷款和垫款总额 actual ×3), qualifier 1.000, period 0.717
    # (day-of-month clock times undated ×13, the 本报告期末 / 上年末 columns read as years ×15, a
    # dividend plan dated ×3). The misses are listed in the held-out README (round 60). After
    # round 60's fixes (tests/domain/metrics/test_round60_fixes.py; no label changed): precision
    # 1.000, recall 1.000, unit 1.000, indicator 0.961, lenient 0.995, subject 1.000, kind 0.980,
    # qualifier 1.000, period 0.951; the floors sit just under that.
    60: BlindRound(('h182_', 'h183_', 'h184_'), precision=0.995, recall=0.995, min_gold=205,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.98, "qualifier": 0.995,
                            "period": 0.95}),
    # Round 61 (session 28, h185-h187: the Hong Kong government's press release on October's
    # visitor arrivals in Traditional script, with a market table printed with ideographic spaces
    # and spaced thousands, 首十個月 累計 and 國慶黃金周 days; a county's report on its 2024 final
    # accounts (决算) with 为调整预算的%, 收入总计 / 支出总计 lines, 结转结余, debt limits and
    # balances, and a tab-separated 附表 in 万元; a university's 2025届 graduate employment
    # quality report with a tab-separated 学院 table), labelled by reading before the extractor
    # ran on them and scored blind on 80a6024a (two labels corrected after the run by the
    # conventions: h185's headline 一成一 added, a number the first reading passed over, and h187's
    # 硕士研究生攻读博士学位 keeps the agent its clause names). Reached blind (243 scored rows):
    # precision 1.000, recall 0.996 (第二高), unit 0.930 (the tables' cells ×16), indicator 0.694,
    # lenient 0.955, subject 0.975 (年县, 中东, 湖南 ×3), kind 0.802 (the tables' cells ×35,
    # 为调整预算% read as growth ×4, debt limits), qualifier 1.000, period 0.760 (h187's table
    # undated ×24 and its destinations at 2025 ×19, 上年结转 ×3). Ten more labels were corrected
    # by the conventions during the fixes (h187's X的占N% named without 的 ×5, as the set's rows;
    # its elliptic 其中 items by 学历 named by their own words ×3, as h70's twin; h186's 县本级
    # “三公” without the quotes ×2, as h13's): on the blind code with the final labels indicator
    # 0.723, the other fields as above. After round 61's fixes
    # (tests/domain/metrics/test_round61_fixes.py): precision 1.000, recall 0.996 (第二高),
    # unit 1.000, indicator 0.959, lenient 1.000, subject 1.000, kind 0.988, qualifier 1.000,
    # period 0.971; the floors sit just under that.
    61: BlindRound(('h185_', 'h186_', 'h187_'), precision=0.995, recall=0.995, min_gold=243,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.975}),
    # Round 62 (session 28, h188-h190: 芜湖市公共资源交易中心's 中标结果公告 of a 老旧小区改造
    # construction tender (预算金额 / 最高投标限价, 日历天, the opening's day with a clock time, a
    # bidders' table in tabs, 大写); a listed company's 2025年前三季度业绩快报暨2025年度业绩预告 (a
    # 快报 table in tabs with 本报告期 / 上年同期 / 本报告期末 / 本报告期初 columns defined by its
    # 注, a 预告 table of ranges 盈利：X万元至Y万元); 經濟部統計處's 114年11月 工業生產 release in
    # Traditional script (indices with no unit, 季節調整, 主計總處's 預測, 外銷訂單, an
    # ideographic-space 表1)), written and labelled by helper B62 by reading before the extractor
    # ran on them and scored blind on 80a6024a (metrics-42). Reached blind (145 scored rows):
    # precision 1.000, recall 0.979 (h188's scoring weights after 其中, 价格分60分、技术分30分、
    # 商务分10分 ×3), unit 1.000, indicator 0.796 (the 预告 table's rows unnamed ×7, 表1's rows
    # named by the bare head ×8, 上修 / 预估 / 本期 kept, the rank column named by the bid), lenient
    # 0.915, subject 0.986 (淮安 of a project's plant read as a place ×2), kind 0.824 (the tender's
    # scope and its cap read as results ×7, the 预告's ranges as results ×5, 外銷訂單 after 115年's
    # forecast read as targets ×5, 表1's index levels count_total ×5, 股本 actual ×2), qualifier
    # 1.000, period 0.577 (the 快报 table's columns undated ×27, 报告期内 read as 第三季度 ×10, the
    # 预告's columns read as 前三季度 ×9, 外銷訂單 read in 2026 ×5, 表1's 1至11月累計 column read as
    # 11月 ×6, the opening's day with its clock undated ×3). The floors first sat just under
    # that. After the round's fixes (tests/domain/metrics/test_round62_fixes.py; every other
    # document's change an improvement onto its labels: h177, h18, h66): precision 1.000, recall
    # 1.000, unit 1.000, indicator 0.903, lenient 1.000, subject 1.000, kind 1.000, qualifier
    # 1.000, period 0.986; the floors raised to just under that.
    62: BlindRound(('h188_', 'h189_', 'h190_'), precision=0.995, recall=0.995, min_gold=145,
                    floors={"unit": 0.995, "indicator": 0.91, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.985}),
    # Round 63 (session 28, h191-h193: 云南省应急管理厅's bulletin on a M5.2 earthquake in 巧家县
    # (中国地震台网正式测定 with coordinates, 震源深度 and clock times, 余震 N次 with 最大余震, a
    # 截至 day's toll: 受灾人口, 倒塌 / 损坏房屋 间, 紧急转移安置, supplies and funds); 民政部's
    # 2025年3季度 民政统计数据 (养老机构 / 床位, 城乡低保 对象 and 平均标准 元/人·月, 特困人员,
    # 结婚登记 万对, a table in tabs by 3季度 / 1-3季度累计); a Taiwan listed company's 重大訊息 on
    # its 114年11月 合併營業收入 in Traditional script (新台幣 億元 / 千元, 累計1至11月, a 明細
    # table and a 產品別 table under 單位：新台幣千元, a 預估 range 108億元至114億元)), written and
    # labelled by helper B63 by reading before the extractor ran on them and scored blind on
    # 970f1f0e (metrics-42; two h192 shares first labelled count_total by a slip, corrected to
    # share by the kind convention). Reached blind (134 scored rows): precision 0.977 (the 單位
    # line's 千元 read as a number ×2, the range's far end 114億元 read alone), recall 0.948 (the
    # 產品別 table's revenue cells ×5, 10千伏线路跳闸3条, 调运帐篷1200顶), unit 1.000, indicator
    # 0.827 (本公司 kept ×8, the 產品別 table's 比重 cells named by digits ×4, a list's flow verb,
    # 造成 / 各级 / 灾区 kept), lenient 0.937, subject 0.992, kind 0.937 (a 截至 day's counts read
    # as flows ×6, 增減比例 cells as shares ×2), qualifier 0.992, period 0.921 (the 1-3季度累计
    # column read as 3季度 ×5, the focal depth and 派出3个工作组 undated, 1970年以来 carried into
    # the next sentence ×3).
    # The floors first sat just under that. After the round's fixes
    # (tests/domain/metrics/test_round63_fixes.py; the 產品別 table's shares relabelled by the
    # set's practice, row's amount + 比重 as h60 and h87; every other document's change an
    # improvement onto its labels: h178's toll areas and 抢修车辆 count_total): precision 1.000,
    # recall 0.993, unit 1.000, indicator 0.955, lenient 0.977, subject 0.992, kind 1.000,
    # qualifier 1.000, period 0.992; the floors raised to just under that.
    63: BlindRound(('h191_', 'h192_', 'h193_'), precision=0.995, recall=0.99, min_gold=134,
                    floors={"unit": 0.995, "indicator": 0.95, "indicator_lenient": 0.98,
                            "subject": 0.99, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 64 (session 28, h194-h196: 国家疾病预防控制局's monthly 全国法定传染病疫情概况 (例 /
    # 人, 甲类 / 乙类 / 丙类 with 其余N种, 报告发病率 /10万, 第44周 ILI%, a 统计表 in tabs with
    # 发病数 / 死亡数 and no unit in its head); 中国人民银行's week of 公开市场业务交易公告 (five
    # days' 7天期逆回购 with a 期限 / 操作利率 / 投标量 / 中标量 table each, the week's sums, an
    # MLF to come, DR007) and the month's LPR 公告 (1年期 3.0%, 5年期以上 3.5%, the rule's 0.05%
    # rounding step); 国家邮政局's 2025年10月 邮政行业运行情况 (1-10月 累计 and 10月份, 同城 /
    # 异地 / 国际/港澳台 shares, 东、中、西部地区 比重, a 表1 by region in tabs)), written and
    # labelled by helper B64 by reading before the extractor ran on them and scored blind on
    # 3c6cd3ff (metrics-43; one label corrected after the run by the paragraph rule, h195's
    # 1年期LPR change dated 目前). Reached blind (169 scored rows):
    # precision 0.994 (持平 read as a figure), recall 1.000, unit 0.822 (the 统计表's bare 发病数 /
    # 死亡数 cells with no unit ×30), indicator 0.627 (h195's tables named by their whole head line
    # ×20, the 逆回购 amounts by the tender's 方式 ×6, h196's 表1 rows and 东、中、西部地区 not in
    # the names ×18, 总计 / 合计 kept ×6), lenient 0.893, subject 0.905 (表1's regions and 全国
    # read as subjects ×16), kind 0.959 (期限 7天 read as amounts ×5), qualifier 1.000, period
    # 0.651 (the 统计表 undated ×30, h195's announcements' days after a purpose clause and the
    # LPR's day not read ×21, 本周（11月17日—21日） read as a calendar week ×6). The floors first
    # sat just under that. After the round's fixes
    # (tests/domain/metrics/test_round64_fixes.py; no other document's metrics changed but three
    # housing-price forms' period_text, same dates): precision 1.000, recall 1.000, unit 1.000,
    # indicator 0.923, lenient 1.000, subject 1.000, kind 0.994, qualifier 1.000, period 1.000;
    # the floors raised to just under that.
    64: BlindRound(('h194_', 'h195_', 'h196_'), precision=0.995, recall=0.995, min_gold=169,
                    floors={"unit": 0.995, "indicator": 0.92, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 65 (session 28, h197-h199: 甘肃省审计厅's 审计工作报告 on 2024年度 to the
    # 省人大常委会 (审计发现问题金额, 移送问题线索, 一是-三是 findings, 涉及资金 / 涉及项目,
    # 截至2025年6月底 整改); 绵阳市医疗保障局's 1-9月 医保基金运行情况公告 (参保人数, 基金收入 /
    # 支出 / 结存, 报销比例, 起付线 / 封顶线 as rule parameters); 农业农村部's news on 秋冬种
    # (截至11月5日 已播冬小麦 with 进度 and 快于 / 慢于去年同期 个百分点 by province, 意向种植面积,
    # 秋粮收获)), written and labelled by helper B65 by reading before the extractor ran on them
    # and scored blind on 3c6cd3ff (six labels corrected by the set's practice after the run:
    # 涉及项目, 千克 ×2, 降雨量, h199's headline 冬小麦播 and 长江流域冬油菜播). Reached blind (150
    # scored rows; on the final labels): precision 1.000, recall 1.000, unit 1.000, indicator
    # 0.760 (已播 kept ×12, doer + deed cut to the doer ×5, the 起付线 list named by its items
    # ×3), lenient 0.933, subject 0.973 (主产省 / 冬麦区 read as places ×4), kind 0.820
    # (快于去年同期 N个百分点 read as gaps ×4, rule parameters as results or targets ×8, intended
    # areas as results ×4, 截至 amounts as flows ×7), qualifier 1.000, period 0.800 (the 分省看
    # paragraph dated by the headline's 去年同期 ×14, the rules dated 2025 ×8). The floors first
    # sat just under that. After the round's fixes (tests/domain/metrics/test_round65_fixes.py;
    # every other document's change onto its labels or neutral: h154's 秋作物播种 ×2, h90's
    # 中央企业完成增量投资, h34's 增收节支 onto their labels): precision 1.000, recall 1.000, unit
    # 1.000, indicator 0.873, lenient 0.960, subject 1.000, kind 0.927, qualifier 1.000, period
    # 0.960; the floors raised to just under that.
    65: BlindRound(('h197_', 'h198_', 'h199_'), precision=0.995, recall=0.995, min_gold=150,
                    floors={"unit": 0.995, "indicator": 0.87, "indicator_lenient": 0.96,
                            "subject": 0.995, "kind": 0.94, "qualifier": 0.995,
                            "period": 0.965}),
    # Round 66 (session 28, h200-h202: 博彩監察協調局's monthly 幸運博彩毛收入 release in
    # Traditional script (按年 / 按月 with the bases compared, 首十一個月累計, a budget's estimate
    # and 相當於…的%, a tax rate and its 據此推算 amounts, a table by month in tabs under 單位：
    # 百萬澳門元 with 累計 columns); 应急管理部's release on 2025年前三季度's 安全生产形势 (万起 /
    # 万人 in 分别 pairs, 较大 / 重特大事故, sectors, fires, provinces that moved, enforcement under
    # 累计, goals); 国家统计局's 2025年1—10月份 规模以上工业企业利润 with 表1 分经济类型 and 表2
    # 分行业 in tabs), written and labelled by helper B66 by reading before the extractor ran on
    # them and scored blind on 3c6cd3ff (metrics-43; no label corrected after the run). Reached
    # blind (212 scored rows): precision 0.990 (百家樂 read as 百 家, a note's 1澳門元), recall
    # 0.981 (万起 not a unit ×3, 本年單月第二高), unit 1.000, indicator 0.692 (h200's 累計 column
    # named 累计… ×22, h202's table cells named by the row alone ×20), lenient 0.957, subject
    # 1.000, kind 0.990, qualifier 1.000, period 0.837 (h200's 累計 columns dated the row's
    # month ×20, 首十一個月 as the whole year ×3). The floors first sat just under that (three
    # h200 names corrected during the fixes by the indicator convention: 毛收入, the sentence's
    # own words). After the round's fixes (tests/domain/metrics/test_round66_fixes.py; outside
    # the round only h185 changed, its 今年單月第二高 read as labelled): precision 1.000, recall
    # 1.000, unit 1.000, indicator 0.962, lenient 0.995, subject 1.000, kind 0.991, qualifier
    # 1.000, period 0.976; the floors raised to just under that.
    66: BlindRound(('h200_', 'h201_', 'h202_'), precision=0.995, recall=0.995, min_gold=212,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 67 (session 28, h203-h205: 中国汽车工业协会's 2025年11月 汽车产销 release (11月 / 1-11月
    # 产销 分别 pairs, 产销累计完成 A和B without 分别, 渗透率, 出口 增长2.1倍, a table by vehicle
    # type under 单位：万辆、%); 合肥市自然资源和规划局's monthly 土地市场 page (宗 / 万平方米 /
    # 亿元, 楼面价 元/平方米, 溢价率, 流拍, hot plots at their days, 本月, 1-11月累计, 表1 by
    # district); 民航局's 11月 运输生产 news (较2019年同期, 国内 / 国际航线, 客座率 个百分点,
    # 2025/2026年冬春航季, 2026年春运, 截至11月底), written and labelled by helper R67 by reading
    # before the extractor ran on them and scored blind on 0a6944de (two h204 periods corrected
    # after the run by the convention that what a sale sets is other and undated, and four h204
    # names given back their 市区 as the set's names keep it; blind on the final labels indicator
    # 0.773, lenient 0.899). Reached blind (198 scored rows): precision 1.000, recall 1.000, unit
    # 0.939 (the table's 万辆、% units ×12), indicator 0.763 (民航 kept ×11, the table's cells named
    # column + row ×12, 产销 unsplit ×4), lenient 0.909, subject 0.949 (滨湖新区 for 包河区 ×7, 广州
    # ×3), kind 0.960 (the table's 同比 column actual ×4), qualifier 1.000, period 0.949 (本月 read
    # as the release's month ×5, 冬春航季 a year late ×2, 2026年春运 the whole year ×2, 截至11月底
    # in 2026); floors first just under that. After the round's fixes
    # (tests/domain/metrics/test_round67_fixes.py; outside the round only h68 and h81 changed: h68's
    # 民航 names read as labelled ×14, h81's 房企报名 too): precision 1.000, recall 1.000, unit
    # 1.000, indicator 0.899, lenient 0.960, subject 0.949, kind 0.980, qualifier 1.000, period
    # 0.960; the floors raised to just under that.
    67: BlindRound(('h203_', 'h204_', 'h205_'), precision=0.995, recall=0.995, min_gold=198,
                    floors={"unit": 0.995, "indicator": 0.945, "indicator_lenient": 0.99,
                            "subject": 0.96, "kind": 0.98, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 68 (session 28, h206-h208: 国家外汇管理局's 2025年11月末 外汇储备规模 release with its
    # spokesperson's 问 / 答 (较10月末上升 亿美元, 升幅, 黄金储备 万盎司, 今年前11个月 累计上升,
    # 月均规模 约, a table with a 较上月末变动 column); 香港金融管理局's 外匯基金資產負債表摘要 and
    # 貨幣發行局帳目 in Traditional script (億港元 stocks at 10月底 with their 按月 changes, 分別佔
    # 貨幣基礎的 four shares, 支持比率 with its 上限 / 下限, 表一 / 表二 in tabs); 国家统计局's
    # 2025年11月份 居民消费价格 release (同比 / 环比 by category, 影响CPI…约N个百分点, 核心CPI,
    # 表1 with 环比 / 同比 / 1—11月 columns and 一、-四、 rows)), written and labelled by helper B68
    # by reading before the extractor ran on them and scored blind on 0a6944de (metrics-43; five
    # h207 names corrected after the run by the indicator convention: 外汇基金的总资产 /
    # 外汇基金的累计盈余 keep the sentence's 的; the blind figures unchanged). Reached blind
    # (183 scored rows): precision 0.984 (持平 read
    # as a number, 表1：2025, 31个省（区、市）), recall 1.000, unit 1.000, indicator 0.770 (h207's
    # 於 / 的 left in names ×10, 分別佔 list named by its last items ×4, h208's table rows keeping
    # 一、-四、 ×12, 合计 ×3), lenient 0.902, subject 1.000, kind 0.874 (the tables' change columns
    # read as stocks ×11, 上限 / 下限 as shares ×4), qualifier 0.995 (約達 read as 达), period
    # 0.694 (h207's tables dated 1-10月 or the reference day ×23, h208's 11月份 cells and the lead
    # read as 1—11月 ×23, h206's 黄金储备价值 paragraph undated ×4). The floors first sat just
    # under that. After the round's fixes (tests/domain/metrics/test_round68_fixes.py; outside
    # the round no document's metrics changed): precision 0.984, recall 1.000, unit 1.000,
    # indicator 0.858, lenient 0.918, subject 1.000, kind 0.934, qualifier 0.995, period 0.940;
    # the floors raised to just under that.
    68: BlindRound(('h206_', 'h207_', 'h208_'), precision=0.98, recall=0.995, min_gold=183,
                    floors={"unit": 0.995, "indicator": 0.915, "indicator_lenient": 0.96,
                            "subject": 0.995, "kind": 0.945, "qualifier": 0.99,
                            "period": 0.96}),
    # Round 69 (session 29, h209-h211: 河南省人力资源和社会保障厅's notice raising the
    # 最低工资标准 (第一类 / 第二类 / 第三类地区 元/月 and 元/小时, 分别提高 元 / 增幅分别为 %, a
    # table of the tiers and their counties, the year's wage inspections); 山东's
    # 2025年调整退休人员基本养老金方案 (总体调整水平 2%, 定额 / 挂钩 / 倾斜 每人每月 元 under
    # run-in headings, ages and years as the rule's conditions, 经测算 / 预计 forecasts); 厦门's
    # 2025年度 社会保险缴费基数上下限 (the 2024年度 average wage 元/年, caps at 300% / 60% in
    # 元/月, 表1 contribution rates in % with a range, 表2 bands 第一档-第五档)), written and
    # labelled by helper R69 by reading before the extractor ran on them and scored blind on
    # ffa5a2bf. Reached blind (75 scored rows): precision 0.986 (超过15年, a rule's condition),
    # recall 0.907 (h209's table of tiers ×6, its last column a text of county names; 工伤保险's
    # 0.2-1.9 range cell), unit 0.838 (表2's cells without the column heads' 元/月 / 元 ×10,
    # 元/年 read as 元), indicator 0.544 (the run-in headings' names ×7, 表1's cells named by
    # the row alone ×6, 增幅 kept, 基数上限 / 下限按 cut, 3.6% named 年), lenient 0.721,
    # subject 1.000, kind 0.441 (a rule's parameters read as shares, targets or actuals ×34:
    # contribution rates, caps, the pension raises, 表2's bands), qualifier 1.000, period 0.765
    # (the parameters dated by the base year or the rule's years ×16). The floors first sat
    # just under that. After the round's fixes (tests/domain/metrics/test_round69_fixes.py;
    # outside the round only h95, h206, h25 and h186 changed, each to its label: 升幅 named by
    # the reserves, 土地出让起始价 without its 可, 支持12个重点项目建设 a flow of the year):
    # precision 1.000, recall 1.000, unit 1.000, indicator 0.907, lenient 0.960, subject
    # 1.000, kind 1.000, qualifier 1.000, period 1.000; the floors raised to just under that.
    69: BlindRound(('h209_', 'h210_', 'h211_'), precision=0.995, recall=0.995, min_gold=75,
                    floors={"unit": 0.995, "indicator": 0.905, "indicator_lenient": 0.96,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 70 (session 29, h212-h214: 郑州日报's "十四五" achievements review (由2020年的…提高到
    # 2024年的… pairs, 预计全年突破, 年均增长 over the plan's years, 排名由第16位升至第15位,
    # 五年累计 / “十四五”期间累计新增 / “十四五”以来, 2024年末 stocks with 比2020年末增加,
    # 是2020年末的2.1倍, an official's 预计全年 quote); 武汉's 2024年度 国有资产管理情况 report to
    # the 人大常委会 (资产总额 / 负债总额 / 国有资本权益 at 2024年末 with 比上年增长, 市属 / 区属
    # parts, 房屋 / 车辆 / 设备, land and forest areas, 2024年 flows, a bare 累计, 到2027年 goals,
    # a space-aligned 附表 under 单位：亿元、%); 宁波's 2025年城市体检报告 summary (71项指标中
    # 达标的有58项, levels against 标准值, 较上年 changes, 由2023年的…减少到2024年的…, 2026年
    # plans, 附表 with 序号 / 维度 / 指标名称 / 单位 / 2024年 / 标准值 columns)), written and
    # labelled by helper R70 by reading before the extractor ran on them and scored blind on
    # ffa5a2bf (one h212 row added after the run by the kinds' convention: 还将举行4场发布会, a
    # plan's count; on the labels as first committed precision 0.989, indicator 0.855, kind
    # 0.877, period 0.883). Reached blind (180 scored rows): precision 0.994 (单价100万元以上, a
    # class's bound), recall 0.994 (战略性重组4组: 组 not a unit), unit 1.000, indicator 0.850
    # (h214's 附表 named by its 维度 column ×16, 标准值 named without it ×2, the 其中 parts'
    # 国有资本权益 borrowing 市属 / 区属 ×2), lenient 0.922, subject 0.994 (全国 of the ranking's
    # scope), kind 0.878 (附表's 标准值 read as levels ×8, land areas at 2024年末 read as actual
    # ×6), qualifier 0.989 (低于N的标准值 read as at_most ×2), period 0.878 (附表's 标准值 dated
    # ×8, 五年 / 五年来 spans not read ×7, a goal's 2027年 carried to the levels after it ×3);
    # floors first just under that. After the round's fixes
    # (tests/domain/metrics/test_round70_fixes.py; outside the round no document's metrics
    # changed): precision 1.000, recall 1.000, unit 1.000, indicator 0.978, lenient 1.000, subject
    # 1.000, kind 0.994, qualifier 1.000, period 0.983; the floors raised to just under that.
    70: BlindRound(('h212_', 'h213_', 'h214_'), precision=0.995, recall=0.995, min_gold=181,
                    floors={"unit": 0.995, "indicator": 0.975, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 71 (session 29, h215-h217: 浙江省消保委's analysis of 2025年前三季度 consumer complaints
    # (受理 / 解决 件, 解决率, 挽回经济损失 万元, 商品类 / 服务类 占投诉总量的 with 比重同比
    # 个百分点, 分别占 problems, 热点 paragraphs dated by the title, 第三季度, cases at their days
    # in 杭州 / 宁波); 苏州日报's year-end public security news (同比下降 %, 万起 / 万名, 全年累计
    # 拦截 A、B with the clauses it governs, 较2019年, 较2024年的…减少, 日均, 去年 / 今年 in a
    # January 2026 article); 湖南省教育考试院's 2025 admissions release (报考 万人, 录取控制分数线
    # 分 in 分别 pairs, a table of lines by 批次 and 科类, 截至8月21日 录取 with 录取率, 计划 vs
    # 实际, 征集志愿 at their days, 专项计划)), written and labelled by helper R71 by reading before
    # the extractor ran on them and scored blind on ffa5a2bf (two h215 names given their clause's
    # agent after the run by the agent convention, 经营者退还剩余费用 / 商家赔偿; the figures the
    # same under either). Reached blind (169 scored rows): precision 1.000, recall 0.976 (h216's
    # 万起 amounts after 查处 / 110接警 ×4), unit 0.958 (the lines table's 分 ×6, 万本), indicator
    # 0.806 (the table's cells named column + row ×6, the 分别 pairs of lines cut ×6, 计划 cut from
    # 招生计划 ×4, the author 消保委 / 省教育考试院 kept ×3), lenient 0.915, subject 0.976 (the
    # cases' 杭州市 / 宁波市 ×4), kind 0.855 (h217's admissions read as stocks or targets ×15, the
    # clauses one 累计 governs ×3), qualifier 1.000, period 0.982 (征集志愿 于…进行 days not read
    # ×3). The floors first sat just under that. After the round's fixes
    # (tests/domain/metrics/test_round71_fixes.py; outside the round only h198 changed, its
    # 处理违法违规机构612家 read as labelled, a flow of 1-9月): precision 1.000, recall 1.000, unit
    # 1.000, indicator 0.941, lenient 0.959, subject 1.000, kind 0.988, qualifier 1.000, period
    # 0.982; the floors raised to just under that.
    71: BlindRound(('h215_', 'h216_', 'h217_'), precision=0.995, recall=0.995, min_gold=169,
                    floors={"unit": 0.995, "indicator": 0.94, "indicator_lenient": 0.955,
                            "subject": 0.995, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 72 (session 29, h218-h220: damaged text as extraction from printed or scanned pages
    # produces it: 岳阳市's 2026年政府工作报告 OCR'd from a two-column scan (full-width and spaced
    # digits, 2O25年 / 4.l% / 71。2% / 1O0万标箱 confusions, a dropped 长, the running head and page
    # numbers mid text, the last page's two columns interleaved line by line); 重庆日报's economy
    # page pulled from the PDF (page furniture, narrow columns wrapped inside numbers, a headline
    # printed inside another article's paragraph, 渝北区 / 奉节县 articles, a company feature, a
    # photo caption); 新化县's 2024年统计公报 OCR'd with its main-indicators table broken (row
    # names wrapped onto a second line, a 单位 column, — and signed cells)), written and labelled
    # by helper R72 by reading before the extractor ran on them and scored blind on ffa5a2bf (one
    # h219 name corrected after the run by the indicator convention, 产量 for 脐橙产量: blind on
    # those labels indicator 0.916). Reached blind (209 scored rows): precision 1.000, recall
    # 0.914 (h220's table ×17), unit 0.995, indicator 0.911 (h218's interleaved columns ×5, the
    # headline inside h219's paragraph ×4, 对全市 kept, 如今 in a name, the running head glued to
    # a name), lenient 0.963, subject 0.927 (渝北区 / 奉节县's articles ×14), kind 0.984, qualifier
    # 0.995, period 0.921 (the interleaved columns ×8, 三年前 / 如今 not read ×4); the floors
    # first sat just under that. After the round's fixes (tests/domain/metrics/
    # test_round72_fixes.py; outside the round no document's metrics changed; four h219 labels
    # corrected by the conventions, blind on the final labels indicator 0.927): precision 1.000,
    # recall 1.000, unit 1.000, indicator 0.957, lenient 0.976, subject 0.986, kind 1.000,
    # qualifier 0.995, period 0.952; the floors raised to just under that.
    72: BlindRound(('h218_', 'h219_', 'h220_'), precision=0.995, recall=0.995, min_gold=209,
                    floors={"unit": 0.995, "indicator": 0.955, "indicator_lenient": 0.975,
                            "subject": 0.985, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.95}),
    # Round 73 (session 29, h221-h223: 国家统计局's 2025年前三季度居民收入和消费支出情况
    # (人均可支配收入 元 with 名义 / 实际增长, 城乡比值 with 缩小, 中位数 with 中位数是平均数的 %,
    # income sources and consumption classes with 占…的比重, a 分别 pair of classes sharing 人均 and
    # 消费支出, 附表 in tabs with （一）-（三） rows); 湖北省's report on the 2025 budget's
    # execution and the 2026 draft (完成 亿元 为预算的 %, 基金 / 国资 / 社保, 债务限额 / 余额,
    # 新增债券, 2026 安排 / 预计增长 targets, 重点工作); 生态环境部's news on the national carbon
    # market in 2025 (累计成交量 at a day, 年度成交量 with 同比分别, 收盘价 元/吨, 年内 high / low,
    # 参与交易 / 纳入 重点排放单位 家, 扩围, 履约率, CCER, 到2027年)), written and labelled by
    # helper R73 by reading before the extractor ran on them and scored blind on a4ef56a0. Reached
    # blind (190 scored rows): precision 0.979 (国令第775号 as a rank, 31个省（区、市）, a note's
    # 1个单位 / 1吨 definition), recall 0.995 (全年共有243个交易日: the label broke h121's
    # convention and was removed after the run), unit 1.000, indicator 0.841 (附表's （一） serials
    # and 全国 kept ×8, the 分别 pair of classes cut ×6, 中位数是平均数 ×3, 全国碳市场's 碳市场 kept
    # ×6, 排放量 cut at 放量 ×3), lenient 0.979, subject 1.000, kind 0.958 (2026's 重点工作 figures
    # read as results ×3, a 2025 扩围 read as a target after 首次将 ×3, CCER's 成交额 not chained to
    # its 累计, a note's bound), qualifier 1.000, period 0.995. Two names corrected after the run by
    # the convention (督促 a causative verb dropped; 申请 a flow verb kept), the figures the same
    # under either but for the trading days' recall. The floors first sat just under that. After the
    # round's fixes (tests/domain/metrics/test_round73_fixes.py; outside the round only h186
    # changed, its 核定我县 debt ceiling named as labelled): precision 0.984, recall 1.000, unit
    # 1.000, indicator 0.995, lenient 1.000, subject 1.000, kind 0.995, qualifier 1.000, period
    # 0.995 (189 scored rows); the floors raised to just under that.
    73: BlindRound(('h221_', 'h222_', 'h223_'), precision=0.98, recall=0.995, min_gold=189,
                    floors={"unit": 0.995, "indicator": 0.99, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 74 (session 29, h224-h226: 行政院主計總處's 114年10月 人力資源調查 in Traditional
    # script (勞動力 / 就業人數 / 失業者 萬人 with 較上月 / 較上年同月 增減, 失業率 / 勞參率 with
    # 個百分點, 經季節調整後, 15-24歲… 分別為, 1-10月平均, 平均失業週數 週, 表1 with units in
    # the row heads); 香港 政府統計處's 二零二五年十月份 綜合消費物價指數 (按年升幅, 剔除…後
    # 基本綜合消費物價, 甲類 / 乙類 / 丙類 分別為, 首十個月, 經季節性調整的 and the three months'
    # 平均每月升幅, components with bracketed (+N%), 預測 全年 通脹率, 表一 by column);
    # 星洲日报's report on Malaysia's 2026年财政预算案 (总开销 / 营运 / 发展开销 亿令吉, 财政赤字
    # 占国内生产总值, 2025年预计 / 2024年实际, 拨款, 每人 / 每户 令吉, 最低薪金, 1令吉99仙,
    # 300公升, 今年首8个月 / 上半年 results)), written and labelled by helper R74 by reading
    # before the extractor ran on them and scored blind on 976e5823 (two h226 names given their
    # own words after the run, 预算案总开销 / 实际财政赤字, and h224's survey sample 約2萬戶 added
    # as borderline by h173's precedent; on the corrected labels precision 0.976, indicator
    # 0.712). Reached blind (175 scored rows): precision 0.970 (15-24歲 / 25-44歲 age classes
    # read as counts, 約2萬戶, 1令吉 / 99仙 split), recall 0.931 (h225's 表一 ×8, 週 ×2, 1令吉99仙,
    # 300公升), unit 1.000, indicator 0.699 (h225's 按年升幅 / 升幅 / 同期的按年平均升幅 kept
    # ×15, the 相應 list's items ×3, 經季節性 cut; h226's 政府 / 政府预测 / 大马 kept ×12, 惠及 /
    # 兴建及维修 dropped; h224's 因…而 groups ×3, 之 kept), lenient 0.926, subject 1.000, kind
    # 0.896 (bracketed signed rates read as shares ×11, h226's per-head rates and caps read as
    # targets ×5), qualifier 1.000, period 0.933 (今年预计的 / 2025年预计的 bases dated by the
    # budget's 2026 ×3, per-head rates dated ×3, 九月份的 / 對上三個月 bases ×2, 2026课税年,
    # 中期内). The floors first sat just under that. After the round's fixes
    # (tests/domain/metrics/test_round74_fixes.py; outside the round only h104 and h179 changed:
    # h104's 合共兴建約30 000個 named 兴建单位 as labelled, h179's borderline 规模猪场
    # （年出栏500头以上） bound no longer read): precision 1.000, recall 0.954 (h225's 表一
    # ×8 left), unit 1.000, indicator 0.934, lenient 0.988, subject 1.000, kind 0.994,
    # qualifier 1.000, period 0.982; the floors raised to just under that.
    74: BlindRound(('h224_', 'h225_', 'h226_'), precision=0.995, recall=0.95, min_gold=175,
                    floors={"unit": 0.995, "indicator": 0.93, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 75 (session 29, h227-h229: 义乌发布's WeChat article on the city's 前三季度 economy
    # (emoji, ★ / ▲ / 👉, **bold**, a line break every few words; GDP增长6.8%！ headline, blocks
    # dated by their first line 前三季度 / 1-9月 / 9月当月 / 截至9月底, 居全省第N位, 占全省的,
    # 中国小商品城, 城乡居民收入比, 力争全年); 广西统计月报's OCR'd digest page of main indicators
    # for 2025年10月 (指标 | 单位 | 10月 | 1-10月 | 同比增长(%) as space-separated columns, wrapped
    # row names, （1-9月） rows, minus signs OCR'd as 一 / —, a full-width cell, 10月末 balances,
    # a running header and page numbers); 陕西's press conference transcript (numbers read out:
    # 百分之五点二, 二万五千六百八十六亿元, 两成, 近九成, 三分之一, 翻了一番; a reporter's figures,
    # 预计全年, 一是…二是…三是…)), written and labelled by helper R75 by reading before the
    # extractor ran on them and scored blind on 578a39fa. Reached blind (176 scored rows):
    # precision 0.984 (the holiday's 八天, an OCR'd 一1.2 read as 1.2), recall 0.688 (h228's table:
    # 55 cells unread), unit 1.000, indicator 0.934 (总量居全省第2位, 中国小商品城 cut ×2, names on
    # the line before lost ×3, 预期目标, 九成以上), lenient 0.950, subject 0.967
    # (中国 of 中国小商品城 ×4), kind 1.000, qualifier 1.000, period 0.785 (h227's blocks with no
    # time of their own ×24, h229's 居民收入 paragraph ×2). The floors first sat just under that.
    # After the round's fixes (tests/domain/metrics/test_round75_fixes.py; outside the round only
    # h175's and h201's period texts changed, their dates the same): precision 1.000, recall
    # 1.000, unit 1.000, indicator 0.989, lenient 0.989, subject 1.000, kind 1.000, qualifier
    # 1.000, period 0.983; the floors raised to just under that.
    75: BlindRound(('h227_', 'h228_', 'h229_'), precision=0.995, recall=0.995, min_gold=176,
                    floors={"unit": 0.995, "indicator": 0.985, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 76 (tests/gold/heldout/h230-h232: 国家税务总局's news on the 2024年度 individual income
    # tax settlement (截至6月30日 办理 亿人次, 2024年度汇算中 退税 / 补税 with 人均, 预约 3月1日至
    # 3月20日, 享受 deduction counts in a 分别 list, 扣除标准 每月 元, the 12366 hotline's 咨询,
    # 到账 用时 in 个工作日, a table by 2024年度 / 2023年度); 新华日报 on 江苏电网's record summer
    # load (7月16日 13时25分 peak with 较去年 / 较7月8日 bases, 16日 区外来电 / 新能源 出力,
    # 截至6月底 装机, 今年以来 工程, 累计成交, 8月 forecasts, a 数据看板); 中国演出行业协会's 2025
    # performance market report (场次 / 票房 / 观众 with 同比, 大型演唱会, 剧场 / 新空间 / 旅游演艺,
    # provinces in a 分别 list, 二季度 / 7月至8月, 截至2025年底 stocks, 2026 forecasts)), written
    # and labelled by helper R76 by reading before the extractor ran on them and scored blind on
    # 9ba695c7. Reached blind (159 scored rows): precision 0.994 (连续开展6次, a streak), recall
    # 1.000, unit 1.000, indicator 0.755 (0.767 on the one name corrected after the run by the
    # convention, 汇算退税到账平均用时; counts of people before their deed named none ×4, the 分别
    # list of deductions cut ×6, 江苏电网's 电网 kept ×6, 将攀升 / 更是 / 最 left in names ×4, 同期
    # / 当时 kept in a base ×2), lenient 0.925, subject 1.000, kind 0.899 (deed counts of a period
    # read as totals ×11, the 截至6月30日 running total read as actual ×2, h232's 二季度 / 7月至8月
    # read as 2026's targets ×3), qualifier 1.000, period 0.742 (截至6月30日 read as the tax year
    # ×5, bare 3月1日 / 二季度 / 7月至8月 resolved in the wrong year ×12, a bare 16日 unread ×8, a
    # 数据看板 ×4, 今年以来 lost after a 为应对 clause ×3, h232's 分别 provinces and a gap undated
    # ×6, bases at their own year / day ×2, 自2019年…以来 read as 2019); the floors first sat just
    # under that. Labels corrected after the run by the set's practice: 同期 / 当时 kept in a
    # share's base (h22, h29, h156 keep 同期), 成交 kept after 累计 (h35's 网签成交); blind
    # indicator 0.792 on the corrected labels. After the round's fixes
    # (tests/domain/metrics/test_round76_fixes.py; no document outside the round changed in a dump
    # of every gold document): precision 1.000, recall 1.000, unit 1.000, indicator 0.874, lenient
    # 0.969, subject 1.000, kind 0.931, qualifier 1.000, period 0.943 (159 scored rows); the
    # floors raised to just under that.
    76: BlindRound(('h230_', 'h231_', 'h232_'), precision=0.995, recall=0.995, min_gold=159,
                    floors={"unit": 0.995, "indicator": 0.88, "indicator_lenient": 0.965,
                            "subject": 0.995, "kind": 0.93, "qualifier": 0.995,
                            "period": 0.94}),
    # Round 77 (tests/gold/heldout/h233-h235: 四川省林业和草原局's 2025 国土绿化状况公报
    # (森林覆盖率, 蓄积量, 营造林 with its parts, 草原 / 湿地 / 自然保护地 stocks, 古树名木,
    # 森林火灾 with 同比下降, 林草产业, 2026 goals); 洛阳日报's year-end news on 2025's fire and
    # rescue figures (接警出动 万起, 火灾 起 / 亡 / 伤 / 直接财产损失 with 同比下降, 起火原因
    # shares, 春节期间, 检查 / 隐患 / 罚款, 消防站 stocks, a table by 2025年 / 2024年 / 同比); a
    # coal group's OCR'd monthly production brief (spaced digits, 10月份 / 1-10月累计 原煤产量 /
    # 商品煤销量 / 掘进进尺, 百万吨死亡率, 库存 at 10月底, a table in spaces with 年计划 /
    # 完成年计划(%), 十一月份 plans)), written and labelled by helper R77 by reading before the
    # extractor ran on them and scored blind on b4fa94fc. Reached blind (196 matched of 199 scored
    # rows): precision 0.995 (（共印40份）), recall 0.985 (1.86万起 ×2, a zero rate), unit 1.000,
    # indicator 0.888 (0.903 on the final labels; 年度计划 named for a plan's level ×4, the 起火原因
    # shares, 还 / agents / the author's 集团公司, 完成 kept after a month ×4), lenient 0.964,
    # subject 0.990 (住宅小区 read as a place ×2), kind 0.857 (deed counts read as totals ×14, the
    # 完成年计划(%) column as growth ×4), qualifier 1.000, period 0.857 (0.862 on the final labels;
    # the headline's 2025年 not dating paragraphs ×7, the 年计划 column and the plan dated 10月 ×5,
    # 十一月份 overridden ×2, stocks dated by the bulletin's year ×5). Labels corrected after the
    # run by the convention or the set's practice: h233's stocks with no time undated (session 20
    # dates a yearly report's flows only), its areas on hand count_total (h09, h24, h56), 总面积 /
    # 总数 after a counted stock named by it (h09, h159, h219), a stock dated by its paragraph.
    # After the round's fixes (tests/domain/metrics/test_round77_fixes.py; outside the round only
    # h112, h180, h226's sentence numbers moved in a dump of every gold document): precision 1.000,
    # recall 1.000, unit 1.000, indicator 0.955, lenient 0.985, subject 1.000, kind 0.884, qualifier
    # 1.000, period 0.899 (199 scored rows); the floors raised to just under that.
    77: BlindRound(('h233_', 'h234_', 'h235_'), precision=0.995, recall=0.995, min_gold=195,
                    floors={"unit": 0.995, "indicator": 0.95, "indicator_lenient": 0.98,
                            "subject": 0.995, "kind": 0.88, "qualifier": 0.995,
                            "period": 0.895}),
    # Round 78 (tests/gold/heldout/h236-h238: a provincial audit work report to the 人大常委会, a
    # mayor's speech at an investment signing conference as a transcript, Macau's quarterly
    # demographic release in Traditional script), written and labelled blind (labels committed
    # at e338db83, scored on it): precision 1.000, recall 0.994 (被采纳1893条 dropped), unit 1.000,
    # indicator 0.753 (audit findings' names, 今天 / 现在 / 一共 / 大概 / 是 kept in names, bare 佔
    # shares without 占比 ×3, death causes named 死亡人数 ×3, 获 cut after 第3季, 中国500强 cut),
    # lenient 0.928, subject 1.000, kind 0.922 (births, people admitted, a density read as
    # stocks), qualifier 1.000, period 0.837 (今天 unread ×12, the title's quarter lost under a
    # Portuguese masthead line ×3, 本季 ×3, 现在 ×2); the floors first sat just under that. Labels
    # corrected after the run by the held-out README's audit convention (units found at fault
    # named by the noun after the count, h34): blind indicator 0.789 on the corrected labels.
    # After the round's fixes (tests/domain/metrics/test_round78_fixes.py; outside the round
    # only period texts, sent numbers and a borderline row changed in a dump of every gold
    # document): precision 1.000, recall 1.000, unit 1.000, indicator 0.862, lenient 0.964,
    # subject 1.000, kind 0.982, qualifier 1.000, period 0.964 (167 scored rows); the floors
    # raised to just under that.
    78: BlindRound(('h236_', 'h237_', 'h238_'), precision=0.995, recall=0.995, min_gold=165,
                    floors={"unit": 0.995, "indicator": 0.86, "indicator_lenient": 0.96,
                            "subject": 0.995, "kind": 0.98, "qualifier": 0.995,
                            "period": 0.96}),
    # Round 79 (tests/gold/heldout/h239-h241: 浙江省气候中心's 2025 climate bulletin (年平均气温
    # with 较常年偏高 and 历史第二高, 年降水量 / 日照, counties in brackets, 浙北 / 浙中 / 浙南 in
    # 分别 lists, 梅汛期, 高温日数, extremes with their place and day, 四、 events, losses);
    # 福建省应急管理厅's news on a typhoon's losses and relief (截至…时 toll, 宁德市 with 占全省,
    # 18日以来 累计, 9月20日 funds with 其中, 截至目前 total, goods, power, insurance);
    # 郑州市水务局's 2025 water resources bulletin (降水 / 水资源量, 南水北调 供水, 大中型水库 with
    # 表1 in tabs, 埋深, 供用水 with 分别占, 用水指标 较2020年下降, 水质)), written and labelled by
    # helper R79 by reading before the extractor ran on them and scored blind on a0b7e7a9. Reached
    # blind (186 scored rows, 185 matched): precision 1.000, recall 0.995 (`等5市`), unit 0.914
    # (表1's 单位：万立方米 not given to its cells ×16), indicator 0.697, lenient 0.849, subject
    # 0.941, kind 0.897, qualifier 1.000, period 0.762 (the misses by class in the held-out README);
    # the floors first sat just under that. Labels corrected after the run by the set's form
    # practice (a form's cells row + column as printed, its period word kept, as
    # 行政规范性文件本年制发件数): 表1's 年初蓄水量 / 年末蓄水量 cells. After the round's fixes
    # (tests/domain/metrics/test_round79_fixes.py; outside the round only h178, h191 and h223
    # changed, each row now as labelled): precision 1.000, recall 0.995, unit 1.000, indicator
    # 0.881, lenient 0.962, subject 0.941, kind 0.941, qualifier 1.000, period 0.919; the floors
    # raised to just under that.
    79: BlindRound(('h239_', 'h240_', 'h241_'), precision=0.995, recall=0.99, min_gold=184,
                    floors={"unit": 0.995, "indicator": 0.88, "indicator_lenient": 0.96,
                            "subject": 0.94, "kind": 0.94, "qualifier": 0.995,
                            "period": 0.915}),
    # Round 80 (session 30, helper R80; tests/gold/heldout/h242-h244: 合肥市体育局's news on its
    # marathon's economic impact, 國立故宮博物院's 114年 annual results in Traditional script, an
    # OCR'd 从江县乡村振兴局 summary of 东西部协作; labels committed at 3a922bc6, written blind),
    # scored blind (144 scored rows): precision 0.986, recall 0.958 (檔 / 縣市 / 对 counts and a
    # mixed 1萬2,350團 unread ×6; 展期3個月 and 達1萬 read), unit 1.000, indicator 0.841 (frame and
    # cause words kept: 统筹 / 动员 / 引导 / 开展…专车, 力拚, the relative clause before 参赛选手,
    # 本次评估; 争取东西部 cut to 协作…资金 ×3, 广东省级 / 白云区区级 cut, 选派 lost before a list's
    # later items, 官网 cut to 网), lenient 0.986, subject 0.964 (donors' places taken for
    # subjects), kind 0.870 (people in work read as flows ×4, deeds of the year and the race's
    # parts read as totals ×10, the table's 2025年 column read as targets ×3), qualifier 1.000,
    # period 0.913 (the lead's 11月2日 inside a relative clause lost ×4, the headline undated, an
    # OCR'd table's title year not carried ×4, 完成文物修护 at 截至114年底, 115年's goal in 116年).
    # Labels corrected after the run by the set's practice (a yearly report's bare 累計 at the
    # year's last day; 争取 a cue word, h13 / h151; 吸纳…就业 actual, h140): blind kind 0.884 on
    # them; the floors first sat just under the blind figures. After the round's fixes
    # (tests/domain/metrics/test_round80_fixes.py; outside the round only h130 and h147 changed
    # in a dump of every gold document, each name nearer its label): precision 1.000, recall
    # 1.000, unit 1.000, indicator 0.882, lenient 0.979, subject 0.958, kind 0.910, qualifier
    # 1.000, period 0.951 (144 scored rows); the floors raised to just under that, the lenient
    # floor 0.975 under the blind 0.986 (16縣市, unread blind, now read and named 走访全台).
    80: BlindRound(('h242_', 'h243_', 'h244_'), precision=0.995, recall=0.995, min_gold=140,
                    floors={"unit": 0.995, "indicator": 0.88, "indicator_lenient": 0.975,
                            "subject": 0.955, "kind": 0.905, "qualifier": 0.995,
                            "period": 0.95}),
    # Round 81 (session 30, helper R81; tests/gold/heldout/h245-h247: 湖南省总工会's 2025年工作总结,
    # 洛阳's 12345 hotline yearly data page, an OCR'd 临沂 veterans' bulletin; labels committed at
    # b1224ebb, written blind), scored blind (194 scored rows): precision 0.990, recall 0.995 (a
    # knowledge base's 全年更新4820条 unread; 共印200份 / 共印8 0份 read), unit 0.990 (件次 read as
    # 件 ×2), indicator 0.813 (力争 / 将 and the agent kept before goals, 为… beneficiaries kept,
    # 市县两级 / 各级工会 kept, 网络渠道（…） cut to 渠道, 单日 dropped, districts of a 分别 list in
    # the name, 对8个…的经费审计 named 经费, 诉求量 unnamed after 7月 / 2月), lenient 0.964,
    # subject 0.948 (中国梦 and 全国劳动模范 read as places; the 分别 districts no subjects), kind
    # 0.865 (the year's placements, awards and deeds read as totals ×19, stocks built read as
    # flows ×5), qualifier 1.000, period 0.767 (a work summary printed before its year's end:
    # sections with no time undated ×28; 清明节期间 and 夏季 unread; stocks of a yearly news dated).
    # Labels corrected after the run by the set's rules (h245's 解困脱困率 at the paragraph's 年底;
    # h247's 实现 dropped, as h31; stocks of a work summary and a news report with no time dated
    # by the title's / headline's year, the heading rule, as h76 ×8): blind indicator 0.824,
    # lenient 0.974, period 0.782 on them; the
    # floors first sat just under the blind figures. After the round's fixes
    # (tests/domain/metrics/test_round81_fixes.py; outside the round only h123 changed in a dump
    # of every gold document, one name now as labelled): precision 0.990, recall 0.995, unit
    # 1.000, indicator 0.876, lenient 0.974, subject 1.000, kind 0.943, qualifier 1.000, period
    # 0.933 (194 scored rows); the floors raised to just under that (precision and recall stay:
    # 193 of 195 and of 194, 共印…份 read and 全年更新 unread).
    81: BlindRound(('h245_', 'h246_', 'h247_'), precision=0.985, recall=0.99, min_gold=190,
                    floors={"unit": 0.995, "indicator": 0.875, "indicator_lenient": 0.97,
                            "subject": 0.995, "kind": 0.94, "qualifier": 0.995,
                            "period": 0.93}),
    # Round 82 (session 30, helper R82; tests/gold/heldout/h248-h250: 宜昌市市场监督管理局's
    # 2025年度 food safety sampling bulletin, 運輸署's monthly transport statistics for 二○二五年
    # 十月 in Traditional script, 会同县教育局's 2025—2026学年 statistics as a WeChat article;
    # labels committed at 47a9e0df, written blind), scored blind (191 scored rows): precision
    # 0.995 (往期推荐's 3000余名), recall 1.000, unit 0.995, indicator 0.654 (0.848 on the labels
    # corrected by the set's conventions: 的 kept, h158's column names, the base's 全县), lenient
    # 0.832 (0.948), subject 1.000, kind 0.901 (a month's daily means and first registrations
    # read as totals ×16), qualifier 1.000, period 0.770 (the 学年 unread ×38, the 按年變動
    # column and a sentence after 與去年同月比較 dated 2024 ×5, 而去年同期為 at 2025). Two more
    # labels corrected by the set's practice while fixing (h248's 责令 kept as h86's; h249's
    # share named X占Y with the figure's name): blind indicator 0.859, lenient 0.953 on them.
    # After the round's fixes (tests/domain/metrics/test_round82_fixes.py; outside the round no
    # document changed in a dump of every gold document): precision 1.000, recall 1.000, unit
    # 1.000, indicator 0.874, lenient 0.969, subject 1.000, kind 0.990, qualifier 1.000, period
    # 1.000 (191 scored rows); the floors just under that.
    82: BlindRound(('h248_', 'h249_', 'h250_'), precision=0.995, recall=0.995, min_gold=185,
                    floors={"unit": 0.995, "indicator": 0.87, "indicator_lenient": 0.965,
                            "subject": 0.995, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 83 (session 30, helper R83; tests/gold/heldout/h251-h253: 国家电影局's news on the 2025
    # national film market, 江西's 2025年人口变动情况抽样调查主要数据公报, 联合早报's news on the
    # HDB resale market's 2025年第四季; labels committed at a9f8bbee, written blind), scored blind
    # (156 scored rows): precision 0.993 (比前年的2万8986宗少2.9% read unsigned), recall 0.949 (a
    # tab table with a 起止日期 column of date ranges unread ×6, 性别比（以女性为100，…）为105.52),
    # unit 0.980 (元（新元，下同） unread ×3), indicator 0.682 (0.696 on the labels corrected by the
    # set's conventions: 的 kept), lenient 0.845 (0.858), subject 0.993, kind 0.980, qualifier
    # 1.000, period 0.878 (清明档 / 五一档 / 端午档 dated 国庆档, 比第三季的 dated 2026 in a January
    # text, medians with no time undated). After the round's fixes
    # (tests/domain/metrics/test_round83_fixes.py; outside the round no document changed in a dump
    # of every gold document): precision 1.000, recall 0.955, unit 1.000, indicator 0.705, lenient
    # 0.866, subject 0.993, kind 0.980, qualifier 1.000, period 0.879 (156 scored rows); the floors
    # just under that.
    83: BlindRound(('h251_', 'h252_', 'h253_'), precision=0.995, recall=0.95, min_gold=150,
                    floors={"unit": 0.995, "indicator": 0.70, "indicator_lenient": 0.865,
                            "subject": 0.99, "kind": 0.975, "qualifier": 0.995,
                            "period": 0.915}),
    # Round 84 (session 30, helper R84; tests/gold/heldout/h254-h256: an OCR'd 肇源县 autumn grain
    # harvest bulletin, 中国城市轨道交通协会's 2025 operations brief with a table in spaces,
    # 国务院国资委's 1—10月 2024 press conference transcript; labels committed at 1f7d02d4,
    # written blind), scored blind (165 scored rows, after three labels were corrected by the
    # set's conventions): precision 0.994, recall 1.000, unit 0.933, indicator 0.787, lenient
    # 0.909, subject 0.994, kind 0.915, qualifier 1.000, period 0.921 (the 共印4 0份 print run
    # read; 万人次/公里·日 unread; the table's rank column named by the next column; 9月2 0日, a
    # spaced day, taken as the report period of sections with no time; 秋收期间 read as the year).
    # Nine more names corrected after the run by the set's conventions (完成投资 kept after a
    # sector, 占全县 kept, 合计 dropped, clauses' own words): blind indicator 0.861, lenient 0.945
    # on them. After the round's fixes (tests/domain/metrics/test_round84_fixes.py; outside the
    # round only h154 and h247 changed in a dump of every gold document, 投入拖拉机 now as
    # labelled and h247's 共印8 0份 no longer read): precision 1.000, recall 1.000, unit 1.000,
    # indicator 0.933, lenient 1.000, subject 0.994, kind 0.988, qualifier 1.000, period 1.000
    # (165 scored rows); the floors just under that.
    84: BlindRound(('h254_', 'h255_', 'h256_'), precision=0.995, recall=0.995, min_gold=160,
                    floors={"unit": 0.995, "indicator": 0.93, "indicator_lenient": 0.995,
                            "subject": 0.99, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 85 (session 30, helper R85; tests/gold/heldout/h257-h259: 蜀山区's 2025年度 民生实事
    # completion notice with a tab table of goals, results and 完成率, 澳門統計暨普查局's monthly
    # 酒店業統計 for 2025年10月 in Traditional script, 南宁市住建局's monthly 商品房 / 二手房 网签
    # page with a 附表 of districts; labels committed at b35575c8, written blind), scored blind (192
    # scored rows): precision 0.985 (the 注's ×100%, 留宿兩晚, the 相关阅读's 6.2%), recall 1.000,
    # unit 0.990, indicator 0.698 (0.724 on the labels corrected by the set's conventions: 个月's
    # unit 月, h204's district-table names, the base's 全市, 计划总投资, h108's growth after an
    # area the area's, 涉及 kept), lenient 0.891 (0.974),
    # subject 0.906 (guests by source market and the 附表's districts), kind 0.844 (网签 deals
    # read as stocks ×16, 完成率 cells as growth ×6), qualifier 1.000, period 0.880 (the
    # completion table undated by the title's 2025年度 ×18). After the round's fixes
    # (tests/domain/metrics/test_round85_fixes.py; outside the round no document changed in a
    # dump of every gold document): precision 0.985, recall 1.000, unit 1.000, indicator 0.870,
    # lenient 0.974, subject 1.000, kind 0.958, qualifier 1.000, period 0.880; the floors just
    # under that (precision 192 of 195: 0.9846, its floor 0.98).
    85: BlindRound(('h257_', 'h258_', 'h259_'), precision=0.98, recall=0.995, min_gold=188,
                    floors={"unit": 0.995, "indicator": 0.865, "indicator_lenient": 0.97,
                            "subject": 0.995, "kind": 0.96, "qualifier": 0.995,
                            "period": 0.88}),
    # Round 86 (session 31, helper R86; tests/gold/heldout/h260-h262: 邢台's 2026 work report
    # excerpt with the 十四五 review, 沭阳县's OCR'd 2025 statistical bulletin with a table in
    # spaces, 臺南市's policy report with its 115年度 budget in Traditional script; labels committed
    # at 2452e5db, written blind), scored blind (202 scored rows): precision 0.985 (點閱次數 read
    # as 台, two spaced numbers cut), recall 0.990, unit 1.000, indicator 0.920, lenient 0.975,
    # subject 1.000, kind 0.980 (0.990 on three labels corrected by the set's conventions:
    # 总预算岁出, 带动就业 actual, 其中…竣工投产 members count_total), qualifier 1.000, period 0.905
    # (the paragraphs under 2025年和“十四五”时期工作回顾 undated ×14). After the round's fixes
    # (tests/domain/metrics/test_round86_fixes.py; outside the round only h48's 育儿津贴 and
    # h169's 通车里程 rows changed, both onto their labels, and sentence numbers of h48 / h190):
    # precision 1.000, recall 1.000, unit 1.000, indicator 0.980, lenient 0.990, subject 1.000,
    # kind 0.995, qualifier 1.000, period 0.985; the floors just under that.
    86: BlindRound(('h260_', 'h261_', 'h262_'), precision=0.995, recall=0.995, min_gold=200,
                    floors={"unit": 0.995, "indicator": 0.975, "indicator_lenient": 0.985,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 87 (session 31, helper R87; tests/gold/heldout/h263-h265: 甘肃's 2025 统计公报
    # excerpt with 年末 stocks, 比上年末 changes and a tab table of farm output, 襄阳's 前三季度
    # release with 两年平均, 比上半年提高 and 9月份 alone, 常州日报's A2 page pulled with its layout
    # (two articles side by side, a photo caption, a 数读 box of figures and captions); labels
    # committed at bdd9a2f8, written blind), scored blind (206 scored rows, on the final labels):
    # precision 0.995 (同比持平 read as a figure, as h208), recall 0.995 (36家A级景区 glued into
    # the next name), unit 1.000, indicator 0.951 (the 数读 box named by the line before ×5,
    # 社会消费品零售总额 losing 总额 before 增速 ×2, 冬季 dropped, 计划 dropped), lenient 0.966,
    # subject 1.000, kind 0.980, qualifier 1.000, period 0.971 (冬季 read as the period ×2, the
    # box ×2, 计划总投资亿元以上项目 a plan). After the round's fixes
    # (tests/domain/metrics/test_round87_fixes.py; outside the round h157, h175 and h90 changed,
    # each onto its labels): precision 0.995, recall 1.000 and every field 1.000; the floors just
    # under that.
    87: BlindRound(('h263_', 'h264_', 'h265_'), precision=0.99, recall=0.995, min_gold=200,
                    floors={"unit": 0.995, "indicator": 0.995, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 88 (session 31, helper R88; tests/gold/heldout/h266-h268: 江门's 十五五 规划纲要 摘编
    # with a main-indicator table in tabs (2025年 / 2030年 / 年均增长（%） / 属性), 拱墅区's 2026
    # 政府工作报告 on its 民生实事, Macao's 2026 施政報告 摘錄 in Traditional script; labels
    # committed at 8a80cbd9, written blind), scored blind (168 scored rows): precision 1.000, recall
    # 1.000, unit 0.994 (1.000 on the labels corrected by the set's conventions: 日 in 天, 到2030年
    # flows at the year, X占比 and own-words names, 帮助 / 帮扶 and 培育形成 dropped), indicator
    # 0.887 (0.923), lenient 0.988, subject 0.976 (the 合作區's stocks after 截至…底), kind 0.946
    # (per-head 每年 rates, 加装 / 打通), qualifier 1.000, period 0.893 (the plan table's 年均 and
    # 〔〕 cells, 五年累计 / 五年年均, 年初承诺的). After the round's fixes
    # (tests/domain/metrics/test_round88_fixes.py; outside the round only h11, h156, h257, h27,
    # h129 (now as labelled), h07 (a period's text) and h159 (an unlabelled row) changed in a dump
    # of every gold document): precision 1.000, recall 1.000, unit 1.000, indicator 0.988, lenient
    # 1.000, subject 1.000, kind 0.988, qualifier 1.000, period 0.964; the floors just under.
    88: BlindRound(('h266_', 'h267_', 'h268_'), precision=0.995, recall=0.995, min_gold=165,
                    floors={"unit": 0.995, "indicator": 0.985, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.96}),
    # Round 89 (session 31, helper R89; tests/gold/heldout/h269-h271: 甘肃省财政厅's
    # 2025年预算执行情况和2026年预算草案的报告 with a tab table of 调整后预算 / 执行数 /
    # 为预算% / 增长%, 国家统计局云南调查总队's 答记者问 on 2025 income and consumption,
    # 株洲's 2025 人社 统计公报 OCR'd with spaced digits, O for 0 and a table in spaces;
    # labels committed at be862702, written blind), scored
    # blind (203 scored rows): precision 0.990 (0.995 on the two labels corrected by the set's
    # practice: 压减5%以上 negative as h222, 实现 a frame as h31), recall 0.980 (0.985; 2.O %,
    # 9 3.O %, 3.1 2⏎万人 unread), unit 1.000, indicator 0.985 (0.990), lenient 0.995 (1.000),
    # subject 1.000, kind 0.975 (the 调整后预算 column read as results ×4, 月最低工资标准第一档 as a
    # level), qualifier 1.000, period 0.930 (the answers with no time undated: 答记者问 taken for a
    # byline ×13). After the round's fixes (tests/domain/metrics/test_round89_fixes.py; outside the
    # round only sentence numbers moved in a dump of every gold document): precision 1.000, recall
    # 1.000, unit 1.000, indicator 0.995, lenient 1.000, subject 1.000, kind 1.000, qualifier
    # 1.000, period 1.000; the floors just under that.
    89: BlindRound(('h269_', 'h270_', 'h271_'), precision=0.995, recall=0.995, min_gold=200,
                    floors={"unit": 0.995, "indicator": 0.99, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 90 (session 31, helper R90; tests/gold/heldout/h272-h274: 河南's 2026年政府工作报告
    # 摘要 with 分别 lists, a “十四五” review and 2026 targets, 政府統計處's November 2025 retail
    # sales release in Traditional script with a 表一 in full-width spaces, 宜宾's October 2025
    # 统计月报 OCR'd with spaced digits and a 本月 / 1-10月累计 / 同比增长% table in spaces;
    # labels committed at 317c27b8, written blind), scored blind (173 scored rows): precision
    # 1.000, recall 0.977 (the table's two rows whose names wrap, 居民消费价格指数⏎（上年同期=100）
    # with no unit cell and …存款⏎余额（月末）, unread: 4 cells), unit 1.000, indicator 0.970
    # (0.982 on the labels corrected by the set's practice: 占…的比重分别为 of the base only, as
    # h17), lenient 1.000, subject 1.000, kind 0.982 (1.000: the table's …增长 rows in % labelled
    # by their column, growth rates as h228), qualifier 0.994 (1.000: 分别达到 bounds both items, as
    # h04), period 0.988 (最新公布的…失业率 dated by the paragraph before, 通车里程 after a 五年累计
    # dated by it). After the round's fixes (tests/domain/metrics/test_round90_fixes.py; outside the
    # round nothing changed in a dump of every gold document): precision 1.000, recall 1.000, unit
    # 1.000, indicator 0.994, lenient 1.000, subject 1.000, kind 1.000, qualifier 1.000, period
    # 0.994; the floors just under that.
    90: BlindRound(('h272_', 'h273_', 'h274_'), precision=0.995, recall=0.995, min_gold=170,
                    floors={"unit": 0.995, "indicator": 0.99, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 91 (session 31, helper R91; tests/gold/heldout/h275-h277: 武义县's 2026 政府工作报告
    # OCR'd with spaced and full-width digits, page headers and a 民生实事 list, 国家统计局's
    # release on the 2025 national economy, 主計總處's 114年10月 受僱員工薪資與生產力 release in
    # Traditional script; labels committed at 33dcdfce, written blind), scored blind (205 scored
    # rows): precision 0.990 (0.995 on the three labels corrected by the set's practice: 安排
    # dropped as h269, （不含农户） dropped as the set's majority, the 2000万元 threshold a
    # borderline row as h54), recall 1.000, unit 1.000, indicator 0.922 (0.937; headings with a
    # comma glued to their section's first sentence ×3, 工業部門 taken for an authority ×5, 以…最高
    # ×2), lenient 0.995, subject 1.000, kind 0.620 (h276's title 主要发展目标顺利完成 read as a
    # heading of goals ×78), qualifier 0.995, period 0.776 (h276's undated paragraphs ×34, the
    # quarters of 分季度看 carried into 分产业看 ×6, 本月 and 年終獎金 in h277). After the round's
    # fixes (tests/domain/metrics/test_round91_fixes.py; outside the round sentence numbers moved
    # in four documents and h18's period text in three rows, dates unchanged): precision 0.995,
    # recall 1.000, unit 1.000, indicator 0.995, lenient 1.000, subject 1.000, kind 1.000,
    # qualifier 0.995, period 0.990; the floors just under that.
    91: BlindRound(('h275_', 'h276_', 'h277_'), precision=0.99, recall=0.995, min_gold=200,
                    floors={"unit": 0.995, "indicator": 0.99, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.99,
                            "period": 0.985}),
    # Round 92 (session 31, helper R92; tests/gold/heldout/h278-h280: 江西's press conference
    # transcript on the 2025 economy (1-12月, 四季度 alone, 比前三季度回升), 嘉兴日报's economy page
    # pulled from its PDF with two articles' lines in turn and a caption inside a paragraph,
    # 洛阳 发改委's report on the 2025 plan's execution and the 2026 plan (计划 / 预计 pairs);
    # labels committed at 2abf1339, written blind), scored blind (188 scored rows): precision
    # 1.000, recall 0.984 (a chart caption's three cells unread), unit 1.000, indicator 0.800
    # (0.832 on the labels corrected by the set's conventions: 12月份 carried, 全市 in a base, 对
    # dropped, the agent of a later clause), lenient 0.951, subject 1.000, kind 0.924 (the
    # interleaved articles' figures read as the consumption season's plans, 预计完成N% as shares),
    # qualifier 1.000, period 0.778 (0.800 corrected: the interleaved lines, 2025's plans undated
    # under the review heading, 2026年计划的主要任务 taken for a plan's base). After the round's
    # fixes (tests/domain/metrics/test_round92_fixes.py; outside the round h135's two 五年 figures
    # now as labelled and an unlabelled formula's % in h257 dated): precision 1.000, recall 0.984,
    # unit 1.000, indicator 0.946, lenient 0.995, subject 1.000, kind 0.989, qualifier 1.000,
    # period 0.935; the floors just under that.
    92: BlindRound(('h278_', 'h279_', 'h280_'), precision=0.995, recall=0.98, min_gold=185,
                    floors={"unit": 0.995, "indicator": 0.94, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.93}),
    # Round 93 (session 31, helper R93; tests/gold/heldout/h281-h283: 天津市西青区's 2025
    # 统计公报 with 附表1 (产品名称 / 单位 / 产量) and 附表2 (年末余额 / 比年初增加) in
    # spaces, DSEC's 2025年第3季旅客消費調查 with 表一 of 旅客類別 under 旅客人均消費
    # （澳門元）, 西宁's 2026 work
    # report excerpt OCR'd with full-width digits, l for 1 and O for 0; labels committed at
    # 9ee07665, written blind), scored blind (218 scored rows): precision 0.995 (全文共4.6万字
    # read), recall 0.986 (3O微克, l08条, 25OO亿元 unread), unit 1.000, indicator 0.851 (the two
    # tables' cells named by their rows ×24, bracketed 佔 shares, 相當於其, 以…為目的的, 西宁曹家堡
    # 机场), lenient 0.981, subject 1.000, kind 0.958 (附表1's 产量 and 附表2's 比年初增加 read as
    # stocks ×8, 則低5.4% as a share), qualifier 1.000, period 0.995. After the round's fixes
    # (tests/domain/metrics/test_round93_fixes.py; nothing outside the round changed in a dump of
    # every gold document): precision 1.000, recall 1.000, unit 1.000, indicator 0.995, lenient
    # 1.000, subject 1.000, kind 1.000, qualifier 1.000, period 0.995; the floors just under that.
    93: BlindRound(('h281_', 'h282_', 'h283_'), precision=0.995, recall=0.995, min_gold=215,
                    floors={"unit": 0.995, "indicator": 0.99, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.99}),
    # Round 94 (session 31, helper R94; tests/gold/heldout/h284-h286: 苏州's 1-11月 monthly
    # release with 比1-10月回落 and 11月份 alone, 河北日报's front page OCR'd from two columns
    # (the two articles' lines interleaved, spaced digits, a weather box), 新竹縣's 115年度
    # 總預算 release in Traditional; labels committed at e410b1cf, written blind), scored blind
    # (171 scored rows): precision 0.983 (the weather box's two ℃), recall 0.988 (新增8條,
    # 是去年同期的2.3倍 restated as growth), unit 1.000, indicator 0.858, lenient 0.941, subject
    # 0.994 (the headline's 竹縣), kind 0.964, qualifier 1.000, period 0.846 (0.906 on the two
    # corrected labels: the paragraph's 11月份). After the round's fixes
    # (tests/domain/metrics/test_round94_fixes.py; nothing outside the round changed in a dump of
    # every gold document): precision 1.000, recall 0.994, unit 1.000, indicator 0.871, lenient
    # 0.941, subject 0.994, kind 0.965, qualifier 1.000, period 0.906; the floors just under that.
    94: BlindRound(('h284_', 'h285_', 'h286_'), precision=0.995, recall=0.99, min_gold=168,
                    floors={"unit": 0.995, "indicator": 0.865, "indicator_lenient": 0.935,
                            "subject": 0.99, "kind": 0.96, "qualifier": 0.995,
                            "period": 0.90}),
    # Round 95 (session 31, helper R95; tests/gold/heldout/h287-h289: 湖北's 2025 统计公报 excerpt
    # with 表1 in tabs (产品名称 / 单位 / 产量 / 比上年增长（%）), 丹阳's 2026 work report
    # (过去一年, “十四五”时期 从2020年的…增加到, 今年 targets, a 民生实事 list),
    # 人民银行湖南省分行's 2025年11月 financial statistics; labels committed at a0d73a9c, written
    # blind), scored blind (222 scored rows; 千米 relabelled 公里 and 新增城镇就业 after 五年累计
    # relabelled actual after the run, by written conventions): precision 0.996 (本报告共1.8万字
    # read), recall 1.000, unit 1.000, indicator 0.995 (棚户区改造 taken for a place), lenient
    # 0.995, subject 0.995, kind 0.995 (涉及市场主体 家, a label choice), qualifier 1.000, period
    # 0.986 (从2020年的 dating the clauses after it ×3). After the round's fixes
    # (tests/domain/metrics/test_round95_fixes.py; nothing outside the round changed in a dump of
    # every gold document): precision 1.000, recall 1.000, every field 1.000 but kind 0.995; the
    # floors just under that.
    95: BlindRound(('h287_', 'h288_', 'h289_'), precision=0.995, recall=0.995, min_gold=220,
                    floors={"unit": 0.995, "indicator": 0.995, "indicator_lenient": 0.995,
                            "subject": 0.995, "kind": 0.99, "qualifier": 0.995,
                            "period": 0.995}),
    # Round 96 (session 31, helper R96; tests/gold/heldout/h290-h292: 香港's 2025 施政報告
    # excerpt in Traditional (會 plans, 未來三年 / 未來五年 of a September text, 公屋 輪候時間),
    # 桐溪镇's 2025 work summary OCR'd (hard wraps inside numbers, spaced and full-width digits,
    # 兀 for 元), 芜湖市商务局 on 国庆中秋假期 consumption (“五一”黄金周, 端午, 国庆档期, a table
    # by 业态); labels committed at fd44aa72, written blind), scored blind on the corrected labels
    # (174 scored rows): precision 0.994, recall 0.971 (6.1年 / 5.3年 waiting times,
    # 6个重点商圈, 3倍以上, 1:12 unread), unit 0.994 (万盒), indicator 0.805, lenient
    # 0.929, subject 0.976 (无为市 cut 无|为), kind 0.917 (會 plans read as results ×6),
    # qualifier 0.994, period 0.947 (“五一”黄金周期间 read as the text's holiday). After the
    # round's fixes
    # (tests/domain/metrics/test_round96_fixes.py; nothing outside the round changed in a dump of
    # every gold document): precision 0.994, recall 0.983, unit 1.000, indicator 0.819, lenient
    # 0.947, subject 0.988, kind 0.953, qualifier 0.994, period 0.942; the floors just under that.
    96: BlindRound(('h290_', 'h291_', 'h292_'), precision=0.99, recall=0.98, min_gold=170,
                    floors={"unit": 0.995, "indicator": 0.815, "indicator_lenient": 0.94,
                            "subject": 0.985, "kind": 0.95, "qualifier": 0.99,
                            "period": 0.935}),
    # Round 97 (session 32, helper R97; tests/gold/heldout/h293-h295: 伊犁哈萨克自治州's 2025
    # work report from a two-column PDF (（一）/（二） lines interleaved, 万头（只）), 武汉's 2021
    # statistics bulletin (两年平均, 比2019年, 恢复到2019年同期的, 上年为下降, 分季度看),
    # 廊坊经开区's 2025 work summary (a key-figures table in single spaces, sections merged
    # into one line, 2026年工作思路); labels committed at acc97da3, written blind), scored blind
    # (228 scored rows): precision 0.990, recall 0.908 (the one-space table unread), unit
    # 1.000, indicator 0.841 (the interleaved columns), lenient 0.903, subject 0.995, kind
    # 0.942, qualifier 0.990, period 0.710 (base years dating the year's figures, the columns).
    # After the round's fixes (tests/domain/metrics/test_round97_fixes.py; outside the round
    # one metric changed in a dump of every gold document, h39's 18.6% onto its label):
    # precision 1.000, recall 1.000, unit 1.000, indicator 0.969, lenient 0.987, subject
    # 0.996, kind 0.991, qualifier 1.000, period 0.987; the floors just under that.
    97: BlindRound(('h293_', 'h294_', 'h295_'), precision=0.995, recall=0.995, min_gold=225,
                    floors={"unit": 0.995, "indicator": 0.96, "indicator_lenient": 0.98,
                            "subject": 0.99, "kind": 0.985, "qualifier": 0.995,
                            "period": 0.98}),
    # Round 98 (session 32, helper R98; tests/gold/heldout/h296-h298: 嘉兴市人大财经委's
    # 审查结果报告 on the 2025 budget's execution and the 2026 draft (为调整预算的 shares,
    # 债务限额, 三、几点建议), 白沙镇's party committee work report OCR'd (〇 for 0 inside
    # numbers, hard wraps, spaced digits, 过去五年, 党员 / 党组织 counts), 宜蘭縣's 114年
    # statistics release in Traditional (萬-grouped numbers, 114學年度, 平方公尺); labels
    # committed at 080ef9a0, written blind), scored blind (170
    # scored rows): precision 0.940, recall 0.929 (ten figures with 〇 for 0 cut at the ring,
    # 2.⏎6 5万元, 7.2平方公尺, 全國平均3.42%), unit 0.994, indicator 0.854, lenient 0.962, subject
    # 0.987, kind 0.905 (a party committee's flows read as stocks ×8, the 建议 section's goals),
    # qualifier 0.994, period 0.943. After the round's fixes (tests/domain/metrics/
    # test_round98_fixes.py; outside the round only h291's three rows changed, onto their labels)
    # and three labels corrected to the set's conventions: precision 0.994, recall 0.994, unit
    # 1.000, indicator 0.911, lenient 0.970, subject 0.988, kind 0.970, qualifier 0.994, period
    # 0.976; the floors just under that.
    98: BlindRound(('h296_', 'h297_', 'h298_'), precision=0.99, recall=0.99, min_gold=165,
                    floors={"unit": 0.995, "indicator": 0.905, "indicator_lenient": 0.965,
                            "subject": 0.985, "kind": 0.965, "qualifier": 0.99,
                            "period": 0.97}),
    # Round 99 (session 32, helper R99; tests/gold/heldout/h299-h301: 绍兴日报's 2019 economy page
    # from a PDF with two stories merged into long lines (a ▶ headline ticker, a sub-headline of
    # figures, 柯桥区 as story B's subject), 江西省交通运输厅's 2025年1-10月 release
    # (公路： / 水路： / 铁路： leads, 完成年度计划的, 九江港 / 南昌地铁 facilities), a listed
    # company's 2025年半年度报告摘要 in tabs (上年同期 column, 减少…个百分点, holders under
    # 单位：股); labels committed at e18751db,
    # written blind), scored blind on the corrected labels (191 scored rows): precision 1.000,
    # recall 0.995 (质押 cell), unit 1.000, indicator 0.916, lenient 1.000, subject 0.953 (柯桥区
    # after a 将以…为契机 clause), kind 0.995, qualifier 1.000, period 0.958 (holders undated).
    # After the round's fixes (tests/domain/metrics/test_round99_fixes.py; nothing outside the
    # round changed in a dump of every gold document): precision 1.000, recall 0.995, unit 1.000,
    # indicator 0.942, lenient 1.000, subject 0.953, kind 1.000, qualifier 1.000, period 0.963;
    # the floors just under that.
    99: BlindRound(('h299_', 'h300_', 'h301_'), precision=0.995, recall=0.99, min_gold=188,
                    floors={"unit": 0.995, "indicator": 0.935, "indicator_lenient": 0.995,
                            "subject": 0.95, "kind": 0.995, "qualifier": 0.995,
                            "period": 0.96}),
    # Round 100 (session 32, helper R100; tests/gold/heldout/h302-h304: 厦门海关's 2025年前11个月
    # trade release (thousands spaced, 占同期外贸总值, 降幅收窄, 附表 in tabs), 淅川县's budget
    # report from a PDF (我县, 在上年基础上再压减, 控制在…限额…以内), DSEC's 2025年第3季
    # property sales and construction release in Traditional script (每平方米 names, 或以下
    # classes, 百萬澳門元 tables); labels committed at 273ea5e3, written blind), scored blind on
    # the corrected labels (238 scored rows): precision 1.000, recall 1.000, unit 1.000,
    # indicator 0.937, lenient 0.996, subject 1.000, kind 0.908 (a quarter's deals and new starts
    # read as stocks), qualifier 0.996, period 0.987. After the round's fixes
    # (tests/domain/metrics/test_round100_fixes.py; outside the round three rows changed in a dump
    # of every gold document, all onto their labels: h40's and h258's 或以上): precision 1.000,
    # recall 1.000, unit 1.000, indicator 0.950, lenient 0.979 (the class names carry the class
    # but drop its 在), subject 1.000, kind 0.954, qualifier 0.996, period 0.996; the floors just
    # under that.
    100: BlindRound(('h302_', 'h303_', 'h304_'), precision=0.995, recall=0.995, min_gold=235,
                     floors={"unit": 0.995, "indicator": 0.945, "indicator_lenient": 0.975,
                             "subject": 0.995, "kind": 0.95, "qualifier": 0.99,
                             "period": 0.99}),
    # Round 101 (session 32, helper R101; tests/gold/heldout/h305-h307: 江苏省生态环境厅's
    # 2025年1-11月 air quality 通报 (13 设区市 ranked, 改善幅度 in brackets, 优良天数比率方面 topic,
    # a full-width-spaced table), 株洲市卫健委's 2024 health statistics bulletin (年末 stocks,
    # 每千人口 densities, 医护比, /10万 and ‰ rates), a 2023 济南日报 interview with 历下区's 区长
    # on 营商环境 OCR'd from print (一 for a range's dash, full-width thousands commas, “-网通办”,
    # wraps inside numbers, a page header between the columns); labels committed at bb39c901,
    # written blind), scored blind (182 scored rows): precision 0.951, recall 0.951 (a
    # full-width thousands comma ×3, 1一3 / 2一5 ranges, the bracketed 改善幅度 ×3 read as shares,
    # 最快1小时), unit 1.000 on the corrected labels, indicator 0.890, lenient 0.942, subject
    # 0.994, kind 0.994, qualifier 1.000, period 0.936. After the round's fixes
    # (tests/domain/metrics/test_round101_fixes.py; nothing outside the round changed in a dump
    # of every gold document): precision 1.000, recall 1.000, unit 1.000, indicator 0.923,
    # lenient 0.973, subject 0.995, kind 0.995, qualifier 1.000, period 0.940; the floors just
    # under that.
    101: BlindRound(('h305_', 'h306_', 'h307_'), precision=0.995, recall=0.995, min_gold=180,
                     floors={"unit": 0.995, "indicator": 0.915, "indicator_lenient": 0.965,
                             "subject": 0.99, "kind": 0.99, "qualifier": 0.995,
                             "period": 0.935}),
    # Round 102 (session 32, helper R102; tests/gold/heldout/h308-h310: 洛阳's 文旅局 report
    # on the 2025 summer season (今年暑期（7月1日至8月31日） then bare 暑期 in every
    # paragraph, 8月当月, 是去年同期的1.7倍, 应天门 in a list of landmarks), a provincial
    # state-owned transport group's 1-10月 news (完成年度预算的, 截至10月末 stocks, 基点,
    # 所辖 / 所属, a tab table), 绥化's 秋粮 harvest and purchase news (截至11月20日
    # progress, 亿斤, 约占, 每50公斤131元, 克服了…等不利影响);
    # labels committed at 5de8f8fd, written blind), scored blind on the corrected labels (193
    # scored rows): precision 0.995 (每50公斤), recall 1.000, unit 1.000, indicator 0.772 (暑期全市
    # in 20 names), lenient 0.990, subject 1.000, kind 0.933, qualifier 0.995, period 0.870.
    # After the round's fixes (tests/domain/metrics/test_round102_fixes.py; outside the round
    # only h285's 是去年同期的2.3倍 changed, onto its label): precision 1.000, recall 1.000, unit
    # 1.000, indicator 0.917, lenient 0.995, subject 1.000, kind 0.959, qualifier 1.000, period
    # 0.933; the floors just under that.
    102: BlindRound(('h308_', 'h309_', 'h310_'), precision=0.995, recall=0.995, min_gold=190,
                    floors={"unit": 0.995, "indicator": 0.91, "indicator_lenient": 0.99,
                            "subject": 0.995, "kind": 0.95, "qualifier": 0.995,
                            "period": 0.925}),
    # Round 103 (session 32, helper R103; tests/gold/heldout/h311-h313: 岳西's WeChat year-end
    # 乡村振兴 summary (emoji marks 1️⃣ / ✅ / 🍵 before short lines, the title's 2025年 dating
    # every item, the byline's IP location 安徽), 绍兴's 住房公积金 1-10月 brief (10月末 stocks,
    # 逾期率 ‰, districts in a 分别 list), 差餉物業估價署's October price and rent indices in
    # Traditional script (臨時數字, 按月 / 按年, 首十個月, class definitions in 平方米);
    # labels committed at 60703383, written blind), scored blind (167 scored rows): precision
    # 0.965 (class definitions 少於40平方米 etc. read as figures), recall 1.000, unit 0.994,
    # indicator 0.784 (emoji lines glued into names), lenient 0.988, subject 0.988, kind 0.934,
    # qualifier 1.000, period 0.719 (the title's 2025年 unused). After the round's fixes
    # (tests/domain/metrics/test_round103_fixes.py; nothing outside the round changed):
    # precision 0.965, recall 1.000, unit 1.000 (483億元's label corrected to 港元 by the set's
    # convention), indicator 0.892, lenient 0.976, subject 0.988, kind 0.940, qualifier 1.000,
    # period 0.982; the floors just under that.
    103: BlindRound(('h311_', 'h312_', 'h313_'), precision=0.96, recall=0.995, min_gold=165,
                    floors={"unit": 0.995, "indicator": 0.885, "indicator_lenient": 0.97,
                            "subject": 0.985, "kind": 0.935, "qualifier": 0.995,
                            "period": 0.975}),
    # Round 104 (session 32, helper R104): 湖南's 2025年1-10月 foreign investment
    # release (折合人民币, 降幅收窄, sources 港澳地区 / 欧盟 / 其中德国, 以利润再投资方式,
    # 在湘投资的, 10月当月 with 环比), 芜湖's 2025年 food and product sampling bulletin
    # (分别为 after 抽检批次, X抽检N批次，不合格M批次, 每千人 批次, 台件, 2026年 goals), a
    # university's 2025年部门预算 (X中 parts, a tab table with two years' columns, 三公经费);
    # labels committed at 0937a1f2, written blind; scored blind (185 scored rows): precision
    # 0.995, recall 0.989, unit 0.989, indicator 0.798 (0.836 on the corrected labels), lenient
    # 0.973, subject 0.962, kind 0.978, qualifier 0.995, period 0.995.
    # After the round's fix (tests/domain/metrics/test_round104_fixes.py: a bare 不合格 after a
    # category's 抽检 count; outside the round h158 ×2 and h248 ×1 changed, onto their labels):
    # indicator 0.847, subject 0.978, the rest as blind; the floors just under that.
    104: BlindRound(('h314_', 'h315_', 'h316_'), precision=0.99, recall=0.985, min_gold=180,
                    floors={"unit": 0.985, "indicator": 0.84, "indicator_lenient": 0.97,
                            "subject": 0.975, "kind": 0.975, "qualifier": 0.99,
                            "period": 0.99}),
    # End of session 25 (486a956): every round's floors raised, never lowered, to just under what
    # the extractor then reached (rounds 40-47 as in tests/gold/heldout/README.md's lead's note).
    # End of session 26 (metrics-41): every round's floors raised again, never lowered, to just
    # under what the extractor then reached (rounds 48-53 as in the held-out README's lead's note).
    # End of session 27 (metrics-42): rounds 54-59 merged and their floors raised to just under
    # what the merged extractor reaches (the held-out README's lead's note for session 27).
    # End of session 28 (metrics-43): rounds 60-68 merged, with the session's fixes of known
    # misses (rounds 49-58) and of damaged pages; every round's floors raised again, never
    # lowered, to just under what the merged extractor reaches (15 rounds moved: 21, 22, 25, 26, 29,
    # 35, 40, 43, 47, 49, 50, 53, 58, 62, 63).
    # End of session 29 (metrics-44, clean-32): rounds 69-76 merged, with the lead's fixes of
    # known misses (rounds 58-68's); every round's floors raised again, never lowered, to just
    # under what the merged extractor reaches (11 rounds moved).
    # End of session 30 (metrics-45, clean-33): rounds 77-85 merged (h233-h259), with the
    # lead's fixes of known misses; every round at or over its floors, none lowered (earlier
    # rounds' floors not raised this session: round 76 period 0.943 -> 0.956, round 77 period
    # 0.899 -> 0.935 over theirs).
    # End of session 31 (metrics-46, clean-34): rounds 86-96 merged (h260-h292) in waves of four,
    # four and three, with the lead's fixes (holidays by name, threshold levels, one-line
    # paragraphs' headings, …); every round at or over its floors, none lowered; raised: round 83
    # period 0.875 -> 0.915 (its 清明档 / 五一档 / 端午档 now dated by their own days off), round
    # 85 kind 0.955 -> 0.96.
    # End of session 32 (metrics-47, clean-35): rounds 97-104 merged (h293-h316) in waves of three,
    # three and two, with the lead's fixes (下达 no reach, 上月为 / 上一季度 the span before, a
    # survey's respondents, …); every round at or over its floors, none lowered.
}


@cache
def scores(number: int) -> MetricScores:
    """The round's three documents against their labels only (the rest of the set left out)."""
    return heldout_round_scores(ROUNDS[number].documents)


@pytest.mark.parametrize("number", sorted(ROUNDS))
def test_the_round_is_scored_alone_and_detects_above_its_floors(number):
    blind = ROUNDS[number]
    assert_blind_round(scores(number), blind.documents, precision=blind.precision,
                       recall=blind.recall, min_gold=blind.min_gold)


@pytest.mark.parametrize("number", sorted(ROUNDS))
def test_field_accuracy_floors(number):
    s = scores(number)
    assert not fields_below(s, ROUNDS[number].floors), s.format()
