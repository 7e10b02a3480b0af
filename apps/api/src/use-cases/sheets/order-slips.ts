/**
 * Paper order slips, for residents without internet: per household, for its next passage, the
 * products it usually takes with a box to tick and a box for the quantity, blank lines for
 * anything else, and when the truck comes back. Large print, on A4 or A5, one slip per sheet. The
 * resident hands it to the driver (or reads it on the phone) before the cutoff; the coordinator
 * keys it in at the order desk. No price and nothing about the household's situation is printed.
 */
import { instantToZoned } from "@tournee/domain/calendar";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Passage, Stop } from "../../generated/prisma/client.js";
import { notFound } from "../../http/errors.js";
import { rankUsual, recentOrderSelect } from "../orders/usual-products.js";
import type { Services } from "../../services.js";
import { clock, escapeHtml, frenchDate, htmlPage } from "./html-page.js";

export type Paper = "a4" | "a5";

/**
 * Each paper's print size and how many lines fit on one page in it: the usual products, then blank
 * lines for others. A slip is one sheet: a second page gets lost between the door and the truck,
 * so a product's line never wraps (a long name ends in "…").
 */
const PAPER: Record<Paper, { style: string; products: number; blanks: number }> = {
  a4: { style: `@page { size: A4; margin: 14mm; } body { font-size: 17pt; max-width: 182mm; }`, products: 8, blanks: 3 },
  a5: { style: `@page { size: A5; margin: 9mm; } body { font-size: 14pt; max-width: 130mm; }`, products: 4, blanks: 1 },
};
/** The most products any paper lists. */
const USUAL_PRODUCTS = Math.max(...Object.values(PAPER).map((p) => p.products));
const SLIP_STYLE = `
  .slip h1 { font-size: 1.3em; margin: 0 0 1mm; } .slip p { margin: 2.5mm 0; } h2 { font-size: 1.15em; border: 0; margin: 3mm 0; }
  .slip { break-after: page; page-break-after: always; } .slip:last-child { break-after: auto; page-break-after: auto; }
  .when { font-size: 1.15em; font-weight: bold; border: 2px solid #000; padding: 2mm 3mm; }
  table.slip-lines td, table.slip-lines th { padding: 1mm 2mm; font-size: 1em; }
  table.slip-lines { width: 100%; table-layout: fixed; } table.slip-lines th:first-child { width: 16mm; } table.slip-lines th:last-child { width: 30mm; }
  table.slip-lines td.product { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .box { display: inline-block; width: 7mm; height: 7mm; border: 2px solid #000; vertical-align: middle; }
  .qty { display: inline-block; width: 18mm; height: 7mm; border: 2px solid #000; }
  .blank { display: inline-block; width: 100%; border-bottom: 2px dotted #000; height: 6mm; }
  .meta, small { font-size: 0.85em; }
`;

interface SlipProduct { name: string; unit: string; usualQuantity: number | null }
interface SlipHousehold { id: string; name: string }
type SlipPassage = Passage & { stop: Stop };

function slipSection(organisation: string, household: SlipHousehold, passage: SlipPassage, products: readonly SlipProduct[], timeZone: string, paper: Paper): string {
  const cutoff = instantToZoned(passage.cutoffAt, timeZone);
  const cutoffDay = frenchDate(new Date(`${cutoff.date}T00:00:00Z`));
  const place = passage.stop.kind === "home_drop" ? "à votre porte" : `à ${passage.stop.name}`;
  const rows = products.slice(0, PAPER[paper].products).map((p) => `<tr><td><span class="box" aria-hidden="true"></span></td><td class="product">${escapeHtml(p.name)} <small>(${escapeHtml(p.unit)})</small>` +
    `${p.usualQuantity ? ` <small>· d'habitude ${p.usualQuantity}</small>` : ""}</td><td><span class="qty" aria-hidden="true"></span></td></tr>`).join("");
  const blanks = Array.from({ length: PAPER[paper].blanks }, () => `<tr><td><span class="box" aria-hidden="true"></span></td><td><span class="blank"></span></td><td><span class="qty" aria-hidden="true"></span></td></tr>`).join("");
  return `<section class="slip"><h1>Bon de commande — ${escapeHtml(household.name)}</h1><p class="meta">${escapeHtml(organisation)}</p>` +
    `<p class="when">Le camion revient le ${escapeHtml(frenchDate(passage.date))}, ${escapeHtml(place)}, entre ${clock(passage.windowStart, timeZone)} et ${clock(passage.windowEnd, timeZone)}.</p>` +
    `<p>Cochez ce que vous voulez et écrivez combien. Donnez ce bon au chauffeur, ou téléphonez à l'épicerie, avant le ${escapeHtml(cutoffDay)} à ${escapeHtml(cutoff.time)}.</p>` +
    `<table class="slip-lines"><tr><th scope="col">Oui</th><th scope="col">Produit</th><th scope="col">Combien</th></tr>${rows}${blanks}</table>` +
    `<p>Vous payez à la livraison.</p></section>`;
}

/** What each household usually takes, then the organisation's most ordered products, up to USUAL_PRODUCTS. */
async function usualProducts(services: Services, householdIds: readonly string[], organisationId: string): Promise<Map<string, SlipProduct[]>> {
  const prisma = services.db.prisma;
  const orders = await prisma.order.findMany({
    where: { householdId: { in: [...householdIds] }, organisationId, status: { not: "cancelled" } },
    orderBy: [{ passage: { date: "desc" } }, { createdAt: "desc" }],
    select: recentOrderSelect,
  });
  const staples = await prisma.orderLine.groupBy({ by: ["productId"], where: { order: { organisationId, status: { not: "cancelled" } }, product: { active: true } }, _count: { _all: true }, orderBy: { _count: { productId: "desc" } }, take: USUAL_PRODUCTS });
  const stapleProducts = await prisma.product.findMany({ where: { id: { in: staples.map((s) => s.productId) } } });
  const byStaple = staples.flatMap((s) => stapleProducts.filter((p) => p.id === s.productId)).map((p) => ({ name: p.name, unit: p.unit, usualQuantity: null }));
  const result = new Map<string, SlipProduct[]>();
  for (const id of householdIds) {
    const usual = rankUsual(orders.filter((o) => o.householdId === id)).slice(0, USUAL_PRODUCTS).map((u) => ({ name: u.name, unit: u.unit, usualQuantity: u.lastQuantity }));
    const more = byStaple.filter((s) => !usual.some((u) => u.name === s.name));
    result.set(id, [...usual, ...more].slice(0, USUAL_PRODUCTS));
  }
  return result;
}

function slipsPage(organisation: { name: string; timeZone: string }, slips: { household: SlipHousehold; passage: SlipPassage }[], products: Map<string, SlipProduct[]>, paper: Paper): string {
  const body = slips.map(({ household, passage }) => slipSection(organisation.name, household, passage, products.get(household.id) ?? [], organisation.timeZone, paper)).join("");
  const style = `${PAPER[paper].style}${SLIP_STYLE} body > h1, body > p.meta { display: none; }`;
  return htmlPage("Bons de commande", organisation.name, body || "<p>Aucun foyer attendu à ce passage.</p>", style);
}

/** The slip of one household for its next passage still open to orders. */
export async function householdSlipHtml({ services, actor, householdId, paper }: { services: Services; actor: Actor; householdId: string; paper: Paper }): Promise<string> {
  const prisma = services.db.prisma;
  const household = await prisma.household.findFirst({ where: { id: householdId, archivedAt: null, organisationId: coordinatedOrganisations(actor) }, include: { homeStop: true, organisation: true } });
  if (!household) throw notFound("household");
  const stopIds = [household.usualStopId, household.homeStop?.id].filter((id): id is string => Boolean(id));
  const passage = await prisma.passage.findFirst({
    where: { organisationId: household.organisationId, stopId: { in: stopIds }, status: "scheduled", cutoffAt: { gt: services.now() } },
    include: { stop: true }, orderBy: [{ date: "asc" }, { windowStart: "asc" }],
  });
  if (!passage) throw notFound("coming passage to order for (generate passages from the round's template first)");
  return slipsPage(household.organisation, [{ household, passage }], await usualProducts(services, [household.id], household.organisationId), paper);
}

/** One slip per household expected at a passage (its usual halt, or its door), to hand out the round before. */
export async function passageSlipsHtml({ services, actor, passageId, paper }: { services: Services; actor: Actor; passageId: string; paper: Paper }): Promise<string> {
  const prisma = services.db.prisma;
  const passage = await prisma.passage.findFirst({ where: { id: passageId, organisationId: coordinatedOrganisations(actor) }, include: { stop: true, organisation: true } });
  if (!passage) throw notFound("passage");
  const households = await prisma.household.findMany({
    where: { organisationId: passage.organisationId, archivedAt: null, ...(passage.stop.kind === "home_drop" ? { id: passage.stop.householdId ?? "" } : { usualStopId: passage.stopId }) },
    orderBy: { name: "asc" },
  });
  const products = await usualProducts(services, households.map((h) => h.id), passage.organisationId);
  return slipsPage(passage.organisation, households.map((household) => ({ household, passage })), products, paper);
}
