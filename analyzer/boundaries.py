"""Where a sentence ends, defined once for every stage that reads sentences (claims, extract, comply).

Claim assembly splits sentences and clauses on a folded copy of the text (``claims/sentences.py``:
full-width punctuation replaced by ASCII one for one); a recognizer, the name finder and the
compliance rules look at characters of the text as it is. All read the same sets, in either width.
"""

from __future__ import annotations

import re

#: what ends a sentence, in either width: full stop, exclamation and question marks, semicolons and
#: a line break
SENTENCE_END_CHARS = "。！？；!?;\n"

#: commas and colons, in either width
COMMA_CHARS = "，,"
COLON_CHARS = "：:"

#: what ends a clause: a sentence end, a comma or a colon (claims/sentences.py's CLAUSE_END splits on
#: the same characters, sparing a comma or colon between digits: 20,127)
CLAUSE_END_CHARS = SENTENCE_END_CHARS + COMMA_CHARS + COLON_CHARS

#: the enumeration comma: it parts the items of a list (「保险、资金」 is two words, not 保险资金)
LIST_SEPARATOR_CHARS = "、"

#: the strongest ends: a full stop and a line break (a phrase with gaps may run over a comma or a
#: semicolon, not over these)
FULL_STOP_CHARS = "。\n"

#: one sentence end, in text of either width
SENTENCE_END = re.compile("[" + re.escape(SENTENCE_END_CHARS) + "]")
