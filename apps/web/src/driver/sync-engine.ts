/**
 * Keeps the driver's outbox moving and the stored rounds up to date: pushes, then pulls the
 * server's changes (cancelled orders, coordinators' notes, conflicts, new versions), when the
 * network returns (online event), when the app comes back to the foreground, periodically with
 * backoff — and, while changes wait after a failure, as soon as a probe every 30 s finds the
 * server back (resync.ts) — and on a Background Sync wake-up where the browser has it. An expired session pauses
 * pushing until the driver signs in again.
 */
import { backoffDelay, Pusher, uuidv7, type PushAnswer, type PushRequest, type PusherState, PushResponseSchema, type MutationKind, type Mutation } from "@tournee/sync";
import { isApiError } from "../api/api-error";
import { api } from "../api/client";
import { authApi } from "../auth/auth-api";
import { roundGuard } from "../pwa/round-guard";
import { deviceIdFor, getMeta, hasRoundInProgress, setMeta } from "./driver-db";
import { IdbOutbox } from "./idb-outbox";
import { pullRounds } from "./pull-rounds";
import { probeDue, serverAnswers } from "./resync";

export interface DriverSyncState extends Omit<PusherState, "lastSyncAt"> {
  lastSyncAt: string | null;
  /** Bumped after every local change or settled push: screens re-read the journal. */
  revision: number;
}

const PERIOD_MS = 20_000;
/** With nothing to send, pulling once a minute is enough to see a cancelled order or a message in time. */
const IDLE_PERIOD_MS = 60_000;

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
  private lastProbe = 0;
  private pullFailures = 0;
  private cycle: Promise<void> | null = null;
  private again = false;
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
      const now = Date.now();
      if (now >= this.nextTry) void this.syncNow();
      else if (probeDue(this.state, now, this.lastProbe)) {
        // After an outage, a cheap question every 30 s rather than a push after a long backoff (resync.ts).
        this.lastProbe = now;
        void serverAnswers().then((up) => (up ? this.syncNow() : undefined));
      }
    }, PERIOD_MS / 4);
    void this.syncNow();
  }

  async record(kind: MutationKind, payload: Record<string, unknown>): Promise<Mutation> {
    if (!this.outbox || !this.pusher) throw new Error("the driver's sync is not started: sign in first");
    const m = await this.outbox.enqueue({ kind, payload, deviceTime: new Date() });
    await this.pusher.refresh();
    this.set({ revision: this.state.revision + 1 });
    roundGuard.set(true);
    void registerBackgroundSync();
    if (navigator.onLine) void this.syncNow();
    return m;
  }

  /** After signing in again. */
  resume(): void {
    this.pusher?.resume();
    void this.syncNow();
  }

  /** Pushes the outbox, then pulls the server's changes; one cycle at a time, and one more if asked meanwhile. */
  syncNow(): Promise<void> {
    if (!this.pusher) return Promise.resolve();
    if (this.cycle) {
      this.again = true;
      return this.cycle;
    }
    this.cycle = (async () => {
      do {
        this.again = false;
        await this.runCycle();
      } while (this.again);
    })().finally(() => {
      this.cycle = null;
    });
    return this.cycle;
  }

  private async runCycle(): Promise<void> {
    const pusher = this.pusher!;
    const step = await pusher.drain(1);
    let ok = step === "empty";
    // Pull even when a push failed: a cancelled order must reach the stop whatever the outbox holds.
    if (step !== "paused") {
      try {
        const pulled = await pullRounds(this.outbox!.deviceId);
        this.pullFailures = pulled.failedDownloads ? this.pullFailures + 1 : 0;
        ok &&= pulled.failedDownloads === 0;
        if (pulled.changed) this.set({ revision: this.state.revision + 1 });
      } catch (error) {
        this.pullFailures += 1;
        ok = false;
        this.set({ lastError: error instanceof Error ? error.message : String(error) });
      }
    }
    // Nothing to send and the rounds read: the phone is in step with the server, as after a push.
    if (ok && step === "empty") this.synced(new Date());
    const failures = Math.max(pusher.snapshot().failures, this.pullFailures);
    const period = this.state.pending > 0 ? PERIOD_MS : IDLE_PERIOD_MS;
    this.nextTry = Date.now() + (ok || step === "paused" ? period : Math.max(PERIOD_MS, backoffDelay(failures)));
    await this.guardUpdates();
  }

  /** A new app version waits while a round is under way here (pwa/round-guard.ts). */
  private async guardUpdates(): Promise<void> {
    roundGuard.set(this.state.pending > 0 || (await hasRoundInProgress()));
  }

  /** Something stored changed outside the outbox (a message read): screens read again. */
  touch = (): void => {
    this.set({ revision: this.state.revision + 1 });
  };

  rejections() {
    return this.outbox?.rejections() ?? Promise.resolve([]);
  }

  private synced(at: Date): void {
    void setMeta("lastSyncAt", at.toISOString());
    this.set({ lastSyncAt: at.toISOString() });
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
