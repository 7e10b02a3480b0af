/** The behaviour every {@link JobQueue} must have; run on each implementation. */
import { afterEach, describe, expect, it } from "vitest";
import type { JobQueue } from "./job-queue.js";

/** Waits for a condition; the deadline only catches a queue that never delivers (machines are loaded). */
async function until(condition: () => boolean, timeoutMs = 45_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out waiting for the queue");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function describeJobQueueContract(name: string, makeQueue: () => Promise<JobQueue>): void {
  describe(`JobQueue contract: ${name}`, () => {
    let queue: JobQueue | undefined;
    afterEach(async () => {
      await queue?.stop();
    });

    it("hands every job sent to a worker, once, including those sent before work starts", async () => {
      queue = await makeQueue();
      const seen: string[] = [];
      await queue.send("a");
      await queue.work(async (id) => void seen.push(id));
      await queue.send("b");
      await queue.send("c");
      await until(() => seen.length >= 3);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(seen.sort()).toEqual(["a", "b", "c"]);
    });

    it("keeps working after a handler throws, without retrying it", async () => {
      queue = await makeQueue();
      const seen: string[] = [];
      await queue.work(async (id) => {
        seen.push(id);
        if (id === "bad") throw new Error("boom");
      });
      await queue.send("bad");
      await queue.send("good");
      await until(() => seen.includes("good"));
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(seen.filter((id) => id === "bad")).toHaveLength(1);
    });

    it("waits for the job in flight when stopped", async () => {
      queue = await makeQueue();
      let finished = false;
      let began = false;
      await queue.work(async () => {
        began = true;
        await new Promise((resolve) => setTimeout(resolve, 300));
        finished = true;
      });
      await queue.send("slow");
      await until(() => began);
      await queue.stop();
      expect(finished).toBe(true);
      queue = undefined;
    });
  });
}
