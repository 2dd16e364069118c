"""Bounds on user patterns: refuse costly regexes before compiling, and time-box every match.

Compiling ``(?:a{65535}){100}`` takes gigabytes (the regex engine expands counted repeats), so a
pattern is scanned first: a counted repeat above ``MAX_REPEAT``, or nested repeats whose counts
multiply above ``MAX_EXPANSION``, or a pattern longer than ``MAX_PATTERN_CHARS`` is refused with
E606 before ``regex.compile`` sees it. A user's own regex (a ``regex`` condition, a rulebook's own
rating patterns) is matched with a time limit, so backtracking cannot hang a run; phrases and word
classes need none (they are found in one automaton pass, analyzer/comply/lexicon.py).
"""

from __future__ import annotations

import regex

MAX_PATTERN_CHARS = 5000
MAX_REPEAT = 1000  # largest count in {n}, {n,}, {n,m}
MAX_EXPANSION = 20_000  # product of the counts of nested counted repeats
BASE_TIMEOUT = 0.25  # seconds per pattern per document …
TIMEOUT_PER_CHAR = 2e-6  # … plus this per character (4M characters: 8 s)

_COUNT = regex.compile(r"\{\s*(\d*)\s*(?:,\s*(\d*)\s*)?\}")


class PatternTooCostly(ValueError):
    """A user pattern whose compiled form could exhaust memory (message says which part)."""


class PatternTimeout(Exception):
    """A pattern ran out of its time budget on one document."""


def match_timeout(n_chars: int) -> float:
    """Seconds a pattern may run over a text of ``n_chars`` characters."""
    return BASE_TIMEOUT + TIMEOUT_PER_CHAR * n_chars


def check_pattern(pattern: str) -> None:
    """Raise PatternTooCostly when ``pattern`` is too long or its counted repeats are large or nested.

    A single left-to-right scan: escapes and character classes are skipped; each group remembers
    the product of the counts applied around it, so ``(?:(?:a{100}){100}){100}`` counts 10⁶.
    """
    if len(pattern) > MAX_PATTERN_CHARS:
        raise PatternTooCostly(f"pattern is {len(pattern)} characters; at most {MAX_PATTERN_CHARS} are allowed")
    # For each open group: the largest expansion found inside it so far.
    stack: list[int] = [1]
    last_atom = 1  # expansion of the atom just closed (a group) or 1 (a single character)
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            last_atom = 1
            continue
        if ch == "[":
            i = _skip_class(pattern, i)
            last_atom = 1
            continue
        if ch == "(":
            stack.append(1)
            i += 1
            last_atom = 1
            continue
        if ch == ")":
            inner = stack.pop() if len(stack) > 1 else 1
            stack[-1] = max(stack[-1], inner)
            last_atom = inner
            i += 1
            continue
        if ch == "{":
            match = _COUNT.match(pattern, i)
            if match is not None:
                low, high = match.group(1), match.group(2)
                counts = [int(x) for x in (low, high) if x]
                count = max(counts) if counts else 0
                if count > MAX_REPEAT:
                    raise PatternTooCostly(
                        f"counted repeat {match.group()} exceeds {MAX_REPEAT}; use a smaller count or + / *"
                    )
                total = last_atom * max(count, 1)
                if total > MAX_EXPANSION:
                    raise PatternTooCostly(
                        f"nested counted repeats expand to {total} copies (at most {MAX_EXPANSION}); "
                        "flatten the pattern or use + / *"
                    )
                stack[-1] = max(stack[-1], total)
                last_atom = total
                i = match.end()
                continue
        last_atom = 1
        i += 1


def _skip_class(pattern: str, i: int) -> int:
    """Index just after the character class starting at ``pattern[i] == '['`` (nested sets allowed)."""
    depth = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
            # a ']' right after '[' or '[^' is literal
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return n


def compile_user_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Check, then compile a user pattern (ValueError with a reader's message when it is refused)."""
    check_pattern(pattern)
    try:
        return regex.compile(pattern, flags)
    except regex.error as exc:
        raise ValueError(f"pattern does not compile: {exc}") from exc
