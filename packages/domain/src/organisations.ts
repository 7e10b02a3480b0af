import * as z from "zod/mini";
import { ORGANISATION_KINDS } from "./vocabulary.js";

export const OrganisationSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  cutoffDaysBefore: z.number().check(z.int()),
  cutoffMinute: z.number().check(z.int()),
});
export type Organisation = z.infer<typeof OrganisationSchema>;
