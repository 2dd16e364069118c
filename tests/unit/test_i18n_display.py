"""issue 24 (3), one language throughout: amounts, currencies and metric names in table cells follow the
reader's language (億/萬 in Traditional, bn/m in English), never the Simplified words in every language."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from analyzer.i18n import LANGS
from analyzer.report.table import format_magnitude, format_number, metric_words
from analyzer.resources import corpora_path


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("value", "currency", "places", "want"),
    [
        # 5,273.45亿 USD; 1,980万 TWD; 3.4万 with no currency; a small amount as it is
        (Decimal("527345000000"), "USD", None, {"zh-Hans": "5,273.45亿美元", "zh-Hant": "5,273.45億美元",
                                                  "en": "527.345bn USD"}),
        (Decimal("-19800000"), "TWD", None, {"zh-Hans": "-1,980万新台币", "zh-Hant": "-1,980萬新臺幣",
                                              "en": "-19.8m TWD"}),
        (Decimal("34000"), None, 2, {"zh-Hans": "3.40万", "zh-Hant": "3.40萬", "en": "34,000.00"}),
        (Decimal("2750"), "XAU", None, {"zh-Hans": "2,750 XAU", "zh-Hant": "2,750 XAU", "en": "2,750 XAU"}),
    ],
)
def test_amounts_take_the_magnitude_and_currency_words_of_the_language(value, currency, places, want):
    for lang in LANGS:
        assert format_magnitude(value, currency, places, lang) == want[lang], lang


@pytest.mark.issue(24)
def test_the_exact_digits_survive_every_scale():
    # a figure stated to the 万 keeps every digit in English's millions, and the reverse
    assert format_number(Decimal("1234567800"), None, "HKD", "en") == "1.2345678bn HKD"
    assert format_number(Decimal("1234567800"), None, "HKD", "zh-Hant") == "12.345678億港元"
    assert format_number(Decimal("12.5"), "%", None, "zh-Hant") == "12.5%"  # no magnitude: the same in all


@pytest.mark.issue(24)
def test_every_shipped_metric_has_a_name_in_each_language():
    metrics = yaml.safe_load(corpora_path("patterns", "metrics.yaml").read_text(encoding="utf-8"))["metrics"]
    unnamed = [m for m in metrics if metric_words(m, "zh-Hans") == m]
    assert not unnamed, f"add metric.<id> to corpora/messages/metrics.yaml for: {', '.join(unnamed)}"
    for metric in metrics:
        assert metric_words(metric, "en") == metric  # English tables show the id
        hant = metric_words(metric, "zh-Hant")
        assert hant != metric and any("\u4e00" <= ch <= "\u9fff" for ch in hant), metric
    assert metric_words("growth_yoy", "zh-Hant") == "同比增速"
    assert metric_words("net_inflow", "zh-Hant") == "淨流入"  # derived in Traditional characters
    assert metric_words("a_metric_named_later", "zh-Hans") == "a_metric_named_later"


@pytest.mark.issue(24)
@pytest.mark.parametrize(("lang", "want"), [("zh-Hant", "1 個失敗"), ("zh-Hans", "1 个失败"), ("en", ", 1 failed")])
def test_extract_counts_an_unreadable_input_in_the_chosen_language(tmp_path, lang, want):
    from typer.testing import CliRunner

    from analyzer.cli import app

    doc = tmp_path / "note.txt"
    doc.write_text("宁德时代2024年营收同比增长9.8%。", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--lang", lang, str(doc), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert want in result.stdout, result.stdout


@pytest.mark.issue(24)
def test_a_traditional_table_has_no_simplified_magnitude_words(tmp_path):
    from typer.testing import CliRunner

    from analyzer.cli import app

    doc = tmp_path / "trad.txt"
    # written 452.60億 and 3150萬: the table's own 452.6億 and 3,150萬 are the formatter's, not the text's
    doc.write_text("2024年8月30日，港股通南向資金本週累計淨買入452.60億港元，較上週多出3150萬港元。", encoding="utf-8")
    shown = CliRunner().invoke(app, ["extract", "--lang", "zh-Hant", str(doc)], env={"COLUMNS": "160"}).stdout
    assert "452.6億港元" in shown, shown
    assert "亿" not in shown and "万" not in shown
