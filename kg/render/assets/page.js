/* kg graph page: reads the JSON in #kg-data and draws it with vis-network.
 *
 * Text from the news is only ever put into the page with textContent / createTextNode (see el()),
 * never as HTML, and vis-network draws labels on a canvas.  window.kgGraph exposes the state for
 * tests and for users who want to script the page from the console.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);

  var UI = {
    id: {
      view: "Tampilan:", view_actor: "aktor", view_entity: "entitas", language: "Bahasa ", find: "Cari",
      fit: "Lihat semua", families: "Kelompok relasi", statuses: "Status", types: "Jenis aktor",
      negated_note: "Pernyataan yang dinegasikan tidak digambar.",
      size_note: "Ukuran simpul: banyaknya pernyataan yang melibatkannya.",
      help: "Arahkan kursor ke garis untuk melihat buktinya; klik garis atau simpul untuk rinciannya. " +
            "Tampilan aktor menggabungkan tokoh dan lembaga ke negara atau organisasi yang mereka wakili.",
      actors: "aktor", relations: "relasi", statements: "pernyataan", not_found: "tidak ditemukan", items: "barang",
      status_line: { asserted: "solid", claimed: "putus-putus", expected: "titik-titik", denied: "bertanda ✕" },
      by: { asserted: "menurut", claimed: "diklaim oleh", expected: "menurut", denied: "dibantah oleh" },
      evidence: "Bukti", date: "Tanggal", chars: "karakter", more: "… dan {n} lagi; klik garis untuk semuanya",
      acts_for: "mewakili", includes: "mencakup", relations_of: "Relasi", type_names: {
        Country: "negara", InternationalOrganization: "organisasi internasional", Organization: "organisasi",
        Company: "perusahaan", Person: "tokoh", Group: "kelompok", Place: "tempat", "": "lainnya" },
      start: "Klik simpul atau garis untuk melihat rinciannya.", denied_mark: "✕ dibantah"
    },
    en: {
      view: "View:", view_actor: "actors", view_entity: "entities", language: "Language ", find: "Find",
      fit: "Show all", families: "Relation families", statuses: "Status", types: "Actor types",
      negated_note: "Negated statements are not drawn.",
      size_note: "Node size: how many statements involve it.",
      help: "Hover over a line to see its evidence; click a line or a node for details. " +
            "The actor view rolls people and bodies up to the state or organisation they act for.",
      actors: "actors", relations: "relations", statements: "statements", not_found: "not found", items: "items",
      status_line: { asserted: "solid", claimed: "dashed", expected: "dotted", denied: "marked ✕" },
      by: { asserted: "according to", claimed: "claimed by", expected: "according to", denied: "denied by" },
      evidence: "Evidence", date: "Date", chars: "characters", more: "… and {n} more; click the line for all",
      acts_for: "acts for", includes: "includes", relations_of: "Relations", type_names: {
        Country: "state", InternationalOrganization: "international organisation", Organization: "organisation",
        Company: "company", Person: "person", Group: "group", Place: "place", "": "other" },
      start: "Click a node or a line for details.", denied_mark: "✕ denied"
    }
  };

  var TYPES = {
    Country: { shape: "dot", color: "#546e7a", glyph: "●" },
    InternationalOrganization: { shape: "hexagon", color: "#00897b", glyph: "⬢" },
    Organization: { shape: "square", color: "#6d4c41", glyph: "■" },
    Company: { shape: "diamond", color: "#8d6e63", glyph: "◆" },
    Person: { shape: "triangle", color: "#f9a825", glyph: "▲" },
    Group: { shape: "star", color: "#5d4037", glyph: "★" },
    Place: { shape: "triangleDown", color: "#90a4ae", glyph: "▼" },
    "": { shape: "dot", color: "#bdbdbd", glyph: "●" }
  };
  var STATUS_ORDER = ["asserted", "claimed", "expected", "denied"];
  var DIM = "rgba(200,200,200,0.35)";

  var familyOf = {}, familyColor = {};
  DATA.families.forEach(function (f) { familyColor[f.code] = f.color; });
  Object.keys(DATA.relations).forEach(function (r) {
    var f = DATA.relations[r].family;
    familyOf[r] = familyColor.hasOwnProperty(f) ? f : "";
  });

  var state = {
    lang: DATA.lang, view: DATA.view, focus: null,
    families: {}, statuses: {}
  };
  DATA.families.forEach(function (f) { state.families[f.code] = true; });
  STATUS_ORDER.forEach(function (s) { state.statuses[s] = true; });

  // ------------------------------------------------------------------ small DOM helpers (text only)
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "className") node.className = attrs[k];
        else if (k === "style") node.setAttribute("style", attrs[k]);
        else if (k === "title") node.title = attrs[k];
        else if (k === "href") node.href = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function t(key) { return UI[state.lang][key]; }
  function label(i) { var e = DATA.entities[i]; return e[state.lang] || e.key; }
  function relWords(rel) { var r = DATA.relations[rel]; return r ? r[state.lang] : rel; }
  function statusWords(s) { return DATA.statuses[s] ? DATA.statuses[s][state.lang] : s; }
  function isSymmetric(rel) { return !!(DATA.relations[rel] && DATA.relations[rel].symmetric); }

  // ------------------------------------------------------------------ the current view
  var cur = null;        // {nodes: {id: rec}, edges: {id: rec}, adj: {nodeId: [edgeIds]}}
  var big = !DATA.physics;  // laid out in Python, physics off
  var nodesDS = new vis.DataSet();
  var edgesDS = new vis.DataSet();

  function stmt(i) {
    var s = DATA.statements[i];
    return { s: s[0], o: s[1], rel: s[2], status: s[3], doc: s[4], sentence: DATA.sentences[s[5]],
             date: s[6], start: s[7], end: s[8], by: s[9], items: s[10] || [] };
  }
  function statementVisible(i) {
    var s = DATA.statements[i];
    return state.statuses[s[3]] !== false && state.families[familyOf[s[2]]] !== false;
  }

  function prepareView(name) {
    var v = DATA.views[name];
    var nodes = {}, edges = {}, adj = {}, pairs = {};
    v.nodes.forEach(function (n) {
      nodes[DATA.entities[n[0]].key] = { idx: n[0], count: n[1], x: n[2], y: n[3] };
      adj[DATA.entities[n[0]].key] = [];
    });
    v.edges.forEach(function (e, k) {
      var id = "e" + k, from = DATA.entities[e[0]].key, to = DATA.entities[e[2]].key;
      edges[id] = { id: id, from: from, to: to, s: e[0], o: e[2], rel: e[1], stmts: e[3] };
      adj[from].push(id);
      if (to !== from) adj[to].push(id);
      var pk = from < to ? from + "\u0000" + to : to + "\u0000" + from;
      (pairs[pk] = pairs[pk] || []).push(id);
    });
    // parallel edges between the same two nodes curve away from each other
    Object.keys(pairs).forEach(function (pk) {
      var ids = pairs[pk], m = ids.length;
      ids.forEach(function (id, k) {
        var e = edges[id];
        if (m === 1 || (m % 2 === 1 && k === 0)) { e.smooth = false; return; }
        var j = m % 2 === 1 ? k : k + 1;
        var side = j % 2 === 1 ? 1 : -1;
        if (e.from > e.to) side = -side;
        var mag = m % 2 === 1 ? 0.2 * Math.ceil(j / 2) : 0.12 + 0.2 * Math.floor((j - 1) / 2);
        e.smooth = { enabled: true, type: side > 0 ? "curvedCW" : "curvedCCW", roundness: Math.min(mag, 0.9) };
      });
    });
    return { name: name, nodes: nodes, edges: edges, adj: adj };
  }

  function edgeVisibleStatements(e) { return e.stmts.filter(statementVisible); }

  function edgeStyle(e, focusSet) {
    var vis_ = edgeVisibleStatements(e);
    if (!vis_.length) return { id: e.id, hidden: true };
    var statuses = {};
    vis_.forEach(function (i) { statuses[DATA.statements[i][3]] = true; });
    // width grows with the number of statements; dash patterns grow with the width so that the
    // round line caps do not fill the gaps of thick lines
    var w = Math.min(9, 1 + 1.6 * Math.log2(vis_.length));
    var dashes = false;
    if (!statuses.asserted) {
      dashes = statuses.claimed || statuses.denied ? [4 + 2.5 * w, 3 + 2 * w] : [2, 4 + 2 * w];
    }
    var color = familyColor[familyOf[e.rel]] || "#9e9e9e";
    var dim = !!focusSet && e.from !== state.focus && e.to !== state.focus;
    return {
      id: e.id, hidden: false, width: w, count: vis_.length, dashes: dashes,
      color: { color: dim ? DIM : color, highlight: color, hover: color, opacity: 1 },
      arrows: { to: { enabled: !isSymmetric(e.rel), scaleFactor: 0.6 },
                middle: { enabled: !!statuses.denied, type: "bar", scaleFactor: 0.8 } },
      label: statuses.denied ? t("denied_mark") : undefined,
      font: statuses.denied ? { color: dim ? DIM : "#b71c1c", size: 12, strokeWidth: 3, strokeColor: "#ffffff", align: "top" } : undefined
    };
  }

  function nodeStyle(id, visible, focusSet) {
    var n = cur.nodes[id], ent = DATA.entities[n.idx], ty = TYPES[ent.type] || TYPES[""];
    var dim = focusSet && !focusSet[id];
    return {
      id: id, hidden: !visible, label: label(n.idx),
      color: { background: dim ? DIM : ty.color, border: dim ? DIM : "#263238",
               highlight: { background: ty.color, border: "#000000" }, hover: { background: ty.color, border: "#000000" } },
      font: { color: dim ? "#bdbdbd" : "#212121" }
    };
  }

  function focusNeighbourhood() {
    if (!state.focus || !cur.nodes[state.focus]) return null;
    var set = {};
    set[state.focus] = true;
    cur.adj[state.focus].forEach(function (eid) {
      var e = cur.edges[eid];
      if (edgeVisibleStatements(e).length) { set[e.from] = true; set[e.to] = true; }
    });
    return set;
  }

  var lastStyle = {};  // what each node and edge was last given: only changes go to vis-network

  function changed(key, st) {
    var sig = JSON.stringify(st);
    if (lastStyle[key] === sig) return false;
    lastStyle[key] = sig;
    return true;
  }

  function restyle() {
    // dimming restyles every node and edge; on large graphs the selection highlights instead
    var focusSet = big ? null : focusNeighbourhood();
    var visibleNodes = {}, edgeUpdates = [], nodeUpdates = [];
    Object.keys(cur.edges).forEach(function (id) {
      var e = cur.edges[id], st = edgeStyle(e, focusSet);
      if (changed("e" + id, st)) edgeUpdates.push(st);
      if (!st.hidden) { visibleNodes[e.from] = true; visibleNodes[e.to] = true; }
    });
    Object.keys(cur.nodes).forEach(function (id) {
      var st = nodeStyle(id, !!visibleNodes[id], focusSet);
      if (changed("n" + id, st)) nodeUpdates.push(st);
    });
    if (nodeUpdates.length) nodesDS.update(nodeUpdates);
    if (edgeUpdates.length) edgesDS.update(edgeUpdates);
    updateCounts();
    fillDatalist();
  }

  function counts() {
    var n = 0, e = 0, s = 0;
    nodesDS.forEach(function (x) { if (!x.hidden) n++; });
    edgesDS.forEach(function (x) { if (!x.hidden) { e++; s += x.count || 0; } });
    return { nodes: n, edges: e, statements: s };
  }
  function updateCounts() {
    var c = counts(), box = document.getElementById("kg-counts");
    box.textContent = c.nodes + " " + t("actors") + " · " + c.edges + " " + t("relations") + " · " +
                      c.statements + " " + t("statements");
    box.dataset.nodes = c.nodes; box.dataset.edges = c.edges; box.dataset.statements = c.statements;
  }

  // ------------------------------------------------------------------ network
  var container = document.getElementById("kg-network");
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: DATA.physics ? {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -160, centralGravity: 0.008, springLength: 170, springConstant: 0.05, avoidOverlap: 0.6 },
      stabilization: { enabled: true, iterations: 250, updateInterval: 50, fit: true }
    } : { enabled: false },
    interaction: { hover: true, tooltipDelay: 80, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false },
    nodes: {
      shape: "dot", borderWidth: 1,
      scaling: { min: 8, max: 28, label: { enabled: false } },
      font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" }
    },
    edges: {
      selectionWidth: 2, hoverWidth: 1.5,
      smooth: false
    }
  };
  var network = null;
  var kg = window.kgGraph = { ready: false, readyAt: null, data: DATA, state: state };

  function markReady() {
    if (kg.ready) return;
    kg.ready = true;
    kg.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  }

  function loadView(name) {
    state.view = name;
    state.focus = null;
    cur = prepareView(name);
    kg.ready = false;
    document.body.removeAttribute("data-ready");
    var nodes = [], edges = [];
    Object.keys(cur.nodes).forEach(function (id) {
      var n = cur.nodes[id], ty = TYPES[DATA.entities[n.idx].type] || TYPES[""];
      nodes.push({ id: id, x: n.x, y: n.y, value: n.count, shape: ty.shape });
    });
    Object.keys(cur.edges).forEach(function (id) {
      var e = cur.edges[id];
      edges.push({ id: id, from: e.from, to: e.to, smooth: e.smooth });
    });
    nodesDS.clear(); edgesDS.clear();
    lastStyle = {};
    nodesDS.add(nodes); edgesDS.add(edges);
    restyle();
    if (!network) {
      network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, options);
      kg.network = network;
      bindNetwork();
      if (!DATA.physics) fitAll();
    } else if (DATA.physics) {
      network.setOptions({ physics: options.physics });
      network.stabilize(options.physics.stabilization.iterations);
    } else {
      fitAll();
    }
    if (!DATA.physics || !nodes.length) network.once("afterDrawing", markReady);
    document.querySelectorAll("input[name=kg-view]").forEach(function (r) { r.checked = r.value === name; });
    buildTypes();
    showStart();
  }

  function fitAll() {  // fit, with a margin so that labels at the border are not cut
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.92, animation: false });
  }

  function bindNetwork() {
    network.on("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      fitAll();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
    network.on("click", function (p) {
      hideTip();
      if (p.nodes && p.nodes.length) selectNode(p.nodes[0]);
      else if (p.edges && p.edges.length) showEdge(p.edges[0]);
      else { state.focus = null; restyle(); showStart(); }
    });
    network.on("hoverEdge", function (p) { showTip(p.edge); });
    network.on("blurEdge", hideTip);
    network.on("dragStart", hideTip);
    network.on("zoom", hideTip);
  }

  // ------------------------------------------------------------------ tooltip and panel
  var mouse = { x: 0, y: 0 };
  container.addEventListener("mousemove", function (ev) {
    mouse.x = ev.clientX; mouse.y = ev.clientY;
    var tip = document.getElementById("kg-tip");
    if (!tip.hidden) placeTip(tip);
  });
  function placeTip(tip) {
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var x = mouse.x + 14, y = mouse.y + 14;
    if (x + w > window.innerWidth - 4) x = Math.max(4, mouse.x - w - 14);
    if (y + h > window.innerHeight - 4) y = Math.max(4, mouse.y - h - 14);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function showTip(edgeId) {
    var e = cur.edges[edgeId];
    if (!e) return;
    var tip = document.getElementById("kg-tip");
    clear(tip);
    tip.appendChild(edgeDetails(e, 3));
    tip.hidden = false;
    placeTip(tip);
  }
  function hideTip() { document.getElementById("kg-tip").hidden = true; }

  function endsText(e) {
    return label(e.s) + (isSymmetric(e.rel) ? " — " : " → ") + label(e.o);
  }

  function docLine(st) {
    var d = DATA.docs[st.doc], name = d.title || d.id;
    var parts = el("span", { className: "kg-meta" });
    if (/^https?:\/\//i.test(d.url || "")) {
      parts.appendChild(el("a", { href: d.url, target: "_blank", rel: "noopener noreferrer" }, name));
    } else {
      parts.appendChild(document.createTextNode(name));
    }
    var date = st.date || d.date;
    if (date) parts.appendChild(document.createTextNode(" · " + date));
    if (st.start !== null && st.start !== undefined) {
      parts.appendChild(document.createTextNode(" · " + t("chars") + " " + st.start + "–" + st.end));
    }
    return parts;
  }

  function edgeDetails(e, limit) {
    var box = el("div", { className: "kg-edge" });
    var sts = edgeVisibleStatements(e).map(stmt);
    box.appendChild(el("h3", null, endsText(e)));
    var fam = DATA.families.filter(function (f) { return f.code === familyOf[e.rel]; })[0];
    box.appendChild(el("div", null,
      el("span", { className: "kg-swatch", style: "border-color:" + (familyColor[familyOf[e.rel]] || "#9e9e9e") }), " ",
      el("span", { className: "kg-rel" }, label(e.s) + " " + relWords(e.rel) + " " + label(e.o)),
      fam ? el("span", { className: "kg-meta" }, " (" + fam[state.lang] + ")") : null));
    // status in words, with counts
    var byStatus = {}, who = {}, dates = [];
    sts.forEach(function (s) {
      byStatus[s.status] = (byStatus[s.status] || 0) + 1;
      s.by.forEach(function (w) { (who[s.status] = who[s.status] || {})[label(w)] = true; });
      var d = s.date || DATA.docs[s.doc].date;
      if (d) dates.push(d);
    });
    var statusLine = el("div", { className: "kg-status" });
    STATUS_ORDER.forEach(function (code) {
      if (byStatus[code]) statusLine.appendChild(el("span", { className: "kg-badge " + code },
        statusWords(code) + (byStatus[code] > 1 ? " ×" + byStatus[code] : "")));
    });
    box.appendChild(statusLine);
    STATUS_ORDER.forEach(function (code) {
      if (who[code]) box.appendChild(el("div", { className: "kg-who" },
        t("by")[code] + ": " + Object.keys(who[code]).sort().join(", ")));
    });
    if (dates.length) {
      dates.sort();
      var range = dates[0] === dates[dates.length - 1] ? dates[0] : dates[0] + " – " + dates[dates.length - 1];
      box.appendChild(el("div", { className: "kg-meta" }, t("date") + ": " + range));
    }
    var list = el("ol", { className: "kg-evidence" });
    var shown = limit ? sts.slice(0, limit) : sts;
    shown.forEach(function (s) {
      var li = el("li", null,
        el("span", { className: "kg-badge " + s.status }, statusWords(s.status)),
        el("span", { className: "kg-sentence" }, s.sentence));
      if (s.by.length) li.appendChild(el("div", { className: "kg-meta" },
        t("by")[s.status] + " " + s.by.map(label).join(", ")));
      if (s.items.length) li.appendChild(el("div", { className: "kg-meta kg-items" },
        t("items") + ": " + s.items.join(", ")));
      li.appendChild(el("div", null, docLine(s)));
      list.appendChild(li);
    });
    box.appendChild(el("div", { className: "kg-meta" }, t("evidence") + " (" + sts.length + ")"));
    box.appendChild(list);
    if (limit && sts.length > limit) {
      box.appendChild(el("div", { className: "kg-meta" }, t("more").replace("{n}", sts.length - limit)));
    }
    return box;
  }

  function panel() { var p = document.getElementById("kg-panel"); clear(p); return p; }
  function showStart() { panel().appendChild(el("p", { className: "kg-note" }, t("start"))); }
  function showEdge(edgeId) {
    var e = cur.edges[edgeId];
    if (!e) return;
    panel().appendChild(edgeDetails(e, 0));
    network.selectEdges([edgeId]);
  }

  function selectNode(id) {
    if (!cur.nodes[id]) return false;
    state.focus = id;
    restyle();
    if (big) {
      var around = focusNeighbourhood();
      network.setSelection({ nodes: Object.keys(around),
                             edges: cur.adj[id].filter(function (eid) { return edgeVisibleStatements(cur.edges[eid]).length; }) },
                           { unselectAll: true, highlightEdges: false });
    } else {
      network.selectNodes([id]);
    }
    var n = cur.nodes[id], ent = DATA.entities[n.idx], p = panel();
    p.appendChild(el("h3", null, label(n.idx)));
    p.appendChild(el("div", { className: "kg-meta" },
      (TYPES[ent.type] || TYPES[""]).glyph + " " + t("type_names")[ent.type || ""] + " · " + n.count + " " + t("statements")));
    if (state.view === "entity" && ent.up !== n.idx) {
      p.appendChild(el("div", { className: "kg-meta" }, t("acts_for") + ": " + label(ent.up)));
    }
    if (state.view === "actor") {
      var members = [];
      DATA.entities.forEach(function (x, i) { if (x.up === n.idx && i !== n.idx) members.push(label(i)); });
      if (members.length) p.appendChild(el("div", { className: "kg-meta" }, t("includes") + ": " + members.sort().join(", ")));
    }
    p.appendChild(el("h3", null, t("relations_of")));
    var list = el("ul", { className: "kg-relations" });
    cur.adj[id].filter(function (eid) { return edgeVisibleStatements(cur.edges[eid]).length; })
      .sort(function (a, b) { return familyOf[cur.edges[a].rel] < familyOf[cur.edges[b].rel] ? -1 : 1; })
      .forEach(function (eid) {
        var e = cur.edges[eid], k = edgeVisibleStatements(e).length;
        var btn = el("button", { type: "button", className: "kg-linklike" },
          label(e.s) + " " + relWords(e.rel) + " " + label(e.o) + " (" + k + ")");
        btn.addEventListener("click", function () { showEdge(eid); });
        list.appendChild(el("li", null,
          el("span", { className: "kg-swatch", style: "border-color:" + (familyColor[familyOf[e.rel]] || "#9e9e9e") }), " ", btn));
      });
    p.appendChild(list);
    return true;
  }

  // ------------------------------------------------------------------ controls
  function buildLegend() {
    var fams = document.getElementById("kg-families");
    clear(fams);
    DATA.families.forEach(function (f) {
      var cb = el("input", { type: "checkbox", "data-family": f.code });
      cb.checked = state.families[f.code];
      cb.addEventListener("change", function () { state.families[f.code] = cb.checked; restyle(); });
      fams.appendChild(el("li", null, el("label", null, cb,
        el("span", { className: "kg-swatch", style: "border-color:" + f.color }), f[state.lang])));
    });
    var sts = document.getElementById("kg-statuses");
    clear(sts);
    var present = {};
    DATA.statements.forEach(function (s) { present[s[3]] = true; });
    STATUS_ORDER.forEach(function (code) {
      if (!present[code]) return;
      var cb = el("input", { type: "checkbox", "data-status": code });
      cb.checked = state.statuses[code];
      cb.addEventListener("change", function () { state.statuses[code] = cb.checked; restyle(); });
      var dash = code === "claimed" ? "dashed" : code === "expected" ? "dotted" : "solid";
      sts.appendChild(el("li", null, el("label", null, cb,
        el("span", { className: "kg-line", style: "border-top:3px " + dash + " #455a64" }),
        statusWords(code) + " (" + t("status_line")[code] + ")")));
    });
    buildTypes();
  }

  function buildTypes() {  // the node types of the current view
    var tys = document.getElementById("kg-types");
    clear(tys);
    var seen = {};
    DATA.views[state.view].nodes.forEach(function (n) { seen[DATA.entities[n[0]].type || ""] = true; });
    Object.keys(TYPES).forEach(function (ty) {
      if (!seen[ty]) return;
      tys.appendChild(el("li", null, el("span", { className: "kg-shape", style: "color:" + TYPES[ty].color }, TYPES[ty].glyph),
        t("type_names")[ty]));
    });
  }

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll("[data-i18n]").forEach(function (n) { n.textContent = t(n.getAttribute("data-i18n")); });
    document.getElementById("kg-search").placeholder = state.lang === "id" ? "cari aktor…" : "find an actor…";
    document.getElementById("kg-lang").value = state.lang;
    buildLegend();
  }

  function fillDatalist() {
    var dl = document.getElementById("kg-actors");
    clear(dl);
    var names = [];
    nodesDS.forEach(function (n) { if (!n.hidden) names.push(n.label); });
    names.sort().forEach(function (name) { dl.appendChild(el("option", { value: name })); });
  }

  function findActor(q) {
    q = (q || "").trim().toLowerCase();
    if (!q) return null;
    var exact = null, partial = null;
    Object.keys(cur.nodes).forEach(function (id) {
      var n = nodesDS.get(id);
      if (!n || n.hidden) return;
      var ent = DATA.entities[cur.nodes[id].idx];
      var names = [ent.id, ent.en, ent.key].map(function (s) { return (s || "").toLowerCase(); });
      if (names.indexOf(q) >= 0) { if (!exact) exact = id; }
      else if (!partial && names.some(function (s) { return s.indexOf(q) >= 0; })) partial = id;
    });
    return exact || partial;
  }

  function search(q) {
    var msg = document.getElementById("kg-search-msg");
    var id = findActor(q);
    if (!id) { msg.textContent = t("not_found"); return null; }
    msg.textContent = "";
    selectNode(id);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    return id;
  }

  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("kg-search").value);
  });
  document.getElementById("kg-search").addEventListener("change", function (ev) {
    if (findActor(ev.target.value)) search(ev.target.value);
  });
  document.getElementById("kg-lang").addEventListener("change", function (ev) {
    state.lang = ev.target.value;
    applyLanguage();
    restyle();
    if (state.focus) selectNode(state.focus); else showStart();
  });
  document.querySelectorAll("input[name=kg-view]").forEach(function (r) {
    r.addEventListener("change", function () { if (r.checked) loadView(r.value); });
  });
  document.getElementById("kg-fit").addEventListener("click", function () {
    state.focus = null; restyle(); fitAll(); showStart();
  });

  // ------------------------------------------------------------------ for tests and the console
  kg.counts = counts;
  kg.search = search;
  kg.selectNode = selectNode;
  kg.showEdge = showEdge;
  kg.setView = function (name) { loadView(name); };
  kg.findEdge = function (fromKey, toKey, rel) {
    var ids = Object.keys(cur.edges).filter(function (id) {
      var e = cur.edges[id];
      return e.rel === rel && ((e.from === fromKey && e.to === toKey) || (isSymmetric(rel) && e.from === toKey && e.to === fromKey));
    });
    return ids.length ? ids[0] : null;
  };
  kg.edgePoint = function (edgeId) {
    // DOM coordinates of a point of a drawn edge where the pointer finds that edge: its middle unless
    // another edge or a node lies over it there (a dense graph crosses edges), else the nearest free point
    var e = network.body.edges[edgeId];
    var r = network.canvas.frame.canvas.getBoundingClientRect();  // where vis measures the pointer from
    var fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85];
    for (var i = 0; i < fractions.length; i++) {
      var d = network.canvasToDOM(e.edgeType.getPoint(fractions[i]));
      var alone = [[0, 0], [-4, 0], [4, 0], [0, -4], [0, 4], [-3, -3], [3, 3], [-3, 3], [3, -3]].every(function (o) {
        var q = { x: d.x + o[0], y: d.y + o[1] };  // the edge alone within a few pixels: pointer rounding cannot pick another
        return network.getNodeAt(q) === undefined && network.getEdgeAt(q) === edgeId;
      });
      if (alone) return { x: d.x + r.left, y: d.y + r.top };
    }
    var m = network.canvasToDOM(e.edgeType.getPoint(0.5));
    return { x: m.x + r.left, y: m.y + r.top };
  };
  kg.nodePoint = function (id) {
    var p = network.getPositions([id])[id];
    var d = network.canvasToDOM(p);
    var r = container.getBoundingClientRect();
    return { x: d.x + r.left, y: d.y + r.top };
  };

  applyLanguage();
  loadView(state.view);
})();
