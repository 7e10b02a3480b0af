import { describe, expect, it } from "vitest";
import { createConnectivity } from "./connectivity";

describe("connectivity", () => {
  it("goes offline when a call gets no answer, even if the browser thinks it is online", () => {
    const clock = new Date("2026-03-10T08:42:00Z");
    const store = createConnectivity(true, () => clock);
    let changes = 0;
    store.subscribe(() => changes++);
    store.serverAnswered(false);
    expect(store.get()).toEqual({ online: false, offlineSince: clock });
    store.serverAnswered(false);
    expect(changes).toBe(1);
    store.serverAnswered(true);
    expect(store.get()).toEqual({ online: true, offlineSince: undefined });
  });

  it("keeps the moment the connection was lost while it stays lost", () => {
    let clock = new Date("2026-03-10T08:00:00Z");
    const store = createConnectivity(true, () => clock);
    store.browserSays(false);
    clock = new Date("2026-03-10T09:00:00Z");
    store.serverAnswered(false);
    expect(store.get().offlineSince).toEqual(new Date("2026-03-10T08:00:00Z"));
  });
});
