"""Golden passages per seed (tests/golden/cleaning/*.yaml), written by hand from the pages."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

GOLDEN = Path(__file__).resolve().parents[2] / "golden" / "cleaning"
CASES = sorted(GOLDEN.glob("*.yaml"))


def test_every_seed_has_golden_passages(seed_docs):
    names = {yaml.safe_load(p.read_text(encoding="utf-8"))["file"] for p in CASES}
    assert names == set(seed_docs)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem[:3])
def test_golden_blocks(case, seed_docs):
    spec = yaml.safe_load(case.read_text(encoding="utf-8"))
    _, doc = seed_docs[spec["file"]]
    blocks = {(b.kind, b.text): b for b in doc.blocks}
    paragraphs = [e for e in spec["blocks"] if e["kind"] == "paragraph"]
    assert len(paragraphs) >= 2 or len(spec["blocks"]) >= 4
    for expected in spec["blocks"]:
        key = (expected["kind"], expected["text"])
        assert key in blocks, f"missing {key}"
        if "level" in expected:
            assert blocks[key].level == expected["level"]
    for field in ("masthead_date_text", "source_hint"):
        if field in spec:
            assert getattr(doc, field) == spec[field]
