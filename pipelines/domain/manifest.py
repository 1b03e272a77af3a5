"""User-supplied document metadata (``manifest.csv``) that wins over anything detected."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "published_on", "source", "title", "url")
# Year first, in the forms people type: 2024-02-28, 2024/2/28, 2024.02.28, 20240228, 2024年2月28日.
# Day-first forms (28/02/2024) are refused: 03/04/2024 could be either.
_DATE = re.compile(r"(\d{4})(?:[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})日?|(\d{2})(\d{2}))")


class ManifestEntry(BaseModel):
    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    file: str
    published_on: date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None

    @field_validator("published_on", "source", "title", "url", mode="before")
    @classmethod
    def _empty_is_none(cls, v: object) -> object:
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("published_on", mode="before")
    @classmethod
    def _year_first_date(cls, v: object) -> object:
        if not isinstance(v, str) or not v.strip():
            return v  # empty: None (``_empty_is_none``)
        m = _DATE.fullmatch(v.strip())
        if m is None:
            raise ValueError(f"'{v}' is not a date written year first (2024-02-28)")
        year, month, day = m.group(1), m.group(2) or m.group(4), m.group(3) or m.group(5)
        return date(int(year), int(month), int(day))  # a bad day or month raises ValueError


class Manifest(BaseModel):
    entries: dict[str, ManifestEntry] = {}
    problems: tuple[str, ...] = ()  # readable messages about rows that were not usable


def parse_manifest(text: str) -> Manifest:
    """Parse manifest CSV text; problems are reported in ``problems``, never fatal: a row with a
    bad date keeps its other fields, a row without a usable file name is skipped."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if "file" not in header:
        return Manifest(problems=(f"{MANIFEST_NAME}: no 'file' column (expected columns: "
                                  f"{', '.join(COLUMNS)})",))
    entries: dict[str, ManifestEntry] = {}
    problems: list[str] = []
    for line_no, row in enumerate(reader, start=2):
        row = {(k or "").strip(): v for k, v in row.items() if (k or "").strip() in COLUMNS}
        try:
            entry = ManifestEntry(**row)
        except ValidationError as exc:
            fields = ", ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
            try:  # the other fields of the row are still the user's word
                entry = ManifestEntry(**{k: v for k, v in row.items() if k not in bad})
            except ValidationError:
                problems.append(f"{MANIFEST_NAME} line {line_no}: {fields}; row skipped")
                continue
            problems.append(f"{MANIFEST_NAME} line {line_no}: {fields}; "
                            f"its other fields are used")
        if not entry.file:
            problems.append(f"{MANIFEST_NAME} line {line_no}: empty 'file'")
        elif entry.file in entries:
            problems.append(f"{MANIFEST_NAME} line {line_no}: '{entry.file}' listed twice")
        else:
            entries[entry.file] = entry
    return Manifest(entries=entries, problems=tuple(problems))
