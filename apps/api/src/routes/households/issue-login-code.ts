import { IdParamsSchema, IssueLoginCodeResponseSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { issueLoginCode } from "../../use-cases/issue-login-code.js";

export default defineRoute({
  method: "post",
  path: "/api/households/:id/login-code",
  summary: "Give the household a one-time 8-digit sign-in code (replaces any unused one)",
  tag: "households",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  response: IssueLoginCodeResponseSchema,
  successStatus: 201,
  async handler({ services, actor, params }) {
    return { body: await issueLoginCode({ services, actor: actor, householdId: params.id }) };
  },
});
