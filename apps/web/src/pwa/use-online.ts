import { useSyncExternalStore } from "react";
import { createConnectivity, type Connectivity } from "./connectivity";

/** The app's one connectivity store; the API client reports every call's outcome to it. */
export const connectivity = createConnectivity(typeof navigator === "undefined" || navigator.onLine !== false);

if (typeof window !== "undefined") {
  window.addEventListener("online", () => connectivity.browserSays(true));
  window.addEventListener("offline", () => connectivity.browserSays(false));
}

export function useOnline(): Connectivity {
  return useSyncExternalStore(connectivity.subscribe, connectivity.get, connectivity.get);
}
