"""The same run on a real dask.distributed LocalCluster (two workers, in-process) equals the pool's output."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from batch_support import make_corpus, make_mixed_folder

from analyzer.batch import analyze_many, run_batch
from analyzer.batch.progress import NullProgress

VOLATILE = ["seconds", "finished_at"]


def _read(out: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in ("claims", "mentions", "manifest")}


def test_dask_output_equals_pool_output(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    make_mixed_folder(tmp_path / "in")
    make_corpus(tmp_path / "in" / "corpus", 8)
    pool = run_batch([tmp_path / "in"], tmp_path / "pool", workers=2, progress=NullProgress())
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.nthreads()) == 2
        dask = run_batch([tmp_path / "in"], tmp_path / "dask", scheduler=client, progress=NullProgress())
        paths = sorted((tmp_path / "in" / "corpus").iterdir())
        many = list(analyze_many(paths, scheduler=client))
    assert (dask.n_ok, dask.n_failed) == (pool.n_ok, pool.n_failed)
    a, b = _read(tmp_path / "pool"), _read(tmp_path / "dask")
    pd.testing.assert_frame_equal(a["claims"], b["claims"])
    pd.testing.assert_frame_equal(a["mentions"], b["mentions"])
    pd.testing.assert_frame_equal(a["manifest"].drop(columns=VOLATILE), b["manifest"].drop(columns=VOLATILE))
    assert [r.meta.path for r in many] == [str(p) for p in paths]
