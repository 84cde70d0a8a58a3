// Bundles the browser assets into ../wwwroot/dist. Run by the web project's build.
import * as esbuild from "esbuild";

await esbuild.build({
  entryPoints: ["math.js", "editor.js", "review.js", "quiz.js"],
  bundle: true,
  minify: true,
  format: "esm",
  outdir: "../wwwroot/dist",
  loader: { ".woff2": "file", ".woff": "file", ".ttf": "file" },
  assetNames: "fonts/[name]",
  logLevel: "warning",
});
