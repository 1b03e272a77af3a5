"""User-supplied document metadata (``manifest.csv``) that wins over anything detected."""

from __future__ import annotations

import csv
import io
from datetime import date

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "published_on", "source", "title", "url")


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


class Manifest(BaseModel):
    entries: dict[str, ManifestEntry] = {}
    problems: tuple[str, ...] = ()  # readable messages about rows that were not usable


def parse_manifest(text: str) -> Manifest:
    """Parse manifest CSV text; bad rows are reported in ``problems`` and skipped, never fatal."""
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
            problems.append(f"{MANIFEST_NAME} line {line_no}: {fields}")
            continue
        if not entry.file:
            problems.append(f"{MANIFEST_NAME} line {line_no}: empty 'file'")
        elif entry.file in entries:
            problems.append(f"{MANIFEST_NAME} line {line_no}: '{entry.file}' listed twice")
        else:
            entries[entry.file] = entry
    return Manifest(entries=entries, problems=tuple(problems))
