/**
 * After the server failed to answer (a restart, a captive portal, a weak signal) the pusher backs
 * off, up to minutes, while the browser may say it is online all along. With changes waiting to
 * be sent, the phone instead asks the server a cheap question (`/healthz`) at most every 30
 * seconds, and pushes as soon as it answers.
 */
export const PROBE_EVERY_MS = 30_000;

export interface ResyncState {
  pending: number;
  failures: number;
  paused: boolean;
}

/** Whether to probe now: changes wait, the last contact failed, the session is not paused, and the last probe is 30 s old. */
export function probeDue(state: ResyncState, now: number, lastProbeAt: number): boolean {
  return state.pending > 0 && state.failures > 0 && !state.paused && now - lastProbeAt >= PROBE_EVERY_MS;
}

/** The server answers (any HTTP answer but a gateway's error means it is back). */
export async function serverAnswers(fetchFn: typeof fetch = fetch): Promise<boolean> {
  try {
    const res = await fetchFn("/healthz", { cache: "no-store" });
    return res.ok;
  } catch {
    return false;
  }
}
