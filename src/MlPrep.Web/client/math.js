// Typesets every formula that the server marked up. Markdig emits inline math as
// <span class="math">\(...\)</span> and display math as <div class="math">\[...\]</div>.
import katex from "katex";
import "katex/dist/katex.min.css";

function stripDelimiters(text) {
  const t = text.trim();
  if ((t.startsWith("\\(") && t.endsWith("\\)")) || (t.startsWith("\\[") && t.endsWith("\\]"))) {
    return t.slice(2, -2);
  }
  return t;
}

export function typeset(root) {
  for (const el of root.querySelectorAll(".math:not([data-typeset])")) {
    const displayMode = el.tagName === "DIV";
    const source = stripDelimiters(el.textContent ?? "");
    try {
      katex.render(source, el, { displayMode, throwOnError: false, strict: "ignore", output: "htmlAndMathml" });
    } catch (error) {
      el.classList.add("math-error");
      el.title = String(error);
    }
    el.setAttribute("data-typeset", "");
  }
}

typeset(document);
window.mlprepTypeset = typeset;
