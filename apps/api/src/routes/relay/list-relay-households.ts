import { RelayHouseholdSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listRelayHouseholds } from "../../use-cases/relay/relay-households.js";

export default defineRoute({
  method: "get",
  path: "/api/relay/households",
  summary: "The households that delegated their orders to the signed-in relay, with their passages of the next two weeks and the orders placed",
  tag: "relay",
  access: ["relay"],
  response: z.array(RelayHouseholdSchema),
  async handler({ services, actor }) {
    return { body: await listRelayHouseholds({ services, actor }) };
  },
});
