"""kg: knowledge graphs of international relations from news.

The public surface is small: ``extract`` and ``build`` (see ``kg.api``), ``open`` (a built graph
for analysis, see ``kg.analysis``) and the errors.
"""

from __future__ import annotations

from .errors import KGError

__version__ = "0.1.0"
# ``open`` is public (``kg.open(OUTDIR)``) but kept out of __all__ so ``from kg import *`` does
# not shadow the builtin ``open``.
__all__ = ["build", "extract", "KGError", "__version__"]


def __getattr__(name: str):
    # Imported lazily so `import kg` stays fast and the CLI starts quickly.
    if name in ("build", "extract"):
        from . import api

        return getattr(api, name)
    if name == "open":
        from .analysis.graph import open

        return open
    raise AttributeError(name)
