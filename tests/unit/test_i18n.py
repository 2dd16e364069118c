"""The message catalogue: every shipped entry in three languages with the same placeholders; language choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.errors import ConfigError
from analyzer.i18n import LANGS, load_catalogue, message, resolve_lang, script_of, shipped_catalogue
from analyzer.i18n.catalogue import placeholders
from analyzer.i18n.lang import locale_lang, parse_lang


def test_every_shipped_message_reads_in_every_language_with_its_placeholders():
    catalogue = shipped_catalogue()
    assert len(catalogue.entries) >= 20
    for key, entry in catalogue.entries.items():
        want = placeholders(entry.en)
        for lang in LANGS:
            text = entry.text(lang)
            assert text.strip(), (key, lang)
            assert placeholders(text) == want, (key, lang)


def test_traditional_is_derived_in_traditional_characters_when_not_written_out():
    assert message("header.subject", "zh-Hans") == "对象"
    assert message("header.subject", "zh-Hant") == "對象"
    assert message("status.unverifiable", "zh-Hant") == "無法核對"


def test_parameters_fill_each_language():
    assert message("totals.claims", "en", count=3) == "3 claims"
    assert message("totals.claims", "zh-Hans", count=3) == "共 3 条数据陈述"
    assert message("totals.claims", "zh-Hant", count=3) == "共 3 條數據陳述"


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("rule.x: {en: 'a {n}', zh-Hans: '甲'}\n", "placeholders"),
        ("rule.x: {en: a}\n", "zh-Hans"),
        ("rule.x: {en: a, zh-Hans: 甲, fr: b}\n", "fr"),
        ("Bad Key: {en: a, zh-Hans: 甲}\n", "not a message id"),
        ("- a\n- b\n", "mapping"),
    ],
)
def test_a_malformed_catalogue_is_one_coded_line_naming_file_and_entry(tmp_path, text, says):
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_catalogue([path])
    assert caught.value.code == "E920"
    assert str(path) in str(caught.value) and says in str(caught.value)


def test_an_id_defined_twice_is_refused(tmp_path):
    path = _write(tmp_path, "status.supported: {en: ok, zh-Hans: 对}\n")
    with pytest.raises(ConfigError, match="defined twice"):
        shipped_catalogue().merged(load_catalogue([path]), str(path))


@pytest.mark.parametrize(
    ("explicit", "configured", "text", "env", "want"),
    [
        ("en", "zh-Hans", "恆生指數下跌", {}, "en"),
        (None, "zh_TW", "沪深300", {}, "zh-Hant"),
        (None, None, "恆生指數收市下跌1.2%，報19,850點，成交額1,200億港元。", {"LANG": "en_US.UTF-8"}, "zh-Hant"),
        (None, None, "恒生指数收市下跌1.2%，报19,850点，成交额1,200亿港元。", {"LANG": "zh_TW.UTF-8"}, "zh-Hans"),
        (None, None, None, {"LANG": "zh_HK.UTF-8"}, "zh-Hant"),
        (None, None, None, {"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh-Hans"),
        (None, None, None, {"LANG": "C.UTF-8"}, "en"),
        (None, None, None, {}, "en"),
    ],
)
def test_language_choice_order(explicit, configured, text, env, want):
    assert resolve_lang(explicit, configured, document_text=text, environ=env) == want


def test_a_simplified_text_with_one_traditional_name_stays_simplified():
    text = "华润置地今日公布业绩，营业额同比增长5%，其中香港項目贡献三成。" * 3
    assert script_of(text) == "zh-Hans"


def test_an_unknown_language_names_where_it_came_from():
    with pytest.raises(ConfigError) as caught:
        parse_lang("klingon", "analyzer.toml lang")
    assert caught.value.code == "E921" and "analyzer.toml lang" in str(caught.value)
    assert locale_lang({"LANG": "fr_FR.UTF-8"}) == "en"
