import { Workbox } from "workbox-window";

/**
 * Registers the service worker in "prompt" mode: a new version waits until the person accepts it.
 * The page never reloads by itself, so a driver in the middle of a round is never interrupted.
 */
type Listener = () => void;

let waiting = false;
let workbox: Workbox | undefined;
const listeners = new Set<Listener>();

function setWaiting(value: boolean) {
  waiting = value;
  listeners.forEach((listener) => listener());
}

const HOUR = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || workbox) return;
  workbox = new Workbox("/sw.js", { scope: "/" });
  workbox.addEventListener("waiting", () => setWaiting(true));
  void workbox.register().then(() => {
    setInterval(() => void workbox?.update(), HOUR);
  });
}

/** The person accepted the new version: activate it, then reload once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener("controlling", () => window.location.reload());
  workbox.messageSkipWaiting();
}

export const updateStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isWaiting: (): boolean => waiting,
};
