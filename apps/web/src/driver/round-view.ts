/**
 * What the driver sees: the downloaded round with the changes made on this device applied on
 * top (journal), so the screens are right offline and after a reload. Pure: tested without a browser.
 */
import { tripOf } from "@tournee/domain";
import type { MutationPayload, PartnerTakings, Round, RoundOrder, RoundPassage, Takings } from "@tournee/sync";
import type { CoordinatorMessage, JournalEntry, StoredRejection, StoredRound } from "./driver-db";
import { phoneShortfalls } from "./farm-receipt";

export type PaymentMethod = MutationPayload<"payment.taken">["method"];

/** Something the server said about a change of the driver's: a rule it settled, or a refusal. */
export interface Issue {
  id: string;
  /** `rule:<conflict rule>` or `rejected:<code>`; `message` is the server's own words. */
  code: string;
  message: string;
  /** Settled by a coordinator since. */
  resolved: boolean;
}

export interface OrderView extends RoundOrder {
  outcome: "delivered" | "partial" | "absent" | null;
  /** The household cancelled it on the server: not to be handed over. */
  cancelled: boolean;
  issues: Issue[];
  /** Handed over per line id, once handed over. */
  delivered: Record<string, number>;
  /** Per line id, what the producer did not deliver (counted short at the farm): not to hand over, not charged. */
  short: Record<string, number>;
  /**
   * What the household owes for what it got; null after a partial handover the server has not
   * priced yet (the phone holds no unit prices: they would tell who pays the social price).
   */
  dueNowCents: number | null;
  paidNowCents: number;
}

export interface PassageView extends Omit<RoundPassage, "orders"> {
  arrived: boolean;
  orders: OrderView[];
  notes: string[];
  messages: CoordinatorMessage[];
  issues: Issue[];
  concerns: number;
  done: boolean;
}

export interface RoundSummary {
  delivered: number;
  partial: number;
  absent: number;
  /** Cancelled on the server and not handed over. */
  cancelled: number;
  stopsDone: number;
  stops: number;
  byMethod: Record<PaymentMethod, number>;
  /** Of `byMethod`, what was collected for each partner the round carries for (pooled rounds). */
  forPartners: { organisationName: string; byMethod: Record<PaymentMethod, number> }[];
}

/**
 * The stop's number on the round, as on the tour sheet and the planning page (the stop at the
 * bakery counts too); its place in the list when the round was not planned in order.
 */
export const stopNumber = (passage: Pick<RoundPassage, "sequence">, index: number): number => (passage.sequence ?? index) + 1;

/**
 * The number of the stop to drive to now: the first stop not done, unless the round loads bread at
 * a bakery before it that no done stop has passed yet (a bakery has nothing to tick off); null when
 * every stop is done.
 */
export function nextStopNumber(view: readonly Pick<PassageView, "sequence" | "done">[], pickups: readonly { sequence: number }[]): number | null {
  const index = view.findIndex((p) => !p.done);
  const passage = index < 0 ? null : stopNumber(view[index]!, index);
  const lastDone = Math.max(0, ...view.map((p, i) => (p.done ? stopNumber(p, i) : 0)));
  const bakeries = pickups.map((p) => p.sequence + 1).filter((n) => n > lastDone && (passage === null || n < passage));
  return bakeries.length ? Math.min(...bakeries) : passage;
}

export function roundView(round: Round | StoredRound, journal: readonly JournalEntry[], rejections: readonly StoredRejection[] = []): PassageView[] {
  const counted = phoneShortfalls(round, journal);
  const passages = new Map<string, PassageView>();
  const orders = new Map<string, OrderView>();
  for (const p of round.passages) {
    const view: PassageView = {
      ...p,
      arrived: p.arrivedAt !== null || p.outcome === "visited",
      notes: [],
      messages: "messages" in round ? (round.messages ?? []).filter((m) => m.passageId === p.id) : [],
      issues: [],
      concerns: 0,
      done: false,
      orders: p.orders.map((o) => {
        const delivered = Object.fromEntries(o.lines.filter((l) => l.deliveredQuantity !== null).map((l) => [l.id, l.deliveredQuantity!]));
        const outcome = o.outcome === "refused" ? "absent" : (o.outcome as OrderView["outcome"]);
        const short = Object.fromEntries(o.lines.map((l) => [l.id, counted.get(l.id) ?? l.short ?? 0]));
        // A count the server has not heard of yet changes the amount: it prices it once it has.
        const priced = o.outcome !== null || o.lines.every((l) => short[l.id] === (l.short ?? 0));
        const ov: OrderView = { ...o, outcome, cancelled: o.status === "cancelled", issues: [], delivered, short, dueNowCents: priced ? o.dueCents : null, paidNowCents: o.paidCents };
        orders.set(o.id, ov);
        return ov;
      }),
    };
    passages.set(p.id, view);
  }
  for (const m of [...journal].sort((a, b) => a.seq - b.seq)) {
    const payload = m.payload as { passageId?: string; orderId?: string };
    const passage = payload.passageId ? passages.get(payload.passageId) : undefined;
    const order = payload.orderId ? orders.get(payload.orderId) : undefined;
    if (m.kind === "passage.arrived" && passage) passage.arrived = true;
    if (m.kind === "order.handed_over" && order && !order.outcome) {
      const given = new Map((m.payload as MutationPayload<"order.handed_over">).lines.map((l) => [l.lineId, l.delivered]));
      order.delivered = Object.fromEntries(order.lines.map((l) => [l.id, given.get(l.id) ?? l.quantity - order.short[l.id]!]));
      order.outcome = order.lines.every((l) => order.delivered[l.id] === l.quantity) ? "delivered" : "partial";
      const none = order.lines.every((l) => order.delivered[l.id] === 0);
      // All that came of what was ordered: the amount is the one the server priced for the shortfall, if it knows it.
      const allThatCame = order.lines.every((l) => order.delivered[l.id] === l.quantity - order.short[l.id]!);
      order.dueNowCents = allThatCame ? order.dueNowCents : none ? 0 : null;
      if (passage) passage.arrived = true;
    }
    if (m.kind === "order.absent" && order && !order.outcome) {
      order.outcome = "absent";
      order.dueNowCents = 0;
      if (passage) passage.arrived = true;
    }
    if (m.kind === "payment.taken" && order && !m.inRound) order.paidNowCents += (m.payload as MutationPayload<"payment.taken">).amountCents;
    if (m.kind === "note.added" && passage) passage.notes.push((m.payload as MutationPayload<"note.added">).text);
    if (m.kind === "wellbeing.flagged" && passage) passage.concerns += 1;
  }
  const place = (ids: { passageId?: string | null; orderId?: string | null }, issue: Issue) => {
    const target = (ids.orderId && orders.get(ids.orderId)) || (ids.passageId && passages.get(ids.passageId));
    if (target) target.issues.push(issue);
  };
  for (const c of "conflicts" in round ? (round.conflicts ?? []) : []) place(c, { id: c.id, code: `rule:${c.rule}`, message: c.detail, resolved: c.resolved ?? false });
  for (const r of rejections) place(r, { id: r.id, code: `rejected:${r.code ?? "unknown"}`, message: r.message ?? "", resolved: false });
  for (const p of passages.values()) p.done = p.arrived && p.orders.every((o) => o.outcome !== null || o.cancelled);
  return [...passages.values()];
}

/**
 * The end of the round. The money to hand in is what the server recorded for the round (whichever
 * phone took it, as of the last pull) plus the payments still waiting on this phone to be sent.
 */
export function summarise(view: readonly PassageView[], journal: readonly JournalEntry[], takings: Takings | undefined, unsent: ReadonlySet<string>, takingsFor: PartnerTakings = []): RoundSummary {
  const all = view.flatMap((p) => p.orders);
  const byMethod: Record<PaymentMethod, number> = { cash: 0, card: 0, voucher: 0, credit: 0, ...takings };
  const forPartners = takingsFor.map((p) => ({ organisationName: p.organisationName, byMethod: { ...p.takings } }));
  const carriedFor = new Map(all.filter((o) => o.carriedFor).map((o) => [o.id, o.carriedFor!]));
  for (const m of journal) {
    if (m.kind !== "payment.taken" || !unsent.has(m.id)) continue;
    const p = m.payload as MutationPayload<"payment.taken">;
    byMethod[p.method] += p.amountCents;
    const partner = carriedFor.get(p.orderId);
    if (!partner) continue;
    let share = forPartners.find((s) => s.organisationName === partner);
    if (!share) forPartners.push((share = { organisationName: partner, byMethod: { cash: 0, card: 0, voucher: 0, credit: 0 } }));
    share.byMethod[p.method] += p.amountCents;
  }
  return {
    delivered: all.filter((o) => o.outcome === "delivered").length,
    partial: all.filter((o) => o.outcome === "partial").length,
    absent: all.filter((o) => o.outcome === "absent").length,
    cancelled: all.filter((o) => o.cancelled && o.outcome === null).length,
    stopsDone: view.filter((p) => p.done).length,
    stops: view.length,
    byMethod,
    forPartners,
  };
}

/**
 * A multi-trip round's loading list for one trip: every product its stops hand over, summed (orders
 * cancelled on the server left out; bread too when the round loads it at a bakery).
 */
export function tripLoading(round: Pick<Round, "passages" | "pickups" | "reloads">, trip: number): { productName: string; unit: string; compartment: string; quantity: number }[] {
  const reloads = round.reloads ?? [];
  const breadAtBakery = (round.pickups ?? []).some((p) => p.source !== "farm");
  const totals = new Map<string, { productName: string; unit: string; compartment: string; quantity: number }>();
  for (const passage of round.passages.filter((p) => tripOf(p.sequence, reloads) === trip)) {
    for (const line of passage.orders.filter((o) => o.status !== "cancelled").flatMap((o) => o.lines)) {
      if (breadAtBakery && line.compartment === "bread") continue;
      const key = `${line.compartment}|${line.productName}|${line.unit}`;
      const total = totals.get(key) ?? { productName: line.productName, unit: line.unit, compartment: line.compartment, quantity: 0 };
      totals.set(key, { ...total, quantity: total.quantity + line.quantity });
    }
  }
  return [...totals.values()].sort((a, b) => a.compartment.localeCompare(b.compartment) || a.productName.localeCompare(b.productName, "fr"));
}
