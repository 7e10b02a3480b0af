/**
 * The same columns as the import, under their French names with French words and prices in euros,
 * so a coordinator can export, edit in a spreadsheet and import back.
 */
import type { ImportKind } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { forbidden } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { writeCsv } from "./csv.js";
import { IMPORT_TABLES } from "./import-tables.js";
import { formatWeeklyWindows, type WeeklyWindow } from "@tournee/domain/calendar";

const text = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "number" ? String(v).replace(".", ",") : String(v as string));

export async function exportCsv({ services, actor, kind, organisationId }: { services: Services; actor: Actor; kind: ImportKind; organisationId: string }) {
  const prisma = services.db.prisma;
  const allowed = await prisma.organisation.findFirst({ where: { id: { equals: organisationId, ...coordinatedOrganisations(actor) } }, select: { slug: true } });
  if (!allowed) throw forbidden("you do not coordinate this organisation");
  const where = { organisationId };
  const rows: Record<string, unknown>[] =
    kind === "households"
      ? (await prisma.household.findMany({ where: { ...where, archivedAt: null }, include: { usualStop: { select: { name: true } } }, orderBy: [{ city: "asc" }, { name: "asc" }] })).map((h) => ({
          ...h, usualStop: h.usualStop?.name, homeAvailability: formatWeeklyWindows(Array.isArray(h.homeAvailability) ? (h.homeAvailability as unknown as WeeklyWindow[]) : []),
        }))
      : kind === "stops"
        ? await prisma.stop.findMany({ where: { ...where, kind: "halt", archivedAt: null }, orderBy: [{ city: "asc" }, { name: "asc" }] })
        : await prisma.product.findMany({ where, orderBy: [{ shelf: "asc" }, { name: "asc" }] });
  const table = IMPORT_TABLES[kind];
  const columns = Object.keys(table.columns);
  const cell = (row: Record<string, unknown>, key: string): string => {
    const value = row[key];
    if (table.euros?.includes(key) && typeof value === "number") return text(value / 100);
    const word = typeof value === "string" ? table.words?.[key]?.[value] : undefined;
    return word ?? text(value);
  };
  return { filename: `${allowed.slug}-${kind}.csv`, csv: writeCsv(columns.map((c) => table.french[c] ?? c), rows.map((r) => columns.map((c) => cell(r, c)))) };
}
