/**
 * What changed in a driver's rounds since the device's cursor: outcomes the server applied,
 * conflicts, notes from others, orders cancelled, and each round's version (a new version
 * means the device downloads the round again) and the money recorded for it (round-takings.ts). An unknown or too old cursor answers `resync`.
 */
import type { FeedChange, PullResponse } from "@tournee/sync";
import { organisationsWith, type Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { currentCursor } from "./current-cursor.js";
import { partnerTakings, roundTakings } from "./round-takings.js";
import { CURSOR_MAX_AGE_MS, decodeCursor, encodeCursor } from "./feed-cursor.js";
import { isoDate } from "../../db/db-date.js";

const PAGE = 500;
/** How long before its day a round handed to another driver is still looked for. */
const REASSIGNED_AHEAD_MS = 14 * 86_400_000;
/** Drivers never get wellbeing concerns back, even their own, nor their follow-up: they go to coordinators only. */
const COORDINATOR_ONLY = ["wellbeing.flagged", "wellbeing.acknowledged"];

export async function pullChanges({ services, actor, cursor }: { services: Services; actor: Actor; cursor: string | undefined }): Promise<PullResponse> {
  const { prisma } = services.db;
  const now = services.now();
  const present = await currentCursor(prisma, now);
  const since = cursor === undefined ? null : decodeCursor(cursor);
  const yesterday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
  const tours = await prisma.tour.findMany({
    where: { driverId: actor.userId, date: { gte: yesterday }, status: { in: ["published", "in_progress", "closed"] } },
    orderBy: { date: "asc" },
    select: { id: true, version: true, status: true, date: true },
  });
  const takings = await roundTakings(prisma, tours.map((t) => t.id));
  const forPartners = await partnerTakings(prisma, tours.map((t) => t.id));
  const tourViews = tours.map((t) => ({ id: t.id, version: t.version, status: t.status, date: isoDate(t.date), takings: takings.get(t.id)!, takingsFor: forPartners.get(t.id)! }));
  const reassigned = await roundsReassigned(prisma, actor, yesterday);
  const tooOld = !since || since.changeId > present.changeId || now.getTime() - since.at.getTime() > CURSOR_MAX_AGE_MS;
  if (tooOld) return { resync: true, cursor: present.text, changes: [], tours: tourViews, reassigned, serverTime: now.toISOString() };

  const tourIds = tours.map((t) => t.id);
  const rows = await prisma.syncChange.findMany({
    where: { tourId: { in: tourIds }, id: { gt: since.changeId }, kind: { notIn: COORDINATOR_ONLY } },
    orderBy: { id: "asc" },
    take: PAGE,
  });
  const changes: FeedChange[] = rows.map((r) => ({ cursor: r.id.toString(), tourId: r.tourId, kind: r.kind, entityId: r.entityId, payload: r.payload as Record<string, unknown>, at: r.at.toISOString() }));
  const lastId = rows.length === PAGE ? rows.at(-1)!.id : present.changeId;
  const cancelled = await prisma.order.findMany({
    where: { passage: { tourId: { in: tourIds } }, status: "cancelled", cancelledAt: { gt: since.at } },
    select: { id: true, passageId: true, cancelledAt: true, passage: { select: { tourId: true } } },
  });
  for (const o of cancelled) changes.push({ cursor: lastId.toString(), tourId: o.passage.tourId, kind: "order.cancelled", entityId: o.id, payload: { orderId: o.id, passageId: o.passageId }, at: o.cancelledAt!.toISOString() });
  const notes = await prisma.driverNote.findMany({
    where: { passage: { tourId: { in: tourIds } }, authorId: { not: actor.userId }, receivedAt: { gt: since.at } },
    select: { id: true, passageId: true, text: true, receivedAt: true, passage: { select: { tourId: true } } },
  });
  for (const n of notes) changes.push({ cursor: lastId.toString(), tourId: n.passage.tourId, kind: "note.from_coordinator", entityId: n.id, payload: { passageId: n.passageId, text: n.text }, at: n.receivedAt.toISOString() });
  const next = rows.length === PAGE ? encodeCursor({ changeId: lastId, at: since.at }) : present.text;
  return { resync: false, cursor: next, changes, tours: tourViews, reassigned, serverTime: now.toISOString() };
}

/** Rounds from `since` on that were this driver's and that a coordinator handed to someone else (`change-round-driver.ts` audits each). */
async function roundsReassigned(prisma: Services["db"]["prisma"], actor: Actor, since: Date): Promise<{ id: string; date: string }[]> {
  const driverId = actor.userId;
  const entries = await prisma.auditEntry.findMany({
    where: {
      organisationId: { in: organisationsWith(actor, ["driver"]) }, at: { gte: new Date(since.getTime() - REASSIGNED_AHEAD_MS) },
      entity: "Tour", action: "change_driver", changes: { path: ["driverId", "from"], equals: driverId },
    },
    select: { entityId: true },
  });
  if (!entries.length) return [];
  const tours = await prisma.tour.findMany({
    where: { id: { in: [...new Set(entries.map((e) => e.entityId))] }, date: { gte: since }, OR: [{ driverId: null }, { driverId: { not: driverId } }] },
    select: { id: true, date: true },
  });
  return tours.map((t) => ({ id: t.id, date: isoDate(t.date) }));
}
