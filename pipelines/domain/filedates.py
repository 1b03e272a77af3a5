"""The date a file's name (or its folders) carries: a document's date when its text gives none.

Archives of news pages and reports are often named or filed by date (``20241021_西安.txt``,
``2024/10/21/page1.txt``, ``工作报告（2024年1月8日）.pdf``, ``前三季度经济_2024.txt``). A name is
weaker evidence than the text: a page may be saved under the day it was fetched, a release named
``2025_01_02`` for the months it covers, a bulletin ``_2023`` for the year it reports (and
published in 2024). So the name dates a document only when the text gives no evidence at all,
which is when ``前三季度经济_2024.txt`` decides whether 前三季度 is 2024's. After the manifest,
which wins over all: the text, the name, none (``sql/queries/show_document_metadata.sql`` keeps
the same order in the warehouse).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from pipelines.domain.records import DateSource

_Y = r"(?P<y>(?:19|20)\d{2})"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_D = r"(?P<d>[12]\d|3[01]|0?[1-9])"
# a whole date: 20241021, 2024-10-21 (also _ . and folder separators), 2024年10月21日
_WHOLE_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(rf"(?<!\d){_Y}\s*(?P<sep>[-_./])\s*{_M}\s*(?P=sep)\s*{_D}(?!\d)"),
    re.compile(rf"(?<!\d){_Y}\s*年\s*{_M}\s*月\s*{_D}\s*[日号]"),
)
# a year and month: 2024-10, 2024_10, 2024年10月 (tried after the whole dates)
_YEAR_MONTHS = (
    re.compile(rf"(?<!\d){_Y}\s*[-_./]\s*{_M}(?![\d.])"),
    re.compile(rf"(?<!\d){_Y}\s*年\s*{_M}\s*月"),
)
_YEAR = re.compile(rf"(?<!\d){_Y}(?!\d)")
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,5}$")
# a content hash or id in a name: 8+ hex characters with a letter among them
_HASHES = re.compile(r"(?<![0-9A-Za-z])(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}(?![0-9A-Za-z])")


def date_in_file_name(path: str) -> date | None:
    """The date a file's relative path names, else None.

    A whole date anywhere in the path wins; else a year and month, else a year, each only when
    the path names one such value (``规划2021-2025.txt`` dates nothing). A month or a year stands
    for its last day: a page named for a period speaks of it as past (``_2024`` dates
    ``前三季度…增长4.8%`` as 2024's result; its 1 January would make it a target to come). A
    date that does not exist (20240231) is no date, nor digits inside a hash
    (``52c9f0c1a637c8d8``) or after the last dot (the file's type)."""
    text = _HASHES.sub("/", _SUFFIX.sub("", path.replace("\\", "/")))
    for patterns in (_WHOLE_DATES, _YEAR_MONTHS):
        found = _dates(text, patterns)
        if found:
            return found.pop() if len(found) == 1 else None
    years = {int(m["y"]) for m in _YEAR.finditer(text)}
    return date(years.pop(), 12, 31) if len(years) == 1 else None


def _dates(text: str, patterns: tuple[re.Pattern[str], ...]) -> set[date]:
    """Every existing date the patterns find (a missing day is the month's last)."""
    found = set()
    for pattern in patterns:
        for m in pattern.finditer(text):
            year, month, day = int(m["y"]), int(m["m"]), m.groupdict().get("d")
            try:
                found.add(date(year, month, int(day)) if day
                          else date(year, month, monthrange(year, month)[1]))
            except ValueError:  # 20240231
                continue
    return found


def published_date(text_date: date | None, text_source: DateSource,
                   name_date: date | None) -> tuple[date | None, DateSource]:
    """A document's date without a manifest: the text's, else its file name's, else none."""
    if text_date is not None:
        return text_date, text_source
    if name_date is not None:
        return name_date, "file_name"
    return None, "unknown"
