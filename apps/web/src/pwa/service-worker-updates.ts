import { Workbox } from "workbox-window";
import { afterRoundStep, roundGuard } from "./round-guard";

/**
 * Registers the service worker in "prompt" mode: a new version waits until the person accepts it.
 * The page never reloads by itself, so a driver in the middle of a round is never interrupted.
 * A version the banner promised "after your round" installs once the round is over and the app
 * is in the background (nothing on screen to interrupt).
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

let promisedAfterRound = false;

function installAfterRound(): void {
  const step = afterRoundStep({ waiting, inRound: roundGuard.inProgress(), promised: promisedAfterRound, hidden: document.visibilityState === "hidden" });
  promisedAfterRound = step.promised;
  if (step.install) applyUpdate();
}

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || workbox) return;
  workbox = new Workbox("/sw.js", { scope: "/" });
  workbox.addEventListener("waiting", () => setWaiting(true));
  roundGuard.subscribe(installAfterRound);
  listeners.add(installAfterRound);
  document.addEventListener("visibilitychange", installAfterRound);
  // Without a service worker the app still works online; it only cannot start offline.
  void workbox.register().then(
    () => setInterval(() => void workbox?.update(), HOUR),
    (error: unknown) => console.warn("The service worker could not be registered: the app will not open offline.", error),
  );
}

/** The person accepted the new version: activate it, then reload once it controls the page. */
let applying = false;

export function applyUpdate(): void {
  if (!workbox || applying) return;
  applying = true;
  // The browser's own event, not Workbox's "controlling": Workbox reports that only for the worker
  // it last saw installing, and a version found again meanwhile (an hourly check) would never reload.
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
  workbox.messageSkipWaiting();
}

export const updateStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  isWaiting: (): boolean => waiting,
};
