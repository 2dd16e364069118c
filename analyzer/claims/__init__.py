"""Claims stage: mentions → Claims (subject, metric, value, period, cited source) and the
numeric mentions that became none (``Unattributed``). ``is_certain`` is the rule verification
follows before it calls a claim contradicted."""

from analyzer.claims.assemble import Assembly, assemble_claims
from analyzer.claims.certainty import is_certain

__all__ = ["Assembly", "assemble_claims", "is_certain"]
