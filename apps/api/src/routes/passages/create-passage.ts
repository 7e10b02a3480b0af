import { OneOffPassageInputSchema, ScheduledPassageSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createOneOffPassage } from "../../use-cases/passages/create-passage.js";

export default defineRoute({
  method: "post",
  path: "/api/passages",
  summary: "Add a one-off passage (a halt or home drop on one date, no recurring round); its orders take the one-off stock of the date (offer stock with templateId null)",
  tag: "passages",
  access: ["admin", "coordinator"],
  body: OneOffPassageInputSchema,
  response: ScheduledPassageSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await createOneOffPassage({ services, actor, input: body }) };
  },
});
