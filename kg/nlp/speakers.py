"""The speaker a '-nya' stands for: 'ujarnya', 'katanya', 'menurutnya'.

Indonesian news names its speaker once ('Menteri Luar Negeri Sergei Lavrov mengatakan ...') and
then goes on with a speech verb that carries the speaker as '-nya' ('..., ujarnya.') or with
'Menurutnya, ...'. The speaker is the person named last before it, in the same sentence or the two
before; further back the text may have moved on to someone it does not name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Entity
from .mentions import DocMentions

__all__ = ["last_person_before"]

_REACH = 2  # sentences before the one of the speech verb


def last_person_before(doc: Doc, mentions: DocMentions, k: int) -> list[Entity]:
    """The person of the last mention ending at or before token ``k``, within its sentence and the
    ``_REACH`` sentences before; [] when none."""
    if k <= 0:
        return []
    bound = doc[min(k, len(doc) - 1)].sent.start
    for _ in range(_REACH):
        if bound > 0:
            bound = doc[bound - 1].sent.start
    for q in range(k - 1, bound - 1, -1):
        m = mentions.by_token.get(q)
        if m is None or m.end > k:
            continue
        people = [e for e in m.entities if e.type == "Person"]
        if people:
            return people[:1]
    return []
