/**
 * Bulk import of paper and phone orders. `previewOrderImport` reads the file and says which
 * orders it would place or change; `importOrders` refuses a file with errors (nothing placed),
 * else places each order through the same use case as a single order (cutoff, stock, monthly
 * credit, prices), changing the household's order when it has one, and reports the refused ones.
 */
import type { OrderImportPreview, OrderImportResult } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import { ApiError, forbidden } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { changeOrder, placeOrder } from "../orders/place-order.js";
import { recordAudit } from "../record-audit.js";
import { readOrderFile } from "./read-order-file.js";

type Ctx = { services: Services; actor: Actor; organisationId: string; csv: string };

async function checkAccess({ services, actor, organisationId }: Ctx): Promise<void> {
  const allowed = await services.db.prisma.organisation.count({ where: { id: { equals: organisationId, ...coordinatedOrganisations(actor) } } });
  if (!allowed) throw forbidden("you do not coordinate this organisation");
}

export async function previewOrderImport(ctx: Ctx): Promise<OrderImportPreview> {
  await checkAccess(ctx);
  const file = await readOrderFile(ctx.services, ctx.organisationId, ctx.csv);
  return {
    rowCount: file.rowCount,
    orders: file.orders.map(({ existingOrderId, ...o }) => ({ ...o, action: existingOrderId ? ("update" as const) : ("create" as const) })),
    errors: file.errors,
  };
}

export async function importOrders(ctx: Ctx): Promise<OrderImportResult> {
  await checkAccess(ctx);
  const { services, actor, organisationId } = ctx;
  const file = await readOrderFile(services, organisationId, ctx.csv);
  if (file.errors.length) {
    throw new ApiError(
      "import_invalid",
      `the file has ${file.errors.length} error(s); no order was placed. Preview it, fix the lines listed and send it again`,
      file.errors.slice(0, 200).map((e) => ({ in: "body", path: `csv line ${e.line}${e.column ? ` column ${e.column}` : ""}`, message: e.message })),
    );
  }
  const result: OrderImportResult = { placed: 0, changed: 0, refused: [] };
  for (const order of file.orders) {
    const lines = order.items.map((i) => ({ offerId: i.offerId, quantity: i.quantity }));
    try {
      if (order.existingOrderId) {
        await changeOrder({ services, actor, orderId: order.existingOrderId, input: { lines, onShortage: "refuse" } });
        result.changed++;
      } else {
        await placeOrder({ services, actor, input: { householdId: order.household.id, passageId: order.passage.id, lines, channel: order.channel, onShortage: "refuse" } });
        result.placed++;
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      result.refused.push({ lines: order.lines, household: order.household.name, code: error.code, message: error.message });
    }
  }
  await services.db.prisma.$transaction((tx) => recordAudit(tx, { actor, organisationId, action: "import", entity: "Order", entityId: organisationId, changes: { placed: result.placed, changed: result.changed, refused: result.refused.length } }));
  return result;
}
