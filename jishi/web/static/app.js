// The page: article view (code one text) and corpus view (browse a database).
// All text from the server is inserted as text nodes; nothing is parsed as HTML.
"use strict";

const $ = (sel) => document.querySelector(sel);
const el = (tag, cls, text) => {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
};

async function api(url, options) {
  const response = await fetch(url, options);
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const detail = body && body.detail ? (typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail)) : response.statusText;
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

function showError(box, err) {
  box.textContent = err ? String(err.message || err) : "";
  box.hidden = !err;
}

// ---- tabs -----------------------------------------------------------------
function showView(name) {
  for (const tab of document.querySelectorAll(".tab")) tab.classList.toggle("active", tab.dataset.view === name);
  $("#view-article").hidden = name !== "article";
  $("#view-corpus").hidden = name !== "corpus";
  if (name === "corpus") loadCorpus();
}

// ---- article view -----------------------------------------------------------
let article = null;   // the last ArticleView
let segments = [];    // [{start, end, node}] of the rendered text

function actorLabel(a) { return a.names.length ? a.names.join("、") : a.name; }
function sideText(actors) {
  if (!actors.length) return "—";
  return actors.map(a => a.name + (a.code ? ` (${a.code})` : "")).join("、");
}

// "A → B"; a joint event names each side once: "A ↔ B".
function dyadLine(r, tag) {
  const line = el(tag, "dyad");
  if (r.joint) {
    line.append(el("span", null, r.source.map(a => a.name + (a.code ? ` (${a.code})` : "")).join(" ↔ ")));
    return line;
  }
  line.append(el("span", null, sideText(r.source)), el("span", "arrow", " → "), el("span", null, sideText(r.target)));
  return line;
}

function renderText(view) {
  const body = $("#article-body");
  body.replaceChildren();
  segments = [];
  const cuts = new Set([0, view.text.length]);
  const spans = [];
  for (const a of view.actors) spans.push({start: a.start, end: a.end, kind: "actor", item: a});
  for (const ev of view.events) {
    const [s, e] = ev.trigger_span;
    if (e > s) spans.push({start: s, end: e, kind: "trigger", item: ev});
    cuts.add(ev.record.span[0]); cuts.add(ev.record.span[1]);
  }
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter(p => p >= 0 && p <= view.text.length).sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    const covering = spans.filter(s => s.start <= start && end <= s.end);
    const node = el("span", null, view.text.slice(start, end));
    const actor = covering.find(s => s.kind === "actor");
    const trigger = covering.find(s => s.kind === "trigger");
    const tips = [];
    if (actor) {
      node.classList.add("actor");
      tips.push(`${actorLabel(actor.item)} · ${actor.item.codes.join(" ") || actor.item.kind} · ${actor.item.via}`);
    }
    if (trigger) {
      node.classList.add("trigger", `q${trigger.item.record.quad_class}`);
      node.dataset.event = trigger.item.index;
      tips.push(`${trigger.item.record.cameo} ${trigger.item.cameo_name || ""}`);
      node.addEventListener("click", () => selectEvent(trigger.item.index, true));
    }
    if (tips.length) node.title = tips.join("\n");
    body.append(node);
    segments.push({start, end, node});
  }
}

function card(ev) {
  const r = ev.record;
  const li = el("li", `card q${r.quad_class}`);
  li.dataset.event = ev.index;
  const title = el("div", "title");
  title.append(el("span", `badge q${r.quad_class}`, r.cameo), el("span", "name", ev.cameo_name || "?"));
  if (r.plover) title.append(el("span", "plover", r.plover.type + (r.plover.mode ? ` · ${r.plover.mode}` : "")));
  const meta = el("div", "meta");
  meta.append(el("span", "trig", `「${r.trigger}」`));
  meta.append(el("span", null, r.date && r.date.value ? `${r.date.value} (${r.date.precision})` : "日期不详 date unknown"));
  if (r.location && r.location.text) meta.append(el("span", null, `@ ${r.location.text}`));
  if (r.modality !== "asserted") meta.append(el("span", `mark ${r.modality}`, r.modality === "future" ? "将 future" : "假设 hypothetical"));
  if (r.negated) meta.append(el("span", "mark negated", "否定 negated"));
  meta.append(el("span", null, `${ev.quad_name || ""}`));
  li.append(title, dyadLine(r, "div"), meta);
  li.addEventListener("click", () => selectEvent(ev.index, false));
  return li;
}

function selectEvent(index, fromText) {
  const ev = article.events[index];
  const [s, e] = ev.record.span;
  let first = null;
  for (const seg of segments) {
    const inside = seg.start >= s && seg.end <= e;
    seg.node.classList.toggle("evidence", inside);
    if (inside && !first) first = seg.node;
  }
  for (const c of document.querySelectorAll(".card")) c.classList.toggle("selected", Number(c.dataset.event) === index);
  const chosen = document.querySelector(`.card[data-event="${index}"]`);
  if (fromText && chosen) chosen.scrollIntoView({block: "nearest", behavior: "smooth"});
  if (!fromText && first) first.scrollIntoView({block: "center", behavior: "smooth"});
}

function renderArticle(view) {
  article = view;
  $("#article-result").hidden = false;
  renderText(view);
  const cards = $("#event-cards");
  cards.replaceChildren(...view.events.map(card));
  if (!view.events.length) cards.append(el("li", "empty", "没有找到事件 No events found."));
  $("#event-count").textContent = `${view.events.length} · 行为者 ${view.actors.length} actors`;
}

async function codeArticle(event) {
  event.preventDefault();
  const button = $("#code-button"), box = $("#article-error");
  const file = $("#article-file").files[0];
  const text = $("#article-text").value;
  const date = $("#article-date").value || null;
  showError(box, null);
  if (!file && !text.trim()) { showError(box, "请粘贴文章或选择文件 Paste an article or choose a file."); return; }
  button.disabled = true;
  try {
    let view;
    if (file) {
      const form = new FormData();
      form.append("file", file);
      if (date) form.append("date", date);
      view = await api("/api/code/upload", {method: "POST", body: form});
    } else {
      view = await api("/api/code", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({text, date})});
    }
    renderArticle(view);
  } catch (err) {
    showError(box, err);
  } finally {
    button.disabled = false;
  }
}

function downloadJsonl() {
  if (!article) return;
  const lines = article.events.map(ev => JSON.stringify(ev.record)).join("\n") + (article.events.length ? "\n" : "");
  const url = URL.createObjectURL(new Blob([lines], {type: "application/x-ndjson"}));
  const a = el("a");
  a.href = url;
  a.download = `${article.doc_id || "events"}.jsonl`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- corpus view ------------------------------------------------------------
let page = {offset: 0, limit: 50, total: 0};

function filterQuery() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($("#filter-form"))) if (String(v).trim()) params.set(k, String(v).trim());
  return params;
}

async function loadCorpus() {
  const box = $("#corpus-error");
  showError(box, null);
  const q = filterQuery();
  try {
    const [tl, net] = await Promise.all([api(`/api/corpus/timeline?${q}`), api(`/api/corpus/network?${q}`)]);
    drawTimeline($("#timeline"), tl.months);
    const total = tl.months.reduce((n, m) => n + m.counts.reduce((a, b) => a + b, 0), 0);
    $("#timeline-total").textContent = `${total}`;
    drawNetwork($("#network"), net, (country) => {
      $("#filter-form").elements.source.value = country;
      page.offset = 0;
      loadCorpus();
    });
    await loadTable();
  } catch (err) {
    showError(box, err);
  }
}

function sentenceCell(record) {
  const td = el("td", "sentence");
  const text = record.evidence || "";
  const at = record.trigger ? text.indexOf(record.trigger) : -1;
  if (at < 0) { td.textContent = text; return td; }
  td.append(text.slice(0, at), el("b", null, record.trigger), text.slice(at + record.trigger.length));
  return td;
}

async function loadTable() {
  const q = filterQuery();
  q.set("limit", page.limit);
  q.set("offset", page.offset);
  const data = await api(`/api/corpus/events?${q}`);
  page.total = data.total;
  const rows = data.events.map(row => {
    const r = row.record;
    const tr = el("tr");
    const ev = el("td");
    ev.append(el("span", `badge q${r.quad_class}`, r.cameo), " ", row.cameo_name || "");
    if (r.modality !== "asserted") ev.append(" ", el("span", `mark ${r.modality}`, r.modality));
    if (r.negated) ev.append(" ", el("span", "mark negated", "negated"));
    tr.append(el("td", "nowrap", (r.date && r.date.value) || row.doc_date || "—"), el("td", null, sideText(r.source)),
      el("td", null, r.joint ? "↔" : "→"), el("td", null, r.joint ? "（共同 joint）" : sideText(r.target)), ev, sentenceCell(r));
    return tr;
  });
  $("#events-body").replaceChildren(...rows);
  if (!rows.length) {
    const tr = el("tr"); const td = el("td", "empty", "没有事件 No events match."); td.colSpan = 6; tr.append(td);
    $("#events-body").append(tr);
  }
  $("#table-total").textContent = `${data.total}`;
  const last = Math.min(page.offset + page.limit, data.total);
  $("#page-info").textContent = data.total ? `${page.offset + 1}–${last} / ${data.total}` : "0";
  $("#page-prev").disabled = page.offset === 0;
  $("#page-next").disabled = last >= data.total;
}

// ---- start --------------------------------------------------------------------
async function start() {
  fillQuadLegend($("#legend"));
  const legend = $("#legend");
  const actorKey = el("span", "key");
  actorKey.append(el("i", "swatch actor"), "行为者 actor");
  legend.prepend(actorKey);
  for (const l of document.querySelectorAll(".quad-legend")) fillQuadLegend(l);
  const roots = $("#root-select");
  for (let i = 1; i <= 20; i++) {
    const code = String(i).padStart(2, "0");
    roots.append(Object.assign(el("option", null, code), {value: code}));
  }
  for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => showView(tab.dataset.view));
  $("#code-form").addEventListener("submit", codeArticle);
  $("#download-jsonl").addEventListener("click", downloadJsonl);
  $("#filter-form").addEventListener("submit", (e) => { e.preventDefault(); page.offset = 0; loadCorpus(); });
  $("#filter-form").addEventListener("reset", () => setTimeout(() => { page.offset = 0; loadCorpus(); }, 0));
  $("#page-prev").addEventListener("click", () => { page.offset = Math.max(0, page.offset - page.limit); loadTable(); });
  $("#page-next").addEventListener("click", () => { page.offset += page.limit; loadTable(); });
  try {
    const info = await api("/api/info");
    if (info.database) {
      const tab = $("#tab-corpus");
      tab.disabled = false;
      tab.title = `${info.documents} documents · ${info.events} events`;
    }
  } catch (err) { /* the article view works without it */ }
  if (location.hash === "#corpus" && !$("#tab-corpus").disabled) showView("corpus");
}

document.addEventListener("DOMContentLoaded", start);
