import { useEffect, useRef, useState } from "react";

export interface LiveChange {
  id: string;
  tourId: string | null;
  kind: string;
  payload: { householdName?: string; outcome?: string; reason?: string; rule?: string; detail?: string; method?: string; amountCents?: number; text?: string; siteName?: string; shortfalls?: unknown[]; deviceTime?: string; clockSuspect?: boolean };
  at: string;
}

/** How long the feed stays quiet before the screen reloads what changed (a reconnection replays the day at once). */
const SETTLE_MS = 400;

/** The day's changes from the server-sent event stream, and a counter that moves (debounced) whenever one arrives. */
export function useLiveFeed(date: string): { changes: LiveChange[]; connected: boolean; revision: number } {
  const [changes, setChanges] = useState<LiveChange[]>([]);
  const [connected, setConnected] = useState(false);
  const [revision, setRevision] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    setChanges([]);
    const source = new EventSource(`/api/live?date=${date}`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener("change", (e) => {
      const change = JSON.parse((e as MessageEvent<string>).data) as LiveChange;
      setChanges((list) => (list.some((c) => c.id === change.id) ? list : [...list, change]));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setRevision((n) => n + 1), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer.current);
      source.close();
    };
  }, [date]);

  return { changes, connected, revision };
}
