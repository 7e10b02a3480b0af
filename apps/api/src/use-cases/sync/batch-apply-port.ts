/**
 * The registry as an ApplyPort that settles a whole push in ONE transaction: the device's row is
 * locked for the batch (a concurrent push of the same device waits, then sees what this one
 * recorded), the registry rows are written together at the end, and each mutation costs only
 * the queries of its own effects. The answer is sent after the commit, so a crash loses nothing
 * that was answered.
 *
 * A mutation failing unexpectedly would leave the transaction unusable; instead of answering
 * for it, the port then throws `BatchInterrupted` out of the batch, which rolls everything back,
 * and the caller settles the push again one transaction per mutation (prisma-apply-port.ts).
 */
import type { ApplyPort, Decision, Mutation, MutationResult, PushRequest } from "@tournee/sync";
import type { Prisma } from "../../generated/prisma/client.js";
import { storableText } from "../../http/validate.js";

type Tx = Prisma.TransactionClient;

export class BatchInterrupted extends Error {
  constructor(cause: unknown) {
    super("a mutation failed inside a batch; the push is settled again one mutation at a time", { cause });
  }
}

export interface BatchApplyPort extends ApplyPort<Tx> {
  /** Writes the registry rows and the device's last sequence; call once, after applyBatch. */
  flush(): Promise<void>;
}

export async function openBatchApplyPort(tx: Tx, request: PushRequest, receivedAt: Date): Promise<BatchApplyPort> {
  const [device] = await tx.$queryRaw<{ lastSeq: number }[]>`SELECT "lastSeq" FROM "Device" WHERE id = ${request.deviceId}::uuid FOR UPDATE`;
  if (!device) throw new Error(`device ${request.deviceId} must be registered before its push is applied`);
  const ids = request.mutations.map((m) => m.id);
  const known = new Map((await tx.appliedMutation.findMany({ where: { id: { in: ids } } })).map((row) => [row.id, resultOf(row)]));
  const rows: Prisma.AppliedMutationCreateManyInput[] = [];
  let lastSeq = device.lastSeq;
  let interrupted: { error: unknown } | null = null;

  return {
    async recorded(id) {
      if (interrupted) throw new BatchInterrupted(interrupted.error);
      return known.get(id) ?? null;
    },
    async lastSeq() {
      return lastSeq;
    },
    async transaction(work) {
      try {
        return await work(tx);
      } catch (error) {
        interrupted = { error };
        throw error;
      }
    },
    async record(_tx, m, decision) {
      rows.push(registryRow(m, decision, receivedAt));
      known.set(m.id, { id: m.id, seq: m.seq, ...decision });
      lastSeq = m.seq;
      return true;
    },
    async flush() {
      if (!rows.length) return;
      await tx.appliedMutation.createMany({ data: rows });
      await tx.device.update({ where: { id: request.deviceId }, data: { lastSeq, lastSeenAt: receivedAt } });
    },
  };
}

/** A rejected change's content is kept, with the text the database refuses made storable (validate.ts). */
function storable(value: unknown): Prisma.InputJsonObject {
  const copy = (v: unknown): unknown => {
    if (typeof v === "string") return storableText(v);
    if (Array.isArray(v)) return v.map(copy);
    if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, item]) => [storableText(k), copy(item)]));
    return v;
  };
  return copy(value) as Prisma.InputJsonObject;
}

export function registryRow(m: Mutation, decision: Decision, receivedAt: Date): Prisma.AppliedMutationCreateManyInput {
  const message = decision.message === undefined ? undefined : storableText(decision.message);
  const detail: Prisma.InputJsonObject = decision.status === "rejected" ? { message: message!, payload: storable(m.payload) } : message ? { message } : {};
  return { id: m.id, deviceId: m.deviceId, deviceSeq: m.seq, kind: storableText(m.kind).slice(0, 200), deviceTime: new Date(m.deviceTime), receivedAt, result: decision.status, resultCode: decision.code ?? null, resultDetail: detail };
}

export function resultOf(row: { id: string; deviceSeq: number; result: MutationResult["status"]; resultCode: string | null; resultDetail: unknown }): MutationResult {
  const detail = (row.resultDetail ?? {}) as { message?: string };
  const result: MutationResult = { id: row.id, seq: row.deviceSeq, status: row.result };
  if (row.resultCode) result.code = row.resultCode;
  if (detail.message) result.message = detail.message;
  return result;
}
