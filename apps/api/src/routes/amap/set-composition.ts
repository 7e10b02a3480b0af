import { AmapCompositionInputSchema, AmapCompositionSchema, AmapWeekParamsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { setComposition } from "../../use-cases/amap/weeks.js";

export default defineRoute({
  method: "put",
  path: "/api/amap/contracts/:id/compositions/:week",
  summary: "Announce what a delivery week's basket holds (the producer, or the AMAP); members read it with their basket",
  tag: "amap",
  access: ["admin", "coordinator", "producer"],
  params: AmapWeekParamsSchema,
  body: AmapCompositionInputSchema,
  response: AmapCompositionSchema,
  async handler({ services, actor, params, body }) {
    return { body: await setComposition({ services, actor, id: params.id, week: params.week, text: body.text }) };
  },
});
