/**
 * When a bakery or farm is open. A site that declares opening hours is closed on the weekdays it
 * declares none; one that declares no hours at all is always open. Bread comes from the bakery
 * site of the organisation that bakes it, else from the ordering organisation's own bakery site.
 */

/**
 * A site's opening hours on a weekday (1 Monday … 7 Sunday), in seconds from midnight: one window
 * per declared span (a bakery closed at lunch has two), none when it declares hours for other days
 * only (closed that day). A site that declares no hours at all is always open.
 */
export function openingWindows(hours: unknown, weekday: number): [number, number][] {
  const rows = (Array.isArray(hours) ? (hours as { weekday?: unknown; from?: unknown; to?: unknown }[]) : [])
    .filter((r): r is { weekday: number; from: number; to: number } => typeof r.weekday === "number" && typeof r.from === "number" && typeof r.to === "number");
  if (!rows.length) return [[0, 24 * 3600]];
  return rows.filter((r) => r.weekday === weekday).map((r) => [r.from * 60, r.to * 60]);
}

export const closedOn = (hours: unknown, weekday: number): boolean => openingWindows(hours, weekday).length === 0;

/** The bakery site bread made by `maker` is collected from, for a round of `organisationId`: the maker's, else the organisation's own. */
export function bakeryOfBread<S extends { organisationId: string }>(bakerySites: readonly S[], maker: string, organisationId: string): S | undefined {
  return bakerySites.find((s) => s.organisationId === maker) ?? bakerySites.find((s) => s.organisationId === organisationId);
}
