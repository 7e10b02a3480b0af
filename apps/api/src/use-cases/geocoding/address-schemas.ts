/** What address search takes and answers. */
import { z } from "zod";

export const AddressSearchQuerySchema = z.strictObject({
  /** Free text: "3 route de Saint-Simon", "La Borie Saint-Cernin". */
  q: z.string().trim().min(3).max(200),
  /** Five-digit postcode, to narrow the search. */
  postcode: z.string().regex(/^\d{5}$/, "a French postcode has 5 digits").optional(),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});

export const AddressCandidateSchema = z.object({
  label: z.string(),
  /** The address line: house number and street, or the lieu-dit; absent when only the commune matched. */
  street: z.string().optional(),
  postcode: z.string().optional(),
  city: z.string().optional(),
  /** INSEE code of the commune. */
  citycode: z.string().optional(),
  latitude: z.number(),
  longitude: z.number(),
  /** The service's confidence, 0–1. */
  score: z.number(),
  kind: z.enum(["housenumber", "street", "locality", "municipality", "manual"]),
  /** A lieu-dit placed at its centre, only the commune, or a low score: look at the pin before saving. */
  needsConfirmation: z.boolean(),
});
