import { useCallback, useEffect, useRef, useState } from "react";

export type Load<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "failed"; error: unknown };

/**
 * Loads data for a screen and reloads on demand (after a change) or when `deps` change. A reload
 * keeps what is shown until the new data arrives. With `of` (e.g. the week a screen shows), data
 * of another `of` is never shown: changing it shows the loading state until its own data arrives.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[], options: { of?: unknown } = {}): [Load<T>, () => void] {
  const [state, setState] = useState<{ of: unknown; load: Load<T> }>({ of: options.of, load: { status: "loading" } });
  const [tick, setTick] = useState(0);
  const run = useCallback(load, deps);
  const of = useRef(options.of);
  of.current = options.of;
  useEffect(() => {
    let live = true;
    const loadingOf = of.current;
    run().then(
      (data) => live && setState({ of: loadingOf, load: { status: "ready", data } }),
      (error: unknown) => live && setState({ of: loadingOf, load: { status: "failed", error } }),
    );
    return () => {
      live = false;
    };
  }, [run, tick]);
  const shown: Load<T> = Object.is(state.of, options.of) ? state.load : { status: "loading" };
  return [shown, () => setTick((n) => n + 1)];
}
