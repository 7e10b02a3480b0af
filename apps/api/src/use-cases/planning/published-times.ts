/**
 * What residents are told when a tour is published: each passage's planned arrival becomes its
 * published one. When a publication moves a passage by more than 15 minutes from what residents
 * were told, the time told before is kept beside it, so the resident's home can say it changed.
 */
import type { Prisma } from "../../generated/prisma/client.js";

/** A published time that moves by more than this is announced to the resident as a change. */
export const MOVED_MINUTES = 15;

const movedBetween = (a: Date | null, b: Date | null): boolean => a !== null && b !== null && Math.abs(a.getTime() - b.getTime()) > MOVED_MINUTES * 60_000;

/** Call in the publication's transaction, after the planned times are final. */
export async function recordPublishedTimes(tx: Prisma.TransactionClient, tourId: string): Promise<void> {
  const passages = await tx.passage.findMany({ where: { tourId }, select: { id: true, plannedArrival: true, publishedArrival: true, previousPublishedArrival: true } });
  for (const p of passages) {
    if (!p.plannedArrival) continue;
    const previous = movedBetween(p.plannedArrival, p.publishedArrival)
      ? p.publishedArrival
      : movedBetween(p.plannedArrival, p.previousPublishedArrival) ? p.previousPublishedArrival : null;
    if (p.publishedArrival?.getTime() === p.plannedArrival.getTime() && previous === p.previousPublishedArrival) continue;
    await tx.passage.update({ where: { id: p.id }, data: { publishedArrival: p.plannedArrival, previousPublishedArrival: previous } });
  }
}
