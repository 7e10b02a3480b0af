/**
 * Communes that host halts: a partner organisation (a town hall) lends a room or a square to a
 * halt, reads the timetable of the halts it hosts and its commune's figures; every commune with a
 * halt has a public page. Figures are aggregates that never show a count below `MASKED_BELOW`.
 */
import * as z from "zod/mini";

/** Counts below this are never shown: they are answered `null` and read "< 5". */
export const MASKED_BELOW = 5;

/**
 * The commune's key in public addresses, from its name: "Bellegarde-en-Marche" →
 * "bellegarde-en-marche", "Saint-Médard-la-Rochette" → "saint-medard-la-rochette".
 */
export function communeSlug(city: string): string {
  return city.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** A place in a commune: its name as typed, and its INSEE code where the address search gave one. */
export interface CommunePlace {
  id: string;
  city: string;
  citycode: string | null;
}

/**
 * Which commune each place is in, as a key: its INSEE code where known ("insee:23020"), so that
 * "St-Maixant" and "Saint-Maixant", or a commune renamed after a merger, are one commune; else,
 * the fallback, the code its name has elsewhere when that name has exactly one code among the
 * places ("Bellegarde-en-Marche" typed by hand joins the halt found by the address search), else
 * its name ("nom:bellegarde-en-marche"). Two communes of the same name in different départements
 * stay two where their codes are known.
 */
export function communeKeys(places: readonly CommunePlace[]): Map<string, string> {
  const codesOfName = new Map<string, Set<string>>();
  for (const p of places) {
    if (!p.citycode) continue;
    const slug = communeSlug(p.city);
    codesOfName.set(slug, (codesOfName.get(slug) ?? new Set()).add(p.citycode));
  }
  return new Map(places.map((p) => {
    if (p.citycode) return [p.id, `insee:${p.citycode}`];
    const codes = codesOfName.get(communeSlug(p.city));
    return [p.id, codes?.size === 1 ? `insee:${[...codes][0]}` : `nom:${communeSlug(p.city)}`];
  }));
}

/**
 * A commune's public address: its INSEE code then its name ("23017-bellegarde-en-marche"), or its
 * name alone where no code is known ("bellegarde-en-marche"). The code finds the commune; the name
 * is there to be read, so a renamed commune or a name typed another way keeps its address.
 */
export function communeAddress(key: string, city: string): string {
  return key.startsWith("insee:") ? `${key.slice("insee:".length).toLowerCase()}-${communeSlug(city)}` : communeSlug(city);
}

/** The address of the commune one place is in, from its own code or name (see `communeKeys` for a set of places). */
export function placeCommuneAddress(place: Pick<CommunePlace, "city" | "citycode">): string {
  return communeAddress(place.citycode ? `insee:${place.citycode}` : "", place.city);
}

/** What an address asks for: the commune of an INSEE code ("insee:23017"), or of a name ("nom:ahun"). */
export function communeOfAddress(address: string): { key: string; slug: string } {
  const coded = /^(\d{5}|2[ab]\d{3})(?:-(.*))?$/i.exec(address);
  if (coded) return { key: `insee:${coded[1]!.toUpperCase()}`, slug: communeSlug(coded[2] ?? "") };
  const slug = communeSlug(address);
  return { key: `nom:${slug}`, slug };
}

/** Any text: an address typed with accents or capitals, or an old one by name, is sent on to the commune's own. */
export const CommuneParamsSchema = z.strictObject({
  commune: z.string().check(z.minLength(1), z.maxLength(120)),
});

/** A partner organisation that may host halts, as the coordinator chooses it. */
export const HaltHostSchema = z.object({ id: z.uuid(), name: z.string(), city: z.nullable(z.string()) });
export type HaltHost = z.infer<typeof HaltHostSchema>;

/** One coming passage at a halt: its date, its window, and whether it is still only the timetable's. */
export const HaltDateSchema = z.object({
  date: z.iso.date(),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  /** The round's name; null for a one-off passage. */
  round: z.nullable(z.string()),
  /** True when no passage is planned yet for the date: the time is the round's usual one. */
  fromTimetable: z.boolean(),
});
export type HaltDate = z.infer<typeof HaltDateSchema>;

/** A halt a partner hosts, with its coming dates (what the host's screen shows). */
export const HostedHaltSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  addressLine: z.nullable(z.string()),
  city: z.string(),
  commune: z.string(),
  hostPlace: z.nullable(z.string()),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  dates: z.array(HaltDateSchema),
});
export type HostedHalt = z.infer<typeof HostedHaltSchema>;

/** A count, or `null` when it is below MASKED_BELOW (zero included). */
export const MaskedCountSchema = z.nullable(z.number().check(z.int(), z.gte(MASKED_BELOW)));

export const CommuneMonthSchema = z.object({
  /** Calendar month on the Paris calendar, 'YYYY-MM'. */
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  households: MaskedCountSchema,
  passages: MaskedCountSchema,
  deliveries: MaskedCountSchema,
});
export type CommuneMonth = z.infer<typeof CommuneMonthSchema>;

export const CommuneStatsSchema = z.object({ commune: z.string(), city: z.string(), months: z.array(CommuneMonthSchema) });
export type CommuneStats = z.infer<typeof CommuneStatsSchema>;

export const CommuneStatsQuerySchema = z.strictObject({
  /** How many calendar months, the current one included. */
  months: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(24)), 6),
});
