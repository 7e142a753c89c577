// quotewire page: sends the article to POST /v1/extract and renders the
// record. Record offsets count Unicode code points; JavaScript strings are
// UTF-16, so offsets are converted before slicing (an emoji is 1 code point
// but 2 UTF-16 units).
"use strict";

const palette = ["#ffd166", "#9bd0ff", "#b8e986", "#ffadc6", "#d4b8ff", "#ffc89b", "#8ee6d6", "#e0e0a0"];
const $ = (id) => document.getElementById(id);

// utf16Index maps each code-point offset to its UTF-16 offset in text.
function utf16Index(text) {
  const idx = [0];
  let u = 0;
  for (const ch of text) { u += ch.length; idx.push(u); }
  return idx;
}

async function extract() {
  const text = $("article").value;
  $("status").textContent = "Finding quotes…";
  try {
    const resp = await fetch("/v1/extract?id=page", { method: "POST", headers: { "Content-Type": "text/plain; charset=utf-8" }, body: text });
    const body = await resp.json();
    if (!resp.ok) { $("status").textContent = `Error: ${body.message || resp.statusText}`; return; }
    render(text, body);
    $("status").textContent = `${body.quotes.length} quotes, ${body.speakers.length} speakers`;
  } catch (e) {
    $("status").textContent = `Error: ${e.message}`;
  }
}

function render(text, rec) {
  const idx = utf16Index(text);
  const color = {};
  rec.speakers.forEach((s, i) => { color[s.id] = palette[i % palette.length]; });
  // Pieces to mark: quote segments and cues, in text order.
  const marks = [];
  rec.quotes.forEach((q, qi) => {
    q.segments.forEach(([a, b]) => marks.push({ kind: "quote", a, b, q, qi }));
    if (q.cue) marks.push({ kind: "cue", a: q.cue.start, b: q.cue.end, q, qi });
  });
  marks.sort((x, y) => x.a - y.a || (x.kind === "quote" ? -1 : 1));
  const out = $("rendered");
  out.textContent = "";
  let pos = 0;
  for (const m of marks) {
    if (m.a < pos) continue; // never overlap
    out.append(text.slice(idx[pos], idx[m.a]));
    const el = document.createElement("span");
    el.textContent = text.slice(idx[m.a], idx[m.b]);
    if (m.kind === "quote") {
      el.className = "quote";
      el.dataset.quote = m.qi;
      el.tabIndex = 0;
      el.setAttribute("role", "button");
      const who = m.q.speaker ? (m.q.speaker.name || m.q.speaker.role || "unnamed source") : "unknown speaker";
      el.setAttribute("aria-label", `${m.q.type} quote by ${who}: ${el.textContent}`);
      el.style.background = m.q.speaker ? color[m.q.speaker.id] : "#e5e7eb";
      const show = () => details(m.q, m.qi);
      el.addEventListener("mouseenter", show);
      el.addEventListener("focus", show);
      el.addEventListener("click", show);
      el.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); show(); } });
    } else {
      el.className = "cue";
      el.title = "cue";
    }
    out.append(el);
    pos = m.b;
  }
  out.append(text.slice(idx[pos]));
  speakers(rec, color);
}

function speakers(rec, color) {
  const counts = {};
  rec.quotes.forEach((q) => { if (q.speaker) counts[q.speaker.id] = (counts[q.speaker.id] || 0) + 1; });
  const ul = $("speakers");
  ul.textContent = "";
  for (const s of rec.speakers) {
    const li = document.createElement("li");
    li.className = "speaker";
    li.tabIndex = 0;
    li.dataset.speaker = s.id;
    const sw = document.createElement("span");
    sw.className = "swatch";
    sw.style.background = color[s.id];
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = s.name || `unnamed ${s.kind}`;
    const role = document.createElement("span");
    role.className = "role";
    role.textContent = s.role || "";
    const count = document.createElement("span");
    count.className = "count";
    const n = counts[s.id] || 0;
    count.textContent = `${n} ${n === 1 ? "quote" : "quotes"}`;
    li.append(sw, name, role, count);
    const focus = () => {
      const first = document.querySelector(`.quote[data-quote="${rec.quotes.findIndex((q) => q.speaker && q.speaker.id === s.id)}"]`);
      if (first) first.focus();
    };
    li.addEventListener("click", focus);
    li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); focus(); } });
    ul.append(li);
  }
}

function details(q, qi) {
  document.querySelectorAll(".quote.active").forEach((e) => e.classList.remove("active"));
  document.querySelectorAll(`.quote[data-quote="${qi}"]`).forEach((e) => e.classList.add("active"));
  const s = q.speaker;
  const rows = [
    ["Speaker", s ? (s.name || "unnamed source") : "unknown"],
    ["Role", s && s.role ? s.role : "—"],
    ["Kind", s ? s.kind : "—"],
    ["Type", q.type],
    ["Resolution", s ? s.resolution : "—"],
    ["Mention", s ? s.mention.text : "—"],
    ["Cue", q.cue ? q.cue.text : "—"],
    ["Confidence", q.confidence.toFixed(2)],
  ];
  const dl = document.createElement("dl");
  for (const [k, v] of rows) {
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v;
    dl.append(dt, dd);
  }
  const box = $("details");
  box.textContent = "";
  box.append(dl);
}

$("extract").addEventListener("click", extract);
const ta = $("article");
ta.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) extract(); });
ta.addEventListener("dragover", (e) => { e.preventDefault(); ta.classList.add("dragover"); });
ta.addEventListener("dragleave", () => ta.classList.remove("dragover"));
ta.addEventListener("drop", async (e) => {
  e.preventDefault();
  ta.classList.remove("dragover");
  const f = e.dataTransfer.files[0];
  if (f) { ta.value = await f.text(); extract(); }
});
