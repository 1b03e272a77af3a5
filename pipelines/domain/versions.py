"""Versions of each processing stage's logic. Bump one when its output would change: the
pipeline then reprocesses every document at that stage and the stages after it.

A stage's effective version also carries a hash of the domain data files it reads
(``with_data``): a user's edit of a word list under ``pipelines/data/`` is a new version of the
stages that read it, so every document is brought in line with the edited list, not only the
documents added after the edit.

A version also stands for code: ``CODE`` names the modules whose logic each one covers, and a test
(tests/domain/test_versions.py) holds a hash of their sources, so a change to them cannot land
without the question "does the output change? then bump the version" being asked."""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path

CLEANING = "clean-35"
SEGMENTATION = "seg-15"
METRICS = "metrics-47"
THEMES = "themes-10"
POLICY_TERMS = "terms-6"
KEYWORDS = "keywords-13"

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
PACKAGE_DIR = Path(__file__).resolve().parents[2]  # where ``pipelines`` lives

# The modules (and packages) whose logic each version stands for; what they import from
# ``pipelines.domain`` counts too (``code_files``). ``batches`` only moves their results into
# frames and is left out, or every version would cover every module.
CODE = {
    "CLEANING": ("pipelines.domain.cleaning", "pipelines.domain.docdate"),
    "SEGMENTATION": ("pipelines.domain.segmentation",),
    "METRICS": ("pipelines.domain.metrics", "pipelines.domain.numbers", "pipelines.domain.periods",
                "pipelines.domain.units"),
    "THEMES": ("pipelines.domain.themes",),
    "POLICY_TERMS": ("pipelines.domain.policy_terms",),
    "KEYWORDS": ("pipelines.domain.keywords",),
}
# Domain modules no version stands for: glue that moves results into frames, what reads files
# in (ingest), and what runs outside the stages (evaluation, one-off analysis).
OUTSIDE_STAGES = ("analysis", "batches", "decoding", "evaluation", "filedates",
                  "keyword_evaluation", "manifest", "policy_term_evaluation", "versions")
_DOMAIN = "pipelines.domain"


def data_files(*parts: str) -> list[Path]:
    """The files of ``parts`` (files or folders under ``pipelines/data/``; ``""`` is all of it),
    sorted."""
    files: list[Path] = []
    for part in parts:
        path = DATA_DIR / part
        files += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return files


def with_data(version: str, *parts: str) -> str:
    """``version`` with a short hash of the data files it reads (names and bytes)."""
    digest = hashlib.sha256()
    for path in data_files(*parts):
        digest.update(f"{path.relative_to(DATA_DIR)}\0".encode() + path.read_bytes())
    return f"{version}@{digest.hexdigest()[:12]}"


def _module_files(name: str, whole_package: bool = True) -> list[Path]:
    """The source files of module or package ``name`` (a package: all of its modules, or only
    its ``__init__`` when it is what an import names)."""
    path = PACKAGE_DIR.joinpath(*name.split("."))
    if path.is_dir():
        return sorted(path.rglob("*.py")) if whole_package else [path / "__init__.py"]
    file = path.with_suffix(".py")
    return [file] if file.exists() else []


def _imported(file: Path) -> set[str]:
    """The ``pipelines.domain`` modules ``file`` imports, at any depth of its code."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith(_DOMAIN))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(_DOMAIN):
            names.add(node.module)
            # ``from pipelines.domain.cleaning import lines``: lines may be a module itself
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def code_files(*modules: str) -> list[Path]:
    """The source files of ``modules`` and of every domain module they import, sorted."""
    seen: set[Path] = set()
    todo = [f for m in modules for f in _module_files(m)]
    while todo:
        file = todo.pop()
        if file in seen:
            continue
        seen.add(file)
        todo += [f for name in _imported(file) for f in _module_files(name, whole_package=False)
                 if f.name != "versions.py"]
    return sorted(seen)


def code_hashes(version_name: str) -> dict[str, str]:
    """Per source file that version ``version_name`` (a key of ``CODE``) covers, a short hash of
    its bytes, by path under the project."""
    return {path.relative_to(PACKAGE_DIR).as_posix():
            hashlib.sha256(path.read_bytes()).hexdigest()[:12]
            for path in code_files(*CODE[version_name])}
