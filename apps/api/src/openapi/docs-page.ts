/** A readable, self-contained page for the OpenAPI document (no CDN: deployments may be offline). */
import type { buildOpenApiDocument } from "./build-document.js";

type Document = ReturnType<typeof buildOpenApiDocument>;
interface Operation {
  summary: string;
  tags: string[];
  "x-access": unknown;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: { "application/json": { schema: unknown } } };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const json = (v: unknown): string => `<pre>${escape(JSON.stringify(v, null, 2))}</pre>`;

function operationHtml(method: string, path: string, op: Operation): string {
  const access = Array.isArray(op["x-access"]) ? `roles: ${op["x-access"].join(", ")}` : String(op["x-access"]);
  const params = op.parameters.map((p) => `<li><code>${escape(p.name)}</code> (${p.in}${p.required ? ", required" : ""})</li>`).join("");
  const success = Object.entries(op.responses).find(([status]) => status.startsWith("2"));
  return `<section id="${escape(method + path)}"><h3><span class="m">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>
<p>${escape(op.summary)} — <em>${escape(access)}</em></p>${params ? `<ul>${params}</ul>` : ""}
${op.requestBody ? `<details><summary>Body</summary>${json(op.requestBody.content["application/json"].schema)}</details>` : ""}
${success?.[1].content ? `<details><summary>Answer ${success[0]}</summary>${json(Object.values(success[1].content)[0]?.schema ?? {})}</details>` : ""}</section>`;
}

export function renderDocsPage(doc: Document): string {
  const sections = Object.entries(doc.paths)
    .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => operationHtml(method, path, op as Operation)))
    .join("\n");
  const errors = Object.entries(doc["x-error-codes"])
    .map(([code, e]) => `<tr id="error-${code}"><td><code>${code}</code></td><td>${e.status}</td><td>${escape(e.when)}</td></tr>`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(doc.info.title)} ${escape(doc.info.version)}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code,pre{font-family:ui-monospace,monospace;font-size:.85em}pre{background:#f4f4f4;padding:.75rem;overflow:auto}
.m{background:#1f4e79;color:#fff;padding:.1em .4em;border-radius:4px;font-size:.8em}section{border-top:1px solid #ddd;padding:.5rem 0}
table{border-collapse:collapse}td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}</style></head>
<body><h1>${escape(doc.info.title)} <small>${escape(doc.info.version)}</small></h1><p>${escape(doc.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2>${sections}<h2>Error codes</h2><table><tr><th>code</th><th>status</th><th>when, and what to do</th></tr>${errors}</table></body></html>`;
}
