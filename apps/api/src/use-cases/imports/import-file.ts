/**
 * CSV import in two steps: `previewImport` checks a file and says what it would do, line by line;
 * `confirmImport` checks it again and writes every row in one transaction, or nothing at all.
 */
import type { ImportKind, ImportResult } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { coordinatedOrganisations } from "../../auth/scopes.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { ApiError, forbidden } from "../../http/errors.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { importIssue, type ImportIssue, type ImportReport } from "./import-errors.js";
import { IMPORT_TABLES } from "./import-tables.js";
import { validateImport, type CheckedRow } from "./validate-import.js";
import { keepHomeDropStop } from "../households/home-drop-stop.js";

type Ctx = { services: Services; actor: Actor; kind: ImportKind; organisationId: string; csv: string };
type Db = Services["db"]["prisma"] | Prisma.TransactionClient;

const ENTITY: Record<ImportKind, string> = { households: "Household", stops: "Stop", products: "Product" };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function checkAccess({ services, actor, organisationId }: Ctx): Promise<void> {
  const allowed = await services.db.prisma.organisation.count({ where: { id: { equals: organisationId, ...coordinatedOrganisations(actor) } } });
  if (!allowed) throw forbidden("you do not coordinate this organisation");
}

/** Keys of the rows already in the organisation, to tell updates from creations. */
async function existingKeys(db: Db, kind: ImportKind, organisationId: string, keys: string[]): Promise<Set<string>> {
  if (kind === "products") {
    const rows = await db.product.findMany({ where: { organisationId, sku: { in: keys } }, select: { sku: true } });
    return new Set(rows.map((r) => r.sku));
  }
  const ids = keys.filter((k) => UUID.test(k));
  const where = { organisationId, id: { in: ids }, archivedAt: null };
  const rows = kind === "households" ? await db.household.findMany({ where, select: { id: true } }) : await db.stop.findMany({ where: { ...where, kind: "halt" }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

async function check(db: Db, ctx: Ctx) {
  const file = validateImport(ctx.kind, ctx.csv);
  const keyColumn = IMPORT_TABLES[ctx.kind].key;
  const known = await existingKeys(db, ctx.kind, ctx.organisationId, file.rows.flatMap((r) => (r.key ? [r.key] : [])));
  const errors: ImportIssue[] = [...file.errors];
  if (keyColumn === "id") {
    for (const row of file.rows) {
      if (row.key && !known.has(row.key)) errors.push(importIssue(row.line, "id", "unknown_id", { kind: ctx.kind === "stops" ? "halt" : "household" }));
    }
  }
  if (ctx.kind === "households") errors.push(...(await resolveUsualStops(db, ctx.organisationId, file.rows)));
  errors.sort((a, b) => a.line - b.line);
  const action = (row: CheckedRow) => (row.key && known.has(row.key) ? ("update" as const) : ("create" as const));
  return { ...file, errors, action };
}

export async function previewImport(ctx: Ctx): Promise<ImportReport> {
  await checkAccess(ctx);
  const { columns, rows, errors, action } = await check(ctx.services.db.prisma, ctx);
  return {
    kind: ctx.kind,
    columns,
    rowCount: rows.length,
    rows: rows.slice(0, 200).map((row) => ({ line: row.line, action: action(row), values: row.values })),
    errors,
  };
}

export async function confirmImport(ctx: Ctx): Promise<ImportResult> {
  await checkAccess(ctx);
  const { kind, organisationId, actor } = ctx;
  return ctx.services.db.prisma.$transaction(
    async (tx) => {
      const { rows, errors, action } = await check(tx, ctx);
      if (errors.length) {
        throw new ApiError(
          "import_invalid",
          `the file has ${errors.length} error(s); nothing was imported. Preview it, fix the lines listed and send it again`,
          errors.slice(0, 200).map((e) => ({ in: "body", path: `csv line ${e.line}${e.column ? ` column ${e.column}` : ""}`, message: e.message })),
        );
      }
      let created = 0;
      let updated = 0;
      for (const row of rows) {
        const { id: _id, ...data } = row.input;
        const isUpdate = action(row) === "update";
        await writeRow(tx, kind, organisationId, row.key, isUpdate, data);
        if (isUpdate) updated++;
        else created++;
      }
      await recordAudit(tx, { actor, organisationId, action: "import", entity: ENTITY[kind], entityId: organisationId, changes: { created, updated } });
      return { kind, created, updated };
    },
    { timeout: 60_000 },
  );
}

/**
 * The `usualStop` column names a halt of the organisation by its id or its name (any case); each
 * row gets its `usualStopId`, or an error when no halt, or several, have that name.
 */
async function resolveUsualStops(db: Db, organisationId: string, rows: CheckedRow[]): Promise<ImportIssue[]> {
  const named = rows.filter((r) => typeof r.input.usualStop === "string");
  if (!named.length) return [];
  const halts = await db.stop.findMany({ where: { organisationId, kind: "halt", archivedAt: null }, select: { id: true, name: true } });
  const key = (text: string) => text.trim().toLowerCase();
  const errors: ImportIssue[] = [];
  for (const row of named) {
    const wanted = row.input.usualStop as string;
    const matches = halts.filter((h) => h.id === wanted || key(h.name) === key(wanted));
    if (matches.length === 1) row.input.usualStopId = matches[0]!.id;
    else errors.push(importIssue(row.line, "usualStop", matches.length ? "ambiguous_halt" : "unknown_halt", { value: wanted }));
    delete row.input.usualStop;
  }
  return errors;
}

async function writeRow(tx: Prisma.TransactionClient, kind: ImportKind, organisationId: string, key: string | undefined, isUpdate: boolean, data: Record<string, unknown>) {
  if (kind === "households") {
    const fields = data as Prisma.HouseholdUncheckedCreateInput;
    const before = isUpdate ? await tx.household.findUniqueOrThrow({ where: { id: key! } }) : null;
    const household = isUpdate ? await tx.household.update({ where: { id: key! }, data: fields }) : await tx.household.create({ data: { ...fields, organisationId } });
    await keepHomeDropStop(tx, household, before);
  } else if (kind === "stops") {
    const fields = data as Prisma.StopUncheckedCreateInput;
    if (isUpdate) await tx.stop.update({ where: { id: key! }, data: fields });
    else await tx.stop.create({ data: { ...fields, kind: "halt", organisationId } });
  } else {
    const fields = data as Prisma.ProductUncheckedCreateInput;
    if (isUpdate) await tx.product.update({ where: { organisationId_sku: { organisationId, sku: key! } }, data: fields });
    else await tx.product.create({ data: { ...fields, organisationId } });
  }
}
