import { IdParamsSchema, IssueLoginCodeResponseSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { issueDriverCode } from "../../use-cases/drivers/driver-accounts.js";

export default defineRoute({
  method: "post",
  path: "/api/drivers/:id/login-code",
  summary: "A one-time 8-digit sign-in code for a driver (valid 14 days; earlier unused codes stop working)",
  tag: "drivers",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: IssueLoginCodeResponseSchema,
  successStatus: 201,
  async handler({ services, actor, params }) {
    return { body: await issueDriverCode({ services, actor: actor!, driverId: params.id }) };
  },
});
