"""Report stage: tables, JSON/JSONL/CSV, frames (Parquet via batch), HTML."""

from analyzer.report.frame import results_to_frames

__all__ = ["results_to_frames"]
