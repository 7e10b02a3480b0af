import { HostedHaltSchema } from "@tournee/domain";
import { z } from "zod";
import { HOST_ROLES } from "../../auth/scopes.js";
import { defineRoute } from "../../http/route.js";
import { listHostedHalts } from "../../use-cases/communes/list-hosted-halts.js";

export default defineRoute({
  method: "get",
  path: "/api/hosted-halts",
  summary: "The halts your organisation hosts (a town hall's room or square), with their coming dates and times",
  tag: "communes",
  access: HOST_ROLES,
  response: z.array(HostedHaltSchema),
  async handler({ services, actor }) {
    return { body: await listHostedHalts({ services, actor: actor! }) };
  },
});
