import { CallRequestSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listOpenCallRequests } from "../../use-cases/call-requests/call-requests.js";

export default defineRoute({
  method: "get",
  path: "/api/call-requests",
  summary: "Calls the coordination owes (a relay's order went beyond what the household can order this month), oldest first",
  tag: "households",
  access: ["admin", "coordinator"],
  response: z.array(CallRequestSchema),
  async handler({ services, actor }) {
    return { body: await listOpenCallRequests({ services, actor }) };
  },
});
