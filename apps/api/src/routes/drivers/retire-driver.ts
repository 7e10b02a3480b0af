import { IdParamsSchema, RetireDriverInputSchema, RetiredDriverSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { retireDriver } from "../../use-cases/drivers/retire-driver.js";

export default defineRoute({
  method: "post",
  path: "/api/drivers/:id/retire",
  summary:
    "A driver who left an organisation you coordinate: ends their driving membership and availability there (the account is disabled when it was their last); 409 `rounds_to_come` while they have published or in-progress rounds to come",
  tag: "drivers",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: RetireDriverInputSchema,
  response: RetiredDriverSchema,
  async handler({ services, actor, params, body }) {
    return { body: await retireDriver({ services, actor: actor!, driverId: params.id, organisationId: body.organisationId }) };
  },
});
