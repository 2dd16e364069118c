"""Issue 22: findings in the reader's language (zh-Hans, zh-Hant for Traditional input, en), chosen by
--lang / configuration / the document's script; the fix fits the problem; SARIF and HTML follow; and
the shipped rules decide the same however busy the machine is (issue 23)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import regex
import yaml
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.comply import comply, load_rulebook
from analyzer.comply.rulebook import shipped_rulebooks
from analyzer.errors import RulebookError
from analyzer.i18n import LANGS
from analyzer.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
LEAFLETS = yaml.safe_load((ROOT / "corpora" / "eval" / "leaflets" / "leaflets.yaml").read_text(encoding="utf-8"))
HAN = regex.compile(r"\p{Han}")
# English words a Chinese message must not carry outside quotes and citations
ENGLISH_FRAME = regex.compile(r"\b(Found|Add|figure|no data source|next to it|the words quoted)\b")


def _text(leaflet: dict) -> str:
    tail = LEAFLETS["tails"][leaflet["tail"]] if leaflet.get("tail") else ""
    return leaflet["text"] + ("\n" + tail if tail else "")


def test_every_shipped_rule_has_its_words_in_every_language() -> None:
    for rule in shipped_rulebooks()[0].rules:
        assert rule.fix, rule.id
        for lang in LANGS:
            for name in ("title", "message", "fix"):
                words = rule.words(name, lang)
                assert words, (rule.id, name, lang)
                if lang != "en":
                    assert HAN.search(words), (rule.id, name, lang, words)


@pytest.mark.issue(22)
@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_chinese_findings_carry_no_english_frame(lang: str) -> None:
    """Every finding on every leaflet, worded in Chinese: title, message and fix, the detail too."""
    seen = 0
    for leaflet in LEAFLETS["leaflets"]:
        for finding in comply(analyze(_text(leaflet).encode(), name="l.txt"), lang=lang):
            seen += 1
            assert finding.lang == lang
            for words in (finding.title, finding.message, finding.fix or "好"):
                assert HAN.search(words)
                bare = regex.sub(r"「[^」]*」|《[^》]*》|（[^）]*）", "", words)
                assert not ENGLISH_FRAME.search(bare), (finding.rule_id, words)
    assert seen > 50


def test_the_document_script_chooses_the_language() -> None:
    simplified = "青松成长股票型证券投资基金，本基金今年有望上涨20%。投资有风险。"
    traditional = "青松成長股票型證券投資基金，本基金今年有望上漲20%。投資有風險。"
    for text, lang in ((simplified, "zh-Hans"), (traditional, "zh-Hant")):
        findings = comply(analyze(text.encode(), name="x.txt"))
        assert findings and {f.lang for f in findings} == {lang}
    found = comply(analyze(traditional.encode(), name="x.txt"))
    forecast = [f for f in found if f.rule_id == "CN-FUND-MKT-006.forecast"]
    assert forecast[0].title == "預測本基金收益"
    english = comply(analyze(traditional.encode(), name="x.txt"), lang="en")
    assert {f.lang for f in english} == {"en"}
    assert next(f for f in english if f.rule_id == "CN-FUND-MKT-006.forecast").title == "Forecast of the fund's return"


def test_the_fix_fits_the_problem() -> None:
    """A forecast or a promise is removed, never sourced; a missing statement is added."""
    words = {r.id: r.words("fix", "zh-Hans") or "" for r in shipped_rulebooks()[0].rules}
    for rule_id in ("CN-FUND-MKT-006.fund", "CN-FUND-MKT-006.forecast", "CN-FUND-MKT-021.target",
                    "CN-FUND-MKT-005.cover", "CN-FUND-MKT-041.profit", "CN-FUND-MKT-039.blind"):
        assert "删" in words[rule_id] and "来源" not in words[rule_id], rule_id
    assert "来源" in words["CN-FUND-MKT-017.fund"]
    assert words["CN-FUND-MKT-020"].startswith(("加上", "以显著方式加上"))


def test_a_house_rule_translates_itself_through_the_same_entry_model(tmp_path: Path) -> None:
    book = tmp_path / "house.yaml"
    rule = {
        "id": "HOUSE-1", "title": "House word", "severity": "warning",
        "citation": {"document": "house"}, "message": "Do not say {this}.",
        "condition": {"kind": "forbidden_phrase", "phrases": ["速来"]},
        "messages": {"zh-Hans": {"title": "内部禁用词", "message": "不要说{that}。"}},
    }
    book.write_text(yaml.safe_dump({"id": "house", "title": "h", "rules": [rule]}, allow_unicode=True), "utf-8")
    with pytest.raises(RulebookError) as err:
        load_rulebook(book)
    assert err.value.code == "E602" and "placeholders" in err.value.message
    rule["message"] = "Do not say it."
    rule["messages"]["zh-Hans"]["message"] = "不要这样说。"
    book.write_text(yaml.safe_dump({"id": "house", "title": "h", "rules": [rule]}, allow_unicode=True), "utf-8")
    loaded = load_rulebook(book).rules[0]
    assert loaded.words("title", "zh-Hant") == "內部禁用詞"
    assert loaded.words("title", "en") == "House word"
    assert loaded.words("fix", "zh-Hans") is None


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.mark.issue(22)
def test_cli_lang_option_and_sarif(tmp_path: Path) -> None:
    doc = tmp_path / "piece.txt"
    doc.write_text("青松成长股票型证券投资基金，本基金今年有望上涨20%。投资有风险。", encoding="utf-8")
    # the full review (with each fix) is --explain's; the default view is one line per finding
    code, out = _cli("comply", str(doc), "--no-verify")
    assert "预测本基金收益" in out
    code, out = _cli("comply", str(doc), "--no-verify", "--explain")
    assert "预测本基金收益" in out and "修改建议: 删去该预测。" in out
    code, out = _cli("comply", str(doc), "--no-verify", "--lang", "en", "--explain")
    assert "Forecast of the fund's return" in out and "fix: Remove the forecast." in out
    code, out = _cli("comply", str(doc), "--no-verify", "--lang", "zh-TW", "-f", "sarif")
    run = json.loads(out)["runs"][0]
    assert run["language"] == "zh-TW" and run["properties"]["lang"] == "zh-Hant"
    result = next(r for r in run["results"] if r["ruleId"] == "CN-FUND-MKT-006.forecast")
    assert "預測本基金收益" in result["message"]["text"] and result["properties"]["fix"] == "刪去該預測。"
    code, out = _cli("comply", str(doc), "--no-verify", "--lang", "klingon")
    assert code == 2 and "E921" in out


def test_configuration_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "piece.txt"
    doc.write_text("青松成长股票型证券投资基金，本基金今年有望上涨20%。投资有风险。", encoding="utf-8")
    (tmp_path / "analyzer.toml").write_text('lang = "en"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, out = _cli("comply", "piece.txt", "--no-verify")
    assert "Forecast of the fund's return" in out
    (tmp_path / "analyzer.toml").write_text('lang = "elvish"\n', encoding="utf-8")
    code, out = _cli("comply", "piece.txt", "--no-verify")
    assert code == 2 and "lang" in out


@pytest.mark.issue(23)
def test_shipped_rules_decide_the_same_under_load_and_never_time_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """Busy threads beside the review, and every pattern time limit shrunk to nothing: the shipped
    rules give the same findings and never a 'ran out of time' finding (they use no time limit)."""
    from analyzer.comply import guard

    texts = [_text(leaflet) for leaflet in LEAFLETS["leaflets"][:12]]
    results = [analyze(t.encode(), name="l.txt") for t in texts]
    quiet = [[(f.rule_id, f.severity, f.spans) for f in comply(r, lang="en")] for r in results]
    stop = threading.Event()

    def burn() -> None:
        n = 0
        while not stop.is_set():
            n = (n * 31 + 7) % 1_000_003

    threads = [threading.Thread(target=burn, daemon=True) for _ in range(4)]
    for t in threads:
        t.start()
    try:
        monkeypatch.setattr(guard, "BASE_TIMEOUT", 1e-9)
        monkeypatch.setattr(guard, "TIMEOUT_PER_CHAR", 0.0)
        busy = [[(f.rule_id, f.severity, f.spans) for f in comply(r, lang="en")] for r in results]
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert busy == quiet
    assert not any("time limit" in f.title for r in results for f in comply(r, lang="en"))
