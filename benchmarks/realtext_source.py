"""The real-text development set: labels (``corpora/eval/realtext/*.yaml``) and the texts they label,
materialized from fetched snapshots of public repositories (never committed: their licences are
the publishers').

A text is named by repository, commit, path and item key; this module reads the file out of a bare
git mirror (``$REALTEXT_MIRROR/OWNER+NAME/repo``, default ``/work/.mirror``, as the search tool's
``fetch`` lays them) or out of a file cache (``$REALTEXT_MIRROR/files/OWNER+NAME/COMMIT/PATH``, for
repositories too large to fetch whole), picks the item, and turns it into plain text the same way
every time. A label file records the text's sha256 so a changed materializer is caught.

Labelling helpers (a labeller never runs the analyzer on a text before its labels are written)::

    python benchmarks/realtext_source.py items REPO COMMIT PATH     # the items of an RSS / JSONL file
    python benchmarks/realtext_source.py show GENRE KEY             # the text, each line with its offset
    python benchmarks/realtext_source.py spans GENRE                # fill span from text (+ nth) and sha
    python benchmarks/realtext_source.py check [GENRE ...]          # validate every label
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "corpora" / "eval" / "realtext"
GENRES = (
    "hk_news",
    "hk_stats",
    "tw_news",
    "close_report",
    "telegraph",
    "fund_report",
    "broker_research",
    "strategy_note",
)
#: the figure is no claim (a phone number, a section number, a count of people…): a claim on it is wrong
NOT_A_CLAIM = "none"


class Source(BaseModel):
    """Where a text comes from: a file at a commit, the item in it, the lines kept."""

    model_config = ConfigDict(extra="forbid")

    repo: str = Field(pattern=r"^[\w.-]+/[\w.-]+$")
    commit: str = Field(pattern=r"^[0-9a-f]{40}$")
    path: str
    format: Literal["rss", "jsonl", "markdown", "pdfjson", "text"]
    item: str | None = Field(default=None, description="rss: the end of the guid/link/objectId; jsonl: the row id")
    lines: tuple[int, int] | None = Field(default=None, description="1-based inclusive line range kept")
    chars: tuple[int, int] | None = Field(
        default=None, description="character range [start, end) kept, after lines (PDF text has no line breaks)"
    )


class Label(BaseModel):
    """One figure of a text and the claim a careful analyst reads in it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the figure as written (135點, 58億港元)")
    nth: int = Field(default=0, ge=0, description="which occurrence of text, when it occurs more than once")
    span: tuple[int, int] | None = None
    subject: str | None = None
    subject_any: list[str] = Field(default_factory=list, description="other names accepted for the subject")
    subject_id: str | None = None
    metric: str
    value: str | None = None
    low: str | None = None
    high: str | None = None
    unit: str | None = None
    currency: str | None = None
    period: tuple[dt.date, dt.date] | None = None
    intraday: bool = False
    forecast: bool | None = None
    note: str | None = None

    @field_validator("value", "low", "high")
    @classmethod
    def _decimal(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                Decimal(v)
            except InvalidOperation:
                raise ValueError(f"{v!r} is not a decimal number") from None
        return v

    def labelled(self, name: str) -> bool:
        """Whether the labeller stated this field (an omitted field is not scored)."""
        return name in self.model_fields_set


class Text(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str
    source: Source
    split: Literal["dev", "holdout"]
    as_of: dt.date
    sha: str | None = Field(default=None, description="sha256 of the materialized text, first 16 hex digits")
    note: str | None = None
    claims: list[Label] = Field(default_factory=list)


class LabelFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    genre: str
    description: str = ""
    texts: list[Text]

    @field_validator("genre")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in GENRES:
            raise ValueError(f"genre {v!r} is not one of {', '.join(GENRES)}")
        return v


class Missing(Exception):
    """The snapshot a text comes from is not on this machine."""


def mirror_root() -> Path:
    return Path(os.environ.get("REALTEXT_MIRROR", "/work/.mirror"))


def read_file(repo: str, commit: str, path: str) -> bytes:
    """A file at a commit, from the bare mirror or the file cache."""
    slug = repo.replace("/", "+")
    cached = mirror_root() / "files" / slug / commit / path
    if cached.is_file():
        return cached.read_bytes()
    git_dir = mirror_root() / slug / "repo"
    if not git_dir.is_dir():
        raise Missing(f"no snapshot of {repo} (fetch github:{repo}, or put the file at {cached})")
    done = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    if done.returncode != 0:
        raise Missing(f"{repo}@{commit[:10]} has no {path}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


_ITEM = re.compile(r"<item\b.*?</item>", re.S)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</h\d>|</li>", re.I)
_TAG = re.compile(r"<[^>]+>")


def _field(item: str, name: str) -> str:
    m = re.search(rf"<{name}\b[^>]*>(.*?)</{name}>", item, re.S)
    if not m:
        return ""
    inner = m.group(1)
    cdata = _CDATA.search(inner)
    return cdata.group(1) if cdata else html.unescape(inner)


def html_to_text(fragment: str) -> str:
    """Tags dropped, block ends as line breaks, entities decoded, each line stripped, blank runs cut to one."""
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", fragment)))
    lines = [line.strip() for line in text.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def rss_items(raw: str) -> list[dict[str, str]]:
    """Each <item>: its key (guid, else link, else objectId), title, date and plain text."""
    items = []
    for block in _ITEM.findall(raw):
        key = (_field(block, "guid") or _field(block, "link") or _field(block, "objectId")).strip()
        title = html_to_text(_field(block, "title"))
        body = html_to_text(_field(block, "description"))
        items.append(
            {"key": key, "title": title, "date": _field(block, "pubDate").strip(), "text": f"{title}\n\n{body}"}
        )
    return items


def jsonl_rows(raw: str) -> list[dict[str, str]]:
    rows = []
    for line in raw.splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        title, content = (row.get("title") or "").strip(), (row.get("content") or "").strip()
        # a telegraph's content often opens with its own 【title】; otherwise the title heads the text
        text = content if not title or title in content[: len(title) + 2] else f"{title}\n{content}"
        rows.append({"key": str(row.get("id")), "title": title, "date": str(row.get("datetime", "")), "text": text})
    return rows


def materialize(source: Source) -> str:
    """The text of one labelled item, made the same way every time."""
    raw = read_file(source.repo, source.commit, source.path).decode("utf-8")
    if source.format in ("rss", "jsonl"):
        items = rss_items(raw) if source.format == "rss" else jsonl_rows(raw)
        endings = tuple(f"{source.item}{ext}" for ext in ("", ".htm", ".html")) if source.item else ()
        found = [i for i in items if endings and i["key"].endswith(endings)]
        if len(found) != 1:
            raise Missing(f"{source.path}@{source.commit[:10]}: {len(found)} items match {source.item!r}")
        text = found[0]["text"]
    elif source.format == "pdfjson":
        text = json.loads(raw)["source_content"]
    else:
        text = raw
    text = text.replace("\r\n", "\n")
    if source.lines:
        first, last = source.lines
        text = "\n".join(text.split("\n")[first - 1 : last])
    if source.chars:
        text = text[source.chars[0] : source.chars[1]]
    return text


_FRONT_TITLE = re.compile(r"^title:\s*(.+?)\s*$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$")


def source_title(source: Source) -> str | None:
    """The title of the article an excerpt comes from, when the kept lines leave it out: a Markdown
    file's front-matter ``title:``, else its first heading line (``# …``) above the kept lines. A
    reader of the excerpt knows it (the page shows it above the text), as an RSS item's title heads
    its text; None for other formats, or when the excerpt starts at the top of the file."""
    if source.format != "markdown" or not source.lines or source.lines[0] <= 1:
        return None
    raw = read_file(source.repo, source.commit, source.path).decode("utf-8").replace("\r\n", "\n")
    above = raw.split("\n")[: source.lines[0] - 1]
    fences = [i for i, line in enumerate(above) if line.strip() == "---"]
    if fences and not any(line.strip() for line in above[: fences[0]]) and len(fences) > 1:
        for line in above[fences[0] + 1 : fences[1]]:
            m = _FRONT_TITLE.match(line)
            if m:
                title = m.group(1)
                if len(title) > 1 and title[0] == title[-1] and title[0] in "'\"":
                    title = title[1:-1]  # a YAML-quoted value
                return title.strip() or None
    for line in above:
        m = _MD_HEADING.match(line.strip())
        if m:
            return m.group(1)
    return None


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load(genre: str) -> LabelFile:
    return LabelFile.model_validate(yaml.safe_load((LABELS / f"{genre}.yaml").read_text(encoding="utf-8")))


def label_files() -> list[LabelFile]:
    return [load(p.stem) for p in sorted(LABELS.glob("*.yaml"))]


def problems(text: Text, body: str) -> list[str]:
    """What is wrong with a text's labels against its materialized text."""
    out = []
    if text.sha and text.sha != sha(body):
        out.append(f"{text.key}: the materialized text changed (sha {sha(body)}, labelled {text.sha})")
    for label in text.claims:
        if label.span is None:
            out.append(f"{text.key}: {label.text!r} has no span (run `spans`)")
        elif body[label.span[0] : label.span[1]] != label.text:
            out.append(
                f"{text.key}: span {list(label.span)} is {body[label.span[0] : label.span[1]]!r}, not {label.text!r}"
            )
        if label.metric != NOT_A_CLAIM and label.value is None and label.low is None:
            out.append(f"{text.key}: {label.text!r} has neither value nor low/high")
    return out


def _fill_spans(genre: str) -> None:
    path = LABELS / f"{genre}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    labels = LabelFile.model_validate(data)
    for raw_text, text in zip(data["texts"], labels.texts, strict=True):
        body = materialize(text.source)
        raw_text["sha"] = sha(body)
        for raw_claim, label in zip(raw_text.get("claims") or [], text.claims, strict=True):
            if label.span is not None:
                continue
            at, seen = -1, -1
            while seen < label.nth:
                at = body.find(label.text, at + 1)
                if at < 0:
                    raise SystemExit(f"{text.key}: {label.text!r} occurs only {seen + 1} times")
                seen += 1
            raw_claim["span"] = [at, at + len(label.text)]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, args = argv[0], argv[1:]
    if command == "items":
        repo, commit, path = args
        raw = read_file(repo, commit, path).decode("utf-8")
        for item in rss_items(raw) if path.endswith((".rss", ".xml")) else jsonl_rows(raw):
            print(f"{item['key']}\t{item['date']}\t{item['title'][:60]}")
    elif command == "show":
        genre, key = args
        text = next(t for t in load(genre).texts if t.key == key)
        body = materialize(text.source)
        offset = 0
        for line in body.split("\n"):
            print(f"{offset:6d}| {line}")
            offset += len(line) + 1
    elif command == "spans":
        for genre in args:
            _fill_spans(genre)
    elif command == "check":
        bad = 0
        for labels in [load(g) for g in args] if args else label_files():
            for text in labels.texts:
                try:
                    found = problems(text, materialize(text.source))
                except Missing as e:
                    found = [f"{text.key}: {e}"]
                for p in found:
                    print(f"{labels.genre}: {p}")
                bad += len(found)
        print("ok" if not bad else f"{bad} problems")
        return 1 if bad else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
