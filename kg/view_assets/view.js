/* The kg graph page: search, filters, neighbourhood, tooltips. Plain DOM, no libraries besides vis-network.
 * Document text only ever reaches the page through textContent and the canvas, never as HTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var typeLabels = {};
  data.types.forEach(function (type) { typeLabels[type.key] = type.label; });
  var byId = {};
  data.nodes.forEach(function (node) { byId[node.id] = node; });

  var state = {
    mode: data.nodes.length > data.defaultCount ? "top" : "all",  // "top", "all" or "around"
    around: {},      // node ids of the neighbourhood view
    extra: {},       // nodes found by search, shown whatever the mode
    hiddenTypes: {},
    hiddenRelations: {}
  };

  // ---------------------------------------------------------------------------------- tooltips

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function factsList(facts) {
    var list = element("dl", "kg-facts");
    facts.forEach(function (fact) {
      list.appendChild(element("dt", null, fact[0]));
      list.appendChild(element("dd", null, fact[1]));
    });
    return list;
  }

  function evidenceList(evidence) {
    var list = element("ol", "kg-evidence");
    evidence.forEach(function (item) {
      var entry = element("li", null, item.text);
      if (item.where) entry.appendChild(element("div", "kg-small", item.where));
      list.appendChild(entry);
    });
    return list;
  }

  function nodeCard(node) {
    var card = element("div", "kg-card");
    card.appendChild(element("div", "kg-name", node.name));
    card.appendChild(element("div", "kg-small", typeLabels[node.kind] + " · " + node.id));
    var facts = [];
    if (node.aliases.length) facts.push(["别名", node.aliases.join("、")]);
    facts = facts.concat(node.facts);
    facts.push(["提及", String(node.mentions)], ["关系", String(node.degree)]);
    card.appendChild(factsList(facts));
    if (node.evidence.length) card.appendChild(evidenceList(node.evidence));
    return card;
  }

  function edgeCard(edge) {
    var card = element("div", "kg-card");
    card.appendChild(element("div", "kg-name", edge.label));
    card.appendChild(element("div", "kg-small", byId[edge.from].name + " → " + byId[edge.to].name));
    if (edge.facts.length) card.appendChild(factsList(edge.facts));
    if (edge.evidence.length) card.appendChild(evidenceList(edge.evidence));
    return card;
  }

  // ---------------------------------------------------------------------------------- the network

  var nodes = new vis.DataSet(data.nodes.map(function (node) {
    return Object.assign({}, node, {title: nodeCard(node)});
  }));
  var edges = new vis.DataSet(data.edges.map(function (edge) {
    return Object.assign({}, edge, {title: edgeCard(edge)});
  }));
  var visible = {};

  function computeVisible() {
    visible = {};
    data.nodes.forEach(function (node) {
      var inMode = state.mode === "all" || (state.mode === "top" ? node.top : state.around[node.id]);
      if ((inMode || state.extra[node.id]) && !state.hiddenTypes[node.kind]) visible[node.id] = true;
    });
  }
  computeVisible();
  var nodeView = new vis.DataView(nodes, {filter: function (node) { return visible[node.id] === true; }});
  var edgeView = new vis.DataView(edges, {filter: function (edge) {
    return !state.hiddenRelations[edge.rel] && visible[edge.from] === true && visible[edge.to] === true;
  }});

  // Stabilisation costs grow with the node count: fewer iterations for big views keep the page responsive
  // ("整理布局" runs the full number again on demand).
  var fullIterations = data.options.physics.stabilization.iterations;
  function iterationsFor(count) {
    return Math.max(30, Math.min(fullIterations, Math.round(fullIterations * 300 / Math.max(count, 1))));
  }
  data.options.physics.stabilization.iterations = iterationsFor(Object.keys(visible).length);

  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);
  var settled = false;
  var focusAfterLayout = null;
  network.on("stabilizationIterationsDone", function () {
    // Bounded layout: once stabilised the picture stays still (nodes can still be dragged).
    network.setOptions({physics: {enabled: false}});
    if (focusAfterLayout) network.focus(focusAfterLayout, {scale: 1.2, animation: false});
    focusAfterLayout = null;
    if (!settled) { settled = true; document.dispatchEvent(new Event("kg-settled")); }
  });

  function relayout(iterations) {
    network.setOptions({physics: {enabled: true}});
    network.stabilize(iterations || iterationsFor(nodeView.length));
  }

  function showCounts() {
    document.getElementById("kg-status").textContent =
      "显示 " + nodeView.length + " / " + data.nodes.length + " 个节点，" + edgeView.length + " 条关系";
    document.getElementById("kg-show-all").disabled = state.mode === "all";
    document.getElementById("kg-show-top").disabled = state.mode === "top" || data.nodes.length <= data.defaultCount;
  }

  function refresh() {
    computeVisible();
    nodeView.refresh();
    edgeView.refresh();
    showCounts();
    relayout();
  }

  // ---------------------------------------------------------------------------------- selection and details

  var details = document.getElementById("kg-details");
  var aroundButton = document.getElementById("kg-neighbourhood");

  function showDetails(id) {
    details.textContent = "";
    aroundButton.disabled = !id;
    if (id) details.appendChild(nodeCard(byId[id]));
  }

  network.on("selectNode", function (event) { showDetails(event.nodes[0]); });
  network.on("deselectNode", function () { showDetails(null); });
  network.on("selectEdge", function (event) {
    if (event.nodes.length) return;
    details.textContent = "";
    details.appendChild(edgeCard(edges.get(event.edges[0])));
  });

  function selectNode(id) {
    var node = byId[id];
    state.extra[id] = true;
    if (state.hiddenTypes[node.kind]) {
      delete state.hiddenTypes[node.kind];
      document.querySelector('input[data-type="' + node.kind + '"]').checked = true;
    }
    if (!visible[id]) {
      focusAfterLayout = id;
      refresh();
    }
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: false});
    showDetails(id);
  }

  // ---------------------------------------------------------------------------------- search

  var searchBox = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");

  function matches(text) {
    var query = text.trim().toLowerCase();
    if (!query) return [];
    var found = data.nodes.filter(function (node) {
      return [node.name].concat(node.aliases).some(function (name) { return name.toLowerCase().indexOf(query) >= 0; });
    });
    // Exact names first, then shorter names, then the most connected.
    found.sort(function (a, b) {
      var exact = (b.name.toLowerCase() === query) - (a.name.toLowerCase() === query);
      return exact || a.name.length - b.name.length || b.degree - a.degree || (a.id < b.id ? -1 : 1);
    });
    return found.slice(0, 20);
  }

  function showMatches() {
    results.textContent = "";
    matches(searchBox.value).forEach(function (node) {
      var item = element("li");
      var button = element("button", "kg-result", node.name);
      button.type = "button";
      button.appendChild(element("span", "kg-small", " " + typeLabels[node.kind]));
      button.addEventListener("click", function () { selectNode(node.id); });
      item.appendChild(button);
      results.appendChild(item);
    });
  }

  function search(text) {
    var found = matches(text);
    if (!found.length) return null;
    selectNode(found[0].id);
    return found[0].id;
  }

  searchBox.addEventListener("input", showMatches);
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") search(searchBox.value);
  });

  // ---------------------------------------------------------------------------------- views and filters

  var adjacency = {};
  data.nodes.forEach(function (node) { adjacency[node.id] = []; });
  data.edges.forEach(function (edge) {
    adjacency[edge.from].push({id: edge.to, rel: edge.rel});
    adjacency[edge.to].push({id: edge.from, rel: edge.rel});
  });

  function neighbourhood(id, radius) {
    var reached = {};
    reached[id] = true;
    var frontier = [id];
    for (var step = 0; step < radius; step++) {
      var next = [];
      frontier.forEach(function (current) {
        adjacency[current].forEach(function (link) {
          if (!reached[link.id] && !state.hiddenRelations[link.rel]) { reached[link.id] = true; next.push(link.id); }
        });
      });
      frontier = next;
    }
    return reached;
  }

  aroundButton.addEventListener("click", function () {
    var selected = network.getSelectedNodes()[0];
    if (!selected) return;
    state.mode = "around";
    state.around = neighbourhood(selected, Number(document.getElementById("kg-radius").value));
    state.extra = {};
    focusAfterLayout = selected;
    refresh();
    network.selectNodes([selected]);
  });
  document.getElementById("kg-relayout").addEventListener("click", function () { relayout(fullIterations); });
  document.getElementById("kg-show-all").addEventListener("click", function () {
    state.mode = "all";
    refresh();
  });
  document.getElementById("kg-show-top").addEventListener("click", function () {
    state.mode = "top";
    state.extra = {};
    refresh();
  });
  document.querySelectorAll("input[data-type]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) delete state.hiddenTypes[box.dataset.type]; else state.hiddenTypes[box.dataset.type] = true;
      refresh();
    });
  });
  document.querySelectorAll("input[data-relation]").forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked) delete state.hiddenRelations[box.dataset.relation]; else state.hiddenRelations[box.dataset.relation] = true;
      edgeView.refresh();
      showCounts();
    });
  });

  showCounts();
  if (data.focus) {
    document.addEventListener("kg-settled", function () { selectNode(data.focus); });
  }

  // ---------------------------------------------------------------------------------- test hook

  function drawnPixels() {
    var canvas = container.querySelector("canvas");
    var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    var count = 0;
    for (var i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count++;
    return count;
  }

  function runTest(command) {
    var found = command.indexOf("search:") === 0 ? search(command.slice("search:".length)) : null;
    network.once("afterDrawing", function () {
      document.getElementById("kg-test-status").textContent = JSON.stringify({
        drawnPixels: drawnPixels(),
        found: found,
        selected: network.getSelectedNodes(),
        visibleNodes: nodeView.length,
        visibleEdges: edgeView.length,
        details: details.textContent,
        errors: window.kgTestLog.errors,
        alerts: window.kgTestLog.alerts
      });
    });
    network.redraw();
  }

  if (window.kgTestLog) {
    var command = decodeURIComponent(location.hash.slice("#kg-test=".length));
    document.addEventListener("kg-settled", function () { runTest(command); });
  }
}());
