/* The query page: YASGUI on this endpoint, one tab per shipped query (ontology/queries/*.rq).
   Nothing is kept in the browser's storage, so each visit starts from the shipped queries of the
   running kg. window.kgYasgui is the Yasgui instance (for the page's tests). */
"use strict";
(function () {
  const queries = JSON.parse(document.getElementById("kg-queries").textContent);
  const endpoint = new URL("sparql", window.location.href).href;

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    autoAddOnInit: false,
    populateFromUrl: false,
    persistenceId: null,
    tabName: "query",
  });

  // a query with parameters runs as it is (its variables unbound) and says how to bind them
  function text(q) {
    if (!q.params.length) return q.text;
    const vars = q.params.map((p) => "?" + p).join(" ");
    return q.text.replace(/\s*$/, "\n") +
      "# parameters " + vars + ": bind them with VALUES at the start of WHERE, e.g.\n" +
      "# VALUES (" + vars + ") { (" + q.params.map(() => "<https://w3id.org/kg-news/entity/RUS>").join(" ") + ") }\n";
  }

  function tabOf(name) {
    return Object.values(yasgui._tabs).find((t) => t.getName() === name);
  }

  function open(q, active) {
    const found = tabOf(q.name);
    if (found) {
      if (active) yasgui.selectTabId(found.getId());
      return found;
    }
    return yasgui.addTab(active, { name: q.name, yasqe: { value: text(q) } });
  }

  queries.forEach((q, i) => open(q, i === 0));
  if (!queries.length) yasgui.addTab(true);

  const select = document.getElementById("kg-examples");
  select.addEventListener("change", () => {
    const q = queries.find((x) => x.name === select.value);
    if (q) open(q, true);
    select.value = "";
  });
  window.kgYasgui = yasgui;
})();
