import { readFileSync } from "node:fs";
import { parseInstance } from "./src/formats/index.js";
import { solveSync } from "./src/solve.js";
const [tl, tuning, ...files] = process.argv.slice(2);
for (const f of files) {
  const inst = parseInstance(readFileSync(f, "utf8"), f);
  const s = solveSync(inst.problem, { timeLimit: Number(tl), seed: 1 }, JSON.parse(tuning!));
  const routes = s.routes.map((r) => r.steps.filter((x) => x.id !== undefined).map((x) => x.id!));
  console.log(inst.name, tuning, inst.cost(routes).toFixed(1), routes.length, s.summary.iterations);
}
