import { readFileSync } from "node:fs";
import { parseInstance } from "./src/formats/index.js";
import { solveSync } from "./src/solve.js";
const [tl, tuning, ...names] = process.argv.slice(2);
const bks = JSON.parse(readFileSync("/work/shared/bench/bks.json", "utf8"));
let sum = 0;
const out: string[] = [];
for (const n of names) {
  const f = "/work/shared/bench/" + bks[n].file;
  const inst = parseInstance(readFileSync(f, "utf8"), f);
  const s = solveSync(inst.problem, { timeLimit: Number(tl), seed: 1 }, JSON.parse(tuning!));
  const routes = s.routes.map((r) => r.steps.filter((x) => x.id !== undefined).map((x) => x.id!));
  const gap = (inst.cost(routes) - bks[n].distance) / bks[n].distance * 100;
  sum += gap;
  out.push(`${n}:${gap.toFixed(2)}`);
}
console.log(tuning, "avg", (sum / names.length).toFixed(2), out.join(" "));
