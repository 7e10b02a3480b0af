/**
 * When a passage takes orders. Everyone orders strictly before its cutoff while it is scheduled;
 * after the cutoff, a coordinator of its organisation may still take or change an order, saying
 * why (a phone call on the morning of the round), until its round leaves.
 */
import { instantToZoned, weekdayOf } from "@tournee/domain/calendar";
import type { Passage, Stop, Tour } from "../../generated/prisma/client.js";
import { ApiError } from "../../http/errors.js";
import { closedOn } from "../sites/opening-hours.js";
import { isoDate } from "./household-rights.js";
import type { OfferedProduct } from "./ordering-read.js";

export function describeCutoff(cutoffAt: Date): string {
  const local = instantToZoned(cutoffAt);
  return `${local.date} at ${local.time} (Paris time, ${cutoffAt.toISOString()})`;
}

type GatedPassage = Pick<Passage, "status" | "date" | "cutoffAt"> & { stop: Pick<Stop, "name"> };

function checkScheduled(passage: GatedPassage): void {
  if (passage.status !== "scheduled") {
    throw new ApiError("passage_closed", `the passage of ${isoDate(passage.date)} at ${passage.stop.name} is ${passage.status}; choose another passage`);
  }
}

export function checkPassageOpen(passage: GatedPassage, now: Date): void {
  checkScheduled(passage);
  if (now.getTime() >= passage.cutoffAt.getTime()) {
    throw new ApiError(
      "order_locked",
      `orders for the passage of ${isoDate(passage.date)} at ${passage.stop.name} closed on ${describeCutoff(passage.cutoffAt)}; the order can no longer be changed — call the coordinator`,
    );
  }
}

export interface LateOrder {
  /** A coordinator of the passage's organisation (or an admin) is taking the order. */
  staff: boolean;
  /** Why the order is taken after the cutoff; required then, ignored before. */
  reason?: string | undefined;
}

/** Checks the passage takes this order now; returns the reason to keep when it is taken after the cutoff. */
export function checkOrderWindow(passage: GatedPassage & { tour: Pick<Tour, "status"> | null }, now: Date, late: LateOrder): string | null {
  if (!late.staff || now.getTime() < passage.cutoffAt.getTime()) {
    checkPassageOpen(passage, now);
    return null;
  }
  checkScheduled(passage);
  if (passage.tour && (passage.tour.status === "in_progress" || passage.tour.status === "closed")) {
    throw new ApiError("round_left", `the round of ${isoDate(passage.date)} is ${passage.tour.status.replace("_", " ")}: its orders can no longer change; take the order for the next passage`);
  }
  if (!late.reason) {
    throw new ApiError("late_reason_required", `orders for this passage closed on ${describeCutoff(passage.cutoffAt)}: a coordinator may still take it, saying why`, [
      { in: "body", path: "lateReason", message: "say why the order is taken after the cutoff" },
    ]);
  }
  return late.reason;
}

/**
 * Refuses bread from a bakery closed on the passage's weekday (opening-hours.ts): it would be baked
 * for a day no round collects it. Any line of it is refused, even one kept from an order placed
 * before the bakery's hours changed: the household removes the bread or orders it another day.
 */
export function checkBakeriesOpen(passage: Pick<Passage, "date">, offers: readonly OfferedProduct[], lines: readonly { offerId: string; quantity: number }[]): void {
  const weekday = weekdayOf(isoDate(passage.date));
  const bakeryOf = new Map(offers.map((o) => [o.offerId, o.bakery]));
  const closed = lines.flatMap((l, i) => {
    const bakery = bakeryOf.get(l.offerId);
    return l.quantity > 0 && bakery && closedOn(bakery.openingHours, weekday) ? [{ i, bakery }] : [];
  });
  if (!closed.length) return;
  const day = new Intl.DateTimeFormat("en", { weekday: "long", timeZone: "UTC" }).format(new Date(`${isoDate(passage.date)}T12:00:00Z`));
  const names = [...new Set(closed.map((c) => c.bakery.name))].join(", ");
  throw new ApiError("bakery_closed", `${names} is closed on ${day}s: its bread cannot be ordered for the passage of ${isoDate(passage.date)}; remove the bread, or order it for a passage on another day`,
    closed.map((c) => ({ in: "body" as const, path: `lines.${c.i}.offerId`, message: `bread from ${c.bakery.name}, closed on ${day}s` })));
}
