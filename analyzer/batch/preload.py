"""Imported once by the pool's fork server (``multiprocessing`` start method ``forkserver``): it loads the
pipeline there, so every pool worker is forked with it already loaded and starts in milliseconds instead
of loading it again (~0.6 s of imports, patterns, vocabularies and the segmenter's dictionary per worker).

The fork server is a fresh single-threaded process started by the batch's main process (no inherited
threads or locks, as with ``spawn``). Nothing here may raise: the fork server would stop, and the pool
with it; a worker whose pipeline is not preloaded simply loads it itself (``_init_worker``).
"""

from __future__ import annotations

import contextlib
import gc

with contextlib.suppress(Exception):
    from analyzer.batch.worker import BatchOptions, prepare

    prepare(BatchOptions())
    # what is loaded now lives as long as the workers: keep the collector's full passes off it (and off
    # the pages the workers share with the fork server until they write to them)
    gc.freeze()
