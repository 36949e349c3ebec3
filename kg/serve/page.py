"""The query page served at ``/``: one self-contained HTML file (no CDN, no external scripts).

It lists the shipped queries (``kg.query.list_queries()``) as examples, posts the query to
``/sparql`` and shows SELECT results as a table and other answers as text.
"""

from __future__ import annotations

import html
import json

__all__ = ["render_page", "shipped_queries"]


def shipped_queries() -> list[dict]:
    from ..query import list_queries

    return [{"name": q.name, "title": q.title, "text": q.text, "params": list(q.params)} for q in list_queries()]


_PAGE = r"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg SPARQL endpoint</title>
<style>
 body { font: 15px/1.4 system-ui, sans-serif; margin: 1.5em auto; max-width: 70em; padding: 0 1em; color: #222; }
 h1 { font-size: 1.3em; } code { background: #f3f3f3; padding: 0 .2em; }
 textarea { width: 100%; height: 18em; font: 13px/1.35 ui-monospace, monospace; box-sizing: border-box; }
 .bar { display: flex; gap: .6em; align-items: center; margin: .5em 0; flex-wrap: wrap; }
 table { border-collapse: collapse; font-size: 13px; margin-top: .5em; }
 th, td { border: 1px solid #ccc; padding: .2em .4em; text-align: left; vertical-align: top; }
 th { background: #f3f3f3; } pre { background: #f7f7f7; padding: .6em; overflow: auto; max-height: 40em; }
 #status { color: #555; } .error { color: #a00; white-space: pre-wrap; }
</style>
</head>
<body>
<h1>kg SPARQL endpoint</h1>
<p>Send SPARQL 1.1 queries to <code id="endpoint">/sparql</code> (GET or POST; JSON, XML, CSV or TSV results,
Turtle or N-Triples graphs). The store is read-only, queries see the union of all graphs, and each query has a
time limit of __TIMEOUT__ and at most __MAXROWS__ rows.</p>
<div class="bar">
 <label>Example: <select id="examples"><option value="">— a shipped query —</option>__OPTIONS__</select></label>
 <span id="title"></span>
</div>
<textarea id="query" spellcheck="false">PREFIX kg: &lt;https://w3id.org/kg-news/ontology#&gt;
SELECT ?relation (COUNT(*) AS ?statements)
WHERE { ?st a kg:Statement ; &lt;http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate&gt; ?relation }
GROUP BY ?relation ORDER BY DESC(?statements)</textarea>
<div class="bar">
 <button id="run">Run query</button>
 <label>Format: <select id="format">
  <option value="table">table</option><option value="json">SPARQL JSON</option><option value="xml">SPARQL XML</option>
  <option value="csv">CSV</option><option value="tsv">TSV</option><option value="turtle">Turtle (CONSTRUCT)</option>
  <option value="ntriples">N-Triples (CONSTRUCT)</option></select></label>
 <span id="status"></span>
</div>
<div id="out"></div>
<script id="shipped" type="application/json">__QUERIES__</script>
<script>
"use strict";
const queries = JSON.parse(document.getElementById("shipped").textContent);
const $ = (id) => document.getElementById(id);
$("examples").addEventListener("change", () => {
  const q = queries.find((x) => x.name === $("examples").value);
  if (!q) return;
  let text = q.text;
  if (q.params.length) {
    text += "\n# parameters: bind them, e.g.\n# VALUES (" + q.params.map((p) => "?" + p).join(" ") +
      ") { (<https://w3id.org/kg-news/entity/RUS> <https://w3id.org/kg-news/entity/PRK>) }\n";
  }
  $("query").value = text;
  $("title").textContent = q.title;
});
function cell(term) {
  if (!term) return "";
  return term.value;
}
async function run() {
  const fmt = $("format").value;
  const body = new URLSearchParams({ query: $("query").value });
  if (fmt !== "table") body.set("format", fmt);
  $("status").textContent = "running…";
  $("out").textContent = "";
  const started = performance.now();
  let resp;
  try {
    resp = await fetch("sparql", { method: "POST", body,
      headers: { Accept: fmt === "table" ? "application/sparql-results+json, text/turtle;q=0.9" : "*/*" } });
  } catch (e) {
    $("status").textContent = ""; $("out").innerHTML = ""; 
    const p = document.createElement("p"); p.className = "error"; p.textContent = String(e); $("out").append(p);
    return;
  }
  const text = await resp.text();
  const ms = Math.round(performance.now() - started);
  if (!resp.ok) {
    $("status").textContent = resp.status + " " + resp.statusText;
    const p = document.createElement("p"); p.className = "error"; p.textContent = text; $("out").append(p);
    return;
  }
  const truncated = resp.headers.get("X-KG-Truncated");
  const rows = resp.headers.get("X-KG-Rows");
  $("status").textContent = `${rows} row(s) in ${ms} ms` + (truncated ? " — truncated at the row limit" : "");
  const ctype = resp.headers.get("Content-Type") || "";
  if (fmt === "table" && ctype.startsWith("application/sparql-results+json")) {
    const data = JSON.parse(text);
    if ("boolean" in data) { $("out").textContent = String(data.boolean); return; }
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.append(th); }
    const tbody = table.createTBody();
    for (const b of data.results.bindings) {
      const tr = tbody.insertRow();
      for (const v of data.head.vars) tr.insertCell().textContent = cell(b[v]);
    }
    $("out").append(table);
  } else {
    const pre = document.createElement("pre"); pre.textContent = text; $("out").append(pre);
  }
}
$("run").addEventListener("click", run);
$("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
</script>
</body>
</html>
"""


def render_page(timeout: float = 30.0, max_rows: int = 10_000) -> bytes:
    queries = shipped_queries()
    options = "".join(
        f'<option value="{html.escape(q["name"])}">{html.escape(q["name"])}</option>' for q in queries
    )
    # "</" cannot end the script element early once escaped
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    page = (_PAGE.replace("__OPTIONS__", options)
            .replace("__TIMEOUT__", f"{timeout:g} s")
            .replace("__MAXROWS__", f"{max_rows}")
            .replace("__QUERIES__", data))
    return page.encode("utf-8")
