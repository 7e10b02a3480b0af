import { useSyncExternalStore } from "react";

/** Whether the device believes it has a network, and since when it has not. */
export interface Connectivity {
  online: boolean;
  offlineSince: Date | undefined;
}

let snapshot: Connectivity = { online: typeof navigator === "undefined" ? true : navigator.onLine, offlineSince: undefined };
if (!snapshot.online) snapshot = { online: false, offlineSince: new Date() };

function subscribe(notify: () => void): () => void {
  const update = () => {
    const online = navigator.onLine;
    if (online === snapshot.online) return;
    snapshot = { online, offlineSince: online ? undefined : new Date() };
    notify();
  };
  window.addEventListener("online", update);
  window.addEventListener("offline", update);
  return () => {
    window.removeEventListener("online", update);
    window.removeEventListener("offline", update);
  };
}

export function useOnline(): Connectivity {
  return useSyncExternalStore(subscribe, () => snapshot, () => snapshot);
}
