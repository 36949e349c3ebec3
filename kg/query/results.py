"""Printing query results as a table for people, or CSV and JSON for other tools."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

__all__ = ["format_rows"]


def _cell(v: Any, width: int | None) -> str:
    s = "" if v is None else str(v)
    s = s.replace("\n", " ")
    if width and len(s) > width:
        s = s[: width - 1] + "…"
    return s


def format_rows(names: list[str], rows: list[dict[str, Any]], fmt: str = "table", width: int | None = 60) -> str:
    if fmt == "json":
        return json.dumps({"head": {"vars": names}, "rows": rows}, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=names, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in names})
        return buf.getvalue()
    cells = [[_cell(r.get(n), width) for n in names] for r in rows]
    widths = [max([len(n)] + [len(c[i]) for c in cells]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(widths[i]) for i, n in enumerate(names))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c[i].ljust(widths[i]) for i in range(len(names))) for c in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
