"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

Every executor takes an iterator of ``(document, hash)`` pairs and yields ``Result`` objects in
any order. Work is sent in small batches and only a bounded number of batches is in flight, so
a corpus of any size streams through in constant memory.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import pickle
import shutil
import tempfile
import uuid
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import ExtractionError
from ..ingest.files import FileRecord
from ..model import Document
from . import preload
from .faults import fault_point
from .work import Config, Result, process, process_batch

__all__ = ["serial", "local_processes", "dask_cluster", "batched", "spooled_batch"]

Item = tuple[Document | FileRecord, str]  # a document (or a file still to decode) and its content hash


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


def spooled_batch(items: list[Item], cfg: Config, spool: str) -> str:
    """``process_batch`` whose results go to a file in ``spool``; returns the file's path.

    A pipe is a costly way home for results: the build process spent about 2.2 CPU-s receiving
    the 240 MB of a 10,000-document build through the pool's pipes (reading in pipe-sized pieces,
    then unpickling), on a machine whose every core is extracting. Read back from a file in the
    page cache, the same results cost it about 0.4 CPU-s.
    """
    path = os.path.join(spool, uuid.uuid4().hex)
    fault_point("in-worker")
    with open(path + ".part", "wb") as f:
        pickle.dump(process_batch(items, cfg), f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(path + ".part", path)
    return path


def _unspool(path: str) -> list[Result]:
    with open(path, "rb") as f:
        results = pickle.load(f)
    os.unlink(path)
    return results


def local_processes(items: Iterable[Item], cfg: Config, workers: int, batch: int = 8, langs: tuple[str, ...] = ("id",),
                    ahead: int = 1000, spool: str | Path | None = None) -> Iterator[Result]:
    """Extraction in ``workers`` processes of this machine, with about ``ahead`` documents queued.

    While the consumer commits a batch to the store (about a second per 1,000 documents) nothing
    new is sent, so the queue must hold more than that much work or the workers stand idle:
    ``build`` passes its batch size. Results come back through files in ``spool`` (a folder this
    function empties, creates and removes; a temporary folder when None), at most ``ahead``
    documents' worth at a time.
    """
    ctx = _context(cfg, langs)
    if spool is None:
        folder = Path(tempfile.mkdtemp(prefix="kg-spool-"))
    else:
        folder = Path(spool)
        shutil.rmtree(folder, ignore_errors=True)  # what a killed build left
        folder.mkdir(parents=True)
    # concurrent.futures rather than multiprocessing.Pool: Pool's worker-handler thread wakes each
    # time a result waits in its queue (0.8 CPU-s of a 10,000-document build, spinning on a busy
    # machine), and a Pool whose worker dies waits for its result forever; here it raises.
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_warm, initargs=(cfg, langs))
    try:
        pending: deque = deque()
        limit = max(workers * 16, -(-ahead // batch))
        for chunk in batched(items, batch):
            pending.append(pool.submit(spooled_batch, chunk, cfg, str(folder)))
            while len(pending) >= limit or (pending and pending[0].done()):
                yield from _unspool(_result(pending.popleft()))
        while pending:
            yield from _unspool(_result(pending.popleft()))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(folder, ignore_errors=True)


def _result(future):
    try:
        return future.result()
    except BrokenProcessPool:
        raise ExtractionError(
            "a worker process died (killed, or out of memory) while extracting; what was committed is kept, "
            "and running the same build again extracts what is missing") from None


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
