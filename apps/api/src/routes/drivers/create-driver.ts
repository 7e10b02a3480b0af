import { DriverSchema, NewDriverSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { createDriver } from "../../use-cases/drivers/driver-accounts.js";

export default defineRoute({
  method: "post",
  path: "/api/drivers",
  summary: "Take on a driver: creates their account in an organisation you coordinate (give them a sign-in code next)",
  tag: "drivers",
  access: ["admin", "coordinator"],
  body: NewDriverSchema,
  response: DriverSchema,
  successStatus: 201,
  async handler({ services, actor, body }) {
    return { body: await createDriver({ services, actor: actor!, input: body }) };
  },
});
