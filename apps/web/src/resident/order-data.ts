import { CatalogueSchema, OrderSchema, type Catalogue, type Order } from "@tournee/domain";
import * as z from "zod/mini";
import { isApiError } from "../api/api-error";
import { keepSnapshot, pendingFor, snapshot, type PendingBasket } from "./pending-baskets";
import { residentApi, ResidentPassageSchema, type ResidentPassage } from "./resident-api";

export interface OrderScreenData {
  passage: ResidentPassage;
  catalogue: Catalogue;
  order: Order | undefined;
  pending: PendingBasket | undefined;
  offline: boolean;
}

/** An answer from the server, kept for later; without network, the copy kept last time. */
async function fresh<T>(key: string, get: () => Promise<T>, parse: (v: unknown) => T | undefined): Promise<{ value: T; offline: boolean }> {
  try {
    const value = await get();
    await keepSnapshot(key, value);
    return { value, offline: false };
  } catch (error) {
    const kept = parse(await snapshot(key));
    if (isApiError(error) && error.kind === "network" && kept !== undefined) return { value: kept, offline: true };
    throw error;
  }
}

/** The household's passages, or those last seen on this device when there is no network. */
export async function passagesOrSnapshot(householdId: string): Promise<{ passages: ResidentPassage[]; offline: boolean }> {
  const withArrivals = async () => {
    const [passages, arrivals] = await Promise.all([residentApi.passages(householdId), residentApi.arrivals(householdId)]);
    return passages.map((p) => {
      const arrival = arrivals.find((a) => a.passageId === p.id);
      return { ...p, plannedArrival: arrival?.plannedArrival ?? null, arrivalSource: arrival?.source ?? null, previousArrival: arrival?.previousArrival ?? null, delay: arrival?.delay ?? null };
    });
  };
  const { value, offline } = await fresh(`passages|${householdId}`, withArrivals, (v) => z.array(ResidentPassageSchema).safeParse(v).data);
  return { passages: value, offline };
}

/** The passage is no longer among the household's coming ones (an old link, a past or cancelled passage). */
export class PassageGone extends Error {
  constructor() {
    super("this passage is no longer open to the household");
    this.name = "PassageGone";
  }
}

/** What the order screen needs for one passage: the passage, its catalogue, the order placed and a basket still waiting. */
export async function loadOrderScreen(householdId: string, passageId: string): Promise<OrderScreenData> {
  const { passages } = await passagesOrSnapshot(householdId);
  const passage = passages.find((p) => p.id === passageId);
  if (!passage) throw new PassageGone();
  const catalogue = await fresh(`catalogue|${householdId}|${passageId}`, () => residentApi.catalogue(passageId, householdId), (v) => CatalogueSchema.safeParse(v).data);
  const order = passage.order
    ? (await fresh(`order|${passage.order.id}`, () => residentApi.order(passage.order!.id), (v) => OrderSchema.safeParse(v).data)).value
    : undefined;
  const pending = (await pendingFor(householdId)).find((b) => b.passageId === passageId);
  return { passage, catalogue: catalogue.value, order, pending, offline: catalogue.offline };
}

/** Basket to start from: a basket still waiting on this device, else the order placed. */
export function startingBasket(data: Pick<OrderScreenData, "order" | "pending">): Map<string, number> {
  const lines = data.pending?.lines ?? (data.order && data.order.status !== "cancelled" ? data.order.lines : []);
  return new Map(lines.map((l) => [l.offerId, l.quantity]));
}
