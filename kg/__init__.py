"""kg: knowledge graphs of international relations from news.

The public surface is small: ``extract`` and ``build`` (see ``kg.api``) and the errors.
"""

from __future__ import annotations

from .errors import KGError

__version__ = "0.1.0"
__all__ = ["build", "extract", "KGError", "__version__"]


def __getattr__(name: str):
    # Imported lazily so `import kg` stays fast and the CLI starts quickly.
    if name in ("build", "extract"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
