"""The flow runs one way: a module imports only from its own layer or the layers below it.

Every module of the package is read with ``ast`` (never imported) and each of its imports — at the
top, inside a function (lazy) or under ``TYPE_CHECKING`` — is checked against ``LAYERS``.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import NamedTuple

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "analyzer"


class Layer(NamedTuple):
    name: str
    members: tuple[str, ...]  # the package's top-level modules and subpackages in this layer
    why: str


# fmt: off
#: lowest first; a module may import its own layer and those before it, never one after it
LAYERS: tuple[Layer, ...] = (
    Layer("base", ("errors", "resources", "datafiles", "atomic", "cached", "deadline", "gcpause", "regexguard",
                   "registry", "han", "boundaries", "instruments", "i18n"),
          "neutral helpers (errors, data files, regex guards, character classes, messages), no stage's knowledge"),
    Layer("types", ("types",), "the records every stage speaks: Span, Mention, Claim, Verdict, Finding"),
    Layer("ingest", ("ingest",), "the first stage: bytes to text, page layout and front matter"),
    Layer("config", ("config",), "the run's settings, bounded by what ingest reads from front matter"),
    Layer("normalize", ("normalize",), "OpenCC t2s with offsets, width and sign folding"),
    Layer("master", ("master",), "the securities master, its names folded by normalize"),
    Layer("extract", ("extract",), "the recognizers on the normalized text; they run before segmentation"),
    Layer("segment", ("segment",), "jieba words, keeping the recognizers' quantities whole"),
    Layer("structure", ("structure",), "items, sentences and clauses: one definition for claims and comply"),
    Layer("claims", ("claims",), "subject, metric, value and period decided by named rules"),
    Layer("verify", ("verify",), "claims checked against market data and the text's own arithmetic"),
    Layer("comply", ("comply",), "the fund-marketing rulebook, reading claims and verdicts"),
    Layer("report", ("report",), "every output format and table, over all the stages' results"),
    Layer("pipeline", ("pipeline",), "the one place that knows the order of the stages"),
    Layer("batch", ("batch", "forkserver"), "many documents through the pipeline, resumable"),
    Layer("cli", ("cli", "__main__"), "the command line over pipeline, batch and report"),
    Layer("api", ("__init__",), "the package's public face: analyze, load and the core types"),
)
# fmt: on

#: (importing module, imported module) edges against the order, kept on purpose; keep this list short
KNOWN_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("analyzer.types", "analyzer.normalize.offsets"): (
        "DocumentResult maps simplified offsets through the OffsetMap the pipeline attaches (lazy import)"
    ),
    ("analyzer.types", "analyzer.report.notebook"): "DocumentResult's notebook view (_repr_html_), imported lazily",
    ("analyzer.types", "analyzer.report.frame"): "DocumentResult.to_frame, the pandas tables, imported lazily",
    ("analyzer.report.notebook", "analyzer"): "notebook frames() analyzes the paths it is given with analyze()",
}

#: names of the package root that are metadata, set before any import, not the public API layer
ROOT_METADATA = frozenset({"__version__"})


def _layer_index() -> dict[str, int]:
    index = {}
    for i, layer in enumerate(LAYERS):
        for member in layer.members:
            assert member not in index, f"{member} is in two layers"
            index[member] = i
    return index


LAYER_OF = _layer_index()


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _member(module: str) -> str:
    """The top-level member (``claims`` of ``analyzer.claims.pairing``); ``__init__`` for the root."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _is_member(name: str) -> bool:
    return (PACKAGE / f"{name}.py").is_file() or (PACKAGE / name / "__init__.py").is_file()


def _imports(source: str, package: str) -> list[tuple[int, str]]:
    """(line, module) of every ``analyzer`` import in ``source`` (a module of ``package``), wherever it
    stands: at the top, in a function, under ``TYPE_CHECKING``."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if base == "analyzer":
                # from analyzer import claims / __version__ / analyze
                for alias in node.names:
                    if alias.name in ROOT_METADATA:
                        continue
                    out.append((node.lineno, f"analyzer.{alias.name}" if _is_member(alias.name) else "analyzer"))
            else:
                out.append((node.lineno, base))
    return [(line, name) for line, name in out if name == "analyzer" or name.startswith("analyzer.")]


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_member_has_a_layer() -> None:
    members = {_member(_module_name(p)) for p in MODULES}
    assert sorted(members - set(LAYER_OF)) == [], "add the new module to a layer in LAYERS"
    assert sorted(set(LAYER_OF) - members) == [], "a layer names a module that no longer exists"


def test_no_import_against_the_flow() -> None:
    against = []
    used = set()
    for path in MODULES:
        importer = _module_name(path)
        own = LAYER_OF[_member(importer)]
        package = importer if path.name == "__init__.py" else importer.rpartition(".")[0]
        for line, imported in _imports(path.read_text(encoding="utf-8"), package):
            theirs = LAYER_OF[_member(imported)]
            if theirs <= own:
                continue
            if (importer, imported) in KNOWN_EXCEPTIONS:
                used.add((importer, imported))
                continue
            against.append(
                f"{path.relative_to(PACKAGE.parent)}:{line} {LAYERS[own].name} imports {imported} "
                f"({LAYERS[theirs].name})"
            )
    assert against == []
    assert sorted(set(KNOWN_EXCEPTIONS) - used) == [], "a known exception is gone: remove it from the list"


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from analyzer.report.table import fit_table", ["analyzer.report.table"]),
        ("def f():\n    import analyzer.claims.pairing as p\n", ["analyzer.claims.pairing"]),
        ("from analyzer import __version__, claims", ["analyzer.claims"]),
        ("from analyzer import analyze", ["analyzer"]),
        ("from . import cells", ["analyzer.report"]),
        ("from ..claims import vocabulary", ["analyzer.claims"]),
        ("if TYPE_CHECKING:\n    from analyzer.verify.store import MarketStore\n", ["analyzer.verify.store"]),
        ("import json\nfrom rich.table import Table", []),
    ],
)
def test_imports_are_read_wherever_they_stand(source: str, found: list[str]) -> None:
    assert [name for _, name in _imports(source, "analyzer.report")] == found
