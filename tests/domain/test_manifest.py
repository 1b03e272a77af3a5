from datetime import date

from pipelines.domain.manifest import parse_manifest


def test_manifest_entries_and_empty_fields():
    m = parse_manifest("file,published_on,source,title,url\n"
                       "a.txt,2023-03-20,成都日报,,\n"
                       "b.txt,,,标题,http://x\n")
    assert m.problems == ()
    assert m.entries["a.txt"].published_on == date(2023, 3, 20)
    assert m.entries["a.txt"].title is None
    assert m.entries["b.txt"].published_on is None
    assert m.entries["b.txt"].url == "http://x"


def test_bad_rows_are_reported_not_fatal():
    m = parse_manifest("\ufefffile,published_on\n"
                       "a.txt,2023-13-45\n"
                       "b.txt,2024-01-02\n"
                       "b.txt,2024-01-03\n"
                       ",2024-01-01\n")
    assert list(m.entries) == ["a.txt", "b.txt"]
    assert m.entries["a.txt"].published_on is None  # the bad date is dropped, not the row
    assert m.entries["b.txt"].published_on == date(2024, 1, 2)
    assert len(m.problems) == 3
    assert "line 2" in m.problems[0] and "published_on" in m.problems[0]
    assert "other fields are used" in m.problems[0]
    assert "twice" in m.problems[1]


def test_dates_written_year_first_in_common_forms():
    m = parse_manifest("file,published_on,source\n"
                       "a.txt,2024/2/28,甲\nb.txt,2024.02.28,\nc.txt,2024年2月28日,\n"
                       "d.txt,20240228,\ne.txt,28/02/2024,戊报\n")
    assert {f: e.published_on for f, e in m.entries.items()} == {
        "a.txt": date(2024, 2, 28), "b.txt": date(2024, 2, 28), "c.txt": date(2024, 2, 28),
        "d.txt": date(2024, 2, 28), "e.txt": None}
    assert m.entries["e.txt"].source == "戊报"  # day first is ambiguous: refused, row kept
    assert len(m.problems) == 1 and "year first" in m.problems[0]


def test_manifest_without_file_column():
    m = parse_manifest("name,date\na.txt,2023-01-01\n")
    assert m.entries == {}
    assert "no 'file' column" in m.problems[0]
