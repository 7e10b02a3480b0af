/** The sync package's outbox port over IndexedDB: enqueue writes outbox, journal and sequence in one transaction. */
import { isFinal, uuidv7, type Mutation, type MutationResult, type NewMutation, type Outbox } from "@tournee/sync";
import { openDriverDb, type StoredRejection } from "./driver-db";

export class IdbOutbox implements Outbox {
  constructor(readonly deviceId: string) {}

  async enqueue(change: NewMutation): Promise<Mutation> {
    const d = await openDriverDb();
    const tx = d.transaction(["outbox", "journal", "meta"], "readwrite");
    const seqKey = `seq:${this.deviceId}`;
    const seq = (((await tx.objectStore("meta").get(seqKey)) as number | undefined) ?? 0) + 1;
    const mutation: Mutation = { id: uuidv7(change.deviceTime.getTime()), deviceId: this.deviceId, seq, deviceTime: change.deviceTime.toISOString(), kind: change.kind, payload: change.payload };
    await tx.objectStore("meta").put(seq, seqKey);
    await tx.objectStore("outbox").put(mutation);
    await tx.objectStore("journal").put({ ...mutation, tourId: String(change.payload.tourId ?? "") });
    await tx.done;
    return mutation;
  }

  async pending(limit: number): Promise<Mutation[]> {
    const d = await openDriverDb();
    const range = IDBKeyRange.bound([this.deviceId, 0], [this.deviceId, Number.MAX_SAFE_INTEGER]);
    return d.getAllFromIndex("outbox", "bySeq", range, limit);
  }

  async count(): Promise<number> {
    const d = await openDriverDb();
    return d.countFromIndex("outbox", "bySeq", IDBKeyRange.bound([this.deviceId, 0], [this.deviceId, Number.MAX_SAFE_INTEGER]));
  }

  async settle(results: readonly MutationResult[]): Promise<void> {
    const d = await openDriverDb();
    const tx = d.transaction(["outbox", "journal", "rejections"], "readwrite");
    for (const result of results.filter(isFinal)) {
      await tx.objectStore("outbox").delete(result.id);
      if (result.status === "rejected") {
        const entry = await tx.objectStore("journal").get(result.id);
        const { passageId, orderId } = (entry?.payload ?? {}) as { passageId?: string; orderId?: string };
        await tx.objectStore("rejections").put({ ...result, kind: entry?.kind ?? "", tourId: entry?.tourId ?? "", passageId, orderId });
      }
    }
    await tx.done;
  }

  async rejections(): Promise<StoredRejection[]> {
    return (await openDriverDb()).getAll("rejections");
  }
}
