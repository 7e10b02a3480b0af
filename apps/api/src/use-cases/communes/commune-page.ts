/**
 * What a commune's public page says, without sign-in and without personal data: which rounds
 * stop in the commune, where (the halt, the room or square its host lends), when (the coming
 * dates with their times) and how to order (the organisation's phone, the web address, the
 * cutoff). Only halts are named: a household's door is never shown.
 */
import { communeKeys, communeSlug, type HaltDate } from "@tournee/domain";
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

/** Null when no halt stands in the commune. `orderUrl`: the address residents order at. */
export async function communePage({ services, commune, orderUrl }: { services: Services; commune: string; orderUrl: string }): Promise<CommunePage | null> {
  const prisma = services.db.prisma;
  // The address names the commune; its INSEE code gathers the halts typed under another spelling.
  const places = await prisma.stop.findMany({ where: { kind: "halt", archivedAt: null }, select: { id: true, city: true, citycode: true } });
  const keys = communeKeys(places);
  const wanted = new Set(places.filter((p) => communeSlug(p.city) === commune).map((p) => keys.get(p.id)));
  if (!wanted.size) return null;
  const halts = await prisma.stop.findMany({
    where: { id: { in: places.filter((p) => wanted.has(keys.get(p.id))).map((p) => p.id) } },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, addressLine: true, city: true, citycode: true, postcode: true, hostPlace: true, hostOrganisation: { select: { name: true } },
      organisation: { select: { id: true, name: true, phone: true, timeZone: true, cutoffDaysBefore: true, cutoffMinute: true } },
    },
  });
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
  // Named as the address search names it, where a halt of that name has the code.
  const named = halts.filter((h) => communeSlug(h.city) === commune);
  const first = named.find((h) => h.citycode) ?? named[0] ?? halts[0]!;
  return {
    commune, city: first.city, postcode: halts.find((h) => h.postcode)?.postcode ?? null, orderUrl,
    services: [...byOrganisation.values()].sort((a, b) => a.name.localeCompare(b.name, "fr")),
  };
}
