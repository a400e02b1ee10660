// Small SVG charts drawn by hand (no libraries: the page works offline).
// Every label goes in through textContent, never as markup.
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const QUAD_COLOURS = ["#8b93a1", "#4caf7a", "#1f7a4d", "#e8963a", "#c8402f"];
const QUAD_LABELS = ["中性 neutral", "言语合作 verbal coop.", "物质合作 material coop.", "言语冲突 verbal conflict", "物质冲突 material conflict"];

function svgEl(name, attrs, text) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function niceMax(n) {
  if (n <= 4) return 4;  // four gridlines, whole numbers
  const p = Math.pow(10, Math.floor(Math.log10(n)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

// months: [{month: "1998-11", counts: [q0..q4]}] → stacked bars.
function drawTimeline(container, months) {
  container.replaceChildren();
  if (!months.length) {
    container.append(Object.assign(document.createElement("p"), {className: "empty", textContent: "没有事件 No events match."}));
    return;
  }
  const W = 760, H = 260, L = 40, R = 10, T = 10, B = 34;
  const svg = svgEl("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline"});
  const totals = months.map(m => m.counts.reduce((a, b) => a + b, 0));
  const max = niceMax(Math.max(...totals));
  const plotW = W - L - R, plotH = H - T - B;
  const step = plotW / months.length, bar = Math.min(40, Math.max(1, step * 0.8));
  for (let i = 0; i <= 4; i++) {
    const v = max * i / 4, y = T + plotH - plotH * i / 4;
    svg.append(svgEl("line", {x1: L, x2: W - R, y1: y, y2: y, stroke: "#e3e6ec"}));
    svg.append(svgEl("text", {x: L - 6, y: y + 4, "text-anchor": "end"}, Number.isInteger(v) ? v : v.toFixed(1)));
  }
  const labelEvery = Math.ceil(months.length / 12);
  months.forEach((m, i) => {
    const x = L + i * step + (step - bar) / 2;
    let y = T + plotH;
    m.counts.forEach((n, q) => {
      if (!n) return;
      const h = plotH * n / max;
      y -= h;
      const rect = svgEl("rect", {x, y, width: bar, height: h, fill: QUAD_COLOURS[q], class: `bar q${q}`});
      rect.append(svgEl("title", {}, `${m.month} · ${QUAD_LABELS[q]}: ${n}`));
      svg.append(rect);
    });
    if (i % labelEvery === 0) {
      svg.append(svgEl("text", {x: L + i * step + step / 2, y: H - B + 16, "text-anchor": "middle"}, m.month));
    }
  });
  container.append(svg);
}

// nodes: [{id, events}], edges: [{source, target, events, cooperative, conflictual}] → circle layout.
function drawNetwork(container, data, onPick) {
  container.replaceChildren();
  if (!data.nodes.length) {
    container.append(Object.assign(document.createElement("p"), {className: "empty", textContent: "没有国家间事件 No dyads match."}));
    return;
  }
  const W = 520, H = 420, cx = W / 2, cy = H / 2, radius = Math.min(W, H) / 2 - 48;
  const svg = svgEl("svg", {viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "network"});
  // The busiest country (often the hub: 中国 in Chinese news) sits in the middle, the rest on a ring.
  const pos = {};
  const hub = data.nodes.length > 3 ? data.nodes[0] : null;
  const ring = hub ? data.nodes.slice(1) : data.nodes;
  if (hub) pos[hub.id] = [cx, cy, -Math.PI / 2];
  ring.forEach((n, i) => {
    const a = -Math.PI / 2 + 2 * Math.PI * i / ring.length;
    pos[n.id] = [cx + radius * Math.cos(a), cy + radius * Math.sin(a), a];
  });
  const maxEdge = Math.max(...data.edges.map(e => e.events), 1);
  const maxNode = Math.max(...data.nodes.map(n => n.events), 1);
  for (const e of data.edges) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    // Colour by the balance: all cooperative → green, all conflictual → red.
    const scored = e.cooperative + e.conflictual;
    const share = scored ? e.conflictual / scored : 0;
    const colour = share > 0.5 ? QUAD_COLOURS[4] : (share > 0.2 ? QUAD_COLOURS[3] : QUAD_COLOURS[1]);
    const line = svgEl("line", {x1, y1, x2, y2, stroke: colour, "stroke-opacity": 0.75,
      "stroke-width": 1 + 7 * e.events / maxEdge, class: "edge"});
    line.append(svgEl("title", {}, `${e.source}–${e.target}: ${e.events} (合作 ${e.cooperative}, 冲突 ${e.conflictual})`));
    svg.append(line);
  }
  for (const n of data.nodes) {
    const [x, y, a] = pos[n.id];
    const g = svgEl("g", {class: "node", cursor: "pointer"});
    g.append(svgEl("circle", {cx: x, cy: y, r: 5 + 13 * Math.sqrt(n.events / maxNode), fill: "#2b5fd9", stroke: "#fff", "stroke-width": 2}));
    const off = n === hub ? 0 : 24;
    const lx = x + off * Math.cos(a), ly = n === hub ? y + 4 : y + off * Math.sin(a) + 4;
    g.append(svgEl("text", {x: lx, y: ly, "text-anchor": n === hub || Math.abs(Math.cos(a)) < 0.3 ? "middle" : (Math.cos(a) > 0 ? "start" : "end"), class: n === hub ? "node-label hub" : "node-label"}, n.id));
    g.append(svgEl("title", {}, `${n.id}: ${n.events}`));
    g.addEventListener("click", () => onPick && onPick(n.id));
    svg.append(g);
  }
  container.append(svg);
}

function fillQuadLegend(el) {
  el.replaceChildren();
  QUAD_LABELS.forEach((label, q) => {
    const key = Object.assign(document.createElement("span"), {className: "key"});
    key.append(Object.assign(document.createElement("i"), {className: `swatch q${q}`}), label);
    el.append(key);
  });
}
