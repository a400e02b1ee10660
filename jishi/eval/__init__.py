"""Scoring against gold files (spec section 5)."""
from jishi.eval.score import dyad_keys, score_documents, format_report

__all__ = ["dyad_keys", "score_documents", "format_report"]
