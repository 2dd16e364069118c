"""What every condition shares: the pydantic base, the ``when`` trigger, the evaluate contract."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from analyzer.comply.context import Context, Evidence, Hit
from analyzer.comply.facts import evaluate_fact, parse_fact
from analyzer.comply.phrases import PhraseSet
from analyzer.comply.settings import BookSettings


class ConditionBase(BaseModel):
    """A condition kind: validated from YAML, prepared once (patterns compiled), evaluated per document."""

    model_config = ConfigDict(extra="forbid")

    def prepare(self, settings: BookSettings) -> None:
        """Compile patterns; raise ValueError with a clear message when the data is bad."""

    def evaluate(self, ctx: Context) -> list[Hit]:
        raise NotImplementedError


class When(BaseModel):
    """A trigger: holds when any phrase appears or any fact is true."""

    model_config = ConfigDict(extra="forbid")

    phrases: list[str] = Field(default_factory=list)
    facts: list[str] = Field(default_factory=list)
    _phrases: PhraseSet | None = PrivateAttr(default=None)

    @field_validator("facts")
    @classmethod
    def _known_facts(cls, facts: list[str]) -> list[str]:
        for fact in facts:
            parse_fact(fact)
        return facts

    def prepare(self, settings: BookSettings) -> None:
        if not self.phrases and not self.facts:
            raise ValueError("when: give at least one phrase or fact")
        self._phrases = PhraseSet(self.phrases, settings.gap) if self.phrases else None

    def evidence(self, ctx: Context) -> Evidence | None:
        """Where the trigger holds (facts first, they point at claims), or None."""
        for fact in self.facts:
            found = evaluate_fact(ctx, fact)
            if found is not None:
                return found
        if self._phrases is not None:
            hits = ctx.find_spans(self._phrases)
            if hits:
                return Evidence(spans=tuple(hits))
        return None
