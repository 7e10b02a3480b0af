/**
 * How many of each bread a bakery bakes for a day, per tour that carries it: the bread lines of
 * the day's orders whose product the bakery makes. Stops not planned yet are counted apart.
 */
import type { Actor } from "../../auth/actor.js";
import type { Services } from "../../services.js";
import { writeCsv } from "../imports/csv.js";
import { coordinatedOrganisation, dbDate } from "../planning/coordinated-organisation.js";
import { frenchDate, htmlPage, htmlTable } from "./html-page.js";

const UNPLANNED = "Non planifié";

async function productionRows(services: Services, actor: Actor, date: string, organisationId: string) {
  const bakery = await coordinatedOrganisation(services, actor, organisationId);
  const lines = await services.db.prisma.orderLine.findMany({
    where: { product: { organisationId: bakery.id, compartment: "bread" }, order: { status: { not: "cancelled" }, passage: { date: dbDate(date), status: "scheduled" } } },
    include: { product: true, order: { include: { passage: { include: { tour: { include: { vehicle: true } }, tourSteps: { where: { kind: "bread_delivery" }, include: { tour: { include: { vehicle: true } } } } } } } } },
  });
  const totals = new Map<string, { tour: string; product: string; unit: string; quantity: number }>();
  for (const line of lines) {
    const passage = line.order.passage;
    const carrier = passage.tourSteps[0]?.tour ?? passage.tour;
    const tour = carrier ? `${carrier.vehicle?.name ?? "Tournée"}` : UNPLANNED;
    const key = `${tour}|${line.product.id}`;
    const row = totals.get(key) ?? { tour, product: line.product.name, unit: line.product.unit, quantity: 0 };
    row.quantity += line.quantity;
    totals.set(key, row);
  }
  const rows = [...totals.values()].sort((a, b) => Number(a.tour === UNPLANNED) - Number(b.tour === UNPLANNED) || a.tour.localeCompare(b.tour) || a.product.localeCompare(b.product));
  return { bakery, rows };
}

const HEADER = ["Tournée", "Produit", "Unité", "Quantité"];

export async function bakeryProductionCsv({ services, actor, date, organisationId }: { services: Services; actor: Actor; date: string; organisationId: string }): Promise<string> {
  const { rows } = await productionRows(services, actor, date, organisationId);
  return writeCsv(HEADER, rows.map((r) => [r.tour, r.product, r.unit, String(r.quantity)]));
}

export async function bakeryProductionHtml({ services, actor, date, organisationId }: { services: Services; actor: Actor; date: string; organisationId: string }): Promise<string> {
  const { bakery, rows } = await productionRows(services, actor, date, organisationId);
  const byProduct = new Map<string, number>();
  for (const r of rows) byProduct.set(`${r.product}|${r.unit}`, (byProduct.get(`${r.product}|${r.unit}`) ?? 0) + r.quantity);
  const totals = [...byProduct.entries()].sort().map(([k, q]) => [...k.split("|"), q] as [string, string, number]);
  const body = rows.length
    ? `<h2>Total à produire</h2>${htmlTable(["Produit", "Unité", "Quantité"], totals, new Set([2]))}<h2>Par tournée</h2>${htmlTable(HEADER, rows.map((r) => [r.tour, r.product, r.unit, r.quantity]), new Set([3]))}`
    : "<p>Aucune commande de pain pour ce jour.</p>";
  return htmlPage(`Production — ${bakery.name}`, frenchDate(dbDate(date)), body);
}
