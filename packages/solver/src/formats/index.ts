import { validateProblem } from "../validate.js";
import type { Problem } from "../types.js";
import { parseCvrplib } from "./cvrplib.js";
import { FormatError, type BenchInstance } from "./instance.js";
import { parseLiLim } from "./lilim.js";
import { parseSolomon } from "./solomon.js";

export { FormatError, type BenchInstance } from "./instance.js";

/** Recognises the format by content: JSON problem, CVRPLIB, Solomon or Li & Lim. */
export function parseInstance(text: string, file: string): BenchInstance {
  const head = text.trimStart();
  if (head.startsWith("{")) {
    let problem: Problem;
    try {
      problem = JSON.parse(text) as Problem;
    } catch (e) {
      throw new FormatError(file, 1, `invalid JSON: ${(e as Error).message}`);
    }
    validateProblem(problem);
    const name = problem.name ?? file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
    return { name, format: "json", problem, cost: () => NaN };
  }
  if (/^\s*(NODE_COORD_SECTION|DIMENSION\s*:)/m.test(text)) return parseCvrplib(text, file);
  if (/^\s*VEHICLE\s*$/m.test(text) || /^\s*CUST/m.test(text)) return parseSolomon(text, file);
  if (/^\s*\d+\s+\d+\s+\d+\s*$/m.test(head.split("\n")[0] ?? "")) return parseLiLim(text, file);
  throw new FormatError(file, 1, "unrecognised format: expected a JSON problem, a CVRPLIB .vrp, a Solomon or a Li & Lim file");
}
