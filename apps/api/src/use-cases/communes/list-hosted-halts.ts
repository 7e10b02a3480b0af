/** The halts a town hall (or another partner) hosts, with their coming dates: the host's timetable. */
import { placeCommuneAddress, type HostedHalt } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { hostedHalts } from "../../auth/scopes.js";
import type { Services } from "../../services.js";
import { haltTimetable } from "./halt-timetable.js";

export async function listHostedHalts({ services, actor }: { services: Services; actor: Actor }): Promise<HostedHalt[]> {
  const stops = await services.db.prisma.stop.findMany({
    where: hostedHalts(actor),
    orderBy: [{ city: "asc" }, { name: "asc" }],
    select: { id: true, name: true, addressLine: true, city: true, citycode: true, hostPlace: true, organisation: { select: { id: true, name: true } } },
    take: 500,
  });
  const timetable = await haltTimetable(services, stops.map((s) => s.id), { days: 42, perHalt: 6 });
  return stops.map(({ citycode, ...s }) => ({ ...s, commune: placeCommuneAddress({ city: s.city, citycode }), dates: timetable.get(s.id) ?? [] }));
}
