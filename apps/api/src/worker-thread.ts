/**
 * Starts a `node:worker_threads` worker from a module next to the caller, given by its built
 * name (`./x.js`). Run from the TypeScript sources (tests, tsx), the `.ts` module is loaded
 * through tsx instead.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

export function startWorker(builtUrl: URL, options: WorkerOptions = {}): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(builtUrl, options);
  const pkg = createRequire(import.meta.url).resolve("tsx/package.json");
  const exportsMap = (JSON.parse(readFileSync(pkg, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = pathToFileURL(join(dirname(pkg), exportsMap["./esm/api"]!.import.default)).href;
  const entry = builtUrl.href.replace(/\.js$/, ".ts");
  const code = `import(${JSON.stringify(api)}).then((m) => (m.tsImport ?? m.default.tsImport)(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
  return new Worker(code, { ...options, eval: true });
}
