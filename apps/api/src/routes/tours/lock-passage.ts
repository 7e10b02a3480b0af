import { LockPassageSchema, PassageLockSchema, PassageParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { lockPassage } from "../../use-cases/planning/adjust-tour.js";

export default defineRoute({
  method: "post",
  path: "/api/tours/:id/passages/:passageId/lock",
  summary: "Keep a passage on a vehicle (default: this tour's) and optionally a position at the next planning run; vehicleId null releases it",
  tag: "tours",
  access: ["admin", "coordinator"],
  params: PassageParamsSchema,
  body: LockPassageSchema,
  response: PassageLockSchema,
  async handler({ services, actor, params, body }) {
    return { body: await lockPassage({ services, actor: actor, tourId: params.id, passageId: params.passageId, ...body }) };
  },
});
