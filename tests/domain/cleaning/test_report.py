"""Repair targets measured on the seed pages."""

from __future__ import annotations

from pipelines.domain.cleaning.report import cleaning_report, main
from tests.domain.cleaning.conftest import SEED_FILES


def test_seed_targets():
    rows = [cleaning_report(f.read_text(encoding="utf-8")) for f in SEED_FILES]
    total = {k: sum(r[k] for r in rows) for k in rows[0]}
    assert total["broken_words"] > 500  # the pages really are broken
    assert total["split_words_left"] < 10
    assert total["spaced_runs"] == 0
    assert total["cjk_spaces_body"] == 0
    assert total["furniture_in_body"] == 0


def test_report_counts_damage_left_in_a_bad_page():
    raw = "编辑：张三\n新 时 代 中 国 特 色\n"
    row = cleaning_report(raw)
    assert row["furniture_blocks"] == 1
    assert row["spaced_runs"] == 0  # repaired


def test_main_prints_a_table(capsys, tmp_path):
    text = "全年新建充电桩 6 万个、推广新能源\n汽车 10 万辆以上。\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "a.txt" in out and "MB/s" in out


def test_report_reads_folders_as_the_pipeline_decodes_them(tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "gbk.txt").write_bytes("全年新建充电桩6万个。".encode("gb18030"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    assert main([str(tmp_path)]) == 0
    said = capsys.readouterr()
    assert "sub/gbk.txt" in said.out and "skipped binary.txt: binary file" in said.err
