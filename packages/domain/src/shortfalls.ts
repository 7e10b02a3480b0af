/**
 * When a producer delivers less than was ordered of a product, who goes short: what came is handed
 * out in driving order (the first stops get theirs first, as a driver hands over; at one stop, by
 * household name), so the last lines of the round carry the shortfall. The same rule runs on the
 * server (the orders say what was short, and price it out) and on a driver's phone offline.
 */
export interface ShareableLine {
  id: string;
  quantity: number;
  /** The stop's number on its round (null: not planned in order, served last). */
  sequence: number | null;
  householdName: string;
  /** Rounds sharing a warehouse drop are served one after the other, in this order. */
  round?: string;
}

/** What each line goes short of (lines that get all they ordered are left out). */
export function shareShortfall(lines: readonly ShareableLine[], received: number): Map<string, number> {
  const ordered = [...lines].sort((a, b) =>
    (a.round ?? "").localeCompare(b.round ?? "") || (a.sequence ?? Infinity) - (b.sequence ?? Infinity) || a.householdName.localeCompare(b.householdName, "fr") || a.id.localeCompare(b.id));
  let left = Math.max(0, received);
  const short = new Map<string, number>();
  for (const line of ordered) {
    const served = Math.min(line.quantity, left);
    left -= served;
    if (served < line.quantity) short.set(line.id, line.quantity - served);
  }
  return short;
}
