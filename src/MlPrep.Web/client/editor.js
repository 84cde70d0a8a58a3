// The problem page: a CodeMirror 6 editor with a draft per problem and language, Run (visible
// tests or custom input) and Submit (every test), a verdict panel that follows the submission
// live, and the attempt history with a diff between attempts.
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection, highlightSpecialChars } from "@codemirror/view";
import { EditorState, Compartment } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting, defaultHighlightStyle, HighlightStyle, StreamLanguage, foldGutter, foldKeymap } from "@codemirror/language";
import { closeBrackets, closeBracketsKeymap, autocompletion, completionKeymap } from "@codemirror/autocomplete";
import { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
import { python } from "@codemirror/lang-python";
import { csharp } from "@codemirror/legacy-modes/mode/clike";
import { tags } from "@lezer/highlight";

const data = JSON.parse(document.getElementById("problem-data").textContent);
const workspace = document.querySelector(".workspace");
const languageSelect = document.getElementById("language");
const draftState = document.getElementById("draft-state");
const verdictPanel = document.getElementById("verdict");
const historyTable = document.getElementById("history");
const historyEmpty = document.getElementById("history-empty");
const diffPanel = document.getElementById("diff");
const buttons = ["run-code", "submit-code", "run-custom"].map((id) => document.getElementById(id));

const languages = { python: () => python(), csharp: () => StreamLanguage.define(csharp) };
const labels = { python: "Python", csharp: "C#" };
const verdictText = {
  Accepted: "Accepted", WrongAnswer: "Wrong answer", TimeLimitExceeded: "Time limit exceeded",
  MemoryLimitExceeded: "Memory limit exceeded", RuntimeError: "Runtime error", CompilationError: "Compilation error",
  OutputLimitExceeded: "Output limit exceeded", InternalError: "Internal error", queued: "Queued", running: "Running",
};

const storage = {
  get(key) { try { return localStorage.getItem(key); } catch { return null; } },
  set(key, value) { try { localStorage.setItem(key, value); return true; } catch { return false; } },
  remove(key) { try { localStorage.removeItem(key); } catch { /* nothing kept */ } },
};
const draftKey = (lang) => `mlprep:draft:${data.id}:${lang}`;
const langKey = `mlprep:lang:${data.id}`;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ---- the editor ------------------------------------------------------------------------

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: "var(--code-keyword)" },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--code-string)" },
  { tag: [tags.number, tags.bool, tags.null], color: "var(--code-number)" },
  { tag: tags.comment, color: "var(--code-comment)", fontStyle: "italic" },
  { tag: [tags.function(tags.variableName), tags.definition(tags.variableName)], color: "var(--code-function)" },
  { tag: [tags.typeName, tags.className], color: "var(--code-type)" },
]);

const theme = EditorView.theme({
  "&": { backgroundColor: "var(--surface)", color: "var(--text)", fontSize: "14px", height: "100%" },
  ".cm-content": { fontFamily: "var(--mono)", caretColor: "var(--text)" },
  ".cm-gutters": { backgroundColor: "var(--surface-2)", color: "var(--muted)", border: "none" },
  ".cm-activeLine": { backgroundColor: "var(--code-active)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--code-active)" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "var(--text)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": { backgroundColor: "var(--code-selection) !important" },
  ".cm-scroller": { overflow: "auto" },
});

const languageCompartment = new Compartment();
let language = storage.get(langKey) in languages ? storage.get(langKey) : "python";
languageSelect.value = language;

function starter(lang) {
  return data.starters[lang] ?? "";
}

function initialCode(lang) {
  return storage.get(draftKey(lang)) ?? starter(lang);
}

let saveTimer = 0;
function saveDraft() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    const code = view.state.doc.toString();
    if (code === starter(language)) {
      storage.remove(draftKey(language));
      draftState.textContent = "";
    } else if (storage.set(draftKey(language), code)) {
      draftState.textContent = "Draft saved";
    } else {
      draftState.textContent = "Draft not saved (storage unavailable)";
    }
  }, 400);
}

const textarea = document.getElementById("code");
const host = document.getElementById("editor");
textarea.hidden = true;

const view = new EditorView({
  parent: host,
  state: EditorState.create({
    doc: initialCode(language),
    extensions: [
      lineNumbers(), foldGutter(), highlightActiveLineGutter(), highlightSpecialChars(), history(), drawSelection(),
      indentOnInput(), bracketMatching(), closeBrackets(), autocompletion(), highlightActiveLine(), highlightSelectionMatches(),
      indentUnit.of("    "), EditorState.tabSize.of(4),
      syntaxHighlighting(highlight), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
      languageCompartment.of(languages[language]()),
      keymap.of([
        { key: "Mod-Enter", run: () => { submit("run"); return true; } },
        { key: "Mod-Shift-Enter", run: () => { submit("submit"); return true; } },
        ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, indentWithTab,
      ]),
      EditorView.updateListener.of((update) => { if (update.docChanged) saveDraft(); }),
      EditorView.contentAttributes.of({ "aria-label": "Code editor" }),
      theme,
    ],
  }),
});
window.mlprepEditor = view;
workspace.dataset.ready = "";
if (storage.get(draftKey(language)) !== null) draftState.textContent = "Draft restored";

function setCode(code) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
}

function switchLanguage(lang) {
  clearTimeout(saveTimer);
  language = lang;
  languageSelect.value = lang;
  storage.set(langKey, lang);
  view.dispatch({
    effects: languageCompartment.reconfigure(languages[lang]()),
    changes: { from: 0, to: view.state.doc.length, insert: initialCode(lang) },
  });
  draftState.textContent = storage.get(draftKey(lang)) !== null ? "Draft restored" : "";
}

languageSelect.addEventListener("change", () => switchLanguage(languageSelect.value));
document.getElementById("reset-code").addEventListener("click", () => {
  if (view.state.doc.toString() !== starter(language) && !confirm(`Replace your ${labels[language]} draft with the starter code?`)) return;
  setCode(starter(language));
});

// ---- running and submitting ------------------------------------------------------------

function setBusy(busy) {
  for (const b of buttons) if (b) b.disabled = busy || !data.judge;
  workspace.toggleAttribute("data-busy", busy);
}

function showMessage(kind, title, detail) {
  verdictPanel.hidden = false;
  verdictPanel.replaceChildren(el("div", { class: `verdict-head verdict-${kind}` }, el("strong", { text: title })), detail ? el("p", { text: detail }) : null);
}

async function submit(mode) {
  if (!data.judge || workspace.hasAttribute("data-busy")) return;
  const body = { language, code: view.state.doc.toString(), mode };
  if (mode === "custom") body.input = document.getElementById("custom-args").value;
  setBusy(true);
  showMessage("running", mode === "submit" ? "Submitting…" : "Running…");
  try {
    const response = await fetch(`/api/problems/${encodeURIComponent(data.id)}/submissions`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    if (response.status === 202) {
      const queued = await response.json();
      addHistoryRow({ id: queued.id, mode, language, status: queued.status, passed: 0, total: 0, created: new Date().toISOString() });
      await follow(queued.id, mode);
      return;
    }
    const problem = await response.json().catch(() => ({}));
    if (response.status === 429) {
      showMessage("busy", "The judge is busy", `${problem.detail ?? "All workers are taken."} (Retry-After: ${response.headers.get("Retry-After") ?? "?"} s)`);
    } else if (response.status === 400 && problem.errors) {
      showMessage("error", "Please fix the request", Object.entries(problem.errors).map(([field, messages]) => `${field}: ${messages.join("; ")}`).join("\n"));
    } else {
      showMessage("error", problem.title ?? `The server answered ${response.status}`, problem.detail);
    }
  } catch (error) {
    showMessage("error", "Could not reach the server", String(error));
  } finally {
    setBusy(false);
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function follow(id, mode) {
  const started = performance.now();
  let delay = 150;
  for (;;) {
    const response = await fetch(`/api/submissions/${id}`);
    if (!response.ok) throw new Error(`submission ${id}: HTTP ${response.status}`);
    const details = await response.json();
    const summary = details.summary;
    updateHistoryRow(summary);
    if (summary.status === "done") {
      renderResult(details, mode);
      if (mode === "submit" && summary.verdict === "Accepted") markSolved();
      return;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const where = summary.status === "queued" ? `Queued${summary.position ? ` (${summary.position} ahead)` : ""}` : "Running";
    showMessage("running", `${where}… ${seconds} s`);
    await sleep(delay);
    delay = Math.min(delay * 1.5, 1000);
  }
}

function fmtMs(ms) { return ms === null || ms === undefined ? "" : `${Number(ms).toFixed(ms < 10 ? 2 : 1)} ms`; }
function fmtKb(kb) { return kb ? `${(kb / 1024).toFixed(1)} MB` : ""; }
function json(value) { return value === undefined ? "" : JSON.stringify(value); }

function renderResult(details, mode) {
  const { summary, result } = details;
  const verdict = summary.verdict ?? "InternalError";
  const nodes = [];
  const counts = summary.total ? `${summary.passed}/${summary.total} tests passed` : "";
  nodes.push(el("div", { class: `verdict-head verdict-${verdict}`, "data-verdict": verdict },
    el("strong", { text: verdictText[verdict] ?? verdict }),
    el("span", { class: "muted", text: [mode === "submit" ? "all tests" : mode === "run" ? "visible tests" : "your input", counts, summary.timeMs != null ? `slowest ${fmtMs(summary.timeMs)}` : "", fmtKb(summary.memoryKb)].filter(Boolean).join(" · ") })));
  if (result?.error) nodes.push(el("p", { text: result.error }));
  if (result?.compileOutput) nodes.push(el("h3", { text: "Compiler" }), el("pre", { class: "compile-output", text: result.compileOutput }));
  if (mode === "custom" && result) {
    const dl = el("dl", { class: "custom-result" });
    dl.append(el("dt", { text: "Your answer" }), el("dd", {}, el("code", { text: result.answer === null || result.answer === undefined ? "(none)" : json(result.answer) })));
    if (result.referenceError) dl.append(el("dt", { text: "Reference" }), el("dd", { text: result.referenceError }));
    else dl.append(el("dt", { text: "Expected (reference solution)" }), el("dd", {}, el("code", { text: json(result.expected) })));
    nodes.push(dl);
  }
  const tests = result?.tests ?? [];
  if (tests.length > 0 && mode !== "custom") {
    const body = el("tbody");
    for (const t of tests) {
      body.append(el("tr", { class: t.passed ? "test-pass" : "test-fail" },
        el("td", { text: `${t.visible ? "" : "hidden "}#${t.index}` }),
        el("td", { text: t.passed ? "✓" : "✗", "aria-label": t.passed ? "passed" : "failed" }),
        el("td", { text: fmtMs(t.timeMs) }),
        el("td", { text: fmtKb(t.memoryKb) }),
        el("td", { class: "test-message" }, t.message ? el("code", { text: t.message }) : "")));
    }
    nodes.push(el("table", { class: "tests-table" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Test" }), el("th", { scope: "col", text: "" }), el("th", { scope: "col", text: "Time" }), el("th", { scope: "col", text: "Memory" }), el("th", { scope: "col", text: "Details" }))),
      body));
  }
  if (result?.output) nodes.push(el("h3", { text: "Printed output" }), el("pre", { class: "program-output", text: result.output }));
  verdictPanel.hidden = false;
  verdictPanel.replaceChildren(...nodes);
}

function markSolved() {
  const tags = document.querySelector(".problem-head .topic-tags");
  if (tags && !tags.querySelector("[data-solved]")) tags.append(el("span", { class: "tag tag-solved", "data-solved": true, text: "✓ solved" }));
}

document.getElementById("run-code").addEventListener("click", () => submit("run"));
document.getElementById("submit-code").addEventListener("click", () => submit("submit"));
document.getElementById("run-custom").addEventListener("click", () => submit("custom"));

// ---- history and diffs -----------------------------------------------------------------

const shortTime = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

function localTimes(root) {
  for (const t of root.querySelectorAll("time[datetime]")) {
    const when = new Date(t.getAttribute("datetime"));
    if (!Number.isNaN(when.getTime())) { t.textContent = shortTime.format(when); t.title = when.toLocaleString(); }
  }
}
localTimes(historyTable);

function historyRow(s) {
  const when = new Date(s.created);
  const verdict = s.verdict ?? s.status;
  return el("tr", { "data-submission": s.id },
    el("td", { text: s.id }),
    el("td", {}, el("time", { datetime: when.toISOString(), title: when.toLocaleString(), text: shortTime.format(when) })),
    el("td", { text: s.mode }),
    el("td", { text: labels[s.language] ?? s.language }),
    el("td", {}, el("span", { class: `verdict-badge verdict-${verdict}`, text: verdictText[verdict] ?? verdict })),
    el("td", { text: `${s.passed}/${s.total}` }),
    el("td", { text: s.timeMs != null ? `${Number(s.timeMs).toFixed(1)} ms` : "" }),
    el("td", { class: "history-actions" }, el("button", { type: "button", class: "button-quiet", "data-load": s.id, text: "Load" }), " ", el("button", { type: "button", class: "button-quiet", "data-diff": s.id, text: "Diff" })));
}

function addHistoryRow(s) {
  historyTable.hidden = false;
  historyEmpty.hidden = true;
  historyTable.tBodies[0].prepend(historyRow(s));
}

function updateHistoryRow(s) {
  const row = historyTable.querySelector(`tr[data-submission="${s.id}"]`);
  if (row) row.replaceWith(historyRow(s));
}

historyTable.addEventListener("click", async (event) => {
  const button = event.target.closest("button");
  if (!button) return;
  if (button.dataset.load) {
    const response = await fetch(`/api/submissions/${button.dataset.load}`);
    if (!response.ok) return;
    const details = await response.json();
    const lang = details.summary.language;
    if (lang !== language) switchLanguage(lang);
    if (view.state.doc.toString() !== details.code && !confirm(`Replace the editor's ${labels[lang]} code with attempt #${details.summary.id}?`)) return;
    setCode(details.code);
    view.focus();
  } else if (button.dataset.diff) {
    const row = button.closest("tr");
    const older = row.nextElementSibling;
    if (!older) {
      diffPanel.hidden = false;
      diffPanel.replaceChildren(el("p", { class: "muted", text: `#${row.dataset.submission} is your first attempt: nothing to compare with.` }));
      return;
    }
    const response = await fetch(`/api/submissions/${row.dataset.submission}/diff?against=${older.dataset.submission}`);
    if (!response.ok) return;
    renderDiff(await response.json());
  }
});

function renderDiff(diff) {
  const lines = diff.lines.map((l) => el("div", { class: `diff-line diff-${l.kind}` },
    el("span", { class: "diff-num", text: l.oldLine ?? "" }),
    el("span", { class: "diff-num", text: l.newLine ?? "" }),
    el("span", { class: "diff-sign", text: l.kind === "added" ? "+" : l.kind === "removed" ? "−" : " " }),
    el("span", { class: "diff-text", text: l.text })));
  diffPanel.hidden = false;
  diffPanel.replaceChildren(
    el("div", { class: "diff-head" }, el("strong", { text: `#${diff.from} → #${diff.to}` }), el("span", { class: "muted", text: ` ${diff.added} added, ${diff.removed} removed` }),
      el("button", { type: "button", class: "button-quiet", text: "Close", onclick: null })),
    el("div", { class: "diff-body", role: "table", "aria-label": "Line diff" }, lines));
  diffPanel.querySelector(".diff-head button").addEventListener("click", () => { diffPanel.hidden = true; });
}
