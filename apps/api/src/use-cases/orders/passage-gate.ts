/** Orders for a passage are open strictly before its cutoff, and only while it is scheduled. */
import { instantToZoned } from "@tournee/domain/calendar";
import type { Passage, Stop } from "../../generated/prisma/client.js";
import { ApiError } from "../../http/errors.js";
import { isoDate } from "./household-rights.js";

export function describeCutoff(cutoffAt: Date): string {
  const local = instantToZoned(cutoffAt);
  return `${local.date} at ${local.time} (Paris time, ${cutoffAt.toISOString()})`;
}

export function checkPassageOpen(passage: Passage & { stop: Stop }, now: Date): void {
  if (passage.status !== "scheduled") {
    throw new ApiError("passage_closed", `the passage of ${isoDate(passage.date)} at ${passage.stop.name} is ${passage.status}; choose another passage`);
  }
  if (now.getTime() >= passage.cutoffAt.getTime()) {
    throw new ApiError(
      "order_locked",
      `orders for the passage of ${isoDate(passage.date)} at ${passage.stop.name} closed on ${describeCutoff(passage.cutoffAt)}; the order can no longer be changed — call the coordinator`,
    );
  }
}
