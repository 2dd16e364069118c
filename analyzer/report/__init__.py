"""Report stage: tables, JSON/JSONL/CSV, frames (Parquet via batch), HTML."""

from analyzer.report.frame import result_frames, results_to_frames

__all__ = ["result_frames", "results_to_frames"]
