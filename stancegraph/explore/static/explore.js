// stancegraph explorer. Every value from the graph is untrusted (article text, titles,
// speakers, outlets): it only ever enters the DOM as text (textContent, canvas labels),
// and only http(s) URLs become links. The server's Content-Security-Policy runs no
// script but this file and vis-network.
(function () {
  "use strict";
  var S = window.stancegraph = {
    ready: false, busy: 0, network: null, overview: null, seeds: [], picked: [],
    expanded: {}, pinned: {}, unfolded: {}
  };
  var KINDS = ["person", "organization", "country", "place", "group", "topic"];
  var ROLES = ["holder", "cue", "target"];  // the words of a stance edge's evidence

  // -- helpers ----------------------------------------------------------------------------
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function button(text, onclick, cls) {
    var b = el("button", cls || null, text);
    b.type = "button";
    b.addEventListener("click", onclick);
    return b;
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
  }
  function short(text, n) {
    text = String(text || "").replace(/\s+/g, " ").trim();
    return text.length <= n ? text : text.slice(0, n - 1) + "…";
  }
  function status(text, error) {
    $("sg-status").textContent = text || "";
    $("sg-status").className = error ? "sg-error" : "";
  }
  function setBusy(delta) {
    S.busy += delta;
    document.body.setAttribute("data-busy", String(S.busy));
  }

  function request(path, body) {
    setBusy(1);
    var init = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    };
    return fetch(path, init).then(function (r) {
      return r.json().then(function (data) {
        if (!r.ok) throw new Error(data.error || ("HTTP " + r.status));
        return data;
      });
    }).finally(function () { setBusy(-1); });
  }
  function failed(err) { status(err && err.message ? err.message : String(err), true); }

  // -- filters ----------------------------------------------------------------------------
  function checkboxes(box, values, checked, label) {
    values.forEach(function (v) {
      var l = el("label"), c = el("input");
      c.type = "checkbox"; c.value = v; c.checked = checked;
      l.appendChild(c); l.appendChild(document.createTextNode(" " + (label ? label(v) : v)));
      box.appendChild(l);
    });
  }
  function ticked(id) {
    return Array.prototype.filter.call($(id).querySelectorAll("input"), function (c) { return c.checked; })
      .map(function (c) { return c.value; });
  }
  function filters() {
    return { since: $("sg-since").value || null, until: $("sg-until").value || null,
             types: ticked("sg-types"), kinds: ticked("sg-kinds"), outlets: ticked("sg-outlets") };
  }
  function buildFilters(o) {
    checkboxes($("sg-types"), o.edge_types, true, function (t) {
      return t === "SAID_ABOUT" ? "statements" : t.replace(/_/g, " ").toLowerCase();
    });
    checkboxes($("sg-kinds"), KINDS, true);
    checkboxes($("sg-outlets"), o.weeks.all_outlets, false);
  }

  // -- the graph --------------------------------------------------------------------------
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  function tip(lines) {
    var box = el("div");
    lines.forEach(function (l, i) { box.appendChild(el("div", i ? "sg-meta" : "sg-heading", l)); });
    return box;
  }
  function nodeStyle(n) {
    var st = S.overview.styles.nodes, key = n.label === "Actor" ? (n.kind in st ? n.kind : "Actor") : n.label;
    return st[key] || st.Actor;
  }
  function visNode(n) {
    var st = nodeStyle(n), m = n.mentions || n.about || 0;
    var size = n.label === "Statement" ? 7 : Math.min(40, 10 + 4 * Math.sqrt(m));
    var counts = [n.kind, m ? m + " mentions" : null, n.statements ? n.statements + " statements" : null]
      .filter(Boolean).join(" · ");
    return { id: n.id, label: short(n.name, n.label === "Statement" ? 24 : 28), shape: st.shape, size: size,
             color: { background: st.color, border: S.pinned[n.id] ? "#000000" : "#555555" },
             borderWidth: S.pinned[n.id] ? 3 : 1, title: tip([n.name, counts]), data: n };
  }
  function edgeLabel(e) {
    if (e.type === "SAID_ABOUT") return e.count > 1 ? "×" + e.count : "";
    var t = e.type.replace(/_/g, " ").toLowerCase();
    if (["SUPPORTS", "OPPOSES", "DOES_NOT_SUPPORT"].indexOf(e.type) < 0 && e.date) t += " " + e.date;
    return e.count > 1 ? t + " ×" + e.count : t;
  }
  function visEdge(e) {
    var st = S.overview.styles.edges[e.type] || { color: "#999999", dashes: false, width: 1 };
    var width = e.type === "SAID_ABOUT" ? Math.min(6, 1 + Math.log2(1 + e.count)) : st.width;
    var name = function (id) { var n = nodes.get(id); return n ? n.data.name : id; };
    var what = e.type === "SAID_ABOUT" ? e.count + " statement" + (e.count > 1 ? "s" : "") + " about"
      : e.type.replace(/_/g, " ").toLowerCase();
    return { id: e.id, from: e.from, to: e.to, arrows: "to", label: edgeLabel(e), width: width, dashes: st.dashes,
             color: { color: st.color, highlight: st.color, hover: st.color }, data: e,
             title: tip([name(e.from) + " " + what + " " + name(e.to), e.date ? "latest " + e.date : ""]) };
  }
  function addNodes(list) {
    nodes.update(list.map(visNode));
  }
  // A view's answer holds every edge of the screen (the busiest, up to the server's cap);
  // an expand's only those its page adds, merged with what is drawn.
  function setEdges(list, left, unread) {
    var keep = {};
    list.forEach(function (e) { keep[e.id] = true; });
    var stale = edges.getIds({ filter: function (e) { return !keep[e.id] && !e.statementEdge && !e.hidden; } });
    edges.remove(stale);
    S.edgesLeft = left || 0; S.edgesUnread = !!unread;
    addEdges(list);
  }
  function addEdges(list, left, unread) {
    if (left) S.edgesLeft = (S.edgesLeft || 0) + left;
    if (unread) S.edgesUnread = true;
    edges.update(list.filter(function (e) { return !S.unfolded[e.id]; }).map(visEdge));
  }
  function removeNodes(ids) {
    var gone = {};
    ids.forEach(function (id) { gone[id] = true; delete S.expanded[id]; delete S.pinned[id]; });
    edges.remove(edges.getIds({ filter: function (e) { return gone[e.from] || gone[e.to]; } }));
    nodes.remove(ids);
    counts();
  }
  function counts() {
    status(nodes.length + " nodes, " + edges.length + " edges" +
           (S.edgesLeft || S.edgesUnread ? " (" + (S.edgesLeft || "") + (S.edgesUnread ? "+" : "") +
            " more among these nodes not drawn)" : ""));
  }
  function actorIds() {
    return nodes.getIds({ filter: function (n) { return n.data.label !== "Statement"; } });
  }

  function showGraph() {
    $("sg-overview").hidden = true;
    $("sg-graph").hidden = false;
    if (S.network) return;
    S.network = new vis.Network($("sg-network"), { nodes: nodes, edges: edges }, {
      layout: { improvedLayout: false },
      interaction: { hover: true, tooltipDelay: 150 },
      nodes: { font: { size: 12, face: "sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: { font: { size: 10, align: "middle", strokeWidth: 3 }, smooth: { type: "continuous" },
               arrows: { to: { scaleFactor: 0.5 } } },
      physics: { solver: "barnesHut", stabilization: { iterations: 120, fit: true },
                 barnesHut: { gravitationalConstant: -5000, springLength: 130, damping: 0.5, avoidOverlap: 0.2 },
                 minVelocity: 1.0 }
    });
    S.nodes = nodes; S.edges = edges;
    S.network.on("click", function (p) {
      if (p.nodes.length) showNode(p.nodes[0]);
      else if (p.edges.length) showEdge(p.edges[0]);
      else $("sg-details").hidden = true;
    });
    S.network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });
    legend();
  }
  function legend() {
    var box = $("sg-legend"), st = S.overview.styles.edges;
    [["SUPPORTS", "supports"], ["OPPOSES", "opposes"], ["SAID_ABOUT", "statements"], ["VISITS", "events"]]
      .forEach(function (p) {
        var row = el("span", "sg-legend-row"), line = el("span", "sg-line");
        line.style.borderTopColor = st[p[0]].color;
        row.appendChild(line); row.appendChild(document.createTextNode(p[1]));
        box.appendChild(row);
      });
    box.appendChild(el("span", "sg-meta", "double-click a node to expand it"));
  }

  // -- start, expand, collapse, pin, remove -------------------------------------------------
  function start(ids) {
    showGraph();
    nodes.clear(); edges.clear();
    S.expanded = {}; S.pinned = {}; S.unfolded = {}; S.seeds = ids.slice();
    $("sg-details").hidden = true;
    return request("/api/view", { ids: ids, filters: filters() }).then(function (v) {
      addNodes(v.nodes); setEdges(v.edges, v.edges_left, v.edges_unread);
      var chain = Promise.resolve();
      v.nodes.slice(0, 3).forEach(function (n) { chain = chain.then(function () { return expand(n.id); }); });
      return chain;
    }).then(function () { counts(); }).catch(failed);
  }
  function expand(id, more) {
    var seen = S.expanded[id], offset = more && seen ? seen.offset : 0;
    return request("/api/expand", { id: id, filters: filters(), visible: actorIds(), offset: offset }).then(function (r) {
      var fresh = r.nodes.filter(function (n) { return !nodes.get(n.id); }).map(function (n) { return n.id; });
      var at = S.network.getPositions([id])[id] || { x: 0, y: 0 };
      addNodes([r.node].concat(r.nodes));
      nodes.update(fresh.map(function (fid, i) {
        var a = 2 * Math.PI * i / Math.max(1, fresh.length);
        return { id: fid, x: at.x + 150 * Math.cos(a), y: at.y + 150 * Math.sin(a) };
      }));
      addEdges(r.edges, r.edges_left, r.edges_unread);
      var added = (seen ? seen.added : []).concat(fresh);
      S.expanded[id] = { offset: r.offset + r.nodes.length, more: r.more, total: r.total, added: added };
      counts();
      if (S.detailsFor === id) showNode(id);
      return r;
    }).catch(failed);
  }
  function collapse(id) {
    var seen = S.expanded[id];
    if (!seen) return;
    removeNodes(seen.added.filter(function (n) {
      return n !== id && !S.pinned[n] && !S.expanded[n] && S.seeds.indexOf(n) < 0;
    }));
    delete S.expanded[id];
    if (S.detailsFor === id) showNode(id);
  }
  function pin(id) {
    var pinned = !S.pinned[id];
    if (pinned) S.pinned[id] = true; else delete S.pinned[id];
    nodes.update({ id: id, fixed: { x: pinned, y: pinned }, borderWidth: pinned ? 3 : 1,
                   color: { background: nodeStyle(nodes.get(id).data).color, border: pinned ? "#000000" : "#555555" } });
    showNode(id);
  }
  function refresh() {
    var ids = actorIds();
    Object.keys(S.unfolded).forEach(fold);
    return request("/api/view", { ids: ids, filters: filters() }).then(function (v) {
      var kept = {};
      v.nodes.forEach(function (n) { kept[n.id] = true; });
      removeNodes(ids.filter(function (id) { return !kept[id]; }));
      addNodes(v.nodes); setEdges(v.edges, v.edges_left, v.edges_unread); counts();
    }).catch(failed);
  }

  // -- the detail panel ---------------------------------------------------------------------
  function panel(heading) {
    var d = $("sg-details");
    d.textContent = "";
    d.appendChild(button("×", function () { d.hidden = true; S.detailsFor = null; }, "sg-close"));
    var card = el("div", "sg-card");
    card.appendChild(el("div", "sg-heading", heading));
    d.appendChild(card);
    d.hidden = false;
    return card;
  }
  function rows(card, pairs) {
    var t = el("table");
    pairs.forEach(function (p) {
      if (p[1] === null || p[1] === undefined || p[1] === "" || (Array.isArray(p[1]) && !p[1].length)) return;
      var tr = el("tr");
      tr.appendChild(el("th", null, p[0]));
      tr.appendChild(el("td", null, Array.isArray(p[1]) ? p[1].join(", ") : p[1]));
      t.appendChild(tr);
    });
    card.appendChild(t);
  }
  function showNode(id) {
    S.detailsFor = id;
    return request("/api/node", { id: id }).then(function (p) {
      if (S.detailsFor !== id) return;
      var n = p.node, card = panel(n.name), seen = S.expanded[id];
      var acts = el("div", "sg-actions");
      acts.appendChild(button("Expand", function () { expand(id); }));
      if (seen && seen.more) acts.appendChild(button("Show more (" + seen.more + ")", function () { expand(id, true); }));
      if (seen) acts.appendChild(button("Collapse", function () { collapse(id); }));
      acts.appendChild(button(S.pinned[id] ? "Unpin" : "Pin", function () { pin(id); }));
      acts.appendChild(button("Remove", function () { removeNodes([id]); $("sg-details").hidden = true; }));
      card.appendChild(acts);
      rows(card, [["Kind", n.kind], ["Mentions", n.mentions], ["Articles", n.articles], ["Statements", n.statements],
                  ["Spoken about", n.about], ["Aliases", p.aliases], ["Roles", p.roles], ["Id", n.id]]);
      if (p.affiliations.length) {
        card.appendChild(el("div", "sg-heading", "Affiliations"));
        var ul = el("ul", "sg-list");
        p.affiliations.forEach(function (a) {
          var li = el("li");
          li.appendChild(button(a.name, function () { addAndLink(a.id); }, "sg-linkish"));
          li.appendChild(el("span", "sg-count", a.type.replace(/_/g, " ").toLowerCase()));
          ul.appendChild(li);
        });
        card.appendChild(ul);
      }
      chart(card, p.stances);
    }).catch(failed);
  }
  function addAndLink(id) {
    request("/api/view", { ids: actorIds().concat([id]), filters: filters() }).then(function (v) {
      addNodes(v.nodes); setEdges(v.edges, v.edges_left, v.edges_unread); counts();
    }).catch(failed);
  }
  function chart(card, stances) {
    if (!stances.months.length) return;
    card.appendChild(el("div", "sg-heading", stances.on ? "Stances taken on it, by month" : "Stances for and against, by month"));
    var NS = "http://www.w3.org/2000/svg", w = 340, h = 90, months = stances.months;
    var max = Math.max.apply(null, months.map(function (m) { return Math.max(m[1], m[2]); })) || 1;
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", w); svg.setAttribute("height", h); svg.setAttribute("class", "sg-chart");
    var bw = Math.max(3, Math.floor((w - 10) / months.length) - 2);
    months.forEach(function (m, i) {
      [[m[1], "#2e7d32", -1], [m[2], "#c62828", 1]].forEach(function (b) {
        var r = document.createElementNS(NS, "rect"), len = (h / 2 - 10) * b[0] / max;
        r.setAttribute("x", 5 + i * (bw + 2)); r.setAttribute("width", bw);
        r.setAttribute("y", b[2] < 0 ? h / 2 - len : h / 2); r.setAttribute("height", len);
        r.setAttribute("fill", b[1]);
        var t = document.createElementNS(NS, "title");
        t.textContent = m[0] + ": " + m[1] + " for, " + m[2] + " against";
        r.appendChild(t); svg.appendChild(r);
      });
    });
    card.appendChild(svg);
    card.appendChild(el("div", "sg-meta", months[0][0] + " … " + months[months.length - 1][0] + " (green: for, red: against)"));
  }
  // A stance edge's holder, cue and target (reads.evidence_marks: offsets in the sentence, in
  // order, apart); the plain marking of the cue when they are missing or do not fit.
  function marked(sentence, marks, quote) {
    var box = el("div"), at = 0;
    var fits = Array.isArray(marks) && marks.length && typeof sentence === "string" && marks.every(function (m, i) {
      return ROLES.indexOf(m.role) >= 0 && Number.isInteger(m.start) && Number.isInteger(m.end) &&
        m.start >= (i ? marks[i - 1].end : 0) && m.end > m.start && m.end <= sentence.length;
    });
    if (!fits) return highlighted(sentence, quote);
    marks.forEach(function (m) {
      var mark = el("mark", m.role, sentence.slice(m.start, m.end));
      mark.title = m.role;
      box.appendChild(document.createTextNode(sentence.slice(at, m.start)));
      box.appendChild(mark);
      at = m.end;
    });
    box.appendChild(document.createTextNode(sentence.slice(at)));
    return box;
  }
  function highlighted(sentence, quote) {
    var box = el("div");
    sentence = sentence || quote || "";
    var at = quote ? sentence.indexOf(quote) : -1;
    if (at < 0) {
      if (quote && quote !== sentence) { box.appendChild(el("mark", null, quote)); return box; }
      box.textContent = sentence; return box;
    }
    box.appendChild(document.createTextNode(sentence.slice(0, at)));
    box.appendChild(el("mark", null, quote));
    box.appendChild(document.createTextNode(sentence.slice(at + quote.length)));
    return box;
  }
  function showEdge(edgeId) {
    var e = edges.get(edgeId);
    if (!e || !e.data) return;
    S.detailsFor = edgeId;
    var d = e.data;
    return request("/api/evidence", { type: d.type, from: d.from, to: d.to, filters: filters() }).then(function (ev) {
      if (S.detailsFor !== edgeId) return;
      var verb = d.type === "SAID_ABOUT" ? "on" : d.type.replace(/_/g, " ").toLowerCase();
      var card = panel(ev.from.name + " " + verb + " " + ev.to.name);
      if (d.type === "SAID_ABOUT") {
        var acts = el("div", "sg-actions");
        acts.appendChild(button("Unfold statements", function () { unfold(e, ev.rows); }));
        card.appendChild(acts);
      }
      var ul = el("ul", "sg-evidence");
      ev.rows.forEach(function (r) {
        var li = el("li");
        li.appendChild(marked(r.sentence, r.marks, r.quote || r.cue));
        var meta = [r.speaker, r.outlet, r.date, r.status, r.detail].filter(Boolean).join(" · ");
        li.appendChild(el("div", "sg-meta", meta));
        if (r.title) li.appendChild(el("div", "sg-meta", r.title));
        var url = safeUrl(r.url);
        if (url) {
          var a = el("a", null, "Open the article");
          a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
          li.appendChild(a);
        }
        ul.appendChild(li);
      });
      if (!ev.rows.length) card.appendChild(el("div", "sg-meta", "no evidence within the filters"));
      card.appendChild(ul);
    }).catch(failed);
  }
  function unfold(e, statements) {
    var d = e.data;
    S.unfolded[e.id] = { data: d, nodes: statements.map(function (s) { return "st:" + s.id; }) };
    edges.remove(e.id);
    statements.forEach(function (s) {
      var sid = "st:" + s.id;
      nodes.update(visNode({ id: sid, label: "Statement", name: s.quote, kind: "statement" }));
      edges.update([{ id: sid + ":from", from: d.from, to: sid, arrows: "to", statementEdge: true, color: { color: "#78909c" } },
                    { id: sid + ":to", from: sid, to: d.to, arrows: "to", statementEdge: true, color: { color: "#b0bec5" } }]);
    });
    $("sg-details").hidden = true;
    counts();
  }
  function fold(edgeId) {
    var u = S.unfolded[edgeId];
    if (!u) return;
    delete S.unfolded[edgeId];
    edges.remove(edges.getIds({ filter: function (x) { return x.statementEdge && u.nodes.indexOf(x.from) + u.nodes.indexOf(x.to) > -2; } }));
    nodes.remove(u.nodes);
  }

  // -- search -------------------------------------------------------------------------------
  var suggestTimer = null, suggestSeq = 0, active = -1;
  function suggest() {
    var q = $("sg-search").value, seq = ++suggestSeq;
    if (!q.trim()) { $("sg-suggest").hidden = true; return Promise.resolve(); }
    return request("/api/search?q=" + encodeURIComponent(q) + "&limit=10").then(function (hits) {
      if (seq !== suggestSeq) return;
      var ul = $("sg-suggest");
      ul.textContent = ""; active = -1;
      hits.forEach(function (h) {
        var li = el("li", null, h.name);
        li.setAttribute("role", "option");
        li.setAttribute("data-id", h.id);
        li.appendChild(el("span", "sg-kind", h.kind || h.label));
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); pick(h); });
        ul.appendChild(li);
      });
      if (!hits.length) ul.appendChild(el("li", "sg-meta", "nothing matches"));
      ul.hidden = false;
    }).catch(failed);
  }
  function pick(h) {
    if (!S.picked.some(function (p) { return p.id === h.id; })) S.picked.push(h);
    var box = $("sg-picked");
    box.textContent = "";
    S.picked.forEach(function (p) { box.appendChild(el("span", "sg-chip", p.name)); });
    $("sg-start").disabled = false;
    $("sg-search").value = "";
    $("sg-suggest").hidden = true;
    if (S.network && !$("sg-graph").hidden) addAndLink(h.id);
  }
  function startPicked() {
    var ids = S.picked.map(function (p) { return p.id; });
    S.picked = []; $("sg-picked").textContent = ""; $("sg-start").disabled = true;
    return start(ids);
  }
  function searchKeys(ev) {
    var items = $("sg-suggest").querySelectorAll("li[data-id]");
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      active = Math.max(0, Math.min(items.length - 1, active + (ev.key === "ArrowDown" ? 1 : -1)));
      Array.prototype.forEach.call(items, function (li, i) { li.setAttribute("aria-selected", String(i === active)); });
      ev.preventDefault();
    } else if (ev.key === "Enter" && items.length) {
      ev.preventDefault();
      var li = items[Math.max(active, 0)];
      pick({ id: li.getAttribute("data-id"), name: li.firstChild.textContent });
    }
  }

  // -- the overview ----------------------------------------------------------------------------
  function list(title, items, count) {
    var box = el("div", "sg-panel");
    box.appendChild(el("h2", null, title));
    var ol = el("ol", "sg-list");
    items.forEach(function (a) {
      var li = el("li");
      li.appendChild(button(a.name, function () { start([a.id]); }));
      li.appendChild(el("span", "sg-count", count(a)));
      ol.appendChild(li);
    });
    if (!items.length) box.appendChild(el("div", "sg-meta", "nothing yet"));
    box.appendChild(ol);
    return box;
  }
  function matrix(m) {
    var box = el("div", "sg-panel sg-wide");
    box.appendChild(el("h2", null, "Who stands where: stance holders × targets (green for, red against)"));
    if (!m.cells.length) { box.appendChild(el("div", "sg-meta", "no stances yet")); return box; }
    var cells = {}, max = 1, t = el("table", "sg-heat"), head = el("tr");
    m.cells.forEach(function (c) { cells[c[0] + "\u0000" + c[1]] = c; max = Math.max(max, c[2] + c[3]); });
    head.appendChild(el("th"));
    m.targets.forEach(function (x) { var th = el("th", null, short(x.name, 16)); th.title = x.name; head.appendChild(th); });
    t.appendChild(head);
    m.holders.forEach(function (h) {
      var tr = el("tr"), th = el("th", null, short(h.name, 22));
      th.title = h.name; tr.appendChild(th);
      m.targets.forEach(function (x) {
        var td = el("td"), c = cells[h.id + "\u0000" + x.id];
        if (c) {
          var b = button(c[2] + "/" + c[3], function () { start([h.id, x.id]); });
          var share = c[2] / (c[2] + c[3]), a = 0.25 + 0.75 * (c[2] + c[3]) / max;
          b.style.backgroundColor = "rgba(" + Math.round(198 - 152 * share) + "," + Math.round(40 + 85 * share) + ","
            + Math.round(40 + 10 * share) + "," + a.toFixed(2) + ")";
          b.title = h.name + " → " + x.name + ": " + c[2] + " for, " + c[3] + " against";
          td.appendChild(b);
        }
        tr.appendChild(td);
      });
      t.appendChild(tr);
    });
    box.appendChild(t);
    return box;
  }
  function weeks(w) {
    var box = el("div", "sg-panel sg-wide");
    box.appendChild(el("h2", null, "Statements per week, by outlet"));
    if (!w.weeks.length) { box.appendChild(el("div", "sg-meta", "no dated statements")); return box; }
    var t = el("table", "sg-heat"), head = el("tr"), max = 1;
    w.counts.forEach(function (r) { r.forEach(function (n) { max = Math.max(max, n); }); });
    head.appendChild(el("th", null, "week of"));
    w.outlets.forEach(function (o) { var th = el("th", null, short(o, 18)); th.title = o; head.appendChild(th); });
    t.appendChild(head);
    w.weeks.forEach(function (week, j) {
      var tr = el("tr");
      tr.appendChild(el("th", null, week));
      w.outlets.forEach(function (o, i) {
        var td = el("td"), n = w.counts[i][j];
        if (n) {
          var b = button(String(n), function () { weekOf(week, o); });
          b.style.backgroundColor = "rgba(78,121,167," + (0.15 + 0.85 * n / max).toFixed(2) + ")";
          b.title = n + " statements in " + o + ", week of " + week;
          td.appendChild(b);
        }
        tr.appendChild(td);
      });
      t.appendChild(tr);
    });
    box.appendChild(t);
    return box;
  }
  function weekOf(week, outlet) {
    var end = new Date(week + "T00:00:00Z");
    end.setUTCDate(end.getUTCDate() + 6);
    $("sg-since").value = week;
    $("sg-until").value = end.toISOString().slice(0, 10);
    // articles without an outlet cannot be picked by one: then every outlet
    Array.prototype.forEach.call($("sg-outlets").querySelectorAll("input"), function (c) { c.checked = c.value === outlet; });
    return request("/api/top", { filters: filters() }).then(start).catch(failed);
  }
  function showOverview(o) {
    var box = $("sg-overview");
    box.textContent = "";
    var n = function (k, what) { return k + " " + what + (k === 1 ? "" : "s"); };
    box.appendChild(list("Most quoted", o.quoted, function (a) { return n(a.statements, "statement"); }));
    box.appendChild(list("Most mentioned", o.mentioned, function (a) { return n(a.mentions, "mention"); }));
    box.appendChild(list("Most discussed", o.topics, function (a) { return n(a.statements, "statement") + " · " + a.kind; }));
    box.appendChild(matrix(o.matrix));
    box.appendChild(weeks(o.weeks));
  }

  // -- ask and save --------------------------------------------------------------------------
  function ask(q) {
    return request("/api/ask", { q: q, filters: filters() }).then(function (a) {
      var box = $("sg-answer");
      box.textContent = "";
      box.appendChild(button("×", function () { box.hidden = true; }, "sg-close"));
      box.appendChild(el("div", "sg-heading", a.title));
      box.appendChild(el("div", "sg-meta", a.command));
      var t = el("table"), head = el("tr");
      a.columns.forEach(function (c) { head.appendChild(el("th", null, c)); });
      t.appendChild(head);
      a.rows.forEach(function (r) {
        var tr = el("tr");
        r.forEach(function (v) {
          tr.appendChild(el("td", null, v === null ? "" : (typeof v === "object" ? JSON.stringify(v) : v)));
        });
        t.appendChild(tr);
      });
      box.appendChild(t);
      box.appendChild(el("div", "sg-meta", a.rows.length + " rows"));
      showGraph();
      nodes.clear(); edges.clear(); S.expanded = {}; S.seeds = a.nodes.map(function (n) { return n.id; });
      addNodes(a.nodes); setEdges(a.edges, a.edges_left, a.edges_unread); counts();
      box.hidden = false;
    }).catch(failed);
  }
  function save() {
    var fmt = $("sg-save-format").value;
    setBusy(1);
    return fetch("/api/save", { method: "POST", headers: { "Content-Type": "application/json" },
                                body: JSON.stringify({ format: fmt, ids: actorIds(), filters: filters() }) })
      .then(function (r) {
        if (!r.ok) return r.json().then(function (d) { throw new Error(d.error); });
        return r.blob();
      }).then(function (blob) {
        var a = el("a");
        a.href = URL.createObjectURL(blob);
        a.download = "stancegraph-view." + fmt;
        document.body.appendChild(a); a.click(); a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
      }).catch(failed).finally(function () { setBusy(-1); });
  }

  // -- wiring ------------------------------------------------------------------------------------
  $("sg-search").addEventListener("input", function () {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, 150);
  });
  $("sg-search").addEventListener("keydown", searchKeys);
  $("sg-search").addEventListener("blur", function () { setTimeout(function () { $("sg-suggest").hidden = true; }, 150); });
  $("sg-start").addEventListener("click", startPicked);
  $("sg-askform").addEventListener("submit", function (ev) {
    ev.preventDefault();
    if ($("sg-ask").value.trim()) ask($("sg-ask").value.trim());
  });
  $("sg-apply").addEventListener("click", function () { if (S.network && !$("sg-graph").hidden) refresh(); });
  $("sg-clear").addEventListener("click", function () {
    $("sg-since").value = ""; $("sg-until").value = "";
    ["sg-types", "sg-kinds"].forEach(function (id) {
      Array.prototype.forEach.call($(id).querySelectorAll("input"), function (c) { c.checked = true; });
    });
    Array.prototype.forEach.call($("sg-outlets").querySelectorAll("input"), function (c) { c.checked = false; });
    if (S.network && !$("sg-graph").hidden) refresh();
  });
  $("sg-home").addEventListener("click", function () {
    $("sg-graph").hidden = true; $("sg-answer").hidden = true; $("sg-details").hidden = true;
    $("sg-overview").hidden = false;
  });
  $("sg-save").addEventListener("click", save);

  S.start = start; S.expand = expand; S.collapse = collapse; S.pin = pin; S.refresh = refresh;
  S.showNode = showNode; S.showEdge = showEdge; S.ask = ask;
  request("/api/overview").then(function (o) {
    S.overview = o;
    buildFilters(o);
    showOverview(o);
    S.ready = true;
    document.body.setAttribute("data-ready", "true");
  }).catch(failed);
})();
