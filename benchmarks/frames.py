"""Frames a benchmark saves to compare a later run's output with (identical output is the rule)."""

from __future__ import annotations

from pathlib import Path

import polars as pl


def dump_frames(folder: Path, frames: dict[str, pl.DataFrame]) -> None:
    """Write each frame to ``folder/<name>.parquet``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        frame.write_parquet(folder / f"{name}.parquet")
    print(f"wrote {len(frames)} frames to {folder}")
