import { ProducerWeekQuerySchema, ProducerWeekSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { producerWeek } from "../../use-cases/producers/producer-week.js";

export default defineRoute({
  method: "get",
  path: "/api/producer/week",
  summary: "A producer's coming delivery dates for four weeks, per grocery it supplies: demand so far, what it declared, when orders close",
  tag: "producers",
  access: ["admin", "producer"],
  query: ProducerWeekQuerySchema,
  response: ProducerWeekSchema,
  async handler({ services, actor, query }) {
    return { body: await producerWeek({ services, actor: actor!, query }) };
  },
});
