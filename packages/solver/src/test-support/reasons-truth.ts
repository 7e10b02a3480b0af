import { plan } from "../plan.js";
import type { Id, Problem, Solution, Unassigned, Violation } from "../types.js";

/** Step ids of a job or a shipment (pickup, delivery) left out. */
function stepsOf(problem: Problem, u: Unassigned): Id[] {
  if (u.type === "job") return [u.id];
  const s = (problem.shipments ?? []).find((x) => String(x.pickup.id) === String(u.id))!;
  return [s.pickup.id, s.delivery.id];
}

function skillsOf(problem: Problem, u: Unassigned): number[] {
  if (u.type === "job") return (problem.jobs ?? []).find((j) => String(j.id) === String(u.id))?.skills ?? [];
  return (problem.shipments ?? []).find((x) => String(x.pickup.id) === String(u.id))?.skills ?? [];
}

/** Every way of putting the steps into the route (a job at each place; a shipment's pickup before its delivery). */
function insertions(route: Id[], steps: Id[]): Id[][] {
  const out: Id[][] = [];
  for (let a = 0; a <= route.length; a++) {
    if (steps.length === 1) {
      out.push([...route.slice(0, a), steps[0]!, ...route.slice(a)]);
      continue;
    }
    for (let b = a; b <= route.length; b++) out.push([...route.slice(0, a), steps[0]!, ...route.slice(a, b), steps[1]!, ...route.slice(b)]);
  }
  return out;
}

/**
 * Checks each unassigned reason against the problem with the independent evaluator (plan):
 * `alone` reasons must show as a violation of that kind when the job is served on its own by each
 * named vehicle; route reasons must hold at every place of the vehicle's route (each place breaks
 * something, and some place breaks that kind). Returns what is not true.
 */
export function falseReasons(problem: Problem, s: Solution): string[] {
  const errors: string[] = [];
  const routeOf = new Map(s.routes.map((r) => [String(r.vehicle), r.steps.filter((x) => x.type !== "break" && x.id !== undefined).map((x) => x.id!)]));
  const kinds = (steps: Id[], vehicle: Id): Violation["kind"][] => plan(problem, [{ vehicle, steps }]).routes[0]!.violations.map((v) => v.kind);
  for (const u of s.unassigned) {
    if (u.reasons.length === 0) errors.push(`${String(u.id)}: no reason`);
    for (const r of u.reasons) {
      const say = (what: string) => errors.push(`${String(u.id)} ${r.kind}${r.alone ? " alone" : ""} on ${r.vehicles.join(",")}: ${what} (${r.message})`);
      if (r.vehicles.length === 0) say("names no vehicle");
      if (r.kind === "priority") say("a job that fits was left out");
      for (const id of r.vehicles) {
        const vehicle = problem.vehicles.find((v) => String(v.id) === String(id));
        if (!vehicle) {
          say(`unknown vehicle ${String(id)}`);
          continue;
        }
        if (r.kind === "skills") {
          const have = new Set(vehicle.skills ?? []);
          if (skillsOf(problem, u).every((x) => have.has(x))) say(`vehicle ${String(id)} has every skill`);
          continue;
        }
        const steps = stepsOf(problem, u);
        if (r.alone) {
          if (!kinds(steps, id).includes(r.kind as Violation["kind"])) say(`served alone by ${String(id)} it breaks ${kinds(steps, id).join(",") || "nothing"}`);
          continue;
        }
        const all = insertions(routeOf.get(String(id)) ?? [], steps).map((order) => kinds(order, id));
        if (all.some((k) => k.length === 0)) say(`a place in ${String(id)}'s route is feasible`);
        if (!all.some((k) => k.includes(r.kind as Violation["kind"]))) say(`no place in ${String(id)}'s route breaks it`);
      }
    }
  }
  return errors;
}
