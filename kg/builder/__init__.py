"""The build pipeline: incremental state, executors (local processes, Dask) and streaming outputs."""

from .run import BuildReport, build

__all__ = ["build", "BuildReport"]
