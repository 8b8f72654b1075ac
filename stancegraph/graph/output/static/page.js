// stancegraph page script. Article text is untrusted: it only ever enters the DOM as text
// (textContent, canvas labels, element titles built here), never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var state = window.stancegraph = { ready: false, readyAt: null, network: null };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
  }

  // One card for tooltips (link shown as text: a tooltip cannot be clicked) and details.
  function card(info, clickable) {
    var box = el("div", "sg-card");
    box.appendChild(el("div", "sg-heading", info.heading));
    var table = el("table");
    (info.rows || []).forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
      table.appendChild(tr);
    });
    box.appendChild(table);
    var url = safeUrl(info.url);
    if (url) {
      if (clickable) {
        var a = el("a", "sg-link", "Open the article");
        a.href = url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        box.appendChild(a);
      } else {
        box.appendChild(el("div", "sg-url", url));
      }
    }
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var node = { id: n.id, label: n.label, shape: n.shape, size: n.size, x: n.x, y: n.y, group: n.group,
             color: { background: n.color, border: "#555555", highlight: { background: n.color, border: "#000000" } },
             title: card(n.info, false), info: n.info };
    if (n.start) {  // where the walk began
      node.size = Math.max(n.size * 1.3, 30);
      node.borderWidth = 3;
      node.font = { size: 20, bold: true, strokeWidth: 4 };
      node.label = n.label;
    }
    return node;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var out = { id: e.id, from: e.from, to: e.to, arrows: "to", dashes: e.dashes, width: e.width,
                color: { color: e.color, highlight: e.color, hover: e.color, opacity: 0.9 },
                title: card(e.info, false), info: e.info, type: e.type };
    if (e.label) out.label = e.label;
    return out;
  }));

  var options = {
    autoResize: true,
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: data.nodes.length > 300 },
    nodes: { font: { size: 12, face: "sans-serif", strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: { font: { size: 10, align: "middle", strokeWidth: 3 }, smooth: data.smooth ? { type: "continuous" } : false,
             arrows: { to: { scaleFactor: 0.5 } } },
    physics: {
      enabled: data.physics,
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: data.gravity || -4000, springLength: data.spring || 110, springConstant: 0.03,
                   damping: 0.5, avoidOverlap: 0.2 },
      stabilization: { enabled: data.physics, iterations: data.iterations, updateInterval: 50, fit: true },
      minVelocity: 1.0
    }
  };

  var container = document.getElementById("sg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  state.network = network;
  state.nodes = nodes;
  state.edges = edges;
  document.getElementById("sg-counts").textContent = data.nodes.length + " nodes, " + data.edges.length + " relationships";

  function settled() {
    if (state.ready) return;
    state.ready = true;
    state.readyAt = performance.now();
    document.body.setAttribute("data-ready", "true");
  }
  if (data.physics) {
    // Settle once, then stop: a graph that keeps drifting is hard to read.
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      network.once("afterDrawing", settled);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", settled);
    network.fit();
  }

  // Details panel: the same card, with a clickable link to the article.
  var details = document.getElementById("sg-details");
  function show(info) {
    details.textContent = "";
    var close = el("button", "sg-close", "×");
    close.type = "button";
    close.title = "Close";
    close.addEventListener("click", function () { details.hidden = true; });
    details.appendChild(close);
    details.appendChild(card(info, true));
    details.hidden = false;
  }
  network.on("click", function (params) {
    if (params.nodes.length) show(nodes.get(params.nodes[0]).info);
    else if (params.edges.length) show(edges.get(params.edges[0]).info);
    else details.hidden = true;
  });

  // Search: find a node by (part of) its name, focus it and show its card.
  var names = document.getElementById("sg-names");
  var seen = {};
  data.nodes.forEach(function (n) {
    if (n.label && !seen[n.label] && data.nodes.length <= 5000) {
      seen[n.label] = true;
      var o = document.createElement("option");
      o.value = n.label;
      names.appendChild(o);
    }
  });
  var search = document.getElementById("sg-search");
  var status = document.getElementById("sg-search-status");
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) { status.textContent = ""; return null; }
    var exact = null, partial = [];
    data.nodes.forEach(function (n) {
      var label = (n.label || "").toLowerCase(), heading = (n.info.heading || "").toLowerCase();
      if (label === q || heading === q || n.id.toLowerCase() === q) exact = exact || n;
      else if (label.indexOf(q) >= 0 || heading.indexOf(q) >= 0 || n.id.toLowerCase().indexOf(q) >= 0) partial.push(n);
    });
    var hit = exact || partial[0] || null;
    status.textContent = hit ? (exact ? "" : (partial.length > 1 ? partial.length + " matches, showing the first" : ""))
                             : "no node matches";
    if (hit) {
      network.selectNodes([hit.id]);
      network.focus(hit.id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
      show(hit.info);
    }
    return hit;
  }
  state.find = find;
  search.addEventListener("change", function () { find(search.value); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") find(search.value); });

  // Legend: only what this graph contains.
  var legend = document.getElementById("sg-legend");
  legend.appendChild(el("div", "sg-legend-title", "Legend"));
  data.legend.nodes.forEach(function (item) {
    var row = el("div", "sg-legend-row");
    var swatch = el("span", "sg-swatch sg-shape-" + item[1]);
    swatch.style.background = item[2];
    row.appendChild(swatch);
    row.appendChild(el("span", null, item[0]));
    legend.appendChild(row);
  });
  data.legend.edges.forEach(function (item) {
    var row = el("div", "sg-legend-row");
    var line = el("span", "sg-line");
    line.style.borderTop = "3px " + (item[2] ? "dashed " : "solid ") + item[1];
    row.appendChild(line);
    row.appendChild(el("span", null, item[0]));
    legend.appendChild(row);
  });
})();
