import { CallDoneSchema, IdParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { markCallDone } from "../../use-cases/call-requests/call-requests.js";

export default defineRoute({
  method: "post",
  path: "/api/call-requests/:id/done",
  summary: "Mark a call done, saying what was done (once; again answers conflict)",
  tag: "households",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: CallDoneSchema,
  successStatus: 204,
  async handler({ services, actor, params, body }) {
    await markCallDone({ services, actor, id: params.id, outcome: body.outcome });
    return {};
  },
});
