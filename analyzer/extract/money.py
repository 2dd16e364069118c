"""Money and flows: 8078.7亿港元, 3,018.1亿港元, 5000万元, HK$3.5亿, 新台币100亿元, 45港仙,
介乎88亿元至92亿元人民币 (one range), 千亿元.

The value is in units of the currency with the magnitude word applied; the currency is explicit.
A currency word before the number wins over a trailing 元 (新台币100亿元 is TWD).
"""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.quantity import figure_fields, magnitude_scale
from analyzer.extract.vocabulary import PatternSpec, quantity_vocabulary
from analyzer.types import MentionKind

#: the generic yuan word: it takes the currency named elsewhere in the same amount
_YUAN = "元"


@register_recognizer("money")
class MoneyRecognizer(PatternRecognizer):
    name = "money"
    kind = MentionKind.MONEY
    priority = 50

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        groups = match.groupdict()
        currencies = quantity_vocabulary().currencies
        cur = groups.get("cur")
        if spec.currency is not None:  # a sub-unit: 45港仙
            currency = spec.currency
        elif cur is None:
            return None
        else:
            currency = currencies[cur]
        word_before = "yuan" in groups and cur is not None and not cur.isascii() and len(cur) > 1
        if word_before and not groups.get("mag") and not groups.get("yuan"):
            return None  # a currency word before the number needs a magnitude or 元 after it (美元10年期)
        lo_cur = groups.get("lo_cur")
        if lo_cur and lo_cur != _YUAN and currencies[lo_cur] != currency:
            return None  # 88亿美元至92亿港元 is no range
        if groups.get("num") is None and groups.get("cn") is None:  # 千亿元: the magnitude alone
            mag = groups["mag"]
            return {"value": magnitude_scale(mag), "stated": 1, "unit": currency, "currency": currency,
                    "magnitude": mag, "scale": magnitude_scale(mag)}
        return figure_fields(match, spec, unit=currency, currency=currency)
