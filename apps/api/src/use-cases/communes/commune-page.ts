/**
 * What a commune's public page says, without sign-in and without personal data: which rounds
 * stop in the commune, where (the halt, the room or square its host lends), when (the coming
 * dates with their times) and how to order (the organisation's phone, the web address, the
 * cutoff). Only halts are named: a household's door is never shown.
 */
import { communeAddress, communeKeys, communeOfAddress, communeSlug, type HaltDate } from "@tournee/domain";
import type { Services } from "../../services.js";
import { haltTimetable } from "./halt-timetable.js";

export interface PublicHalt { id: string; name: string; addressLine: string | null; hostPlace: string | null; hostName: string | null; dates: HaltDate[] }
export interface PublicService {
  name: string;
  phone: string | null;
  timeZone: string;
  cutoff: { daysBefore: number; minute: number };
  halts: PublicHalt[];
}
export interface CommunePage { commune: string; city: string; postcode: string | null; orderUrl: string; services: PublicService[] }

/**
 * Null when no halt stands in the commune; `{ moved }` when the commune's own address is another
 * (asked by its name, an old name, or with accents): its page is there. `orderUrl`: the address
 * residents order at.
 */
export async function communePage({ services, commune, orderUrl }: { services: Services; commune: string; orderUrl: string }): Promise<CommunePage | { moved: string } | null> {
  const prisma = services.db.prisma;
  // The INSEE code gathers the halts typed under another spelling; a name finds the code its halts have.
  const places = await prisma.stop.findMany({ where: { kind: "halt", archivedAt: null }, select: { id: true, city: true, citycode: true } });
  const keys = communeKeys(places);
  const asked = communeOfAddress(commune);
  const wanted = new Set(asked.key.startsWith("insee:")
    ? places.filter((p) => keys.get(p.id) === asked.key).map(() => asked.key)
    : places.filter((p) => communeSlug(p.city) === asked.slug).map((p) => keys.get(p.id)));
  if (!wanted.size) return null;
  const halts = await prisma.stop.findMany({
    where: { id: { in: places.filter((p) => wanted.has(keys.get(p.id))).map((p) => p.id) } },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, addressLine: true, city: true, citycode: true, postcode: true, hostPlace: true, hostOrganisation: { select: { name: true } },
      organisation: { select: { id: true, name: true, phone: true, timeZone: true, cutoffDaysBefore: true, cutoffMinute: true } },
    },
  });
  // Named as most of its halts found by the address search name it, whatever the address asked.
  const first = commonestName(halts.filter((h) => h.citycode)) ?? halts[0]!;
  // Homonyms without codes stay one page at their name; a single commune is read at its own address.
  const own = wanted.size === 1 ? communeAddress([...wanted][0]!, first.city) : asked.slug;
  if (own !== commune) return { moved: own };
  const timetable = await haltTimetable(services, halts.map((h) => h.id));
  const byOrganisation = new Map<string, PublicService>();
  for (const h of halts) {
    const dates = timetable.get(h.id) ?? [];
    if (!dates.length) continue;
    const o = h.organisation;
    const entry = byOrganisation.get(o.id) ?? { name: o.name, phone: o.phone, timeZone: o.timeZone, cutoff: { daysBefore: o.cutoffDaysBefore, minute: o.cutoffMinute }, halts: [] };
    entry.halts.push({ id: h.id, name: h.name, addressLine: h.addressLine, hostPlace: h.hostPlace, hostName: h.hostOrganisation?.name ?? null, dates });
    byOrganisation.set(o.id, entry);
  }
  return {
    commune: own, city: first.city, postcode: halts.find((h) => h.postcode)?.postcode ?? null, orderUrl,
    services: [...byOrganisation.values()].sort((a, b) => a.name.localeCompare(b.name, "fr")),
  };
}

function commonestName<T extends { city: string }>(halts: readonly T[]): T | undefined {
  const count = new Map<string, number>();
  for (const h of halts) count.set(communeSlug(h.city), (count.get(communeSlug(h.city)) ?? 0) + 1);
  return [...halts].sort((a, b) => count.get(communeSlug(b.city))! - count.get(communeSlug(a.city))! || a.city.localeCompare(b.city, "fr"))[0];
}
