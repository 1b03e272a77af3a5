"""The date a held-out document is published on, as the pipeline finds it with no manifest.

The held-out metrics are scored against each document's reference date (documents.yaml), as if
a manifest gave it; a user's folder usually has none, so what detection finds is what dates
今年, 上半年 and 年末 in the warehouse. A printed date must be found exactly; a document that
prints none (the reference is the event it reports) must at least be placed in the right year,
or left undated: never in another year."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.domain.analysis import document_date
from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.markup import text_view
from pipelines.domain.yamlfiles import load_yaml
from tests.domain.metrics.support import HELDOUT

DOCUMENTS = load_yaml((HELDOUT / "documents.yaml").read_text(encoding="utf-8"))["documents"]


def _detected(file: str) -> tuple[date | None, str]:
    page = text_view((HELDOUT / file).read_text(encoding="utf-8"))
    return document_date(clean_document(page, markup=False), page)


@pytest.mark.parametrize("doc", [d for d in DOCUMENTS if d["date_source"] == "printed"],
                         ids=lambda d: d["file"].split("_")[0])
def test_a_printed_date_is_found(doc):
    found, source = _detected(doc["file"])
    assert found == doc["reference_date"], source


@pytest.mark.parametrize("doc", [d for d in DOCUMENTS if d["date_source"] != "printed"],
                         ids=lambda d: d["file"].split("_")[0])
def test_an_undated_document_is_placed_in_its_year_or_left_undated(doc):
    found, source = _detected(doc["file"])
    assert found is None or found.year == doc["reference_date"].year, (found, source)
