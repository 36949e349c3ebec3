"""Imported once by the fork server behind ``kg build --workers N``, before any worker exists.

Importing spaCy and building a pipeline costs about a second of CPU (it was two before kg's
Indonesian tokenizer stopped loading spaCy's 15,600 hyphenated words one by one as special
cases). Workers forked from a server that built it already start with it in
memory, so N workers cost one build instead of N. ``local_processes`` names what to build in
``KG_WORKER_WARM`` (JSON); when the server was started for another configuration, each worker
simply builds its own (``executors._warm``).
"""

from __future__ import annotations

import json
import os

ENV = "KG_WORKER_WARM"


def warm_from_env() -> None:
    spec = os.environ.get(ENV)
    if not spec:
        return
    want = json.loads(spec)
    from ..nlp.pipeline import get_pipeline

    for lang in want["langs"]:
        get_pipeline(lang, tuple(want["gazetteers"]), tuple(want["lexicons"]))


try:
    warm_from_env()
except Exception:  # noqa: BLE001 - a worker that finds no pipeline builds its own
    pass
