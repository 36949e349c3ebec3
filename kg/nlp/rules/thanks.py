"""Thanks for support: the one thanked is the one who supports.

'Iran berterima kasih kepada China atas dukungannya', 'mengucapkan terima kasih ke China karena
didukung saat bentrok dengan Israel': the thanks name their reason, and a reason of support or aid
(cue 'support_reasons') given after a reason marker (cue 'thanks_reason_markers') says the thanked
supports the thanker. The trigger's own reading (the thanker supports the thanked, right for
'berterima kasih kepada Trump atas perannya') is turned around then.
"""

from __future__ import annotations

from dataclasses import replace

from .base import Candidate

__all__ = ["thanks_for_support"]

_REACH = 4  # words from the reason marker to the word of support: 'atas pengertian dan dukungannya'


def thanks_for_support(view, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with each reading of thanks whose reason is support read the other way round."""
    markers = set(view.lex.cues.get("thanks_reason_markers", []))
    reasons = set(view.lex.cues.get("support_reasons", []))
    thanks = set(view.lex.cues.get("thanks_triggers", []))
    if not (markers and reasons and thanks):
        return cands
    out = []
    for c in cands:
        trig_id = c.rule.split(":", 1)[0]
        if c.dropped or c.relation != "supports" or trig_id not in thanks or not _for_support(view, c.trigger_end, markers, reasons):
            out.append(c)
            continue
        out.append(replace(c, subject=c.object, object=c.subject, rule=c.rule + "+thanked-for-support"))
    return out


def _for_support(view, j: int, markers: set[str], reasons: set[str]) -> bool:
    """Whether a reason marker after the thanks at ``j`` (before any punctuation; 'karena' may open a
    clause of its own) is followed by a word of support."""
    end = next((q for q in range(j, view.s1) if not view.low[q][:1].isalnum()), view.s1)
    for k in range(j, min(end, j + 10)):
        if view.low[k] in markers:
            return any(view.low[q] in reasons for q in range(k + 1, min(end, k + 1 + _REACH)))
    return False
