/**
 * Whether the app can reach its server, from two witnesses: the browser's online/offline events,
 * and the outcome of each API call. A phone that shows bars but carries no data is offline too:
 * one call that gets no answer is enough to say so, the next answer says otherwise.
 */
export interface Connectivity {
  online: boolean;
  offlineSince: Date | undefined;
}

type Listener = () => void;

export function createConnectivity(initiallyOnline: boolean, now: () => Date = () => new Date()) {
  let state: Connectivity = { online: initiallyOnline, offlineSince: initiallyOnline ? undefined : now() };
  const listeners = new Set<Listener>();

  function set(online: boolean) {
    if (online === state.online) return;
    state = { online, offlineSince: online ? undefined : now() };
    listeners.forEach((listener) => listener());
  }

  return {
    get: (): Connectivity => state,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The browser says it lost or found a network. */
    browserSays: set,
    /** An API call got an answer (any status), or got none at all. */
    serverAnswered: set,
  };
}

export type ConnectivityStore = ReturnType<typeof createConnectivity>;
