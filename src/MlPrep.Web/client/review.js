// The review page: one card at a time from /api/review/next, Space shows the answer, 1-4 grade it
// (Again, Hard, Good, Easy, each button showing the interval it gives), U takes back the last grade,
// and a summary closes the session. Everything works from the keyboard. A card graded Again (or still in its
// learning steps) comes back in the same session once its step is due: the server lists such cards as "ahead",
// the page fetches again when one falls due, and the summary counts down to the next one (Space shows it at once).
const root = document.getElementById("review");
const query = root.dataset.query ?? "";
const newLimit = root.dataset.new;
const $ = (id) => document.getElementById(id);
const counts = $("review-counts");
const cardView = $("review-card");
const front = $("review-front");
const back = $("review-back");
const answer = $("review-answer");
const topicLink = $("review-topic");
const stateTag = $("review-state");
const actions = $("review-actions");
const reveal = $("reveal");
const grades = $("grades");
const undoButton = $("undo");
const status = $("review-status");
const summary = $("review-summary");
const waiting = $("review-waiting");
const waitingTime = $("review-waiting-time");
const waitingCount = $("review-waiting-count");

let queue = [];
let current = null;
let revealed = false;
let busy = false;
let shownAt = 0;
let startedAt = 0;
let left = { due: 0, fresh: 0 };
const graded = []; // { cardId, rating, card } in the order given, for undo and the summary
let ahead = []; // cards in their learning steps due within the session, earliest first
let learningDue = []; // due times (ms) of cards graded into a learning step during this session
let countdown = null;

function typeset(el) {
  // math.js loads after this module; it defines window.mlprepTypeset before DOMContentLoaded.
  if (window.mlprepTypeset) window.mlprepTypeset(el);
  else document.addEventListener("DOMContentLoaded", () => window.mlprepTypeset?.(el), { once: true });
}

function nextUrl() {
  const params = new URLSearchParams(query);
  if (newLimit) params.set("new", newLimit);
  const text = params.toString();
  return "/api/review/next" + (text ? "?" + text : "");
}

async function api(url, options) {
  const response = await fetch(url, { headers: { "Content-Type": "application/json", Accept: "application/json" }, ...options });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const errors = body.errors ? Object.values(body.errors).flat().join("; ") : body.detail ?? body.title;
    throw new Error(errors || `the server answered ${response.status}`);
  }
  return body;
}

function formatWait(ms) {
  const minutes = Math.round(ms / 60000);
  if (minutes < 1) return "now";
  if (minutes < 60) return `in ${minutes} min`;
  const hours = ms / 3600000;
  if (hours < 24) return `in ${Math.round(hours)} h`;
  const days = Math.round(hours / 24);
  return days === 1 ? "tomorrow" : `in ${days} days`;
}

function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, "0")} s`;
}

function updateCounts() {
  const remaining = queue.length + (current ? 1 : 0);
  const done = graded.length;
  counts.textContent = remaining === 0
    ? `${done} reviewed`
    : `${remaining} to go · ${left.due} due, ${left.fresh} new · ${done} reviewed`;
}

function stopCountdown() {
  if (countdown) clearInterval(countdown);
  countdown = null;
}

function formatClock(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

function show(card) {
  stopCountdown();
  waiting.hidden = true;
  current = card;
  revealed = false;
  front.innerHTML = card.frontHtml;
  answer.innerHTML = card.backHtml;
  back.hidden = true;
  topicLink.textContent = card.topicTitle;
  topicLink.href = `/topics/${encodeURIComponent(card.topicId)}`;
  stateTag.textContent = card.isNew ? "new" : card.state.toLowerCase();
  cardView.dataset.card = card.id;
  cardView.dataset.side = "front";
  for (const button of grades.querySelectorAll("[data-rating]")) {
    const option = card.grades.find((g) => String(g.rating) === button.dataset.rating);
    button.querySelector(".grade-interval").textContent = option ? option.interval : "";
    button.setAttribute("aria-label", option ? `${option.name}, next in ${option.interval}` : button.textContent);
  }
  grades.hidden = true;
  reveal.hidden = false;
  cardView.hidden = false;
  actions.hidden = false;
  summary.hidden = true;
  typeset(front);
  shownAt = performance.now();
  if (!startedAt) startedAt = shownAt;
  updateCounts();
  reveal.focus({ preventScroll: true });
}

function showBack() {
  if (!current || revealed) return;
  revealed = true;
  back.hidden = false;
  cardView.dataset.side = "back";
  typeset(answer);
  reveal.hidden = true;
  grades.hidden = false;
  grades.querySelector('[data-rating="3"]').focus({ preventScroll: true });
}

async function grade(rating) {
  if (!current || !revealed || busy) return;
  busy = true;
  const card = current;
  try {
    const result = await api("/api/review/grade", {
      method: "POST",
      body: JSON.stringify({ cardId: card.id, rating, durationMs: Math.round(performance.now() - shownAt) }),
    });
    graded.push({ cardId: card.id, rating, card });
    if (result.state === "Learning" || result.state === "Relearning") learningDue.push(new Date(result.due).getTime());
    if (card.isNew) left.fresh = Math.max(0, left.fresh - 1); else left.due = Math.max(0, left.due - 1);
    undoButton.disabled = false;
    status.textContent = `${["", "Again", "Hard", "Good", "Easy"][rating]}: next ${result.interval === "now" ? "now" : "in " + result.interval}.`;
    current = null;
    await advance();
  } catch (error) {
    status.textContent = `Could not save the grade: ${error.message}. Try again.`;
  } finally {
    busy = false;
  }
}

async function undo() {
  if (busy || graded.length === 0) return;
  busy = true;
  try {
    const result = await api("/api/review/undo", { method: "POST", body: "{}" });
    const index = graded.map((g) => g.cardId).lastIndexOf(result.cardId);
    const last = index >= 0 ? graded.splice(index, 1)[0] : null;
    if (current) queue.unshift(current);
    const card = result.card ?? last?.card;
    if (card) {
      if (card.isNew) left.fresh++; else left.due++;
      show(card);
    }
    undoButton.disabled = graded.length === 0;
    status.textContent = "Last grade undone: the card is back as it was.";
  } catch (error) {
    status.textContent = `Nothing undone: ${error.message}.`;
  } finally {
    busy = false;
  }
}

async function advance() {
  // A learning card that fell due while other cards were queued: ask again, so it takes its place among the due ones.
  const now = Date.now();
  const learningCameDue = learningDue.some((due) => due <= now);
  learningDue = learningDue.filter((due) => due > now);
  if (queue.length === 0 || learningCameDue) {
    const next = await api(nextUrl());
    queue = next.cards;
    ahead = next.ahead ?? [];
    left = { due: next.due, fresh: next.new };
    if (queue.length === 0) {
      finish(next);
      return;
    }
  }
  show(queue.shift());
}

function showAhead() {
  if (ahead.length === 0) return;
  stopCountdown();
  show(ahead.shift());
}

function waitForAhead() {
  const dueAt = new Date(ahead[0].due).getTime();
  if (dueAt <= Date.now()) {
    showAhead(); // due by this clock although the server did not list it yet: no need to wait
    return;
  }
  const cards = ahead.length === 1 ? "1 card in its learning steps comes" : `${ahead.length} cards in their learning steps come`;
  waitingCount.textContent = `${cards} back in this session.`;
  const tick = () => {
    const wait = dueAt - Date.now();
    waitingTime.textContent = formatClock(wait);
    if (wait <= 0) {
      stopCountdown();
      advance().catch((error) => { status.textContent = `Could not load the cards: ${error.message}.`; });
    }
  };
  tick();
  waiting.hidden = false;
  countdown = setInterval(tick, 1000);
}

function finish(next) {
  current = null;
  cardView.hidden = true;
  reveal.hidden = true;
  grades.hidden = true;
  actions.hidden = graded.length === 0;
  const reviewed = graded.length;
  const remembered = graded.filter((g) => g.rating !== 1).length;
  const stat = (name, text) => { summary.querySelector(`[data-stat="${name}"]`).textContent = text; };
  summary.querySelector("h2").textContent = ahead.length > 0 ? "Done for now" : reviewed === 0 ? "Nothing to review now" : "Session done";
  stat("reviewed", String(reviewed));
  stat("accuracy", reviewed === 0 ? "–" : `${Math.round((100 * remembered) / reviewed)}%`);
  stat("time", reviewed === 0 ? "–" : formatDuration(performance.now() - startedAt));
  if (next.nextDue) {
    const due = new Date(next.nextDue);
    stat("next", formatWait(due.getTime() - Date.now()));
    summary.querySelector('[data-stat="next"]').title = due.toLocaleString();
  } else {
    stat("next", next.newLeftToday === 0 && reviewed > 0 ? "new cards tomorrow" : "–");
  }
  summary.hidden = false;
  waiting.hidden = true;
  updateCounts();
  summary.focus({ preventScroll: true });
  if (ahead.length > 0) waitForAhead();
}

reveal.addEventListener("click", showBack);
grades.addEventListener("click", (event) => {
  const button = event.target.closest("[data-rating]");
  if (button) grade(Number(button.dataset.rating));
});
undoButton.addEventListener("click", undo);
$("review-show-ahead").addEventListener("click", showAhead);

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  // Space and Enter on a focused button or link keep their usual meaning (they press it).
  const onControl = target instanceof HTMLElement && /^(BUTTON|A)$/.test(target.tagName);
  if ((event.key === " " || event.key === "Enter") && !onControl && current && !revealed) {
    event.preventDefault();
    showBack();
  } else if (event.key === " " && !onControl && !current && !waiting.hidden) {
    event.preventDefault();
    showAhead();
  } else if (/^[1-4]$/.test(event.key) && revealed) {
    event.preventDefault();
    grade(Number(event.key));
  } else if (event.key === "u" || event.key === "U") {
    event.preventDefault();
    undo();
  }
});

advance().catch((error) => {
  counts.textContent = `Could not load the cards: ${error.message}.`;
});
