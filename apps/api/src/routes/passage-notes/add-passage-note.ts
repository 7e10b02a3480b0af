import { IdParamsSchema, PassageNoteInputSchema, PassageNoteSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { addPassageNote } from "../../use-cases/passage-notes/add-passage-note.js";

export default defineRoute({
  method: "post",
  path: "/api/passages/:id/notes",
  summary: "Send a note to the driver of a passage's round (the phone receives it by pull as note.from_coordinator)",
  tag: "rounds",
  access: ["admin", "coordinator"],
  params: IdParamsSchema,
  body: PassageNoteInputSchema,
  response: PassageNoteSchema,
  successStatus: 201,
  async handler({ services, actor, params, body }) {
    return { body: await addPassageNote({ services, actor, passageId: params.id, text: body.text }) };
  },
});
