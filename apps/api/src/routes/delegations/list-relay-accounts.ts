import { RelayAccountSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listRelayAccounts } from "../../use-cases/delegations/delegations.js";

export default defineRoute({
  method: "get",
  path: "/api/relay-accounts",
  summary: "Accounts with the relay role (town halls, relatives) a coordinator may record a delegation to",
  tag: "delegations",
  access: ["admin", "coordinator"],
  response: z.array(RelayAccountSchema),
  async handler({ services }) {
    return { body: await listRelayAccounts({ services }) };
  },
});
