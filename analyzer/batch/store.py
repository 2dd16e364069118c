"""The on-disk journal of a batch run: atomic part files, the done records, resume and consolidation.

Layout under the output directory ``DIR``::

    DIR/parts/<table>/<chunk>.parquet     rows of the documents finished in one chunk (claims, mentions, ...)
    DIR/parts/manifest/<chunk>.parquet    one row per document of that chunk, written LAST
    DIR/claims.parquet, DIR/mentions.parquet[, verdicts, findings], DIR/manifest.parquet   consolidated

Every file is written to a temporary name in the same folder and renamed into place (``os.replace``),
so a reader never sees half a file; part files are fsynced before their manifest part is written, so a
power loss costs at most the chunks not yet written (redone by the rerun). The consolidated set is
written under temporary names and renamed as a group, manifest last (see :meth:`BatchStore._publish`).
A chunk counts only once its manifest part exists: after a kill
(Ctrl-C or ``kill -9``) a rerun deletes temporary files and data parts without a manifest part, and
skips every input whose (path, content sha256, settings) has an ``ok`` record. The consolidated files
cover exactly the inputs of the latest run, in input order; rows of documents that were skipped as
unchanged are taken from the chunk that produced them. Part files are always Parquet; ``--format``
only changes the consolidated files (``.parquet``, ``.csv`` or ``.jsonl``).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from analyzer.atomic import atomic_write, fsync_dir, fsync_file, temp_name
from analyzer.batch.worker import MANIFEST_COLUMNS, Outcome
from analyzer.errors import BatchError
from analyzer.report import frame
from analyzer.report.cells import csv_frame

__all__ = ["FORMATS", "MANIFEST_SCHEMA", "PART_MANIFEST_SCHEMA", "BatchStore", "DoneRecord", "table_schema", "warm_up"]

FORMATS = ("parquet", "csv", "jsonl")
_ARROW_TYPES = {
    "string": pa.string(),
    "int64": pa.int64(),
    "float64": pa.float64(),
    "date32": pa.date32(),
    "timestamp": pa.timestamp("us", tz="UTC"),
}
MANIFEST_SCHEMA = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in MANIFEST_COLUMNS])
PART_MANIFEST_SCHEMA = MANIFEST_SCHEMA.append(pa.field("settings", pa.string())).append(
    pa.field("meta_key", pa.string())
)
_ORDER, _ROW = "__order", "__row"
#: present only while the consolidated files are being renamed into place (see BatchStore._publish)
PUBLISHING = ".publishing.json"
#: what a run reads, writes or deletes under the output folder: none may lead out of it (issue 23)
_BOOKKEEPING = ("parts", "report", ".lock", PUBLISHING)
_TABLE_NAMES = ("claims", "mentions", "verdicts", "findings", "manifest")


def table_schema(table: str) -> pa.Schema:
    """The Arrow schema of one output table (columns and types as documented in :mod:`analyzer.report.frame`)."""
    return frame.arrow_schema(table)


def columns_table(name: str, pieces: Sequence[dict[str, list[Any]]]) -> pa.Table:
    """One Arrow table of table ``name`` from the column lists of many documents, in order."""
    schema = table_schema(name)
    arrays = [pa.array([v for piece in pieces for v in piece[f.name]], type=f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def warm_up() -> None:
    """Load now what building the first part file loads: ``pa.array`` imports pandas (≈0.3 s of a core)
    the first time it is called, whatever it is given."""
    pa.array([""], type=pa.string())


def _write_parquet(table: pa.Table, target: Path, *, durable: bool = False) -> None:
    with atomic_write(target, durable=durable) as tmp:
        pq.write_table(table, tmp)


@dataclass(frozen=True, slots=True)
class DoneRecord:
    """An ``ok`` manifest record from an earlier chunk: its row and the chunk holding its data rows."""

    row: dict[str, Any]
    chunk: str


class BatchStore:
    """The parts journal under ``out``; one instance per run (holds an exclusive lock on the folder)."""

    def __init__(self, out: Path, tables: Sequence[str], settings: str, fmt: str = "parquet") -> None:
        if fmt not in FORMATS:
            raise BatchError(f"unknown output format {fmt!r} (parquet, csv or jsonl)", code="E803")
        self.out = out
        self.tables = tuple(tables)
        self.settings = settings
        self.fmt = fmt
        self.parts = out / "parts"
        self.run_id = f"{os.getpid():x}{uuid.uuid4().hex[:8]}"
        self._seq = 0
        self._lock_fh: Any = None

    # -- lifecycle -----------------------------------------------------------------------------------
    def open(self) -> dict[tuple[str, str], DoneRecord]:
        """Create the folders, take the lock, clean up after a killed run; return the done records."""
        folders = [self.parts / name for name in (*self.tables, "manifest")]
        self._refuse_escapes([self.out / name for name in _BOOKKEEPING] + folders)
        try:
            for folder in folders:
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BatchError(f"{self.out}: cannot create output folder ({exc.strerror})", code="E802") from None
        self._lock()
        return self.recover()

    def close(self) -> None:
        """Release the folder lock."""
        if self._lock_fh is not None:
            self._lock_fh.close()
            self._lock_fh = None

    def _refuse_escapes(self, paths: Sequence[Path]) -> None:
        """E820 when an existing ``path`` resolves outside the output folder (a symlink out of it): a
        received or reused folder must not make the run write, rename or delete anything elsewhere."""
        root = self.out.resolve()
        for path in paths:
            if (path.exists() or path.is_symlink()) and not path.resolve().is_relative_to(root):
                raise BatchError(
                    f"{self.out}: {path.relative_to(self.out)} leads outside the output folder (to "
                    f"{path.resolve()}); refused, use a fresh --out",
                    code="E820",
                )

    def _lock(self) -> None:
        self._lock_fh = open(self.out / ".lock", "a")  # noqa: SIM115 - held for the whole run
        try:
            import fcntl

            fcntl.flock(self._lock_fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # pragma: no cover - no advisory locks on this platform
            return
        except OSError:
            self.close()
            raise BatchError(f"{self.out}: another batch run is writing to this folder", code="E804") from None

    def recover(self) -> dict[tuple[str, str], DoneRecord]:
        """Finish a group rename a killed run left half done; delete temporary files and data parts without
        a manifest part; return the latest ``ok`` records."""
        self._finish_publish()
        for tmp in self.out.rglob(".*.tmp"):  # atomic_write's temporaries: parts, tables, report pages
            tmp.unlink(missing_ok=True)
        chunks = {p.stem for p in (self.parts / "manifest").glob("*.parquet")}
        for folder in self.parts.iterdir():
            if folder.is_dir() and folder.name != "manifest":
                for part in folder.glob("*.parquet"):
                    if part.stem not in chunks:
                        part.unlink(missing_ok=True)
        done: dict[tuple[str, str], DoneRecord] = {}
        for chunk in sorted(chunks):
            try:
                rows = pq.read_table(self.parts / "manifest" / f"{chunk}.parquet").to_pylist()
            except (OSError, pa.ArrowException):  # unreadable part: forget the chunk, its inputs are redone
                self._drop_chunk(chunk)
                continue
            for row in rows:
                if row["status"] != "ok" or row.get("settings") != self.settings or not row["sha256"]:
                    continue
                key = (row["path"], row["sha256"])
                old = done.get(key)
                if old is None or row["finished_at"] >= old.row["finished_at"]:
                    done[key] = DoneRecord(row, chunk)
        return done

    def _drop_chunk(self, chunk: str) -> None:
        for folder in self.parts.iterdir():
            if folder.is_dir():
                (folder / f"{chunk}.parquet").unlink(missing_ok=True)

    # -- writing -------------------------------------------------------------------------------------
    def write_chunk(self, outcomes: Sequence[Outcome]) -> str:
        """Write the data parts of ``outcomes`` then their manifest part (last); return the chunk name."""
        self._seq += 1
        chunk = f"{self.run_id}-{self._seq:06d}"
        for name in self.tables:
            pieces = [o.tables[name] for o in outcomes if o.status == "ok" and name in o.tables]
            if any(piece["doc_id"] for piece in pieces):
                _write_parquet(columns_table(name, pieces), self.parts / name / f"{chunk}.parquet", durable=True)
        rows = [o.manifest_row() | {"settings": self.settings, "meta_key": o.meta_key} for o in outcomes]
        manifest = pa.Table.from_pylist(rows, schema=PART_MANIFEST_SCHEMA)
        # data parts are on the disk before the manifest part names them: after a power loss a chunk is
        # either whole or absent (its documents are redone), never a manifest over missing rows
        _write_parquet(manifest, self.parts / "manifest" / f"{chunk}.parquet", durable=True)
        return chunk

    # -- consolidation -------------------------------------------------------------------------------
    def consolidate(self, outcomes: Sequence[Outcome], chunks: dict[int, str]) -> dict[str, Path]:
        """Write the consolidated tables and manifest for ``outcomes`` (one per input, in input order).

        ``chunks`` maps an input index to the chunk holding its rows (for ``ok`` and ``skipped`` inputs).
        """
        order = sorted(outcomes, key=lambda o: o.index)
        by_chunk: dict[str, dict[str, int]] = {}
        for o in order:
            if o.status in ("ok", "skipped") and o.index in chunks:
                by_chunk.setdefault(chunks[o.index], {})[o.path] = o.index
        staged: list[tuple[Path, Path]] = []
        try:
            for name in self.tables:
                staged.append(self._stage(name, self._gather(name, by_chunk)))
            manifest = pa.Table.from_pylist([o.manifest_row() for o in order], schema=MANIFEST_SCHEMA)
            staged.append(self._stage("manifest", manifest))  # last: renamed after every table
        except BaseException:
            for tmp, _ in staged:  # nothing published yet: the previous set stays as it was
                tmp.unlink(missing_ok=True)
            raise
        # from here on an interruption leaves the marker and the staged files, and the next open()
        # finishes the renames: the set becomes wholly new, never half new
        self._publish(staged)
        self.remove_stale()
        return {target.name.split(".")[0]: target for _, target in staged}

    def _publish(self, staged: list[tuple[Path, Path]]) -> None:
        """Rename the staged files onto their targets as a group, the manifest last.

        Every staged file is on the disk first; then a marker file listing the renames is written
        (durably), the renames are done and the marker is removed. A run killed (or a machine that lost
        power) between the first rename and the marker's removal leaves the marker: the next run (or
        :meth:`recover`) finishes the renames from it, so the set is never left half old, half new."""
        for tmp, _ in staged:
            fsync_file(tmp)
        fsync_dir(self.out)
        marker = self.out / PUBLISHING
        with atomic_write(marker, durable=True) as tmp_marker:
            tmp_marker.write_text(json.dumps([[t.name, g.name] for t, g in staged]), encoding="utf-8")
        self._finish_publish()

    def _finish_publish(self) -> None:
        """Do the renames a marker lists (those whose staged file is still there), then remove the marker."""
        marker = self.out / PUBLISHING
        try:
            pairs = json.loads(marker.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError):  # an unreadable marker: nothing can be finished from it
            marker.unlink(missing_ok=True)
            return
        renames = [self._marked(marker, pair) for pair in pairs] if isinstance(pairs, list) else None
        if renames is None:
            raise BatchError(f"{marker}: not a list of renames; refused, use a fresh --out", code="E820")
        for tmp, target in renames:
            if tmp.exists():
                os.replace(tmp, target)
        fsync_dir(self.out)
        marker.unlink(missing_ok=True)
        fsync_dir(self.out)

    def _marked(self, marker: Path, pair: Any) -> tuple[Path, Path]:
        """One rename a marker lists, as (staged file, target), both plain names inside the folder: the
        target a consolidated table, the staged file its temporary (see :func:`analyzer.atomic.temp_name`);
        anything else (an absolute path, ``..``, another name) is E820."""
        tables = {f"{name}.{fmt}" for name in _TABLE_NAMES for fmt in FORMATS}
        ok = isinstance(pair, list) and len(pair) == 2 and all(isinstance(name, str) for name in pair)
        tmp_name, target_name = (pair if ok else ("", ""))
        ok = ok and target_name in tables and tmp_name.startswith(f".{target_name}.") and tmp_name.endswith(".tmp")
        ok = ok and Path(tmp_name).name == tmp_name and "\x00" not in tmp_name
        if not ok:
            raise BatchError(
                f"{marker}: lists {pair!r}, a path outside the output folder or not one of its tables; "
                "refused (remove the marker if it is not from an analyzer run)",
                code="E820",
            )
        self._refuse_escapes([self.out / tmp_name, self.out / target_name])
        return self.out / tmp_name, self.out / target_name

    def _gather(self, name: str, by_chunk: dict[str, dict[str, int]]) -> pa.Table:
        schema = table_schema(name)
        pieces: list[pa.Table] = []
        for chunk, paths in by_chunk.items():
            part = self.parts / name / f"{chunk}.parquet"
            if not part.exists():
                continue
            table = pq.read_table(part).cast(schema)
            wanted = [paths.get(p, -1) for p in table.column("path").to_pylist()]
            table = table.append_column(_ORDER, pa.array(wanted, pa.int64()))
            table = table.append_column(_ROW, pa.array(range(table.num_rows), pa.int64()))
            pieces.append(table.filter(pc.greater_equal(table.column(_ORDER), 0)))
        if not pieces:
            return schema.empty_table()
        merged = pa.concat_tables(pieces).sort_by([(_ORDER, "ascending"), (_ROW, "ascending")])
        return merged.drop_columns([_ORDER, _ROW])

    def _stage(self, name: str, table: pa.Table) -> tuple[Path, Path]:
        """Write ``table`` under a temporary name beside its target; (temporary, target)."""
        target = self.out / f"{name}.{self.fmt}"
        tmp = temp_name(target)
        try:
            if self.fmt == "parquet":
                pq.write_table(table, tmp)
            elif self.fmt == "csv":
                csv_frame(_plain_frame(table)).to_csv(tmp, index=False, encoding="utf-8")
            else:
                with open(tmp, "w", encoding="utf-8") as fh:
                    for row in table.to_pylist():
                        fh.write(json.dumps(row, ensure_ascii=False, default=_iso) + "\n")
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return tmp, target

    def remove_stale(self) -> None:
        """Delete consolidated files of the other formats (left by an earlier run), so none is out of date."""
        for fmt in FORMATS:
            if fmt != self.fmt:
                for name in _TABLE_NAMES:
                    (self.out / f"{name}.{fmt}").unlink(missing_ok=True)
        for name in ("verdicts", "findings"):
            if name not in self.tables:
                (self.out / f"{name}.{self.fmt}").unlink(missing_ok=True)


def _iso(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _plain_frame(table: pa.Table) -> Any:
    """A DataFrame with dates and timestamps as ISO strings (for CSV and JSONL)."""
    df = table.to_pandas()
    for f in table.schema:
        if pa.types.is_date(f.type) or pa.types.is_timestamp(f.type):
            df[f.name] = [None if v is None else v.isoformat() for v in table.column(f.name).to_pylist()]
    return df
