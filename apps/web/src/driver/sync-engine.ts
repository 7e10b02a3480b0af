/**
 * Keeps the driver's outbox moving: pushes when the network returns (online event), when the
 * app comes back to the foreground, periodically with backoff, and on a Background Sync wake-up
 * where the browser has it. An expired session pauses pushing until the driver signs in again.
 */
import { backoffDelay, Pusher, uuidv7, type PushAnswer, type PushRequest, type PusherState, PushResponseSchema, type MutationKind, type Mutation } from "@tournee/sync";
import { isApiError } from "../api/api-error";
import { api } from "../api/client";
import { authApi } from "../auth/auth-api";
import { deviceIdFor, getMeta, setMeta } from "./driver-db";
import { IdbOutbox } from "./idb-outbox";

export interface DriverSyncState extends Omit<PusherState, "lastSyncAt"> {
  lastSyncAt: string | null;
  /** Bumped after every local change or settled push: screens re-read the journal. */
  revision: number;
}

const PERIOD_MS = 20_000;

async function send(request: PushRequest) {
  return api.send("POST", "/api/sync/push", request, (b) => PushResponseSchema.parse(b));
}

async function transport(request: PushRequest): Promise<PushAnswer> {
  try {
    try {
      return { kind: "ok", response: await send(request) };
    } catch (error) {
      if (!isApiError(error) || error.problem?.code !== "csrf_failed") throw error;
      // After an offline start the page has no CSRF token yet: the session still holds one.
      const session = await authApi(api).me();
      if (!session) return { kind: "unauthorized" };
      api.setCsrfToken(session.csrfToken);
      return { kind: "ok", response: await send(request) };
    }
  } catch (error) {
    if (isApiError(error) && error.status === 401) return { kind: "unauthorized" };
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

class DriverSync {
  private pusher: Pusher | null = null;
  private outbox: IdbOutbox | null = null;
  private state: DriverSyncState = { pending: 0, lastSyncAt: null, paused: false, failures: 0, lastError: null, running: false, revision: 0 };
  private readonly listeners = new Set<() => void>();
  private nextTry = 0;
  private userId: string | null = null;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  async start(userId: string): Promise<void> {
    if (this.userId === userId) return;
    this.userId = userId;
    const deviceId = await deviceIdFor(userId, () => uuidv7());
    this.outbox = new IdbOutbox(deviceId);
    this.pusher = new Pusher({
      outbox: this.outbox,
      transport,
      batchSize: 100,
      onChange: (s) => {
        if (s.lastSyncAt) void setMeta("lastSyncAt", s.lastSyncAt.toISOString());
        this.set({ ...s, lastSyncAt: s.lastSyncAt?.toISOString() ?? this.state.lastSyncAt, revision: this.state.revision + 1 });
      },
    });
    this.set({ lastSyncAt: (await getMeta<string>("lastSyncAt")) ?? null });
    await this.pusher.refresh();
    window.addEventListener("online", () => void this.syncNow());
    document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && void this.syncNow());
    navigator.serviceWorker?.addEventListener("message", (e: MessageEvent<{ type?: string }>) => e.data?.type === "SYNC_OUTBOX" && void this.syncNow());
    setInterval(() => {
      if (Date.now() >= this.nextTry && this.state.pending > 0) void this.syncNow();
    }, PERIOD_MS / 4);
    void this.syncNow();
  }

  async record(kind: MutationKind, payload: Record<string, unknown>): Promise<Mutation> {
    if (!this.outbox || !this.pusher) throw new Error("the driver's sync is not started: sign in first");
    const m = await this.outbox.enqueue({ kind, payload, deviceTime: new Date() });
    await this.pusher.refresh();
    this.set({ revision: this.state.revision + 1 });
    void registerBackgroundSync();
    if (navigator.onLine) void this.syncNow();
    return m;
  }

  /** After signing in again. */
  resume(): void {
    this.pusher?.resume();
    void this.syncNow();
  }

  async syncNow(): Promise<void> {
    if (!this.pusher) return;
    const step = await this.pusher.drain(1);
    const failures = this.pusher.snapshot().failures;
    this.nextTry = step === "failed" ? Date.now() + Math.max(PERIOD_MS, backoffDelay(failures)) : Date.now() + PERIOD_MS;
  }

  rejections() {
    return this.outbox?.rejections() ?? Promise.resolve([]);
  }

  private set(patch: Partial<DriverSyncState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

/** Chromium's Background Sync wakes the service worker, which asks this page to push (not Safari). */
async function registerBackgroundSync(): Promise<void> {
  try {
    const reg = (await navigator.serviceWorker?.ready) as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
    await reg?.sync?.register("tournee-outbox");
  } catch {
    /* not supported: the online event and the periodic retry do the work */
  }
}

export const driverSync = new DriverSync();
