import { isApiError } from "../api/api-error";
import { allPending, removePending, savePending, type PendingBasket } from "./pending-baskets";
import { residentApi } from "./resident-api";

export type SendOutcome = { state: "received" } | { state: "not-sent" } | { state: "refused"; code: string | undefined };

/** Sends one basket: a first order, a change, or (empty basket) a cancellation. */
async function send(basket: PendingBasket): Promise<void> {
  if (basket.orderId && basket.lines.length === 0) await residentApi.cancel(basket.orderId);
  else if (basket.orderId) await residentApi.change(basket.orderId, basket.lines);
  else await residentApi.place(basket.householdId, basket.passageId, basket.lines);
}

/**
 * Keeps the basket on the device first, then tries to send it. Without network it stays there
 * ("not yet sent"); refused by the server it is kept with the reason, to be shown.
 */
export async function submitBasket(basket: Omit<PendingBasket, "key" | "savedAt">): Promise<SendOutcome> {
  const record = await savePending(basket);
  return trySend(record);
}

async function trySend(record: PendingBasket): Promise<SendOutcome> {
  try {
    await send(record);
    await removePending(record.key);
    return { state: "received" };
  } catch (error) {
    if (isApiError(error) && error.kind === "http" && error.status < 500 && error.status !== 401) {
      const code = error.problem?.code;
      await savePending({ ...record, refusedCode: code ?? "unexpected" });
      return { state: "refused", code };
    }
    return { state: "not-sent" };
  }
}

/** Sends every basket still waiting on this device (at start and when the network returns). */
export async function flushPending(): Promise<number> {
  let sent = 0;
  for (const basket of await allPending()) {
    if (basket.refusedCode) continue;
    const outcome = await trySend(basket);
    if (outcome.state === "not-sent") break;
    if (outcome.state === "received") sent++;
  }
  return sent;
}
