/** For tests that plan: wait for a run to end, and find the next given weekday of the demo. */
import { addDays, weekdayOf } from "@tournee/domain/calendar";
import type { TestClient } from "./test-app.js";

/** Asks for the run every 200 ms until it is no longer queued or running. */
export async function finishedRun<T extends { status: string }>(client: TestClient, id: string): Promise<T> {
  for (;;) {
    const job = (await client.get<T>(`/api/planning-jobs/${id}`)).body;
    if (!["queued", "running"].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first date after `today` that falls on `weekday` (1 = Monday). */
export function nextWeekday(today: string, weekday: number): string {
  for (let d = addDays(today, 1); ; d = addDays(d, 1)) if (weekdayOf(d) === weekday) return d;
}
