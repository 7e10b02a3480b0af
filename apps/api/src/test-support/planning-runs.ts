/** For tests that plan: the demo day published, wait for a run to end, and find the next given weekday of the demo. */
import { addDays, weekdayOf } from "@tournee/domain/calendar";
import { stopPlanningQueue } from "../jobs/planning-queue.js";
import { publishDemoDay, seedDemo } from "../seed/index.js";
import { startTestApp, type TestApp, type TestClient } from "./test-app.js";

/** The demo seeded around `today` with its day's rounds published, the clock at `time` (UTC, "HH:MM:SS"), and the grocery's coordinator signed in. */
export async function startPublishedDemoDay(today: string, time: string): Promise<{ app: TestApp; date: string; coordinator: TestClient }> {
  const app = await startTestApp();
  app.clock.now = new Date(`${today}T${time}Z`);
  await seedDemo(app.db.prisma, { today });
  const { date } = await publishDemoDay(app.services, today);
  return { app, date, coordinator: await app.client().login("coordination@tournee.test") };
}

export async function stopDemoApp(app: TestApp): Promise<void> {
  await stopPlanningQueue(app.services);
  await app.close();
}

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
