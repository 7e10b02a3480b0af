import { z } from "zod";
import { ORGANISATION_KINDS } from "./vocabulary.js";

export const OrganisationSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  cutoffDaysBefore: z.number().int(),
  cutoffMinute: z.number().int(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
