"""Fault injection for the crash tests: ``KG_FAULT=name`` kills the process that reaches point ``name``.

The points sit where a crash is most likely to leave something half done (between a store load and
its side-table record, between two output files, inside a worker); the tests kill kg there with
SIGKILL and check that the next run completes the work.
"""

from __future__ import annotations

import os
import signal

__all__ = ["fault_point"]


def fault_point(name: str) -> None:
    if os.environ.get("KG_FAULT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
