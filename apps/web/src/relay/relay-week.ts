/**
 * What the relay must not forget: for each household, its next passage and whether an order is
 * placed before the cutoff. Households still to order for come first, soonest cutoff first.
 */
import type { RelayHousehold } from "@tournee/domain";

type Passage = RelayHousehold["passages"][number];

export type PassageState = "to-order" | "ordered" | "closed-ordered" | "closed-none";

export function passageState(p: Pick<Passage, "open" | "order">): PassageState {
  const live = p.order !== null && p.order.status !== "cancelled";
  if (p.open) return live ? "ordered" : "to-order";
  return live ? "closed-ordered" : "closed-none";
}

/** The amount to collect for a passage: the live order's total, or nothing. */
export function amountToPay(p: Pick<Passage, "order">): number | null {
  return p.order && p.order.status !== "cancelled" ? p.order.totalCents : null;
}

/** Households with an order still to place first (soonest cutoff first), then the others by name. */
export function byUrgency(households: readonly RelayHousehold[]): RelayHousehold[] {
  const firstToOrder = (h: RelayHousehold) => h.passages.find((p) => passageState(p) === "to-order")?.cutoffAt;
  return [...households].sort((a, b) => {
    const [ca, cb] = [firstToOrder(a), firstToOrder(b)];
    if (ca && cb) return ca.localeCompare(cb) || a.name.localeCompare(b.name, "fr");
    if (ca || cb) return ca ? -1 : 1;
    return a.name.localeCompare(b.name, "fr");
  });
}

/** Households with no order yet for a passage whose ordering is still open. */
export function stillToOrder(households: readonly RelayHousehold[]): { household: RelayHousehold; passage: Passage }[] {
  return households.flatMap((household) => household.passages.filter((p) => passageState(p) === "to-order").map((passage) => ({ household, passage })));
}
