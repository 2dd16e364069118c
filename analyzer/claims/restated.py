"""A headline's figure that its item's body states again (失业率升至3% | …失业率为3%): dated as the body
dates it, once the whole item is read (the rule ``period.restated_in_body``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from analyzer.claims.certainty import uncertain
from analyzer.structure.model import Role

if TYPE_CHECKING:
    from collections.abc import Sequence

    from analyzer.claims.document import Doc
    from analyzer.claims.draft import Draft

RULE = "period.restated_in_body"


def _key(doc: Doc, draft: Draft) -> tuple[object, ...]:
    """The same figure: same item, metric, signed value, unit and subject."""
    subject = draft.subject
    named = (subject.id or subject.alias) if subject is not None else None
    return (doc.structure.item_index(draft.hit.start), draft.metric, draft.value, draft.mention.unit, named)


def date_restated(doc: Doc, drafts: Sequence[Draft]) -> None:
    """Give each headline figure with no period the period of the first figure of its item's body that
    states the same (one pass back, one forward: linear); uncertain, as a headline names no time."""
    in_body: dict[tuple[object, ...], Draft] = {}
    for draft in reversed(drafts):
        if draft.period is not None and doc.structure.role_at(draft.hit.start) != Role.HEADLINE:
            in_body[_key(doc, draft)] = draft
    for draft in drafts:
        if draft.period is not None or draft.value is None or doc.structure.role_at(draft.hit.start) != Role.HEADLINE:
            continue
        twin = in_body.get(_key(doc, draft))
        if twin is None or twin.period is None or twin.hit.start < draft.hit.start:
            continue
        draft.period = twin.period.model_copy(update={"derived_from": "context"})
        draft.rules["period"] = RULE
        draft.decided["period"] = uncertain(f"the period of the same figure in the item's body ({twin.period.text})")
