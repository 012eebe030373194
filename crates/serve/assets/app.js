// dyad explorer: the actor graph over time, its camps, the events behind
// every edge with their evidence, full-text search and documents with their
// events marked. Plain JavaScript, no library.
//
// Safety: article text is only ever written with text nodes (never parsed
// as markup), and links are only made from http(s) URLs.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const CAMP_COLOURS = ["#4c6ef5", "#e8590c", "#2b8a3e", "#ae3ec9", "#1098ad", "#f59f00", "#868e96"];
const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const QUAD_VARS = ["--q1", "--q2", "--q3", "--q4"];
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const state = {
  overview: null,
  months: [],
  selection: null, // {kind: "dyad", actor, recipient} or {kind: "actor", code}
};

// ---------------------------------------------------------------- helpers

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k === "style") setStyle(node, v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

/** An SVG element with attributes. */
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "style") setStyle(node, v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

/** Styles through the CSS object model: the content security policy
 *  refuses style attributes. `css` is "property:value;..." of our own. */
function setStyle(node, css) {
  for (const decl of String(css).split(";")) {
    const i = decl.indexOf(":");
    if (i > 0) node.style.setProperty(decl.slice(0, i).trim(), decl.slice(i + 1).trim());
  }
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A link, only for http(s) URLs; otherwise the text alone. */
function link(url, text) {
  if (typeof url === "string" && /^https?:\/\//i.test(url)) {
    return el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text);
  }
  return el("span", {}, text);
}

function status(message) {
  document.getElementById("status").textContent = message || "";
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "" && v !== false) query.set(k, String(v));
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    throw new Error((body && body.error) || res.status + " " + res.statusText);
  }
  return body;
}

function name(code, names) {
  return (names && names[code]) || code;
}

function quadClass(q) {
  return "cat q" + (q >= 1 && q <= 4 ? q : 1);
}

// ---------------------------------------------------------------- period

/** Months from the first to the last event day, as "YYYY-MM". */
function monthRange(first, last) {
  if (!first || !last) return [];
  let [y, m] = first.slice(0, 7).split("-").map(Number);
  const [ly, lm] = last.slice(0, 7).split("-").map(Number);
  const out = [];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
    out.push(y + "-" + String(m).padStart(2, "0"));
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return month + "-" + String(d).padStart(2, "0");
}

/** The period filter: none when the whole range is chosen (so undated
 *  events count too). */
function periodParams() {
  const months = state.months;
  const from = Number(document.getElementById("from").value);
  const to = Number(document.getElementById("to").value);
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  if (!months.length || (lo === 0 && hi === months.length - 1)) return {};
  return { since: months[lo] + "-01", until: lastDay(months[hi]) };
}

function showPeriod() {
  const p = periodParams();
  const label = p.since ? p.since.slice(0, 7) + " to " + p.until.slice(0, 7) : "all time (dated and undated)";
  document.getElementById("period").textContent = label;
}

function modeParams() {
  return document.getElementById("all-modes").checked ? { all_modes: true } : {};
}

// ---------------------------------------------------------------- graph

/** Positions by a small force simulation: repulsion between all nodes,
 *  springs along edges, a pull toward the node's camp and the centre.
 *  Deterministic: nodes start on a circle in code order. */
function layout(nodes, edges, width, height) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    return { x: width / 2 + (width / 3) * Math.cos(a), y: height / 2 + (height / 3) * Math.sin(a), vx: 0, vy: 0 };
  });
  const index = new Map(nodes.map((d, i) => [d.code, i]));
  const links = edges
    .map((e) => [index.get(e.actor), index.get(e.recipient)])
    .filter(([a, b]) => a !== undefined && b !== undefined);
  const ideal = Math.sqrt((width * height) / Math.max(n, 1)) * 0.9;
  for (let step = 0; step < 300; step++) {
    const cool = 1 - step / 300;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x;
        let dy = pos[i].y - pos[j].y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
        const f = (ideal * ideal) / d2;
        pos[i].vx += dx * f * 0.5; pos[i].vy += dy * f * 0.5;
        pos[j].vx -= dx * f * 0.5; pos[j].vy -= dy * f * 0.5;
      }
    }
    for (const [a, b] of links) {
      const dx = pos[b].x - pos[a].x;
      const dy = pos[b].y - pos[a].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - ideal) / d) * 0.02;
      pos[a].vx += dx * f; pos[a].vy += dy * f;
      pos[b].vx -= dx * f; pos[b].vy -= dy * f;
    }
    // Camps hold together.
    const centres = new Map();
    nodes.forEach((d, i) => {
      if (d.camp === null || d.camp === undefined) return;
      const c = centres.get(d.camp) || { x: 0, y: 0, k: 0 };
      c.x += pos[i].x; c.y += pos[i].y; c.k += 1;
      centres.set(d.camp, c);
    });
    nodes.forEach((d, i) => {
      const c = centres.get(d.camp);
      if (c && c.k > 1) {
        pos[i].vx += (c.x / c.k - pos[i].x) * 0.01;
        pos[i].vy += (c.y / c.k - pos[i].y) * 0.01;
      }
      pos[i].vx += (width / 2 - pos[i].x) * 0.005;
      pos[i].vy += (height / 2 - pos[i].y) * 0.005;
    });
    for (const p of pos) {
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy);
      const cap = 20 * cool + 1;
      if (v > cap) { p.vx *= cap / v; p.vy *= cap / v; }
      p.x += p.vx; p.y += p.vy;
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  // Fit into the box with a margin for labels (written to the right of
  // their node).
  const margin = 60;
  const right = 150;
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - margin - right) / Math.max(x1 - x0, 1);
  const sy = (height - 2 * margin) / Math.max(y1 - y0, 1);
  // Fill the box: each axis scaled on its own (a force layout has no
  // meaningful aspect ratio), never enlarged more than 1.5 times.
  const kx = Math.min(sx, 1.5);
  const ky = Math.min(sy, 1.5);
  const ox = margin + (width - margin - right - kx * (x1 - x0)) / 2;
  const oy = (height - ky * (y1 - y0)) / 2;
  return pos.map((p) => ({ x: ox + kx * (p.x - x0), y: oy + ky * (p.y - y0) }));
}

const TONE_COLOUR = { cooperation: "var(--coop)", conflict: "var(--conf)", mixed: "var(--mixed)" };

async function drawGraph() {
  const box = document.getElementById("graph");
  let data;
  try {
    data = await api("graph", { ...periodParams(), ...modeParams(), limit: 80 });
  } catch (e) {
    status("Graph: " + e.message);
    return;
  }
  status("");
  const names = Object.fromEntries(data.nodes.map((d) => [d.code, d.name]));
  state.names = Object.assign(state.names || {}, names);
  clear(box);
  const width = box.clientWidth || 800;
  const height = box.clientHeight || 520;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  const defs = svg("defs");
  for (const [tone, colour] of Object.entries(TONE_COLOUR)) {
    const marker = svg("marker", {
      id: "arrow-" + tone, viewBox: "0 0 10 10", refX: 9, refY: 5, markerUnits: "userSpaceOnUse",
      markerWidth: 11, markerHeight: 11, orient: "auto-start-reverse",
    }, svg("path", { d: "M0,0 L10,5 L0,10 z", style: "fill:" + colour }));
    defs.appendChild(marker);
  }
  root.appendChild(defs);
  if (!data.nodes.length) {
    root.appendChild(svg("text", { x: 20, y: 40, class: "axis" },
      "No dyads with both actors known in this period" + (modeParams().all_modes ? "." : " (plain facts only; tick \"all modes\" for more).")));
    box.appendChild(root);
    drawCamps(data, names);
    document.body.dataset.ready = "1";
    return;
  }
  const pos = layout(data.nodes, data.edges, width, height);
  const at = new Map(data.nodes.map((d, i) => [d.code, { ...pos[i], node: d }]));
  const maxMentions = Math.max(...data.nodes.map((d) => d.mentions), 1);
  const radius = (d) => 8 + 18 * Math.sqrt(d.mentions / maxMentions);
  const pairs = new Set(data.edges.map((e) => e.actor + ">" + e.recipient));
  const maxEdge = Math.max(...data.edges.map((e) => e.mentions), 1);
  const edgeLayer = svg("g", { class: "edges" });
  for (const e of data.edges) {
    const a = at.get(e.actor);
    const b = at.get(e.recipient);
    if (!a || !b) continue;
    let dx = b.x - a.x;
    let dy = b.y - a.y;
    const d = Math.sqrt(dx * dx + dy * dy) || 1;
    dx /= d; dy /= d;
    // Both directions: draw the two side by side.
    const off = pairs.has(e.recipient + ">" + e.actor) ? 7 : 0;
    const ox = -dy * off;
    const oy = dx * off;
    const ra = radius(a.node);
    const rb = radius(b.node) + 3;
    const x1 = a.x + dx * ra + ox;
    const y1 = a.y + dy * ra + oy;
    const x2 = b.x - dx * rb + ox;
    const y2 = b.y - dy * rb + oy;
    const widthPx = 1.5 + 7 * Math.sqrt(e.mentions / maxEdge);
    const g = svg("g", { class: "edge", "data-actor": e.actor, "data-recipient": e.recipient, "data-tone": e.tone, tabindex: 0 });
    const title = `${name(e.actor, names)} → ${name(e.recipient, names)}: ${e.events} events, ${e.mentions} mentions (` +
      QUAD_NAMES.map((q, i) => `${q} ${e.quad[i]}`).join(", ") + `), mean tone ${e.mean_scale.toFixed(1)}`;
    g.appendChild(svg("title", {}, title));
    g.appendChild(svg("line", {
      class: "stroke", x1, y1, x2, y2, "stroke-width": widthPx,
      style: "stroke:" + TONE_COLOUR[e.tone], "marker-end": `url(#arrow-${e.tone})`,
    }));
    g.appendChild(svg("line", { class: "hit", x1, y1, x2, y2 }));
    const open = () => selectDyad(e.actor, e.recipient, g);
    g.addEventListener("click", open);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
    edgeLayer.appendChild(g);
  }
  root.appendChild(edgeLayer);
  const nodeLayer = svg("g", { class: "nodes" });
  for (const [code, p] of at) {
    const d = p.node;
    const colour = d.camp === null || d.camp === undefined ? "#adb5bd" : CAMP_COLOURS[d.camp % CAMP_COLOURS.length];
    const g = svg("g", { class: "node", "data-code": code, transform: `translate(${p.x},${p.y})`, tabindex: 0 });
    g.appendChild(svg("title", {}, `${name(code, names)} (${code}): ${d.mentions} mentions`));
    g.appendChild(svg("circle", { r: radius(d), style: "fill:" + colour }));
    const label = svg("text", { x: radius(d) + 4, y: 4 }, code);
    if (d.name && d.name !== code) label.appendChild(svg("tspan", { class: "name", dx: 4 }, d.name));
    g.appendChild(label);
    const open = () => selectActor(code, g);
    g.addEventListener("click", open);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
    nodeLayer.appendChild(g);
  }
  root.appendChild(nodeLayer);
  box.appendChild(root);
  drawCamps(data, names);
  document.body.dataset.ready = "1";
}

function drawCamps(data, names) {
  const box = document.getElementById("camps");
  clear(box);
  if (!data.camps || data.camps.length < 2) {
    box.appendChild(document.createTextNode(data.camps && data.camps.length === 1 ? "One camp." : ""));
    return;
  }
  box.appendChild(document.createTextNode(`Camps (balance ${(100 * (data.balance || 0)).toFixed(0)}%): `));
  const shown = new Set(Object.keys(names));
  data.camps.forEach((camp, i) => {
    // Only the actors drawn in the graph; camps of one actor are not listed.
    const members = camp.filter((c) => shown.has(c));
    if (members.length < 2) return;
    const swatch = el("span", { class: "swatch", style: "background:" + CAMP_COLOURS[i % CAMP_COLOURS.length] });
    const listed = members.slice(0, 12).map((c) => name(c, names)).join(", ");
    box.appendChild(el("span", { class: "camp" }, swatch, listed + (members.length > 12 ? ` and ${members.length - 12} more` : "")));
  });
}

function markSelected(node) {
  for (const s of document.querySelectorAll("#graph .selected")) s.classList.remove("selected");
  if (node) node.classList.add("selected");
}

// ---------------------------------------------------------------- events

/** Remember the view in the address (`#dyad=PRK-RUS`, `#actor=PRK`,
 *  `#doc=3`, `#q=words`) so it can be bookmarked and shared. */
function remember(hash) {
  if (location.hash !== "#" + hash) history.replaceState(null, "", "#" + hash);
}

function selectDyad(actor, recipient, node) {
  markSelected(node);
  remember("dyad=" + encodeURIComponent(actor) + "-" + encodeURIComponent(recipient));
  state.selection = { kind: "dyad", actor, recipient };
  const title = `${name(actor, state.names)} → ${name(recipient, state.names)}`;
  loadEvents(title, { actor, recipient }, actor + "-" + recipient);
  drawTimeline();
}

function selectActor(code, node) {
  markSelected(node);
  remember("actor=" + encodeURIComponent(code));
  state.selection = { kind: "actor", code };
  loadEvents(`${name(code, state.names)} (${code}), as actor or recipient`, { actor: code, either: true }, code);
  drawTimeline();
}

function show(id) {
  for (const box of ["events-box", "results-box", "doc-box"]) {
    document.getElementById(box).hidden = box !== id;
  }
}

async function loadEvents(title, params, key, offset) {
  show("events-box");
  const list = document.getElementById("events");
  const hint = document.querySelector("#events-box .hint");
  if (hint) hint.remove();
  if (!offset) {
    clear(list);
    delete list.dataset.loaded;
    document.getElementById("events-title").textContent = title;
  }
  let page;
  try {
    const modes = document.getElementById("all-modes").checked ? {} : { factual: true };
    page = await api("events", { ...params, ...periodParams(), ...modes, limit: 25, offset: offset || 0, evidence: 3 });
  } catch (e) {
    status("Events: " + e.message);
    return;
  }
  status("");
  const old = list.querySelector(".more");
  if (old) old.remove();
  if (!page.items.length && !offset) list.appendChild(el("p", { class: "hint" }, "No events in this period."));
  for (const ev of page.items) list.appendChild(eventItem(ev));
  if (page.next_offset !== null) {
    const more = el("button", { class: "more" }, "More events");
    more.addEventListener("click", () => loadEvents(title, params, key, page.next_offset));
    list.appendChild(more);
  }
  list.dataset.loaded = key;
}

function eventItem(ev) {
  const when = ev.date_first
    ? ev.date_first + (ev.date_last && ev.date_last !== ev.date_first ? " to " + ev.date_last : "")
    : "undated" + (ev.first_report ? ", reported " + ev.first_report : "");
  const modes = (ev.modality || "").split(";").filter(Boolean);
  const item = el("article", { class: "event", dataset: { id: ev.id } },
    el("header", {},
      el("span", { class: quadClass(ev.quad_code), title: QUAD_NAMES[ev.quad_code - 1] || "" }, ev.category),
      el("strong", {}, `${ev.actor_code || "?"} → ${ev.recipient_code || "—"}`),
      el("span", { class: "meta" }, when),
      modes.map((m) => el("span", { class: "tag" }, m)),
      el("span", { class: "meta" }, `${ev.mention_count} mention${ev.mention_count === 1 ? "" : "s"}, ${ev.source_count} source${ev.source_count === 1 ? "" : "s"}`)));
  for (const m of ev.evidence) item.appendChild(evidenceItem(m));
  return item;
}

/** A sentence with the actor, trigger and recipient spans marked. `spans`
 *  are byte offsets in the document; `base` is the sentence's offset. */
function markedText(text, base, spans) {
  const bytes = encoder.encode(text);
  const roles = new Uint8Array(bytes.length); // 0 none, 1 recipient, 2 actor, 3 trigger
  const rank = { recipient: 1, actor: 2, trigger: 3 };
  for (const { role, span } of spans) {
    if (!span || base === null || base === undefined) continue;
    const a = Math.max(0, span.start - base);
    const b = Math.min(bytes.length, span.end - base);
    for (let i = a; i < b; i++) roles[i] = Math.max(roles[i], rank[role]);
  }
  const names = ["", "recipient", "actor", "trigger"];
  const out = [];
  let i = 0;
  while (i < bytes.length) {
    let j = i;
    while (j < bytes.length && roles[j] === roles[i]) j++;
    const piece = decoder.decode(bytes.subarray(i, j));
    out.push(roles[i] ? el("mark", { class: names[roles[i]], title: names[roles[i]] }, piece) : piece);
    i = j;
  }
  return out;
}

function recordSpans(r) {
  return [
    { role: "trigger", span: r.trigger_span },
    { role: "actor", span: r.actor_span },
    { role: "recipient", span: r.recipient_span },
  ];
}

function evidenceItem(m) {
  const r = m.record || {};
  const actor = (r.actor || [])[0];
  const recipient = (r.recipient || [])[0];
  const describe = (a) => (a ? `${a.entity_text} (${[a.code, a.sector].filter(Boolean).join(" ") || "unresolved"})` : "—");
  const docLink = el("button", { class: "linkish", type: "button" }, "document");
  docLink.addEventListener("click", () => openDocument(m.doc, m.sentence));
  return el("div", { class: "mention" },
    el("p", { class: "evidence" }, markedText(r.text || "", m.sentence_start, recordSpans(r))),
    el("p", { class: "meta" },
      `${describe(actor)} → ${describe(recipient)}; trigger “${(r.event_text || []).join(" ")}”; rule ${r.pattern || "?"}`,
      (r.mode || []).length ? `; mode ${r.mode.join(", ")}` : "",
      (r.aux_mode || []).length ? `; aux ${r.aux_mode.join(", ")}` : "",
      (r.context || []).length ? `; context ${r.context.join(", ")}` : "",
      typeof r.confidence === "number" ? `; confidence ${r.confidence.toFixed(2)}` : "",
      r.date ? `; dated ${r.date} (${r.date_source})` : "; undated in the text"),
    el("p", { class: "meta" },
      [m.source, m.report_date].filter(Boolean).join(", ") || m.doc_id, " · ",
      docLink,
      m.url ? [" · ", link(m.url, "article")] : ""));
}

// ---------------------------------------------------------------- timeline

async function drawTimeline() {
  const box = document.getElementById("timeline");
  const sel = state.selection;
  const params = { ...periodParams() };
  let title = "Timeline of all events";
  if (sel && sel.kind === "dyad") {
    Object.assign(params, { actor: sel.actor, recipient: sel.recipient, either: true });
    title = `Timeline: ${name(sel.actor, state.names)} and ${name(sel.recipient, state.names)}`;
  } else if (sel && sel.kind === "actor") {
    Object.assign(params, { actor: sel.code, either: true });
    title = `Timeline: ${name(sel.code, state.names)}`;
  }
  const span = params.since ? params : { since: state.overview.first_report || state.overview.first_day, until: state.overview.last_report || state.overview.last_day };
  const days = span.since && span.until ? (Date.parse(span.until) - Date.parse(span.since)) / 864e5 : 0;
  const by = days <= 62 ? "day" : days <= 730 ? "week" : "month";
  document.getElementById("timeline-title").textContent = `${title}, by ${by} (mention-weighted, by quad class)`;
  let page;
  try {
    page = await api("timeline", { ...params, by });
  } catch (e) {
    status("Timeline: " + e.message);
    return;
  }
  clear(box);
  const rows = page.items;
  const width = box.clientWidth || 700;
  const height = 150;
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}` });
  if (!rows.length) {
    root.appendChild(svg("text", { x: 10, y: 30, class: "axis" },
      "No dated events here: events with neither a date of their own nor a dated report are not on the timeline."));
    box.appendChild(root);
    return;
  }
  const max = Math.max(...rows.map((r) => r.quad.reduce((a, b) => a + b, 0)), 1);
  const left = 30;
  const bottom = 20;
  const bw = Math.max(2, Math.min(40, (width - left - 10) / rows.length - 2));
  root.appendChild(svg("text", { x: 0, y: 10, class: "axis" }, String(max)));
  rows.forEach((r, i) => {
    const x = left + i * (bw + 2);
    let y = height - bottom;
    r.quad.forEach((count, q) => {
      const h = ((height - bottom - 12) * count) / max;
      if (h <= 0) return;
      y -= h;
      root.appendChild(svg("rect", { x, y, width: bw, height: h, style: `fill:var(${QUAD_VARS[q]})` },
        svg("title", {}, `${r.period}: ${count} ${QUAD_NAMES[q]}`)));
    });
    if (i % Math.max(1, Math.ceil(70 / (bw + 2))) === 0) {
      root.appendChild(svg("text", { x, y: height - 5, class: "axis" }, r.period));
    }
  });
  box.appendChild(root);
}

// ---------------------------------------------------------------- search

async function search(q, offset) {
  show("results-box");
  remember("q=" + encodeURIComponent(q));
  const list = document.getElementById("results");
  if (!offset) clear(list);
  document.getElementById("results-title").textContent = `Sentences matching “${q}”`;
  let page;
  try {
    page = await api("search", { q, limit: 25, offset: offset || 0 });
  } catch (e) {
    status("Search: " + e.message);
    return;
  }
  status("");
  const old = list.querySelector(".more");
  if (old) old.remove();
  if (!page.items.length && !offset) list.appendChild(el("p", { class: "hint" }, "Nothing found."));
  for (const h of page.items) {
    const open = el("button", { class: "linkish", type: "button" }, h.title || h.doc_id);
    const hit = el("article", { class: "hit", dataset: { doc: h.doc, sentence: h.sentence }, title: "Open the document" },
      el("header", {}, open, el("span", { class: "meta" }, h.date || "undated"),
        h.events ? el("span", { class: "tag" }, `${h.events} event${h.events === 1 ? "" : "s"}`) : ""),
      el("p", { class: "evidence" }, highlightWords(h.text, q)));
    // The whole hit opens its document, at the sentence.
    hit.addEventListener("click", () => openDocument(h.doc, h.sentence));
    list.appendChild(hit);
  }
  if (page.next_offset !== null) {
    const more = el("button", { class: "more" }, "More results");
    more.addEventListener("click", () => search(q, page.next_offset));
    list.appendChild(more);
  }
}

/** `text` with the query's words marked (case-insensitive, whole words
 *  or phrases as typed). */
function highlightWords(text, q) {
  const terms = (q.match(/"[^"]+"|\S+/g) || [])
    .map((t) => t.replace(/"/g, "").trim().toLowerCase())
    .filter((t) => t.length > 1);
  if (!terms.length) return [text];
  const lower = text.toLowerCase();
  const out = [];
  let i = 0;
  while (i < text.length) {
    let best = -1;
    let len = 0;
    for (const t of terms) {
      const at = lower.indexOf(t, i);
      if (at >= 0 && (best < 0 || at < best)) { best = at; len = t.length; }
    }
    if (best < 0) break;
    if (best > i) out.push(text.slice(i, best));
    out.push(el("mark", { class: "match" }, text.slice(best, best + len)));
    i = best + len;
  }
  if (i < text.length) out.push(text.slice(i));
  return out;
}

// ---------------------------------------------------------------- document

async function openDocument(id, sentence) {
  show("doc-box");
  remember("doc=" + encodeURIComponent(id) + (sentence !== undefined ? "." + sentence : ""));
  const box = document.getElementById("doc");
  clear(box);
  let doc;
  try {
    doc = await api("documents/" + encodeURIComponent(id));
  } catch (e) {
    status("Document: " + e.message);
    return;
  }
  status("");
  document.getElementById("doc-title").textContent = doc.title || doc.doc_id;
  box.appendChild(el("p", { class: "meta" },
    [doc.source, doc.date || "undated", `${doc.n_mentions} event mentions`, `${doc.n_quotes} quotes`].filter(Boolean).join(" · "),
    doc.url ? [" · ", link(doc.url, "article")] : "",
    doc.story !== doc.id ? ` · near duplicate of document ${doc.story}` : ""));
  const bytes = encoder.encode(doc.text);
  const bySentence = new Map();
  for (const m of doc.mentions) {
    if (!bySentence.has(m.sentence)) bySentence.set(m.sentence, []);
    bySentence.get(m.sentence).push(m);
  }
  const text = el("div", { class: "text" });
  let at = 0;
  let target = null;
  for (const s of doc.sentence_spans) {
    if (s.start > at) text.appendChild(document.createTextNode(decoder.decode(bytes.subarray(at, s.start))));
    const mentions = bySentence.get(s.index) || [];
    const spans = mentions.flatMap((m) => recordSpans(m.record));
    const sentenceText = decoder.decode(bytes.subarray(s.start, s.end));
    const node = el("span", { class: "sentence" + (mentions.length ? " coded" : ""), id: "s-" + s.index },
      markedText(sentenceText, s.start, spans));
    if (mentions.length) {
      node.title = mentions.map((m) => {
        const r = m.record;
        return `${(r.event || []).join("/")}: ${((r.actor || [])[0] || {}).code || "?"} → ${((r.recipient || [])[0] || {}).code || "—"} (${r.pattern})`;
      }).join("\n");
    }
    if (s.index === sentence) { node.classList.add("target"); target = node; }
    text.appendChild(node);
    at = Math.max(at, s.end);
  }
  if (at < bytes.length) text.appendChild(document.createTextNode(decoder.decode(bytes.subarray(at))));
  box.appendChild(text);
  if (doc.mentions.length) {
    box.appendChild(el("h3", {}, "Events coded from it"));
    box.appendChild(el("ul", {}, doc.mentions.map((m) => {
      const r = m.record;
      const actor = ((r.actor || [])[0] || {}).code || "?";
      const recipient = ((r.recipient || [])[0] || {}).code || "—";
      const go = el("button", { class: "linkish", type: "button" }, `sentence ${m.sentence + 1}`);
      go.addEventListener("click", () => {
        const node = document.getElementById("s-" + m.sentence);
        if (node) node.scrollIntoView({ block: "center" });
      });
      return el("li", {}, el("span", { class: quadClass(r.quad_code) }, (r.event || []).join("/")), ` ${actor} → ${recipient} `,
        (r.mode || []).map((x) => el("span", { class: "tag" }, x)), " ", go);
    })));
  }
  if (doc.quotes.length) {
    box.appendChild(el("h3", {}, "Quotes"));
    box.appendChild(el("ul", {}, doc.quotes.map((q) => {
      const src = q.source || {};
      const who = src.name || src.text || "unattributed";
      const code = [src.code, src.sector].filter(Boolean).join(" ");
      return el("li", { class: "quote" }, el("strong", {}, String(who)), code ? ` (${code})` : "",
        q.cue && q.cue.text ? ` ${q.cue.text}: ` : ": ",
        q.kind === "direct" ? `“${q.text || ""}”` : String(q.text || ""));
    })));
  }
  if (target) target.scrollIntoView({ block: "center" });
}

// ---------------------------------------------------------------- start

async function start() {
  try {
    state.overview = await api("overview");
  } catch (e) {
    status("Cannot read the database: " + e.message);
    return;
  }
  const c = state.overview.counts;
  document.getElementById("counts").textContent =
    `${c.documents} documents · ${c.events} events from ${c.mentions} mentions · ${c.quotes} quotes` +
    (state.overview.first_report ? ` · published ${state.overview.first_report} to ${state.overview.last_report}` : "");
  // The period control spans the publication dates (events dated far in
  // the past or future are still counted under "all time").
  state.months = monthRange(
    state.overview.first_report || state.overview.first_day,
    state.overview.last_report || state.overview.last_day);
  const last = Math.max(state.months.length - 1, 0);
  for (const id of ["from", "to"]) {
    const input = document.getElementById(id);
    input.max = last;
    input.disabled = state.months.length < 2;
    input.addEventListener("input", showPeriod);
    input.addEventListener("change", redraw);
  }
  document.getElementById("to").value = last;
  document.getElementById("all-modes").addEventListener("change", redraw);
  document.getElementById("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = document.getElementById("search").value.trim();
    if (q) search(q);
  });
  showPeriod();
  await redraw();
  await restore(location.hash.slice(1));
}

/** Open the view a remembered address names. */
async function restore(hash) {
  const [kind, value] = [hash.split("=")[0], decodeURIComponent(hash.slice(hash.indexOf("=") + 1))];
  if (kind === "dyad" && value.includes("-")) {
    const [actor, recipient] = value.split("-");
    const node = document.querySelector(`#graph g.edge[data-actor="${CSS.escape(actor)}"][data-recipient="${CSS.escape(recipient)}"]`);
    selectDyad(actor, recipient, node);
  } else if (kind === "actor" && value) {
    selectActor(value, document.querySelector(`#graph g.node[data-code="${CSS.escape(value)}"]`));
  } else if (kind === "q" && value) {
    document.getElementById("search").value = value;
    await search(value);
  } else if (kind === "doc" && value) {
    const [id, sentence] = value.split(".");
    await openDocument(Number(id), sentence === undefined ? undefined : Number(sentence));
  }
}

async function redraw() {
  showPeriod();
  await drawGraph();
  await drawTimeline();
  const sel = state.selection;
  if (sel && !document.getElementById("events-box").hidden) {
    const node = sel.kind === "dyad"
      ? document.querySelector(`#graph g.edge[data-actor="${CSS.escape(sel.actor)}"][data-recipient="${CSS.escape(sel.recipient)}"]`)
      : document.querySelector(`#graph g.node[data-code="${CSS.escape(sel.code)}"]`);
    if (sel.kind === "dyad") selectDyad(sel.actor, sel.recipient, node);
    else selectActor(sel.code, node);
  }
}

start();
