import type { PrismaClient } from "../../generated/prisma/client.js";
import { encodeCursor } from "./feed-cursor.js";

/** The cursor of the feed's present: a device holding it has seen everything so far. */
export async function currentCursor(prisma: PrismaClient, now: Date): Promise<{ changeId: bigint; text: string }> {
  const last = await prisma.syncChange.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const changeId = last?.id ?? 0n;
  return { changeId, text: encodeCursor({ changeId, at: now }) };
}
