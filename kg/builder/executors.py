"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

Every executor takes an iterator of ``(document, hash)`` pairs and yields ``Result`` objects in
any order. Work is sent in small batches and only a bounded number of batches is in flight, so
a corpus of any size streams through in constant memory.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from collections import deque
from itertools import islice
from typing import Iterable, Iterator

from ..model import Document
from . import preload
from .work import Config, Result, process, process_batch

__all__ = ["serial", "local_processes", "dask_cluster", "batched"]

Item = tuple[Document, str]


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def serial(items: Iterable[Item], cfg: Config) -> Iterator[Result]:
    """Extraction in the build process itself."""
    for doc, h in items:
        yield process(doc, h, cfg)


def _warm(cfg: Config, langs: tuple[str, ...]) -> None:
    """Worker start-up: build the pipelines once, before the first document arrives."""
    from ..nlp.pipeline import get_pipeline

    for lang in langs:
        get_pipeline(lang, cfg.gazetteer_files, cfg.lexicon_files)


def _context(cfg: Config, langs: tuple[str, ...]):
    """Workers forked from a fork server that has built the pipelines (``preload``), where the
    platform has one; else started with ``spawn``. Either way no state of this process (its open
    store, its threads) is forked."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    os.environ[preload.ENV] = json.dumps({"langs": list(langs), "gazetteers": list(cfg.gazetteer_files),
                                          "lexicons": list(cfg.lexicon_files)})
    ctx.set_forkserver_preload([preload.__name__])
    return ctx


def local_processes(items: Iterable[Item], cfg: Config, workers: int, batch: int = 8, langs: tuple[str, ...] = ("id",),
                    ahead: int = 1000) -> Iterator[Result]:
    """Extraction in ``workers`` processes of this machine, with about ``ahead`` documents queued.

    While the consumer commits a batch to the store (about a second per 1,000 documents) nothing
    new is sent, so the queue must hold more than that much work or the workers stand idle:
    ``build`` passes its batch size.
    """
    ctx = _context(cfg, langs)
    with ctx.Pool(workers, initializer=_warm, initargs=(cfg, langs)) as pool:
        pending: deque = deque()
        limit = max(workers * 16, -(-ahead // batch))
        for chunk in batched(items, batch):
            pending.append(pool.apply_async(process_batch, (chunk, cfg)))
            while len(pending) >= limit or (pending and pending[0].ready()):
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def dask_cluster(items: Iterable[Item], cfg: Config, address, batch: int = 16, langs: tuple[str, ...] = ("id",),
                 ahead: int = 1000) -> Iterator[Result]:
    """Extraction on an existing Dask distributed cluster at ``address`` (or a ``distributed.Client``).

    Documents go out in partitions of ``batch``; each comes back as N-Quads that this process
    loads into the store. The workers need kg installed, and the extra ``--gazetteer`` and
    ``--lexicon`` files at the same paths. About ``ahead`` documents are kept queued, as in
    ``local_processes``.
    """
    from distributed import Client, as_completed

    own = not isinstance(address, Client)
    client = Client(address) if own else address
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        client.run(_warm, cfg, langs)  # every worker builds its pipeline now, all at once
        limit = max(n_workers * 4, -(-ahead // batch))
        futures = as_completed()
        in_flight = 0
        for chunk in batched(items, batch):
            futures.add(client.submit(process_batch, chunk, cfg, pure=False))
            in_flight += 1
            while in_flight >= limit:
                fut = next(futures)
                in_flight -= 1
                yield from fut.result()
                fut.release()
        for fut in futures:
            yield from fut.result()
            fut.release()
    finally:
        if own:
            client.close()
