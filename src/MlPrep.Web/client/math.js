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

// Search snippets and card questions are plain text in which \\(...\\) and \\[...\\] mark
// math, with the matched words already wrapped in <mark>. A formula cut off by the edge of
// a snippet has only one of its delimiters and stays as text.
export function typesetSnippets(root) {
  const decoder = document.createElement("textarea");
  const formula = /\\\(([\s\S]*?)\\\)|\\\[([\s\S]*?)\\\]/g;
  for (const el of root.querySelectorAll("[data-snippet-math]")) {
    el.innerHTML = el.innerHTML.replace(formula, (whole, inline, display) => {
      const source = inline ?? display;
      if (source.includes("\\(") || source.includes("\\[")) return whole;
      decoder.innerHTML = source.replace(/<\/?mark>/g, "");
      try {
        return katex.renderToString(decoder.value, { throwOnError: true, strict: "ignore" });
      } catch {
        return whole;
      }
    });
  }
}

typeset(document);
typesetSnippets(document);
window.mlprepTypeset = typeset;
