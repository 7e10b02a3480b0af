import { BakeryRoundSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { listBakeryRounds } from "../../use-cases/bakery/bakery-rounds.js";

export default defineRoute({
  method: "get",
  path: "/api/bakery/rounds",
  summary: "The rounds that carry the bakery's bread (its own and its partners'), their departure and when each collects it",
  tag: "bakery",
  access: ["admin", "coordinator"],
  response: z.array(BakeryRoundSchema),
  async handler({ services, actor }) {
    return { body: await listBakeryRounds({ services, actor }) };
  },
});
