"""The page-wide furniture prefilter never rejects a line an exact pattern matches."""

from __future__ import annotations

import re

from pipelines.domain.cleaning.furniture import furniture_kind, furniture_kinds
from pipelines.domain.cleaning.lexicon import furniture_rules
from pipelines.domain.cleaning.prefilter import LinePrefilter, literal_branches, loosen

from .conftest import SEED_FILES


def test_loosen_drops_assertions_and_leading_optional_items():
    assert loosen(r"(?<![\w.])www\.[\w-]+\.") == r"www\.[\w-]+\."
    assert loosen(r"^\S{2,20}(课题组|调研组)$") == "(课题组|调研组)$"
    assert loosen(r"^第?\s*[A-Za-z]?\d{1,3}\s*版") == "版"
    assert loosen(r"^\d{1,2}$") == r"^\d{1,2}$"  # nothing literal to start from
    assert loosen(r"\bab|cd\b") == "ab|cd"  # top-level alternation: nothing dropped


def test_leading_literal_group_is_distributed():
    assert literal_branches(r"(记者|通讯员)\s*X") == [r"记者\s*X", r"通讯员\s*X"]
    assert literal_branches(r"[ab]c") is None


def test_unsupported_constructs_are_matched_line_by_line():
    pf = LinePrefilter([r"(.)\1记者", r"(?i)^www", r"x{,2}(?>ab)"])
    assert pf.page == ()
    assert pf.candidates(["好好记者", "WWW.example", "记者", "xab"]) == [True, True, False, True]


def _exact(patterns: list[str], line: str) -> bool:
    return any(re.search(p, line) for p in patterns)


def test_candidates_cover_every_exact_match():
    patterns = [
        r"^[（(]?\s*(上接|下转)\s*\d{1,3}\s*版",
        r"(?<![\u4e00-\u9fff])(图|摄影)\s*[/:：]\s*\S{1,12}\s*$",
        r"^\S{2,8}\s*供图$",
        r"(记者|通讯员)\s*\S{1,4}(\s+\S{1,4})*\s*$",
        r"\A第\s*\d+\s*页\Z",
        r"^\d{1,2}$",
        r"(?<!\S)www\.[\w-]+\.(?!\s)",
    ]
    lines = [
        "上接01版", "（下转 3版）", "图/张三", "摄影：李四", "城市图 ：x", "新华社供图", "供图",
        "本报记者 王五", "记者王五 赵六", "第 3 页", "第3页共", "12", "123", "www.gov.cn",
        "见www.gov.cn", "x", "记者", "下转", "图", "记者 王五\n", "通讯员 李",
    ]
    pf = LinePrefilter(patterns)
    got = pf.candidates(lines)
    for line, hit in zip(lines, got, strict=True):
        if _exact(patterns, line):
            assert hit, line
    assert not all(got)  # it does filter


def test_furniture_kinds_equal_furniture_kind_on_the_seeds():
    rules = furniture_rules()
    assert rules.prefilter.page  # the shipped patterns are searched page-wide
    for path in SEED_FILES:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
        lines += ["（上接01版）", "图据新华社", "**责任编辑：王五**", "2024年3月1日 星期五"]
        assert furniture_kinds(lines) == [furniture_kind(t) for t in lines]


def test_branches_grouped_by_first_literal_keep_quantified_literals_whole():
    from pipelines.domain.cleaning.prefilter import _by_first_literal

    grouped = _by_first_literal(["上接X", "上图", "下转", "a+b", "ac"])
    assert grouped == "上(?:接X|图)|下(?:转)|a+b|a(?:c)"
    pf = LinePrefilter(["a+b", "上接X", r"\.com"])
    assert pf.candidates(["aab", "上接X", "x.com", "上", "ab"]) == [True, True, True, False, True]


def test_anchored_patterns_kept_at_line_starts_when_asked():
    markers = [r"^[一二三]+、", r"^\d{1,2}[.、](?!\d)"]
    pf = LinePrefilter(markers, keep_anchors=True)
    lines = ["一、总体要求", "坚持一、二", "3.加快", "3.5亿元", "共3.加"]
    got = pf.candidates(lines)
    assert got[0] and got[2] and got[3]  # 3.5 is a candidate only: the lookahead was dropped
    assert not got[1] and not got[4]
    assert [bool(any(re.match(p, t) for p in markers)) for t in lines] == [
        True, False, True, False, False
    ]
