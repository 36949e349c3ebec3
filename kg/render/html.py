"""Write the store as ONE self-contained, interactive HTML page (vis-network, inlined).

The page opens from disk with no network at all: vis-network's JavaScript (shipped inside pyvis)
is inlined, and the page's own script, style and template live in ``kg/render/assets/``. Nothing
from the news ever becomes markup: the graph goes into the page as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as ``\\u003c``,
``\\u003e`` and ``\\u0026``, and the page builds every tooltip and panel with DOM ``textContent``.

Large graphs are laid out here (networkx, see ``layout.py``) and drawn with physics off, so a
3,000-node graph is usable in about a second; small graphs start from the same positions and get
a short physics run in the page.

Examples
--------
>>> render_html("output/store", "output/graph.html", lang="en", view="actor")  # doctest: +SKIP
PosixPath('output/graph.html')
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from .data import VIEWS, GraphData, View, build_view, load_graph, rollup_of
from .layout import positions

__all__ = ["render_html", "page_payload", "script_json", "PHYSICS_MAX_NODES", "FAMILIES"]

ASSETS = Path(__file__).parent / "assets"
LANGS = ("id", "en")
#: above this many nodes the page draws Python's layout as it is, with physics off
PHYSICS_MAX_NODES = 300

#: families of relations, in legend order, with their colours and names (``kg:family`` values)
FAMILIES: dict[str, dict[str, str]] = {
    "cooperation": {"color": "#2e7d32", "en": "cooperation and alliances", "id": "kerja sama dan aliansi"},
    "meetings": {"color": "#1565c0", "en": "meetings and visits", "id": "pertemuan dan kunjungan"},
    "sanctions": {"color": "#c62828", "en": "sanctions", "id": "sanksi"},
    "transfers": {"color": "#ef6c00", "en": "weapons, technology and aid transfers", "id": "pasokan senjata, teknologi dan bantuan"},
    "conflict": {"color": "#6a1b9a", "en": "conflict", "id": "konflik"},
    "accusations": {"color": "#ad1457", "en": "accusations", "id": "tuduhan"},
    "roles": {"color": "#78909c", "en": "roles of people", "id": "peran tokoh"},
}
_OTHER_FAMILY = {"color": "#9e9e9e", "en": "other", "id": "lainnya"}


def script_json(obj: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` survives as such.

    >>> script_json({"t": "</script><img src=x onerror=alert(1)>"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _view_positions(g: GraphData, views: dict[str, View], ids: dict[str, int],
                    up: dict[str, str]) -> dict[str, dict[str, tuple]]:
    """Positions per view: the entity view is laid out; the actor view keeps each actor where it
    is in the entity view (an actor only reached by roll-up sits at the centre of its members), so
    switching views does not reshuffle the picture."""
    import networkx as nx

    out: dict[str, dict[str, tuple]] = {}
    ent = views["entity"]
    graph = nx.Graph()
    graph.add_nodes_from(sorted(ent.nodes, key=lambda iri: ids[iri]))
    graph.add_edges_from((e.s, e.o) for e in ent.edges if e.s != e.o)
    out["entity"] = positions(graph)
    act = views["actor"]
    members: dict[str, list[tuple]] = defaultdict(list)
    for iri, xy in out["entity"].items():
        members[up.get(iri, iri)].append(xy)
    pos: dict[str, tuple] = {}
    missing = []
    for iri in act.nodes:
        if iri in out["entity"]:
            pos[iri] = out["entity"][iri]
        elif members.get(iri):
            xs, ys = zip(*members[iri])
            pos[iri] = (round(sum(xs) / len(xs), 1), round(sum(ys) / len(ys), 1))
        else:
            missing.append(iri)
    if missing:  # cannot happen for well-formed stores; lay them out apart rather than fail
        sub = nx.Graph()
        sub.add_nodes_from(missing)
        for iri, xy in positions(sub).items():
            pos[iri] = xy
    out["actor"] = pos
    return out


def page_payload(g: GraphData, lang: str = "id", view: str = "entity") -> dict[str, Any]:
    """The JSON the page reads: entities, documents, statements and both views with positions."""
    from ..ontology import relations

    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    rels = relations()
    views = {v: build_view(g, v) for v in VIEWS}

    # entities in a stable order; the page refers to them by index
    used: set[str] = set()
    for st in g.statements:
        used.update((st.s, st.o, *st.attributed_to))
    for v in views.values():
        used.update(v.nodes)
    up = rollup_of(g.entities)
    used.update([up.get(iri, iri) for iri in used])
    order = sorted(used, key=lambda iri: (g.entities[iri].key, iri))
    ids = {iri: i for i, iri in enumerate(order)}
    keys_seen: set[str] = set()
    entities = []
    for iri in order:
        e = g.entities[iri]
        key = e.key if e.key not in keys_seen else iri
        keys_seen.add(key)
        entities.append({
            "key": key, "type": e.type, "id": e.label("id"), "en": e.label("en"),
            "up": ids[up.get(iri, iri)],
        })

    doc_order = sorted({st.doc for st in g.statements})
    doc_ids = {d: i for i, d in enumerate(doc_order)}
    docs = []
    for d in doc_order:
        doc = g.docs.get(d)
        docs.append({"id": doc.id, "title": doc.title, "url": doc.url, "date": doc.date} if doc
                    else {"id": d.rsplit("/", 1)[-1], "title": "", "url": "", "date": ""})
    sentences: list[str] = []
    sentence_ids: dict[str, int] = {}
    statements = []
    for st in g.statements:
        si = sentence_ids.setdefault(st.sentence, len(sentences))
        if si == len(sentences):
            sentences.append(st.sentence)
        statements.append([ids[st.s], ids[st.o], st.rel, st.status, doc_ids[st.doc], si, st.date,
                           st.start, st.end, [ids[a] for a in st.attributed_to], st.items])

    pos = _view_positions(g, views, ids, up)
    out_views = {}
    for name, v in views.items():
        nodes = sorted(v.nodes.items(), key=lambda kv: ids[kv[0]])
        out_views[name] = {
            "nodes": [[ids[iri], n, *pos[name][iri]] for iri, n in nodes],
            "edges": [[ids[e.s], e.rel, ids[e.o], e.statements] for e in v.edges],
        }

    used_rels = sorted({st.rel for st in g.statements})
    relations_out = {}
    for r in used_rels:
        info = rels.get(r)
        relations_out[r] = {
            "id": info["label_id"] if info else r, "en": info["label_en"] if info else r,
            "family": info["family"] if info else "", "symmetric": bool(info and info["symmetric"]),
        }
    fams = [f for f in FAMILIES if any(x["family"] == f for x in relations_out.values())]
    families = [{"code": f, **FAMILIES[f]} for f in fams]
    if any(x["family"] not in FAMILIES for x in relations_out.values()):
        families.append({"code": "", **_OTHER_FAMILY})
    statuses = {code: {"id": g.status_labels.get(code, {}).get("id", code),
                       "en": g.status_labels.get(code, {}).get("en", code)}
                for code in ("asserted", "claimed", "expected", "denied")}
    return {
        "lang": lang, "view": view,
        "physics": max(len(v.nodes) for v in views.values()) <= PHYSICS_MAX_NODES,
        "families": families, "relations": relations_out, "statuses": statuses,
        "entities": entities, "docs": docs, "sentences": sentences, "statements": statements,
        "views": out_views,
    }


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network's minified JavaScript, as pyvis ships it (no CDN). pyvis is found, not
    imported: importing it imports IPython, 0.8 s of a render."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    libs = sorted((folder / "templates" / "lib").glob("vis-*/vis-network.min.js")) if folder else []
    if not libs:
        raise RuntimeError("pyvis does not ship vis-network.min.js; reinstall pyvis")
    text = libs[-1].read_text(encoding="utf-8")
    if "</script" in text.lower():  # would end the inline <script> early
        raise RuntimeError(f"{libs[-1]} cannot be inlined safely")
    return text


def _sha256(text: str) -> str:
    import base64
    import hashlib

    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _template():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(ASSETS)), autoescape=select_autoescape(["html"]))
    return env.get_template("page.html")


def render_page(payload: dict[str, Any], title: str = "kg") -> str:
    """The HTML text of the page for a payload made by ``page_payload``."""
    from markupsafe import Markup

    script = (ASSETS / "page.js").read_text(encoding="utf-8")
    style = (ASSETS / "page.css").read_text(encoding="utf-8")
    vis_js = _vis_js()
    # only these two scripts may run: a script smuggled into the page would be refused as well
    csp = " ".join(f"'sha256-{_sha256(js)}'" for js in (vis_js, script))
    return _template().render(
        title=title, lang=payload["lang"], csp_scripts=Markup(csp),
        data=Markup(script_json(payload)), vis_js=Markup(vis_js), page_js=Markup(script), page_css=Markup(style),
    )


def render_html(store_dir: str | Path, out: str | Path, lang: str = "id", view: str = "entity") -> Path:
    """Write the interactive graph of the store at ``store_dir`` to ``out`` and return its path.

    Parameters
    ----------
    store_dir : the Oxigraph store written by ``kg build`` (``OUT/store``).
    out : the HTML file to write (written atomically).
    lang : ``id`` or ``en``, the language of actor and relation labels (skos:prefLabel@lang);
        the page can switch later.
    view : ``entity`` (people and bodies as themselves) or ``actor`` (rolled up along kg:actsFor
        to the state or organisation they act for); the page can switch later.
    """
    payload = page_payload(load_graph(store_dir), lang=lang, view=view)
    text = render_page(payload, title="kg — graf hubungan internasional" if lang == "id"
                       else "kg — international relations graph")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.{os.getpid()}.tmp"
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return out
