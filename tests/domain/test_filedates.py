from datetime import date

import pytest

from pipelines.domain.filedates import date_in_file_name, published_date


@pytest.mark.parametrize(("path", "expected"), [
    ("20241021_西安.txt", date(2024, 10, 21)),
    ("2024/10/21/page1.txt", date(2024, 10, 21)),  # an archive filed by folders
    ("archive\\2024_10_21.html", date(2024, 10, 21)),
    ("2024.10.21 新闻.txt", date(2024, 10, 21)),
    ("工作报告（2024年1月8日）.pdf", date(2024, 1, 8)),
    ("月报2024-10.txt", date(2024, 10, 31)),
    ("2024年2月.txt", date(2024, 2, 29)),
    ("西安前三季度经济_2024.txt", date(2024, 12, 31)),
    ("统计公报_2023.docx", date(2023, 12, 31)),
])
def test_a_date_in_a_file_name_or_its_folders(path, expected):
    assert date_in_file_name(path) == expected


@pytest.mark.parametrize("path", [
    "规划2021-2025.txt",  # two years: which one?
    "20241021-20241022.txt",
    "20240231.txt",  # no such day
    "第202410期.txt",  # an issue number
    "page12345678.txt",
    "000_52c9f0c1a637c8d8.txt",  # a content hash holding digits
    "x_a2019bcd1.txt",
    "123.txt",
    "report.2024",  # digits after the last dot are the file's type, not its date
])
def test_no_date_where_a_name_has_none_or_several(path):
    assert date_in_file_name(path) is None


def test_the_text_wins_over_the_name_and_the_name_over_nothing():
    name = date(2024, 1, 1)
    assert published_date(date(2025, 3, 20), "text", name) == (date(2025, 3, 20), "text")
    assert published_date(date(2025, 1, 1), "inferred", name) == (date(2025, 1, 1), "inferred")
    assert published_date(None, "unknown", name) == (name, "file_name")
    assert published_date(None, "unknown", None) == (None, "unknown")
