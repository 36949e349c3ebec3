"""Troops a document elsewhere calls peacekeepers: a mission, not troops given to a side.

'Trump Puji Prabowo soal RI Mau Kirim Pasukan ke Gaza' over a body that says 'Indonesia menawarkan
untuk mengirim pasukan penjaga perdamaian ke Gaza': the headline's bare 'pasukan' are the
peacekeepers the body names. The transfer rules already read no transfer where the troops are
called peacekeepers (cue 'peacekeeping_modifiers'); they note the states named in that sentence
(``meta['peacekeeper_senders']``). A transfer of troops alone by one of those states, read anywhere
in the document, is the same mission and is dropped. Weapons, aid and troops sent by other states stay.
"""

from __future__ import annotations

from ..model import Statement

__all__ = ["peacekeepers_are_no_transfer"]


def _state(e) -> str:
    return e.acts_for or e.key


def peacekeepers_are_no_transfer(statements: list[Statement], senders: set[str]) -> list[Statement]:
    """Drop 'suppliesWeaponsTo' statements whose only items are troops and whose subject's state is
    among ``senders`` (states named where the document calls troops peacekeepers)."""
    if not senders:
        return statements
    return [st for st in statements if not (
        st.predicate == "suppliesWeaponsTo" and st.items and set(st.items) == {"troops"} and _state(st.subject) in senders)]
