"""Each stage version stands for its code: a change to that code must come with the question
"does the output change?" answered (bump the version) and recorded.

After changing domain code: if a stage's output can change, bump its version in
``pipelines/domain/versions.py`` (existing warehouses then reprocess it); either way record the
new sources with ``RECORD_VERSION_CODE=1 .venv/bin/pytest tests/domain/test_versions.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pipelines.domain import versions

RECORD = Path(__file__).with_name("version_code.json")
RECORD_COMMAND = "RECORD_VERSION_CODE=1 .venv/bin/pytest tests/domain/test_versions.py"


def _current() -> dict[str, dict]:
    return {name: {"version": getattr(versions, name), "files": versions.code_hashes(name)}
            for name in versions.CODE}


def _differences(recorded: dict[str, dict], current: dict[str, dict]) -> list[str]:
    problems = []
    for name, now in current.items():
        was = recorded.get(name, {"version": None, "files": {}})
        if was == now:
            continue
        changed = sorted(f for f in set(was["files"]) | set(now["files"])
                         if was["files"].get(f) != now["files"].get(f))
        if was["version"] == now["version"]:
            problems.append(f"{name} = {now['version']!r} covers code that changed: "
                            f"{', '.join(changed)}. If its output can change, bump {name} in "
                            "pipelines/domain/versions.py.")
        else:
            problems.append(f"{name} is {now['version']!r}, recorded as {was['version']!r}.")
    return problems


def test_every_version_covers_its_recorded_code():
    current = _current()
    if os.environ.get("RECORD_VERSION_CODE"):
        RECORD.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    problems = _differences(json.loads(RECORD.read_text(encoding="utf-8")), current)
    assert not problems, "\n".join(problems) + f"\nThen record the sources: {RECORD_COMMAND}"


def test_a_code_change_without_a_new_version_is_reported():
    current = _current()
    edited = json.loads(json.dumps(current))
    some_file = next(iter(edited["METRICS"]["files"]))
    edited["METRICS"]["files"][some_file] = "0" * 12
    problems = _differences(edited, current)
    assert len(problems) == 1 and "bump METRICS" in problems[0] and some_file in problems[0]
    edited = json.loads(json.dumps(current))
    edited["THEMES"]["version"] = "an older version"
    assert _differences(edited, current) == [
        f"THEMES is '{versions.THEMES}', recorded as 'an older version'."]


def test_every_domain_module_is_covered_or_declared_outside_the_stages():
    covered = {f for name in versions.CODE for f in versions.code_files(*versions.CODE[name])}
    domain = versions.PACKAGE_DIR / "pipelines" / "domain"
    loose = [p.relative_to(domain).as_posix() for p in domain.rglob("*.py")
             if p not in covered and p.stem not in versions.OUTSIDE_STAGES
             and p.name != "__init__.py"]
    assert not loose, f"add these to versions.CODE or versions.OUTSIDE_STAGES: {loose}"


def test_imports_inside_functions_count():
    # batches imports the stages' modules inside its functions: every one of them is found
    found = {p.relative_to(versions.PACKAGE_DIR / "pipelines" / "domain").with_suffix("").as_posix()
             for p in versions.code_files("pipelines.domain.batches")}
    assert {"cleaning/document", "segmentation", "metrics/extract", "themes/__init__",
            "policy_terms"} <= found
