"""The securities master: listed securities by code and short name, with where each list came from.

Shipped (``corpora/master/``): A-share codes and short names (CC BY 4.0, see PROVENANCE.md there).
Lists whose licence is unknown (public funds, ETFs) are not shipped; a user may import their own copy
(``python -m analyzer.master import PATH``), which is kept in the user data directory and read beside
the shipped lists. Subject linking (``analyzer.claims.subject``) matches every master name.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from analyzer.atomic import write_text_atomic
from analyzer.datafiles import load_model
from analyzer.errors import ConfigError
from analyzer.normalize.width import normalize_width
from analyzer.resources import corpora_path

ENV_VAR = "ANALYZER_MASTER_DIR"
ERROR_CODE = "E910"
MasterKind = Literal["stock", "fund"]
#: columns of every master list as shipped or imported
COLUMNS = ("code", "exchange", "name", "kind", "ambiguous")


@dataclass(frozen=True, slots=True)
class Security:
    """One listed security: code (600519), exchange (SH, SZ, BJ, HK, OF for open-end funds), short name."""

    code: str
    exchange: str
    name: str
    kind: MasterKind
    #: the name is also a common word or place (机器人, 太平洋, 连云港): never a subject on its own
    ambiguous: bool = False


class MasterSource(BaseModel):
    """Where one master list came from and on what terms it may be used."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    kind: MasterKind
    title: str
    licence: str
    attribution: str
    source: str
    changes: str
    rows: int | None = None
    imported_from: str | None = None
    imported_at: str | None = None
    sha256: str | None = None


class MasterCatalog(BaseModel):
    """``corpora/master/sources.yaml``: the shipped lists."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lists: tuple[MasterSource, ...]


class SecuritiesMaster:
    """Every security of the shipped and imported lists, looked up by code or by short name."""

    def __init__(self, securities: Iterable[Security], sources: Sequence[MasterSource]) -> None:
        self.securities = tuple(securities)
        self.sources = tuple(sources)
        self._by_code: dict[str, list[Security]] = {}
        self._by_name: dict[str, Security] = {}
        for sec in self.securities:
            self._by_code.setdefault(sec.code, []).append(sec)
            self._by_name.setdefault(sec.name, sec)  # the first list wins a shared name (shipped before imported)

    def by_code(self, code: str) -> list[Security]:
        """Securities with this code (600519, or 600519.SH); a code can exist on several exchanges."""
        code, _, exchange = code.strip().upper().partition(".")
        found = self._by_code.get(code, [])
        return [s for s in found if s.exchange == exchange] if exchange else list(found)

    def by_name(self, name: str) -> Security | None:
        """The security with this short name, as written in either script or width."""
        from analyzer.normalize.convert import convert_script

        return self._by_name.get(name) or self._by_name.get(convert_script(normalize_width(name), "t2s"))

    def __len__(self) -> int:
        return len(self.securities)


def user_master_dir() -> Path:
    """``$ANALYZER_MASTER_DIR`` if set, else ``master/`` in the user's data directory (imported lists)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("analyzer", appauthor=False) / "master"


def shipped_catalog() -> MasterCatalog:
    return load_model(corpora_path("master", "sources.yaml"), MasterCatalog, ConfigError, ERROR_CODE, "master catalog")


def master_files() -> list[tuple[Path, MasterSource]]:
    """Every master list to read, shipped first, then imported ones (sorted by file name)."""
    files = [(corpora_path("master", s.file), s) for s in shipped_catalog().lists]
    folder = user_master_dir()
    if folder.is_dir():
        for meta in sorted(folder.glob("*.source.json")):
            try:
                source = MasterSource.model_validate_json(meta.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ConfigError(f"{meta}: unreadable imported master description: {exc}", code=ERROR_CODE) from exc
            files.append((folder / source.file, source))
    return files


def master_provenance() -> list[MasterSource]:
    """Where every master list in use came from, its licence and attribution (for ``market list``-style
    listings and for reports)."""
    return [source for _, source in master_files()]


def read_list(path: Path) -> list[Security]:
    """Read one master list in the shipped layout (``COLUMNS``)."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read securities master: {exc}", code=ERROR_CODE) from exc
    out = []
    for n, row in enumerate(rows, start=2):
        try:
            out.append(
                Security(
                    code=row["code"],
                    exchange=row["exchange"],
                    name=row["name"],
                    kind=row["kind"],  # type: ignore[arg-type]
                    ambiguous=row.get("ambiguous", "") == "1",
                )
            )
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"{path}: line {n}: expected columns {', '.join(COLUMNS)}", code=ERROR_CODE) from exc
    return out


@cache
def default_master() -> SecuritiesMaster:
    """The shipped lists plus the user's imported ones, loaded once per process."""
    files = master_files()
    securities: list[Security] = []
    for path, _ in files:
        securities.extend(read_list(path))
    return SecuritiesMaster(securities, [s for _, s in files])


def master_digest() -> str:
    """A digest of every shipped and imported master file (changes when a list is added, removed or
    edited); reads bytes only, so it costs no YAML parsing at start-up."""
    h = hashlib.sha256()
    folders = [corpora_path("master"), user_master_dir()]
    for folder in folders:
        for path in sorted(folder.glob("*")) if folder.is_dir() else ():
            if path.is_file():
                h.update(path.name.encode())
                h.update(path.read_bytes())
        h.update(b"|")
    return h.hexdigest()[:16]


# -- import ----------------------------------------------------------------------------------------

#: header names of the common public lists, mapped to the master's columns
_HEADERS = {
    "code": ("code", "基金代码", "代码", "symbol", "证券代码", "股票代码", "sid"),
    "name": ("name", "基金简称", "名称", "简称", "证券简称", "股票简称", "基金名称"),
    "exchange": ("exchange", "交易所", "市场"),
}


def _column(header: Sequence[str], field: str) -> int | None:
    lowered = [h.strip().lower() for h in header]
    for name in _HEADERS[field]:
        if name.lower() in lowered:
            return lowered.index(name.lower())
    return None


def parse_user_list(text: str, kind: MasterKind) -> list[Security]:
    """Rows of a user's list (CSV with a header naming code and name columns, e.g. East Money's
    基金代码/基金简称 or ``code,exchange,name``); names width-folded and in Simplified script."""
    from analyzer.normalize.convert import convert_script

    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    header = next(reader, None)
    if header is None:
        raise ConfigError("the list is empty", code=ERROR_CODE)
    code_col, name_col, exch_col = (_column(header, f) for f in ("code", "name", "exchange"))
    if code_col is None or name_col is None:
        raise ConfigError(
            f"no code and name columns in header {','.join(header)!r} (expected e.g. code,name or 基金代码,基金简称)",
            code=ERROR_CODE,
        )
    default_exchange = "OF" if kind == "fund" else ""
    out: list[Security] = []
    for row in reader:
        if len(row) <= max(code_col, name_col):
            continue
        code, name = row[code_col].strip(), row[name_col].strip()
        if not code or not name:
            continue
        exchange = row[exch_col].strip().upper() if exch_col is not None and exch_col < len(row) else default_exchange
        name = convert_script(normalize_width(name), "t2s")
        out.append(Security(code=code, exchange=exchange, name=name, kind=kind))
    return out


def write_list(path: Path, securities: Iterable[Security]) -> int:
    """Write securities in the master layout; returns the number of rows."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for s in securities:
        writer.writerow((s.code, s.exchange, s.name, s.kind, "1" if s.ambiguous else ""))
        n += 1
    write_text_atomic(path, buf.getvalue())
    return n


def import_master(path: Path, kind: MasterKind = "fund", *, licence: str = "as stated by the user's source") -> Path:
    """Import the user's own copy of a list (funds, ETFs, other securities) for subject linking.

    The list stays on this machine (``user_master_dir()``); nothing of it ships with the analyzer.
    Returns the path of the imported list."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the list to import: {exc}", code=ERROR_CODE) from exc
    text = raw.decode("utf-8-sig", errors="strict") if raw else ""
    securities = parse_user_list(text, kind)
    if not securities:
        raise ConfigError(f"{path}: no rows with a code and a name", code=ERROR_CODE)
    folder = user_master_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = "user_" + "".join(c if c.isalnum() or c in "-_" else "_" for c in path.stem)
    target = folder / f"{stem}.csv"
    rows = write_list(target, securities)
    source = MasterSource(
        file=target.name,
        kind=kind,
        title=f"imported by the user from {path.name}",
        licence=licence,
        attribution="the user's own copy; not shipped with the analyzer",
        source=str(path.resolve()),
        changes="names width-folded and converted to Simplified; only code, exchange, name kept",
        rows=rows,
        imported_from=str(path.resolve()),
        imported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    write_text_atomic(folder / f"{stem}.source.json", source.model_dump_json(indent=2))
    default_master.cache_clear()
    return target


def remove_imported(name: str) -> bool:
    """Forget an imported list by its file name (``user_xxx.csv``); True if it existed."""
    folder = user_master_dir()
    stem = Path(name).name.removesuffix(".csv")
    found = False
    for p in (folder / f"{stem}.csv", folder / f"{stem}.source.json"):
        if p.is_file():
            p.unlink()
            found = True
    default_master.cache_clear()
    return found


# -- building the shipped A-share list --------------------------------------------------------------

#: common-word tags of jieba's dictionary; a master name that is such a word, used often, is ambiguous
_COMMON_TAGS = frozenset({"n", "ns", "nr", "nrt", "nz", "s", "l", "i", "v", "vn", "a", "z", "b", "f", "m"})
_COMMON_FREQ = 20
#: listed names that are common words but in financial text almost always mean the company
_KEEP = frozenset({"五粮液", "同仁堂", "雅戈尔", "全聚德", "双汇发展", "中钨高新", "澳柯玛", "天士力", "白云机场"})


def build_a_shares(src: Path, dst: Path, jieba_dict: Path) -> int:
    """Write the shipped A-share list from tushare's ``stock_basic`` export (listed rows only).

    A name is marked ambiguous when jieba's own dictionary has it as a common word (tags in
    ``_COMMON_TAGS``, frequency >= ``_COMMON_FREQ``), unless it is in ``_KEEP``."""
    common: dict[str, tuple[int, str]] = {}
    with jieba_dict.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                common[parts[0]] = (int(parts[1]), parts[2])
    out = []
    with src.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["status"] != "L":
                continue
            name = normalize_width(row["name"])
            freq, tag = common.get(name, (0, ""))
            ambiguous = tag in _COMMON_TAGS and freq >= _COMMON_FREQ and name not in _KEEP
            out.append(Security(row["symbol"], row["ts_code"][-2:], name, "stock", ambiguous))
    out.sort(key=lambda s: (s.exchange, s.code))
    return write_list(dst, out)


#: jieba tags of verbs; a name never starts with a frequent one (运用基金, 购买货币市场基金)
_VERB_TAGS = frozenset({"v", "vn", "vd"})
_VERB_FREQ = 1000


def build_leading_verbs(jieba_dict: Path, dst: Path) -> int:
    """Write the two-character verbs of jieba's dictionary used at least ``_VERB_FREQ`` times, one a line:
    the words a surface name cannot start with (``corpora/master/leading_verbs.txt``)."""
    verbs = []
    with jieba_dict.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and len(parts[0]) == 2 and parts[2] in _VERB_TAGS and int(parts[1]) >= _VERB_FREQ:
                verbs.append(parts[0])
    header = (
        "# Two-character verbs a company or fund name does not start with (运用基金 is no fund name).\n"
        f"# Made by analyzer.master.build_leading_verbs from jieba 0.42.1 dict.txt (MIT): tags "
        f"{'/'.join(sorted(_VERB_TAGS))}, frequency >= {_VERB_FREQ}.\n"
    )
    write_text_atomic(dst, header + "\n".join(sorted(set(verbs))) + "\n")
    return len(set(verbs))


def _main(argv: Sequence[str]) -> int:
    usage = (
        "usage: python -m analyzer.master list\n"
        "       python -m analyzer.master import PATH [--kind fund|stock] [--licence TEXT]\n"
        "       python -m analyzer.master remove FILE\n"
        "       python -m analyzer.master lookup CODE_OR_NAME\n"
        "       python -m analyzer.master build-a-shares SRC DST JIEBA_DICT\n"
        "       python -m analyzer.master build-leading-verbs JIEBA_DICT DST"
    )
    if not argv:
        print(usage, file=sys.stderr)
        return 2
    cmd, args = argv[0], list(argv[1:])
    try:
        if cmd == "list":
            for s in master_provenance():
                print(json.dumps(s.model_dump(exclude_none=True), ensure_ascii=False))
            return 0
        if cmd == "import" and args:
            kind = args[args.index("--kind") + 1] if "--kind" in args else "fund"
            licence = args[args.index("--licence") + 1] if "--licence" in args else "as stated by the user's source"
            if kind not in ("fund", "stock"):
                print("--kind must be fund or stock", file=sys.stderr)
                return 2
            target = import_master(Path(args[0]), kind, licence=licence)  # type: ignore[arg-type]
            print(f"imported {len(read_list(target))} rows to {target}")
            return 0
        if cmd == "remove" and args:
            return 0 if remove_imported(args[0]) else 1
        if cmd == "lookup" and args:
            master = default_master()
            found = master.by_code(args[0]) or [s for s in [master.by_name(args[0])] if s]
            for s in found:
                flag = "\tambiguous" if s.ambiguous else ""
                print(f"{s.code}.{s.exchange}\t{s.name}\t{s.kind}{flag}")
            return 0 if found else 1
        if cmd == "build-leading-verbs" and len(args) == 2:
            print(build_leading_verbs(Path(args[0]), Path(args[1])), "verbs")
            return 0
        if cmd == "build-a-shares" and len(args) == 3:
            print(build_a_shares(Path(args[0]), Path(args[1]), Path(args[2])), "rows")
            return 0
    except ConfigError as exc:
        print(exc.one_line(), file=sys.stderr)
        return 2
    print(usage, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
