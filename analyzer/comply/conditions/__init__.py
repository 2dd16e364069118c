"""The closed set of condition kinds a rule can use, as one discriminated union on ``kind``."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from analyzer.comply.conditions.base import ConditionBase, When
from analyzer.comply.conditions.claims import ClaimRule
from analyzer.comply.conditions.classes import ClassRule
from analyzer.comply.conditions.pattern import RegexCondition
from analyzer.comply.conditions.phrase import ForbiddenPhrase, RequiredPhrase
from analyzer.comply.conditions.rating import RatingConsistency
from analyzer.comply.conditions.suitability import Suitability
from analyzer.comply.conditions.verdict import VerdictCondition

Condition = Annotated[
    RequiredPhrase | ForbiddenPhrase | ClassRule | ClaimRule | RatingConsistency | Suitability | VerdictCondition
    | RegexCondition,
    Field(discriminator="kind"),
]
CONDITION_KINDS = (
    "required_phrase", "forbidden_phrase", "classes", "claim_rule", "rating_consistency", "suitability", "verdict",
    "regex",
)

__all__ = [
    "CONDITION_KINDS",
    "ClaimRule",
    "ClassRule",
    "Condition",
    "ConditionBase",
    "ForbiddenPhrase",
    "RatingConsistency",
    "RegexCondition",
    "RequiredPhrase",
    "Suitability",
    "VerdictCondition",
    "When",
]
