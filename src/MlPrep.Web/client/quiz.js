// The quiz page: the server rendered the questions in their seeded order; this checks each answer
// through /api/quiz/answer, shows the explanation, and ends with the score. Keys 1-n choose, Enter goes on.
const root = document.getElementById("quiz");
const seed = Number(root.dataset.seed);
const items = [...root.querySelectorAll(".quiz-item")];
const progress = document.getElementById("quiz-progress");
const score = document.getElementById("quiz-score");
let index = 0;
let right = 0;
let forward = 0;
let busy = false;
const answered = new Set();

function typeset(el) {
  if (window.mlprepTypeset) window.mlprepTypeset(el);
  else document.addEventListener("DOMContentLoaded", () => window.mlprepTypeset?.(el), { once: true });
}

function updateProgress() {
  progress.textContent = index < items.length
    ? `Question ${index + 1} of ${items.length} · ${right} right so far`
    : `${right} of ${items.length} right`;
}

async function choose(item, shown) {
  if (busy || answered.has(item)) return;
  busy = true;
  try {
    const response = await fetch("/api/quiz/answer", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ itemId: item.dataset.item, seed, choice: shown }),
    });
    const result = await response.json();
    if (!response.ok) throw new Error(result.errors ? Object.values(result.errors).flat().join("; ") : result.title);
    answered.add(item);
    if (result.correct) right++;
    forward += result.cardsBroughtForward;
    const choices = item.querySelectorAll(".quiz-choice");
    choices.forEach((button, i) => {
      button.disabled = true;
      if (i === result.answer) button.classList.add("choice-right");
      else if (i === shown) button.classList.add("choice-wrong");
    });
    item.dataset.result = result.correct ? "right" : "wrong";
    const feedback = item.querySelector(".quiz-feedback");
    feedback.className = `quiz-feedback ${result.correct ? "feedback-right" : "feedback-wrong"}`;
    const heading = document.createElement("strong");
    heading.textContent = result.correct
      ? "Right."
      : `Not quite: the answer is ${result.answer + 1}.${result.cardsBroughtForward > 0 ? " This topic's cards are due for review now." : ""}`;
    const explanation = document.createElement("div");
    explanation.innerHTML = result.explanationHtml;
    feedback.replaceChildren(heading, explanation);
    typeset(feedback);
    const next = item.querySelector(".quiz-next");
    next.hidden = false;
    next.focus({ preventScroll: true });
    updateProgress();
  } catch (error) {
    item.querySelector(".quiz-feedback").textContent = `Could not check the answer: ${error.message}.`;
  } finally {
    busy = false;
  }
}

function goOn() {
  const item = items[index];
  if (!item || !answered.has(item)) return;
  item.hidden = true;
  index++;
  if (index < items.length) {
    items[index].hidden = false;
    items[index].querySelector(".quiz-choice")?.focus({ preventScroll: true });
  } else {
    document.getElementById("quiz-score-value").textContent = `${right} / ${items.length}`;
    document.getElementById("quiz-score-percent").textContent = `(${Math.round((100 * right) / items.length)}%)`;
    document.getElementById("quiz-score-forward").textContent = forward > 0
      ? `${forward} card${forward === 1 ? "" : "s"} of the topics you missed ${forward === 1 ? "is" : "are"} now due for review.`
      : "Every answer was right: nothing was brought forward for review.";
    score.hidden = false;
    score.focus({ preventScroll: true });
  }
  updateProgress();
}

for (const item of items) {
  item.querySelectorAll(".quiz-choice").forEach((button) => {
    button.addEventListener("click", () => choose(item, Number(button.dataset.choice)));
  });
  item.querySelector(".quiz-next").addEventListener("click", goOn);
}

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const item = items[index];
  if (!item) return;
  const choices = item.querySelectorAll(".quiz-choice");
  if (/^[1-9]$/.test(event.key) && Number(event.key) <= choices.length && !answered.has(item)) {
    event.preventDefault();
    choose(item, Number(event.key) - 1);
  } else if (event.key === "Enter" && answered.has(item)) {
    event.preventDefault();
    goOn();
  }
});

if (items.length > 0) {
  typeset(root);
  updateProgress();
}
