"""Where kg finds its data: the ontology folder holds the ontology, gazetteer, lexicons and queries.

The folder is looked up once: ``KG_ONTOLOGY`` in the environment wins, then ``ontology/`` beside the
package (a source checkout or editable install), then a copy installed inside the package.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ontology_dir", "BASE"]

BASE = "https://w3id.org/kg-news/"


def ontology_dir() -> Path:
    """Return the folder holding ``kg.ttl``, ``gazetteer/``, ``lexicon/`` and ``queries/``."""
    env = os.environ.get("KG_ONTOLOGY")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "ontology", here / "ontology"):
        if (candidate / "kg.ttl").exists():
            return candidate
    from .errors import OntologyError

    raise OntologyError("cannot find the ontology folder; set KG_ONTOLOGY to the folder holding kg.ttl")
