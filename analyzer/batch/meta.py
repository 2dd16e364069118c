"""Per-document metadata for a batch run: a sidecar file (``--meta FILE``) mapping a path or a doc id to
``as_of``, ``title``, ``source`` and ``language``.

The sidecar is CSV (UTF-8, with or without BOM), JSON Lines or Parquet, chosen by its extension. Each
row names its document by ``path`` (relative paths are taken from the sidecar's folder, else from the
current folder) or by ``doc_id`` (the first 16 hex digits of the content sha256, or all 64). Empty cells
mean "not given". A bad file, a row without a key or an impossible date is one coded error (E809)
that stops the run before any document is analyzed.
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

__all__ = ["DocMeta", "MetaIndex", "convert_for_language", "load_meta"]

_MAX_ROWS = 10_000_000


@dataclass(frozen=True, slots=True)
class DocMeta:
    """What the sidecar (or front matter) says about one document; None = not given."""

    as_of: str | None = None  # ISO date
    title: str | None = None
    source: str | None = None
    language: str | None = None

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


class MetaIndex:
    """Sidecar rows by resolved path and by doc id; lookups are dictionary reads."""

    def __init__(self, by_path: dict[str, DocMeta], by_id: dict[str, DocMeta]) -> None:
        self.by_path = by_path
        self.by_id = by_id

    @property
    def needs_hash(self) -> bool:
        """True when some rows name their document by doc id (so the inputs must be hashed to match)."""
        return bool(self.by_id)

    def lookup(self, path: str, sha256: str | None = None) -> DocMeta | None:
        """The metadata of the input at ``path`` (whose content hash is ``sha256``, if known)."""
        found = self.by_path.get(_key(path))
        if found is None and sha256:
            found = self.by_id.get(sha256) or self.by_id.get(sha256[:16])
        return found


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
        if doc_path:
            for base in (sidecar.parent, Path.cwd()):
                by_path.setdefault(_key(base / doc_path), meta)
        if doc_id:
            by_id[doc_id] = meta
    return MetaIndex(by_path, by_id)
