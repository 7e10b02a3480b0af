/**
 * Reads a CSV of paper or phone orders into orders to place: each line's household, passage and
 * offer are found in the organisation; lines of the same household and passage are one order.
 * Every problem is reported by line and column, with the import error codes.
 */
import { ORDER_IMPORT_COLUMNS, type ImportErrorParams } from "@tournee/domain";
import type { Services } from "../../services.js";
import { dbDate } from "../planning/coordinated-organisation.js";
import { CsvSyntaxError, parseCsv } from "../imports/csv.js";
import { importIssue, type ImportIssue } from "../imports/import-errors.js";
import { MAX_IMPORT_ROWS } from "../imports/validate-import.js";

export interface OrderToPlace {
  lines: number[];
  household: { id: string; name: string };
  passage: { id: string; date: string; stopName: string };
  items: { offerId: string; sku: string; productName: string; quantity: number }[];
  channel: "phone" | "paper";
  existingOrderId: string | null;
}

const REQUIRED = ["household", "date", "sku", "quantity"];
/** French column names a coordinator may write instead (accents and case do not matter). */
const FRENCH: Record<string, string> = { foyer: "household", date: "date", arret: "stop", reference: "sku", quantite: "quantity", canal: "channel" };
const plain = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
const CHANNELS: Record<string, "paper" | "phone"> = { paper: "paper", papier: "paper", phone: "phone", telephone: "phone" };
const canonical = (name: string) => FRENCH[plain(name)] ?? (ORDER_IMPORT_COLUMNS.find((c) => c.toLowerCase() === plain(name)) ?? name);
/** As for a single order's line (OrderLineInputSchema); lines of one product add up. */
const MAX_QUANTITY = 99;
const HOME = new Set(["domicile", "à domicile", "a domicile", "home", "home drop"]);
const key = (text: string) => text.trim().toLowerCase();

/** 2026-03-10 or 10/03/2026 (French order), or null. */
export function readDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : fr ? [fr[3], fr[2]!.padStart(2, "0"), fr[1]!.padStart(2, "0")] : [];
  if (!y) return null;
  const date = `${y}-${m}-${d}`;
  return new Date(`${date}T12:00:00Z`).toISOString().slice(0, 10) === date ? date : null;
}

export async function readOrderFile(services: Services, organisationId: string, csv: string): Promise<{ rowCount: number; orders: OrderToPlace[]; errors: ImportIssue[] }> {
  let parsed;
  try {
    parsed = parseCsv(csv);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rowCount: 0, orders: [], errors: [importIssue(error.line, "", error.code, error.found === undefined ? {} : { found: error.found })] };
    throw error;
  }
  const header = parsed.header.map(canonical);
  // Errors name a column as the file writes it.
  const written = (name: string) => parsed.header[header.indexOf(name)] ?? name;
  const errors: ImportIssue[] = [];
  header.forEach((name, i) => {
    if (!(ORDER_IMPORT_COLUMNS as readonly string[]).includes(name)) errors.push(importIssue(1, parsed.header[i]!, "unknown_column", { allowed: [...ORDER_IMPORT_COLUMNS] }));
  });
  for (const name of REQUIRED) if (!header.includes(name)) errors.push(importIssue(1, name, "missing_column"));
  if (parsed.rows.length === 0) errors.push(importIssue(2, "", "no_rows"));
  if (parsed.rows.length > MAX_IMPORT_ROWS) errors.push(importIssue(MAX_IMPORT_ROWS + 2, "", "too_many_rows", { max: MAX_IMPORT_ROWS }));
  if (errors.length) return { rowCount: parsed.rows.length, orders: [], errors };

  const prisma = services.db.prisma;
  const households = await prisma.household.findMany({ where: { organisationId, archivedAt: null }, select: { id: true, name: true, usualStopId: true, homeStop: { select: { id: true } } } });
  const offers = await prisma.offer.findMany({ where: { organisationId }, select: { id: true, product: { select: { sku: true, name: true } } } });
  const halts = await prisma.stop.findMany({ where: { organisationId, kind: "halt", archivedAt: null }, select: { id: true, name: true } });
  const passagesOn = new Map<string, { id: string; stopId: string; stopName: string }[]>();
  const passages = async (date: string) => {
    if (!passagesOn.has(date)) {
      const rows = await prisma.passage.findMany({ where: { organisationId, date: dbDate(date), status: "scheduled" }, select: { id: true, stopId: true, stop: { select: { name: true } } } });
      passagesOn.set(date, rows.map((p) => ({ id: p.id, stopId: p.stopId, stopName: p.stop.name })));
    }
    return passagesOn.get(date)!;
  };

  const orders = new Map<string, OrderToPlace>();
  for (const { line, cells } of parsed.rows) {
    const cell = (name: string) => (cells[header.indexOf(name)] ?? "").trim();
    const fail = (column: string, code: Parameters<typeof importIssue>[2], params: ImportErrorParams = {}) => errors.push(importIssue(line, column && written(column), code, params));
    if (cells.length !== header.length) fail("", "cell_count", { cells: cells.length, columns: header.length });
    for (const name of REQUIRED) if (!cell(name)) fail(name, "required_empty");
    const found = households.filter((h) => h.id === cell("household") || key(h.name) === key(cell("household")));
    if (cell("household") && found.length !== 1) fail("household", found.length ? "ambiguous_household" : "unknown_household", { value: cell("household") });
    const date = cell("date") ? readDate(cell("date")) : null;
    if (cell("date") && !date) fail("date", "not_a_date", { value: cell("date") });
    const offer = offers.filter((o) => o.product.sku === cell("sku"));
    if (cell("sku") && offer.length !== 1) fail("sku", "unknown_product", { value: cell("sku") });
    const quantity = Number(cell("quantity"));
    if (cell("quantity") && (!Number.isInteger(quantity) || !/^\d+$/.test(cell("quantity")))) fail("quantity", "not_whole_number", { value: cell("quantity") });
    else if (cell("quantity") && (quantity < 1 || quantity > MAX_QUANTITY)) fail("quantity", quantity < 1 ? "too_small" : "too_large", quantity < 1 ? { min: 1 } : { max: MAX_QUANTITY });
    const channel = CHANNELS[plain(cell("channel") || "paper")];
    if (!channel) fail("channel", "not_allowed", { value: cell("channel"), allowed: ["papier", "téléphone"] });
    const household = found.length === 1 ? found[0]! : undefined;
    if (!household || !date) continue;
    const stopText = cell("stop");
    const own = [household.usualStopId, household.homeStop?.id].filter((id): id is string => Boolean(id));
    const wanted = !stopText ? (s: string) => own.includes(s)
      : HOME.has(key(stopText)) ? (s: string) => s === household.homeStop?.id
      : (s: string) => halts.some((h) => h.id === s && (h.id === stopText || key(h.name) === key(stopText)));
    const candidates = (await passages(date)).filter((p) => wanted(p.stopId));
    if (candidates.length !== 1) {
      fail(stopText ? "stop" : "date", candidates.length ? "ambiguous_passage" : "no_passage", { household: household.name, date, stop: stopText, stops: candidates.map((c) => c.stopName) });
      continue;
    }
    if (offer.length !== 1 || errors.some((e) => e.line === line)) continue;
    const passage = candidates[0]!;
    const group = `${household.id} ${passage.id}`;
    const order = orders.get(group) ?? { lines: [], household: { id: household.id, name: household.name }, passage: { id: passage.id, date, stopName: passage.stopName }, items: [], channel: channel!, existingOrderId: null };
    orders.set(group, order);
    order.lines.push(line);
    const item = order.items.find((i) => i.offerId === offer[0]!.id);
    if (item && item.quantity + quantity > MAX_QUANTITY) fail("quantity", "too_large", { max: MAX_QUANTITY });
    else if (item) item.quantity += quantity;
    else order.items.push({ offerId: offer[0]!.id, sku: offer[0]!.product.sku, productName: offer[0]!.product.name, quantity });
  }
  const list = [...orders.values()];
  const existing = !list.length ? [] : await prisma.order.findMany({
    where: { OR: list.map((o) => ({ householdId: o.household.id, passageId: o.passage.id })), status: { not: "cancelled" }, amapSubscriptionId: null },
    select: { id: true, householdId: true, passageId: true },
  });
  for (const o of list) o.existingOrderId = existing.find((e) => e.householdId === o.household.id && e.passageId === o.passage.id)?.id ?? null;
  errors.sort((a, b) => a.line - b.line);
  return { rowCount: parsed.rows.length, orders: list, errors };
}
