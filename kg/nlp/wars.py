"""Wars named by their two sides, read in the direction the world knows.

'Ketidakstabilan rantai pasok akibat perang Rusia-Ukraina': a war named by its two sides is a
mutual noun, so each side is read as attacking the other. For most wars that is right ('perang
Iran-Irak'); for a war with an aggressor no public source disputes, the target's defence is no
attack on the aggressor. Those wars are data (``ontology/gazetteer/one_sided_wars.tsv``); the
reverse reading of such a pair is dropped. Acts written as acts ('Ukraina menyerang Rusia') are
read by their own rules and kept.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..config import ontology_dir
from ..model import Statement
from .gazetteer import _rows

__all__ = ["one_sided_wars", "known_war_direction"]

# rule suffixes of a reading taken from a war's two sides, not from an act of one of them
_PAIR_READINGS = ("+coordinated", "+mutual", ":nominal-between")


@lru_cache(maxsize=4)
def _table(path: str) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    p = Path(path)
    if not p.exists():
        return out
    for _n, row in _rows(p):
        if len(row) >= 2 and row[0] and row[1]:
            out[(row[0], row[1])] = int(row[2]) if len(row) > 2 and row[2].strip().isdigit() else 0
    return out


def one_sided_wars(path: Path | None = None) -> dict[tuple[str, str], int]:
    """(aggressor, target) -> the year the war began.

    Examples
    --------
    >>> one_sided_wars()[("RUS", "UKR")]
    2014
    """
    return _table(str(path or ontology_dir() / "gazetteer" / "one_sided_wars.tsv"))


def _state(e) -> str:
    return e.acts_for or e.key


def _year(date: str | None) -> int:
    return int(date[:4]) if date and date[:4].isdigit() else 9999


def known_war_direction(statements: list[Statement]) -> list[Statement]:
    """Drop the reading 'target attacks aggressor' of a one-sided war that was read from the war's two
    sides (a coordinated or hyphenated pair, 'antara X dan Y', or the mutual reading of a war noun)."""
    wars = one_sided_wars()
    if not wars:
        return statements

    def reversed_war(st: Statement) -> bool:
        if st.predicate != "attacks" or not st.rule.endswith(_PAIR_READINGS):
            return False
        since = wars.get((_state(st.object), _state(st.subject)))
        return since is not None and _year(st.date) >= since

    return [st for st in statements if not reversed_war(st)]
