/**
 * Whose communes a person reads figures for: a coordinator, every commune where the organisation
 * the console shows stops; a host (a town hall), the communes of the halts it hosts, counting
 * every organisation that stops there.
 */
import { communeKeys, type CommuneStats } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations, hostedHalts } from "../../auth/scopes.js";
import type { Services } from "../../services.js";
import { communeFigures } from "./commune-figures.js";
import { writeCsv } from "../imports/csv.js";

type Options = { services: Services; actor: Actor; months: number };

export async function organisationCommuneStats({ services, actor, months }: Options): Promise<CommuneStats[]> {
  const stops = await services.db.prisma.stop.findMany({ where: { organisationId: coordinatedOrganisations(actor) }, select: { id: true, city: true, citycode: true } });
  return communeFigures(services, stops, months);
}

export async function hostedCommuneStats({ services, actor, months }: Options): Promise<CommuneStats[]> {
  const prisma = services.db.prisma;
  const hosted = await prisma.stop.findMany({ where: hostedHalts(actor), select: { id: true } });
  if (!hosted.length) return [];
  const every = await prisma.stop.findMany({ select: { id: true, city: true, citycode: true } });
  const keys = communeKeys(every);
  const communes = new Set(hosted.map((s) => keys.get(s.id)));
  return communeFigures(services, every.filter((s) => communes.has(keys.get(s.id))), months);
}

const MONTH = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });
const shown = (count: number | null) => (count === null ? "< 5" : String(count));

/** The coordinator's figures for funders: one line per commune and month, counts below 5 written "< 5". */
export async function organisationCommuneStatsCsv(options: Options): Promise<string> {
  const stats = await organisationCommuneStats(options);
  const rows = stats.flatMap((c) => c.months.map((m) => [c.city, MONTH.format(new Date(`${m.month}-01T00:00:00Z`)), shown(m.households), shown(m.passages), shown(m.deliveries)]));
  return writeCsv(["Commune", "Mois", "Foyers servis", "Passages", "Livraisons"], rows);
}
