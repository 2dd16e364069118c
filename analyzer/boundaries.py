"""Where a sentence ends, defined once for every stage that reads sentences (claims, extract).

Claim assembly splits sentences and clauses on a folded copy of the text (``claims/sentences.py``:
full-width punctuation replaced by ASCII one for one); a recognizer or the name finder looks back a
few characters in the text as it is. Both read the same set of characters, in either width.
"""

from __future__ import annotations

import re

#: what ends a sentence, in either width: full stop, exclamation and question marks, semicolons and
#: a line break
SENTENCE_END_CHARS = "。！？；!?;\n"

#: one sentence end, in text of either width
SENTENCE_END = re.compile("[" + re.escape(SENTENCE_END_CHARS) + "]")
