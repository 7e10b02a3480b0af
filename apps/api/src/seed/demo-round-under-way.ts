/**
 * The demo in motion: on the demo day, the round through the demo resident's halt has left and
 * runs about 35 minutes late. A driver's phone is played through the real sync path: it signs
 * in, downloads the round, and at each of the first halts records the arrival, hands over every
 * order and takes its payment in cash, then pushes the batch as the phone does when it finds a
 * network. Nothing else is written: the live screen, the delay the households further on are
 * told (by the message planner, from these arrivals) and the resident's home follow from it.
 *
 * Each change carries the time the phone recorded it, and the push happens just after the last
 * one, so the server sees a phone whose clock is right, whatever day the demo is started on.
 */
import type { LocalDate } from "@tournee/domain/calendar";
import { uuidv7, type Mutation, type Round } from "@tournee/sync";
import { createSession, destroySession, resolveSession } from "../auth/session-store.js";
import type { Services } from "../services.js";
import { getRound } from "../use-cases/sync/get-round.js";
import { pushMutations } from "../use-cases/sync/push-mutations.js";
import { DEMO_RESIDENT_EMAIL } from "./accounts.js";
import { dbDate } from "./dates.js";

export const DEMO_DELAY_MINUTES = 35;
/** Halts reached before the demo resident's: enough for the delay to be told, few enough to leave most of the round to come. */
const HALTS_REACHED = 3;
const MINUTE = 60_000;

export interface RoundUnderWay {
  tourId: string;
  reached: number;
}

export async function startDemoRound(services: Services, demoDay: LocalDate): Promise<RoundUnderWay | null> {
  const prisma = services.db.prisma;
  const resident = await prisma.household.findFirst({ where: { access: { some: { user: { email: DEMO_RESIDENT_EMAIL } } } }, select: { usualStopId: true } });
  const passage = await prisma.passage.findFirst({
    where: { date: dbDate(demoDay), stopId: resident?.usualStopId ?? "", tour: { status: "published", driverId: { not: null } } },
    select: { tour: { select: { id: true, driverId: true } } },
  });
  if (!passage?.tour?.driverId) return null;
  const { id: tourId, driverId } = passage.tour;
  const { token } = await createSession(prisma, { userId: driverId, userAgent: "demo phone", now: services.now() });
  const actor = (await resolveSession(services.db, token, services.now()))!;
  try {
    const round = await getRound({ services, actor, tourId });
    const mutations = phoneJournal(round);
    if (!mutations.length) return null;
    const syncedAt = new Date(Math.max(...mutations.map((m) => Date.parse(m.deviceTime))) + MINUTE);
    const phoneServices: Services = { ...services, now: () => syncedAt };
    await pushMutations({ services: phoneServices, actor, request: { deviceId: mutations[0]!.deviceId, mutations } });
    return { tourId, reached: new Set(mutations.map((m) => (m.payload as { passageId: string }).passageId)).size };
  } finally {
    await destroySession(prisma, actor.sessionId);
  }
}

/** What the driver's phone records at the first halts, in order, each stop a few minutes after arriving. */
function phoneJournal(round: Round): Mutation[] {
  const deviceId = uuidv7();
  const out: Mutation[] = [];
  const record = (kind: string, payload: Record<string, unknown>, at: number) =>
    out.push({ id: uuidv7(at), deviceId, seq: out.length + 1, deviceTime: new Date(at).toISOString(), kind, payload: { tourId: round.tour.id, ...payload } });
  const halts = round.passages.filter((p) => p.plannedArrival && p.kind === "halt").slice(0, HALTS_REACHED);
  for (const p of halts) {
    let at = Date.parse(p.plannedArrival!) + DEMO_DELAY_MINUTES * MINUTE;
    record("passage.arrived", { passageId: p.id }, at);
    for (const o of p.orders) {
      at += 2 * MINUTE;
      record("order.handed_over", { passageId: p.id, orderId: o.id, lines: [] }, at);
      if (o.dueCents > 0) record("payment.taken", { passageId: p.id, orderId: o.id, method: "cash", amountCents: o.dueCents }, at);
    }
  }
  return out;
}
