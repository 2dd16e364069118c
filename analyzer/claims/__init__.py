"""Claims stage: mentions → Claims (subject, metric, value, period, cited source)."""

from analyzer.claims.assemble import assemble_claims

__all__ = ["assemble_claims"]
