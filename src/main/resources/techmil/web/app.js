// techmil browser page: search an entity, draw the claims around it, read each claim's quote.
// Everything comes from the SPARQL endpoint at ./sparql of the same server; no other network access.
(function () {
  'use strict';

  const PREFIXES = [
    'PREFIX tm: <https://w3id.org/techmil/ontology#>',
    'PREFIX schema: <https://schema.org/>',
    'PREFIX prov: <http://www.w3.org/ns/prov#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    'PREFIX owl: <http://www.w3.org/2002/07/owl#>',
    'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>', ''].join('\n');

  // The same colours and shapes as the file exports (org.techmil.export.Styles).
  const CLAIM_TYPES = {
    Allegation: '#e15759', Denial: '#7f7f7f', Designation: '#8e44ad',
    Contract: '#1f77b4', Partnership: '#2ca02c', Investigation: '#ff9f1c'
  };
  const ENTITY_TYPES = {
    TechFirm: ['#4e79a7', 'ellipse'], MilitaryOrganisation: ['#b0413e', 'triangle'],
    GovernmentBody: ['#59a14f', 'rectangle'], Country: ['#b07aa1', 'diamond'],
    Person: ['#f28e2b', 'ellipse'], MediaOrganisation: ['#9c755f', 'hexagon'],
    Organisation: ['#76b7b2', 'octagon']
  };
  const TM = 'https://w3id.org/techmil/ontology#';

  const $ = (id) => document.getElementById(id);
  const state = { focus: null, focusLabel: null, entities: new Map(), edges: [] };

  // ---- SPARQL -------------------------------------------------------------------------------------------
  async function sparql(query) {
    const resp = await fetch('sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: PREFIXES + query })
    });
    if (!resp.ok) throw new Error('the SPARQL endpoint answered ' + resp.status + ': ' + (await resp.text()).slice(0, 200));
    const json = await resp.json();
    return json.results.bindings.map((b) => {
      const row = {};
      for (const k of Object.keys(b)) row[k] = b[k].value;
      return row;
    });
  }

  function literal(s) {
    return '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
  }

  function iri(s) {
    if (!/^[^<>"{}|^`\\\s]+$/.test(s)) throw new Error('not an IRI: ' + s);
    return '<' + s + '>';
  }

  function selectedTypes() {
    return Object.keys(CLAIM_TYPES).filter((t) => $('type-' + t).checked);
  }

  // The claim filter shared by every query: selected types and the date range.
  function claimFilter() {
    const types = selectedTypes().map((t) => 'tm:' + t).join(' ');
    let f = `VALUES ?type { ${types} }\n?c a ?type ; tm:subject ?s ; tm:object ?o .\n` +
      'OPTIONAL { ?c prov:wasDerivedFrom ?article . OPTIONAL { ?article schema:datePublished ?date } }\n';
    if ($('since').value) f += `FILTER(?date >= ${literal($('since').value)}^^xsd:date)\n`;
    if ($('until').value) f += `FILTER(?date <= ${literal($('until').value)}^^xsd:date)\n`;
    return f;
  }

  // ---- search -------------------------------------------------------------------------------------------
  async function search(text) {
    const q = text.trim().toLowerCase();
    if (!q) return;
    status('Searching “' + text.trim() + '” …');
    $('matches').innerHTML = '';
    const types = Object.keys(ENTITY_TYPES).map((t) => 'tm:' + t).join(' ');
    const rows = await sparql(`
      SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (MAX(?ex) AS ?exact) (COUNT(DISTINCT ?c) AS ?claims) WHERE {
        VALUES ?t { ${types} }
        ?e a ?t ; rdfs:label ?l .
        { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
        UNION { ?e owl:sameAs ?wd BIND(STRAFTER(STR(?wd), "http://www.wikidata.org/entity/") AS ?name) }
        BIND(LCASE(STR(?name)) AS ?n)
        FILTER(CONTAINS(?n, ${literal(q)}))
        BIND(IF(?n = ${literal(q)}, 1, 0) AS ?ex)
        OPTIONAL { { ?c tm:subject ?e } UNION { ?c tm:object ?e } }
      } GROUP BY ?e ORDER BY DESC(?exact) DESC(?claims) ?label LIMIT 25`);
    if (rows.length === 0) {
      status('No entity matches “' + text.trim() + '”.');
      return;
    }
    if (rows.length > 1) {
      const ul = document.createElement('ul');
      for (const r of rows) {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = `${r.label} (${local(r.type)}, ${r.claims} claims)`;
        b.addEventListener('click', () => show(r.e, r.label).catch(fail));
        li.appendChild(b);
        ul.appendChild(li);
      }
      $('matches').append('Other matches:', ul);
    }
    await show(rows[0].e, rows[0].label);
  }

  // ---- neighbourhood ------------------------------------------------------------------------------------
  async function show(entity, label) {
    state.focus = entity;
    state.focusLabel = label;
    $('details').innerHTML = '';
    if (selectedTypes().length === 0) {
      draw([], new Map([[entity, 0]]));
      status('No claim type selected.');
      return;
    }
    const hops = parseInt($('hops').value, 10) || 1;
    const depth = new Map([[entity, 0]]);
    const edges = new Map();
    let frontier = [entity];
    for (let d = 1; d <= hops && frontier.length > 0; d++) {
      const rows = await sparql(`
        SELECT ?type ?s ?o (COUNT(DISTINCT ?c) AS ?n) (MIN(?date) AS ?first) (MAX(?date) AS ?last) WHERE {
          VALUES ?x { ${frontier.map(iri).join(' ')} }
          { ?c tm:subject ?x } UNION { ?c tm:object ?x }
          ${claimFilter()}
        } GROUP BY ?type ?s ?o`);
      const next = [];
      for (const r of rows) {
        const key = r.type + ' ' + r.s + ' ' + r.o;
        if (!edges.has(key)) edges.set(key, { type: local(r.type), s: r.s, o: r.o, n: +r.n, first: r.first, last: r.last });
        for (const e of [r.s, r.o]) if (!depth.has(e)) { depth.set(e, d); next.push(e); }
      }
      frontier = next;
    }
    await loadEntities([...depth.keys()]);
    state.edges = [...edges.values()];
    draw(state.edges, depth);
    const claims = state.edges.reduce((a, e) => a + e.n, 0);
    status(`${label}: ${state.edges.length} connection${state.edges.length === 1 ? '' : 's'} from ${claims} claim${claims === 1 ? '' : 's'}` +
      ` within ${hops} hop${hops === 1 ? '' : 's'}. Click an edge to read its claims.`);
    listConnections();
  }

  async function loadEntities(iris) {
    const missing = iris.filter((e) => !state.entities.has(e));
    if (missing.length === 0) return;
    const rows = await sparql(`
      SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (SAMPLE(?cl) AS ?country) (SAMPLE(?wd) AS ?wikidata) WHERE {
        VALUES ?e { ${missing.map(iri).join(' ')} }
        OPTIONAL { ?e rdfs:label ?l }
        OPTIONAL { ?e a ?t FILTER(STRSTARTS(STR(?t), "${TM}")) }
        OPTIONAL { ?e tm:country/rdfs:label ?cl }
        OPTIONAL { ?e owl:sameAs ?w FILTER(STRSTARTS(STR(?w), "http://www.wikidata.org/entity/")) BIND(STRAFTER(STR(?w), "entity/") AS ?wikidata) }
      } GROUP BY ?e`);
    for (const r of rows) state.entities.set(r.e, { label: r.label || local(r.e), type: r.type ? local(r.type) : 'Entity', country: r.country, wikidata: r.wikidata });
  }

  // ---- drawing ------------------------------------------------------------------------------------------
  let cy = null;

  function draw(edges, depth) {
    const elements = [];
    for (const [e, d] of depth) {
      const info = state.entities.get(e) || { label: local(e), type: 'Entity' };
      const style = ENTITY_TYPES[info.type] || ['#bdbdbd', 'ellipse'];
      elements.push({ group: 'nodes', data: { id: e, label: info.label, type: info.type, color: style[0], shape: style[1], depth: d }, classes: d === 0 ? 'focus' : '' });
    }
    edges.forEach((e, i) => {
      elements.push({ group: 'edges', data: {
        id: 'e' + i, source: e.s, target: e.o, type: e.type, count: e.n, color: CLAIM_TYPES[e.type],
        label: e.n > 1 ? `${e.type} ×${e.n}` : e.type } });
    });
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $('cy'),
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: { 'background-color': 'data(color)', 'shape': 'data(shape)', 'label': 'data(label)',
          'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'width': 28, 'height': 28,
          'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
        { selector: 'node.focus', style: { 'width': 42, 'height': 42, 'border-width': 3, 'border-color': '#1f2933', 'font-weight': 'bold' } },
        { selector: 'edge', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
          'curve-style': 'bezier', 'width': 'mapData(count, 1, 6, 3, 9)', 'label': 'data(label)', 'font-size': 9,
          'color': '#333', 'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
          'text-margin-y': -8, 'loop-sweep': '-50deg', 'control-point-step-size': 50 } },
        { selector: 'edge:selected', style: { 'width': 10, 'overlay-opacity': 0.15, 'overlay-color': '#000' } },
        { selector: 'node:selected', style: { 'overlay-opacity': 0.15 } }
      ],
      layout: { name: 'concentric', concentric: (n) => 10 - n.data('depth'), levelWidth: () => 1,
        minNodeSpacing: 60, animate: false, padding: 40 }
    });
    // a small neighbourhood should not fill the screen with three huge nodes
    if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(); }
    cy.on('tap', 'edge', (ev) => showClaims(ev.target.data()).catch(fail));
    cy.on('tap', 'node', (ev) => showEntity(ev.target.id()));
    window.techmil.cy = cy;
  }

  function listConnections() {
    const box = $('connections');
    box.innerHTML = '';
    if (state.edges.length === 0) return;
    const h = document.createElement('h2');
    h.textContent = 'Connections';
    const ul = document.createElement('ul');
    state.edges.forEach((e, i) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `${e.type}: ${name(e.s)} → ${name(e.o)}` + (e.n > 1 ? ` (${e.n})` : '');
      b.addEventListener('click', () => { cy.$(':selected').unselect(); cy.$id('e' + i).select(); showClaims(cy.$id('e' + i).data()).catch(fail); });
      li.appendChild(b);
      ul.appendChild(li);
    });
    box.append(h, ul);
  }

  // ---- details ------------------------------------------------------------------------------------------
  async function showClaims(edge) {
    const box = $('details');
    box.textContent = 'Loading claims …';
    let q = `
      SELECT ?c ?conf ?detail ?rule ?claimant ?headline ?source ?url ?date ?quote ?start WHERE {
        BIND(tm:${edge.type} AS ?type) BIND(${iri(edge.source)} AS ?s) BIND(${iri(edge.target)} AS ?o)
        ${claimFilter()}
        OPTIONAL { ?c tm:confidence ?conf } OPTIONAL { ?c tm:detail ?detail } OPTIONAL { ?c tm:rule ?rule }
        OPTIONAL { ?c tm:claimant ?cl . ?cl rdfs:label ?claimant }
        OPTIONAL { ?article schema:headline ?headline } OPTIONAL { ?article tm:sourceName ?source }
        OPTIONAL { ?article schema:url ?url }
        OPTIONAL { ?c tm:evidence ?ev . ?ev tm:quote ?quote . OPTIONAL { ?ev tm:start ?start } }
      } ORDER BY ?date ?c ?start`;
    q = q.replace(/VALUES \?type \{[^}]*\}\n/, '');
    const rows = await sparql(q);
    const claims = new Map();
    for (const r of rows) {
      if (!claims.has(r.c)) claims.set(r.c, { ...r, quotes: [] });
      if (r.quote && !claims.get(r.c).quotes.includes(r.quote)) claims.get(r.c).quotes.push(r.quote);
    }
    box.innerHTML = '';
    const h = document.createElement('h2');
    h.textContent = `${edge.type}: ${name(edge.source)} → ${name(edge.target)}`;
    box.appendChild(h);
    const note = document.createElement('p');
    note.textContent = `${claims.size} claim${claims.size === 1 ? '' : 's'} reported by the articles below; a claim is what an article reports, not a fact.`;
    box.appendChild(note);
    for (const c of claims.values()) box.appendChild(claimCard(edge.type, c));
  }

  function claimCard(type, c) {
    const div = document.createElement('article');
    div.className = 'claim';
    div.style.setProperty('--c', CLAIM_TYPES[type]);
    const h = document.createElement('h3');
    h.textContent = c.headline || c.source || local(c.c);
    div.appendChild(h);
    for (const quote of c.quotes) {
      const bq = document.createElement('blockquote');
      bq.className = 'quote';
      bq.textContent = quote;
      div.appendChild(bq);
    }
    const dl = document.createElement('dl');
    const add = (k, v, href) => {
      if (v === undefined || v === null || v === '') return;
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      if (href && /^https?:/.test(href)) {
        const a = document.createElement('a');
        a.href = href; a.textContent = v; a.rel = 'noopener noreferrer'; a.target = '_blank';
        dd.appendChild(a);
      } else dd.textContent = v;
      dl.append(dt, dd);
    };
    add('Claimant', c.claimant || 'not named in the article');
    add('Detail', c.detail);
    add('Source', c.source, c.url);
    add('Published', c.date);
    add('Confidence', c.conf);
    add('Rule', c.rule);
    div.appendChild(dl);
    return div;
  }

  function showEntity(id) {
    const info = state.entities.get(id) || { label: local(id), type: 'Entity' };
    const box = $('details');
    box.innerHTML = '';
    const div = document.createElement('div');
    div.className = 'entity';
    const h = document.createElement('h2');
    h.textContent = info.label;
    const p = document.createElement('p');
    p.textContent = [info.type, info.country, info.wikidata].filter(Boolean).join(' · ');
    div.append(h, p);
    if (id !== state.focus) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Centre on ' + info.label;
      b.addEventListener('click', () => show(id, info.label).catch(fail));
      div.appendChild(b);
    }
    box.appendChild(div);
  }

  // ---- helpers and wiring -------------------------------------------------------------------------------
  function local(s) { return String(s).replace(/^.*[#/]/, ''); }
  function name(e) { return (state.entities.get(e) || { label: local(e) }).label; }
  function status(s) { $('status').textContent = s; }
  function fail(err) { status('Error: ' + err.message); console.error(err); }

  function init() {
    const box = $('type-filters');
    for (const [t, colour] of Object.entries(CLAIM_TYPES)) {
      const label = document.createElement('label');
      label.className = 'type';
      label.innerHTML = `<input type="checkbox" id="type-${t}" checked> <span class="swatch" style="background:${colour}"></span> ${t}`;
      box.appendChild(label);
    }
    const legend = $('legend');
    for (const [t, [colour]] of Object.entries(ENTITY_TYPES)) {
      const s = document.createElement('span');
      s.innerHTML = `<i style="background:${colour}"></i>${t}`;
      legend.appendChild(s);
    }
    $('search-form').addEventListener('submit', (ev) => { ev.preventDefault(); search($('search').value).catch(fail); });
    const redraw = () => { if (state.focus) show(state.focus, state.focusLabel).catch(fail); };
    $('filters').addEventListener('change', redraw);
    $('hops').addEventListener('change', redraw);
    const start = new URLSearchParams(location.search).get('q');
    if (start) { $('search').value = start; search(start).catch(fail); }
  }

  window.techmil = { state: state, cy: null };
  if (typeof cytoscape === 'undefined') {
    document.addEventListener('DOMContentLoaded', () => status('Error: Cytoscape.js did not load.'));
  } else if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
