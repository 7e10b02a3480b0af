import { useCallback, useEffect, useState } from "react";

export type Load<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "failed"; error: unknown };

/** Loads data for a screen and reloads on demand (after a change) or when `deps` change. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ status: "loading" });
  const [tick, setTick] = useState(0);
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    run().then(
      (data) => live && setState({ status: "ready", data }),
      (error: unknown) => live && setState({ status: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [run, tick]);
  return [state, () => setTick((n) => n + 1)];
}
