import { CreditLimitsSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setAccountLimits } from "../../use-cases/ledger/set-account-limits.js";

export default defineRoute({
  method: "put",
  path: "/api/ledger/accounts/:id/limits",
  summary: "Set a member's credit limit and ceiling (the network's administrator); the balance must stay inside them",
  tag: "ledger",
  access: ["admin"],
  params: IdParamsSchema,
  body: CreditLimitsSchema,
  successStatus: 204,
  async handler({ services, actor, params, body }) {
    await setAccountLimits({ services, actor, id: params.id, limits: body });
    return {};
  },
});
