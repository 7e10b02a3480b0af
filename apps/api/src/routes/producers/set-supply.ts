import { SupplyInputSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { declareSupply } from "../../use-cases/producers/declare-supply.js";

export default defineRoute({
  method: "put",
  path: "/api/producer/supply",
  summary: "Declare what the farm can supply on a delivery date: the most residents may order of each product that date; never below what is ordered, never after orders close",
  tag: "producers",
  access: ["admin", "producer"],
  body: SupplyInputSchema,
  response: SupplyInputSchema,
  async handler({ services, actor, body }) {
    return { body: await declareSupply({ services, actor: actor!, input: body }) };
  },
});
