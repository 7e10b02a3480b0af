import { IdParamsSchema } from "@tournee/domain";
import { RoundSchema } from "@tournee/sync";
import { defineRoute } from "../../http/route.js";
import { getRound } from "../../use-cases/sync/get-round.js";

export default defineRoute({
  method: "get",
  path: "/api/tours/:id/round",
  summary: "Prepare my round: a published round with what to hand over, to whom and for how much, for use offline",
  tag: "sync",
  access: ["admin", "coordinator", "driver"],
  params: IdParamsSchema,
  response: RoundSchema,
  async handler({ services, actor, params }) {
    return { body: await getRound({ services, actor: actor!, tourId: params.id }), headers: { "cache-control": "no-store" } };
  },
});
