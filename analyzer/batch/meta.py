"""Per-document metadata for a batch run: a sidecar file (``--meta FILE``) mapping a path or a doc id to
``as_of``, ``title``, ``source`` and ``language``.

The sidecar is CSV (UTF-8, with or without BOM), JSON Lines or Parquet, chosen by its extension. Each
row names its document by ``path`` (relative paths are taken from the sidecar's folder, else from the
current folder) or by ``doc_id`` (the first 16 hex digits of the content sha256, or all 64). A bare file
name that matches no path there matches the one input of that name, when exactly one input has it
(the document's manifest notes say so). Empty cells mean "not given". A bad file, a row without a key
or an impossible date is one coded error (E809) that stops the run before any document is analyzed;
rows that match no input are warnings (:meth:`MetaIndex.unmatched`), never silently dropped.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analyzer.datafiles import require_regular
from analyzer.errors import AnalyzerError, error
from analyzer.ingest.frontmatter import KEYS, parse_as_of

__all__ = ["DocMeta", "MetaIndex", "convert_for_language", "disagreements", "load_meta"]

_MAX_ROWS = 10_000_000


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What the sidecar (or front matter) says about one document; None = not given."""

    as_of: str | None = None  # ISO date
    title: str | None = None
    source: str | None = None
    language: str | None = None
    #: how the row was found when not by its path or doc id (e.g. by its bare file name); for the notes
    matched_by: str | None = None

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> DocMeta:
        return cls(**{k: (str(values[k]) if values.get(k) not in (None, "") else None) for k in KEYS})

    def key(self) -> str:
        """A fingerprint of these values (a resumed run redoes a document whose sidecar row changed)."""
        return json.dumps([getattr(self, k) for k in KEYS], ensure_ascii=False)

    def merged_over(self, other: DocMeta) -> DocMeta:
        """This metadata, with ``other``'s values where this one has none."""
        return DocMeta(**{k: getattr(self, k) if getattr(self, k) is not None else getattr(other, k) for k in KEYS})


def convert_for_language(language: str | None, default: str) -> str:
    """The OpenCC conversion a document's language tag asks for: zh-HK/zh-MO → hk2s, zh-TW → tw2s,
    another tag (or none) → the run's ``default``."""
    tag = (language or "").strip().lower().replace("_", "-")
    if tag.startswith(("zh-hk", "zh-mo", "zh-hant-hk", "zh-hant-mo", "yue")):
        return "hk2s"
    if tag.startswith(("zh-tw", "zh-hant-tw")):
        return "tw2s"
    return default


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(path))


@dataclass(slots=True)
class _Row:
    """One sidecar row as written, and whether an input used it."""

    number: int
    path: str
    doc_id: str
    meta: DocMeta
    used: bool = False
    duplicate_of: int | None = None  # an earlier row naming the same document (that one is used)


class MetaIndex:
    """Sidecar rows by resolved path and by doc id; lookups are dictionary reads."""

    def __init__(self, by_path: dict[str, DocMeta], by_id: dict[str, DocMeta], rows: list[_Row] | None = None,
                 source: str = "") -> None:
        self.by_path = by_path
        self.by_id = by_id
        self.rows = rows or []
        self.source = source
        self._row_of: dict[int, _Row] = {id(r.meta): r for r in self.rows}
        self._by_name: dict[str, DocMeta] = {}
        self._ambiguous: dict[int, int] = {}  # row number → how many inputs share its bare name

    def bind(self, inputs: list[str]) -> None:
        """Let rows that give a bare file name matching no path find the one input of that name."""
        by_key = {_key(p) for p in inputs}
        names: dict[str, list[str]] = {}
        for p in inputs:
            names.setdefault(os.path.basename(p), []).append(p)
        for row in self.rows:
            if not row.path or os.sep in row.path or "/" in row.path:
                continue
            if any(_key(base / row.path) in by_key for base in (Path(self.source).parent, Path.cwd())):
                continue  # found by its path
            same = names.get(row.path, [])
            if len(same) == 1:
                note = f"metadata from {Path(self.source).name} row {row.number}, matched by its bare file name"
                self._by_name[_key(same[0])] = DocMeta(
                    **{k: getattr(row.meta, k) for k in KEYS}, matched_by=note
                )
                self._row_of[id(self._by_name[_key(same[0])])] = row
            elif len(same) > 1:
                self._ambiguous[row.number] = len(same)

    @property
    def needs_hash(self) -> bool:
        """True when some rows name their document by doc id (so the inputs must be hashed to match)."""
        return bool(self.by_id)

    def lookup(self, path: str, sha256: str | None = None) -> DocMeta | None:
        """The metadata of the input at ``path`` (whose content hash is ``sha256``, if known)."""
        found = self.by_path.get(_key(path)) or self._by_name.get(_key(path))
        if found is None and sha256:
            found = self.by_id.get(sha256) or self.by_id.get(sha256[:16])
        row = self._row_of.get(id(found)) if found is not None else None
        if row is not None:
            row.used = True
        return found

    def unmatched(self) -> list[str]:
        """One line for each row no input used (call after every input was looked up), in file order."""
        where = Path(self.source).name
        lines = []
        for row in self.rows:
            if row.used:
                continue
            names = f"path {row.path!r}" if row.path else f"doc_id {row.doc_id}"
            if row.duplicate_of is not None:  # it does name an input: say so, not "matches no input"
                lines.append(f"{where} row {row.number}: {names} names the same document as row "
                             f"{row.duplicate_of}, which is used; its metadata is not applied")
                continue
            if row.number in self._ambiguous:
                why = f"its bare file name matches {self._ambiguous[row.number]} inputs; write the path"
            elif row.path:
                base = Path(self.source).parent
                why = f"no input at {base / row.path} (paths are read from the sidecar's folder, else the current one)"
            else:
                why = "no input has that content hash"
            lines.append(f"{where} row {row.number}: {names} matches no input ({why}); its metadata is not applied")
        return lines


def _rows(path: Path) -> list[dict[str, Any]]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    if suffix in (".jsonl", ".ndjson"):
        rows = []
        with open(path, encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    row = json.loads(line)
                    if not isinstance(row, dict):
                        raise ValueError(f"line {n} is not a JSON object")
                    rows.append(row)
        return rows
    if suffix in (".csv", ".tsv"):
        import csv

        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if suffix == ".tsv" else ",")
            try:
                return list(reader)
            except csv.Error as exc:  # e.g. a field over the csv module's limit (128 KB): say which and why
                raise ValueError(f"after line {reader.line_num}: {exc}") from None
    raise ValueError("unknown sidecar type (use .csv, .tsv, .jsonl or .parquet)")


def load_meta(path: str | os.PathLike[str]) -> MetaIndex:
    """Read and check a sidecar file; E809 (one line naming the file and row) when it cannot be used."""
    sidecar = Path(path)
    require_regular(sidecar)  # a FIFO is E107, never a hang
    try:
        rows = _rows(sidecar)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise error("E809", f"{sidecar}: cannot read the metadata sidecar: {' '.join(str(exc).split())}") from None
    except Exception as exc:  # pyarrow raises its own classes for a file that is not Parquet
        reason = " ".join(str(exc).split())[:200]
        raise error("E809", f"{sidecar}: cannot read the metadata sidecar: {type(exc).__name__}: {reason}") from None
    if len(rows) > _MAX_ROWS:
        raise error("E809", f"{sidecar}: more than {_MAX_ROWS} rows")
    by_path: dict[str, DocMeta] = {}
    by_id: dict[str, DocMeta] = {}
    kept: list[_Row] = []
    first_row: dict[str, int] = {}
    for n, raw in enumerate(rows, 1):
        row = {str(k).strip().lower(): v for k, v in raw.items() if k is not None}
        where = f"{sidecar}: row {n}"
        doc_path = str(row.get("path") or "").strip()
        doc_id = str(row.get("doc_id") or "").strip().lower()
        if not doc_path and not doc_id:
            raise error("E809", f"{where}: names no document (a 'path' or 'doc_id' column is needed)")
        if doc_id and (len(doc_id) not in (16, 64) or any(c not in "0123456789abcdef" for c in doc_id)):
            raise error("E809", f"{where}: doc_id {doc_id[:70]!r} is not 16 or 64 hex digits")
        try:
            values = dict(row)
            if row.get("as_of") not in (None, ""):
                values["as_of"] = parse_as_of(row["as_of"], where).isoformat()
        except AnalyzerError as exc:
            raise error("E809", exc.message) from None
        meta = DocMeta.of(values)
        # a doc id is 64 hex digits or their first 16: both forms of one document are the same key
        row_keys = [_key(sidecar.parent / doc_path)] if doc_path else [f"id:{doc_id[:16]}"]
        first = next((first_row[k] for k in row_keys if k in first_row), None)
        kept.append(_Row(n, doc_path, doc_id, meta, duplicate_of=first))
        for k in row_keys:
            first_row.setdefault(k, n)
        if doc_path:
            for base in (sidecar.parent, Path.cwd()):
                by_path.setdefault(_key(base / doc_path), meta)
        if doc_id:
            by_id.setdefault(doc_id, meta)
    return MetaIndex(by_path, by_id, kept, str(sidecar))


def disagreements(sidecar: DocMeta | None, front_matter: DocMeta) -> list[str]:
    """Where the sidecar and the document's front matter both give a value and they differ (the sidecar's
    is used): one note each."""
    if sidecar is None:
        return []
    return [
        f"front matter {k} {getattr(front_matter, k)!r} differs from the sidecar's {getattr(sidecar, k)!r}; "
        "the sidecar's is used"
        for k in KEYS
        if getattr(sidecar, k) is not None and getattr(front_matter, k) is not None
        and getattr(sidecar, k) != getattr(front_matter, k)
    ]
