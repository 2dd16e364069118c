"""SARIF output validated against the official SARIF 2.1.0 schema (tests/data/sarif, see PROVENANCE.md)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.comply import comply, load_rulebooks
from analyzer.comply.review import Review
from analyzer.pipeline import analyze
from analyzer.report.sarif import FailedInput, artifact_uri, render_sarif
from analyzer.types import DocumentResult

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "sarif" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
LEAFLET = "本基金由某基金管理有限公司管理,風險等級為R2(中低風險)。本基金保本保收益,欲購從速!".encode()


def valid(sarif: dict) -> dict:
    errors = sorted(VALIDATOR.iter_errors(sarif), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    return sarif


def test_the_validator_catches_a_raw_path() -> None:
    """The format check is on: an unencoded path is not a uri-reference."""
    with pytest.raises(AssertionError):
        valid({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
                                             "artifacts": [{"location": {"uri": "<stdin> a b.txt"}}]}]})


# fmt: off
NAMES = [
    ("plain.txt", "plain.txt"),
    ("with space.txt", "with%20space.txt"),
    ('quote"and<angle>.txt', "quote%22and%3Cangle%3E.txt"),
    ("javascript:alert(4).txt", "./javascript:alert(4).txt"),
    ("dir/c:x.txt", "dir/c:x.txt"),
    ("<stdin>", "%3Cstdin%3E"),
    ("基金 宣傳.txt", "%E5%9F%BA%E9%87%91%20%E5%AE%A3%E5%82%B3.txt"),
    ("100%.txt", "100%25.txt"),
    ("/abs/with space.txt", "file:///abs/with%20space.txt"),
]
# fmt: on


@pytest.mark.parametrize(("path", "uri"), NAMES)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri
    assert jsonschema.FormatChecker().conforms(uri, "uri-reference")


@pytest.mark.parametrize(("path", "uri"), NAMES)
def test_every_hostile_name_gives_valid_sarif(path: str, uri: str) -> None:
    result = analyze(LEAFLET, name=path)
    sarif = valid(json.loads(render_sarif([Review.of(result, comply(result))], load_rulebooks(), "t")))
    run = sarif["runs"][0]
    assert run["results"] and run["invocations"][0]["executionSuccessful"] is True
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"] for loc in r["locations"]}
    assert uris == {uri}
    assert not any(u.startswith("javascript:") for u in uris)


def test_sample_review_is_valid(sample_result: DocumentResult) -> None:
    valid(json.loads(render_sarif([Review.of(sample_result, comply(sample_result))], load_rulebooks(), "t")))


def test_failed_inputs_are_notifications_and_the_run_is_unsuccessful() -> None:
    failed = [FailedInput("gone.txt", "E106", "gone.txt: file not found"),
              FailedInput("big <1>.txt", "E102", "big <1>.txt: larger than 20 MB")]
    sarif = valid(json.loads(render_sarif([], load_rulebooks(), "t", failed)))
    (invocation,) = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["descriptor"]["id"] for n in notes] == ["E106", "E102"]
    assert notes[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "big%20%3C1%3E.txt"
    assert sarif["runs"][0]["results"] == []  # an all-failed run no longer looks clean: see executionSuccessful


def test_timed_out_rule_without_location_is_valid() -> None:
    books = load_rulebooks([Path(__file__).resolve().parents[1] / "data" / "rules" / "catastrophic_regex.yaml"],
                           replace=True)
    result = analyze(("基金" + "a" * 60).encode(), name="t.txt")
    findings = comply(result, books)
    assert findings and findings[0].spans == ()
    sarif = valid(json.loads(render_sarif([Review.of(result, findings)], books, "t")))
    assert sarif["runs"][0]["results"][0]["locations"] == []


def test_cli_passes_failed_inputs_and_stdin_to_sarif(tmp_path: Path) -> None:
    good = tmp_path / "a b.txt"
    good.write_bytes(LEAFLET)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    runner = CliRunner()
    out = tmp_path / "out.sarif"
    result = runner.invoke(app, ["comply", str(good), str(empty), str(tmp_path / "missing.txt"), "-", "--no-verify",
                                 "-f", "sarif", "--out", str(out)], input=LEAFLET)
    assert result.exit_code == 2
    sarif = valid(json.loads(out.read_text(encoding="utf-8")))
    run = sarif["runs"][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert len(notes) == 2 and all(n["descriptor"]["id"].startswith("E1") for n in notes)
    uris = {a["location"]["uri"] for a in run["artifacts"]}
    assert "%3Cstdin%3E" in uris and any(u.endswith("a%20b.txt") for u in uris)
