"""The collector is off inside a stage and back as it was after, also when the stage fails."""

from __future__ import annotations

import gc

import pytest

from analyzer.gcpause import paused_gc
from analyzer.pipeline import analyze


@pytest.fixture(autouse=True)
def _restore_gc():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_off_inside_on_after() -> None:
    gc.enable()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_exception() -> None:
    gc.enable()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("bad document")
    assert gc.isenabled()


def test_a_caller_that_disabled_it_keeps_it_off() -> None:
    gc.disable()
    with paused_gc():
        pass
    assert not gc.isenabled()


def test_nested_stages_end_enabled() -> None:
    gc.enable()
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer stage is still running
    assert gc.isenabled()


def test_analyze_restores_the_collector(sample_text: str) -> None:
    gc.enable()
    result = analyze(sample_text.encode("utf-8"), name="sample.txt")
    assert result.claims
    assert gc.isenabled()
