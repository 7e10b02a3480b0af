/**
 * With `Accept: text/event-stream`, a server-sent event stream (one `change` event per change,
 * `id` = change id, resumable with Last-Event-ID); otherwise the changes so far as JSON.
 */
import { LocalDateSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { liveChanges } from "../../use-cases/sync/live-feed.js";

const POLL_MS = 1_000;
const HEARTBEAT_MS = 15_000;

const LiveChangeSchema = z.object({ id: z.string(), tourId: z.uuid().nullable(), kind: z.string(), entityId: z.uuid(), payload: z.record(z.string(), z.unknown()), at: z.iso.datetime() });

export default defineRoute({
  method: "get",
  path: "/api/live",
  summary: "Live progress of a day's rounds: outcomes, payments, wellbeing concerns and conflicts as devices sync (SSE or JSON)",
  tag: "sync",
  access: ["admin", "coordinator"],
  query: z.strictObject({ date: LocalDateSchema, after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() }),
  response: z.array(LiveChangeSchema),
  async handler({ services, actor, query, req, res }) {
    const after = BigInt(query.after ?? 0);
    if (!req.get("accept")?.includes("text/event-stream")) {
      return { body: await liveChanges({ services, actor: actor!, date: query.date, afterId: after }) };
    }
    const lastEventId = req.get("last-event-id");
    let cursor = lastEventId && /^\d{1,18}$/.test(lastEventId) ? BigInt(lastEventId) : after;
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
    res.write("retry: 3000\n\n");
    let open = true;
    req.on("close", () => {
      open = false;
    });
    let quiet = 0;
    while (open) {
      let changes: Awaited<ReturnType<typeof liveChanges>>;
      try {
        changes = await liveChanges({ services, actor: actor!, date: query.date, afterId: cursor });
      } catch (error) {
        // The answer has started: end it, and the browser reconnects from its last event id.
        services.log.error({ err: error }, "live feed stopped after a database error");
        res.end();
        break;
      }
      for (const change of changes) res.write(`id: ${change.id}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`);
      if (changes.length) cursor = BigInt(changes.at(-1)!.id);
      quiet = changes.length ? 0 : quiet + POLL_MS;
      if (quiet >= HEARTBEAT_MS) {
        res.write(": still here\n\n");
        quiet = 0;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return {};
  },
});
