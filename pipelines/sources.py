"""The source folder: which text files are there, and their bytes turned into documents."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pipelines.domain.decoding import (
    READ_AS,
    DecodeError,
    is_text_document,
    read_document,
)
from pipelines.domain.manifest import MANIFEST_NAME, Manifest, parse_manifest

# Documents in formats this pipeline does not read: recorded as unusable (not skipped silently),
# so that a user who drops a spreadsheet into the folder learns it was not read. Word files of
# other formats than .docx are told that Word can save them as .docx.
UNREAD_DOCUMENT_SUFFIXES = (".doc", ".wps", ".rtf", ".odt", ".xls", ".xlsx",
                            ".epub", ".caj", ".ofd")
SAVE_AS_DOCX_SUFFIXES = (".doc", ".wps", ".rtf", ".odt")

class SourceError(RuntimeError):
    """The source folder itself is unusable (missing, not a folder)."""


@dataclass(frozen=True)
class SourceFile:
    rel_path: str
    size_bytes: int
    modified_ns: int
    # the inode's change time: set by the system whenever the file is written or replaced, even
    # when the modification time is carried over (cp -p, rsync -a, tar, touch -r)
    changed_ns: int = 0


@dataclass(frozen=True)
class LoadedFile:
    rel_path: str
    size_bytes: int
    modified_ns: int
    doc_id: str
    text: str | None
    encoding: str | None
    warning: str | None
    error: str | None
    changed_ns: int = 0


def scan_source(root: str | os.PathLike[str]) -> tuple[list[SourceFile], list[tuple[str, str]]]:
    """Documents under ``root`` (``is_text_document``: text, Markdown, web pages, Word .docx,
    PDF; sorted),
    and (path, reason) for entries that were refused.

    Hidden files and folders are skipped. A link to a file of the folder is left to the file
    itself (read under its own name, once); links to folders or out of the folder are refused
    with the reason, as are names that are not UTF-8 (written under another encoding, e.g. GBK
    by a Windows archive: every path the warehouse keeps must be text).
    """
    base = Path(root).expanduser()
    if not base.exists():
        raise SourceError(f"source folder {base} does not exist")
    if not base.is_dir():
        raise SourceError(f"source {base} is not a folder")
    base_real = base.resolve()
    files: list[SourceFile] = []
    refused: list[tuple[str, str]] = []

    def walk(rel_dir: str, path: str) -> None:  # a folder's files first, then its folders
        with os.scandir(path) as it:  # entries know whether they are links or folders
            entries = sorted(it, key=lambda e: e.name)
        folders = []
        for entry in entries:
            name = entry.name
            rel = f"{rel_dir}{name}"
            if name.startswith("."):
                continue
            is_folder = entry.is_dir(follow_symlinks=False)
            if not _is_utf8(name):
                if is_folder or is_text_document(name):
                    what = "folder" if is_folder else "file"
                    refused.append((_shown(rel) + "/" * is_folder,
                                    f"the {what} name is not UTF-8 (as GBK it reads "
                                    f"{_as_gbk(name)!r}): rename it to include it"))
                continue
            if is_folder:
                folders.append((f"{rel}/", entry.path))
                continue
            if entry.is_symlink() and entry.is_dir():
                refused.append((f"{rel}/", "a link to a folder (not followed): copy or move the "
                                           "folder in to include its files"))
                continue
            if name.lower().endswith(UNREAD_DOCUMENT_SUFFIXES):
                refused.append((rel, _unread_reason(name)))
                continue
            if not is_text_document(name) or name == MANIFEST_NAME:
                continue
            if entry.is_symlink():
                target = Path(entry.path).resolve()
                if not target.is_relative_to(base_real):
                    refused.append((rel, "symlink pointing outside the source folder "
                                         "(not followed)"))
                    continue
                if _scanned_itself(target.relative_to(base_real)):
                    continue  # the same file, read under its own name
            try:
                st = entry.stat()
            except OSError as exc:
                refused.append((rel, f"cannot stat: {exc.strerror}"))
                continue
            files.append(SourceFile(rel, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
        for folder in folders:
            walk(*folder)

    walk("", str(base))
    return files, refused


def _unread_reason(name: str) -> str:
    suffix = name.rsplit(".", 1)[-1].lower()
    save_as = ("as .docx (Word, WPS: Save As, Word Document) or as text"
               if name.lower().endswith(SAVE_AS_DOCX_SUFFIXES) else "as text")
    return (f"a .{suffix} document: only text, Word .docx and PDF files ({READ_AS}) are read; "
            f"save it {save_as} to include it")


def _scanned_itself(rel: Path) -> bool:
    """Whether the scan reads the file at ``rel`` (under the folder) by its own name."""
    return (is_text_document(rel.name) and rel.name != MANIFEST_NAME
            and not any(part.startswith(".") for part in rel.parts))


def _is_utf8(name: str) -> bool:
    """False for a name the OS gave with undecodable bytes (held as surrogate escapes)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(rel: str) -> str:
    """``rel`` as text that can be stored and printed: undecodable bytes as \\xNN."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _as_gbk(name: str) -> str:
    return os.fsencode(name).decode("gb18030", "replace")


def folder_fingerprint(root: str | os.PathLike[str],
                       scanned: tuple[list[SourceFile], list[tuple[str, str]]] | None = None
                       ) -> str:
    """Changes whenever a text file or the manifest is added, removed or modified (names, sizes,
    modification and change times: no file is read). ``scanned``: a ``scan_source`` result to
    reuse."""
    files, refused = scanned if scanned is not None else scan_source(root)
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.rel_path}\0{f.size_bytes}\0{f.modified_ns}\0{f.changed_ns}\n".encode())
    for rel, reason in refused:
        digest.update(f"{rel}\0{reason}\n".encode())
    try:
        st = (Path(root) / MANIFEST_NAME).stat()
        digest.update(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}".encode())
    except OSError:
        digest.update(b"no-manifest")
    return digest.hexdigest()[:32]


def load_file(root: str | os.PathLike[str], rel_path: str) -> LoadedFile | None:
    """Read and decode one file (a Word .docx or a PDF: its text, ``read_document``); None when
    it vanished since the scan."""
    path = Path(root) / rel_path
    try:
        st = path.stat()
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        reason = f"cannot read file: {exc.strerror or exc}"
        return LoadedFile(rel_path, 0, 0, _hash(rel_path.encode()), None, None, None, reason)
    doc_id = _hash(data)
    try:
        decoded = read_document(rel_path, data)
    except DecodeError as exc:
        return LoadedFile(rel_path, len(data), st.st_mtime_ns, doc_id, None, None, None, str(exc),
                          st.st_ctime_ns)
    return LoadedFile(rel_path, len(data), st.st_mtime_ns, doc_id, decoded.text,
                      decoded.encoding, decoded.warning, None, st.st_ctime_ns)


def content_id(root: str | os.PathLike[str], rel_path: str) -> str | None:
    """The id ``load_file`` gives the file's document (its content's hash), without decoding it;
    None when it cannot be read."""
    try:
        return _hash((Path(root) / rel_path).read_bytes())
    except OSError:
        return None


def read_manifest(root: str | os.PathLike[str]) -> Manifest:
    path = Path(root) / MANIFEST_NAME
    if not path.exists():
        return Manifest()
    try:
        return parse_manifest(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        return Manifest(problems=(f"{MANIFEST_NAME}: unreadable ({exc})",))


def manifest_problems(manifest: Manifest, rel_paths: set[str]) -> list[str]:
    """What is wrong in manifest.csv: its unusable rows and fields, and the files it lists that
    the folder (``rel_paths``, from ``scan_source``) does not hold."""
    unknown = sorted(set(manifest.entries) - rel_paths)
    return list(manifest.problems) + [
        f"{MANIFEST_NAME} lists '{name}', which is not in the source folder" for name in unknown]


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]
