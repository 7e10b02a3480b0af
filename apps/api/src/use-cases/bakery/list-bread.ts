/** Bread ordered over a period, as the organisation the console shows reads it (see bread-scope.ts). */
import type { BreadDay } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { breadDays } from "./bread-days.js";
import { breadScopeFor } from "./bread-scope.js";

export async function listBread({ services, actor, from, to }: { services: Services; actor: Actor; from: string; to: string }): Promise<BreadDay[]> {
  const { scope } = await breadScopeFor(services, actor);
  return breadDays(services, scope, from, to);
}
