/**
 * The demo's farm stop: the round under way called at the farm before its first halts, and its
 * driver found one bag short there ("grêle sur le verger"). Played through the real sync path as
 * the phone sends it, so the coordinator sees the receipt and the household further on that will go
 * short, and the producer's delivery note and statement count what came.
 */
import { uuidv7 } from "@tournee/sync";
import { createSession, destroySession, resolveSession } from "../auth/session-store.js";
import type { Services } from "../services.js";
import { getRound } from "../use-cases/sync/get-round.js";
import { pushMutations } from "../use-cases/sync/push-mutations.js";
import { DEMO_DELAY_MINUTES } from "./demo-round-under-way.js";

const MINUTE = 60_000;
export const DEMO_SHORTFALL_NOTE = "Grêle sur le verger";

export async function countDemoFarmPickup(services: Services, tourId: string): Promise<{ farm: string; product: string } | null> {
  const prisma = services.db.prisma;
  const tour = await prisma.tour.findUnique({ where: { id: tourId }, select: { driverId: true } });
  if (!tour?.driverId) return null;
  const { token } = await createSession(prisma, { userId: tour.driverId, userAgent: "demo phone", now: services.now() });
  const actor = (await resolveSession(services.db, token, services.now()))!;
  try {
    const round = await getRound({ services, actor, tourId });
    const pickup = round.pickups?.find((p) => p.source === "farm" && p.siteId && p.plannedArrival);
    const short = pickup?.products.filter((p) => p.productId).sort((a, b) => b.quantity - a.quantity)[0];
    if (!pickup || !short || short.quantity < 2) return null;
    const at = Date.parse(pickup.plannedArrival!) + (DEMO_DELAY_MINUTES + 5) * MINUTE;
    const mutation = {
      id: uuidv7(at), deviceId: uuidv7(at), seq: 1, deviceTime: new Date(at).toISOString(), kind: "farm.received",
      payload: { tourId, siteId: pickup.siteId, lines: [{ productId: short.productId, received: short.quantity - 1, note: DEMO_SHORTFALL_NOTE }] },
    };
    await pushMutations({ services: { ...services, now: () => new Date(at + MINUTE) }, actor, request: { deviceId: mutation.deviceId, mutations: [mutation] } });
    return { farm: pickup.siteName, product: short.productName };
  } finally {
    await destroySession(prisma, actor.sessionId);
  }
}
