/** What the HTTP adapters share: a JSON request with a time limit, and how its failures read. */
import { DeliveryFailure, failureCodeOfStatus, isTemporaryStatus } from "./port.js";

export interface JsonAnswer {
  status: number;
  body: unknown;
}

export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number, provider: string): Promise<JsonAnswer> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json", ...headers }, body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new DeliveryFailure("provider_unreachable", `${provider} unreachable, will retry`, false, { cause: error });
  }
  const text = await res.text();
  return { status: res.status, body: parseJson(text) };
}

/** Turns a non-2xx answer into the failure the caller records (temporary for 429 and 5xx). */
export function httpFailure(provider: string, { status, body }: JsonAnswer): DeliveryFailure {
  const said = typeof body === "object" && body && "message" in body ? String((body as { message: unknown }).message) : typeof body === "string" ? body : "";
  const detail = said ? `: ${said.replace(/\s+/g, " ").slice(0, 160)}` : "";
  return isTemporaryStatus(status)
    ? new DeliveryFailure(failureCodeOfStatus(status), `${provider} answered ${status}, will retry${detail}`, false)
    : new DeliveryFailure(failureCodeOfStatus(status), `${provider} refused the message (${status})${detail}`, true);
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}
