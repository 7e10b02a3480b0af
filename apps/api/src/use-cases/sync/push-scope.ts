/**
 * What one push has read and written so far, inside its transaction: the driver's rounds and the
 * passages it touched, each read once and kept up to date as its mutations change them, and the
 * change-feed entries, written together when the push ends (or, on the exact one-transaction-per-
 * mutation path, when each mutation ends).
 */
import type { Passage, Prisma, Tour } from "../../generated/prisma/client.js";

export interface FeedChange {
  kind: string;
  entityId: string;
  mutationId: string | null;
  payload: Prisma.InputJsonObject;
  at: Date;
}

export class PushScope {
  private readonly rounds = new Map<string, Tour | null>();
  private readonly handed = new Map<string, Tour | null>();
  private readonly passages = new Map<string, Passage | null>();
  private readonly feed: Prisma.SyncChangeCreateManyInput[] = [];

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly driverId: string,
  ) {}

  /** The round if it is this driver's. */
  async round(id: string): Promise<Tour | null> {
    if (!this.rounds.has(id)) this.rounds.set(id, await this.tx.tour.findFirst({ where: { id, driverId: this.driverId } }));
    return this.rounds.get(id) ?? null;
  }

  /** A round a coordinator gave from this driver to another (`change-round-driver.ts` audits each handover). */
  async handedOver(id: string): Promise<Tour | null> {
    if (!this.handed.has(id)) {
      const from = { entity: "Tour", entityId: id, action: "change_driver", changes: { path: ["driverId", "from"], equals: this.driverId } };
      this.handed.set(id, (await this.tx.auditEntry.count({ where: from })) ? await this.tx.tour.findUnique({ where: { id } }) : null);
    }
    return this.handed.get(id) ?? null;
  }

  async updateRound(id: string, data: Prisma.TourUpdateInput): Promise<Tour> {
    const tour = await this.tx.tour.update({ where: { id }, data });
    (this.handed.has(id) ? this.handed : this.rounds).set(id, tour);
    return tour;
  }

  /** The passage if it belongs to that organisation. */
  async passage(id: string, organisationId: string): Promise<Passage | null> {
    if (!this.passages.has(id)) this.passages.set(id, await this.tx.passage.findUnique({ where: { id } }));
    const passage = this.passages.get(id) ?? null;
    return passage?.organisationId === organisationId ? passage : null;
  }

  /** Whether the passage left that round while its driver could see it (PassageMove, written by a trigger). */
  async leftRound(passageId: string, tourId: string): Promise<boolean> {
    return (await this.tx.passageMove.count({ where: { passageId, fromTourId: tourId } })) > 0;
  }

  async updatePassage(id: string, data: Prisma.PassageUpdateInput): Promise<Passage> {
    const passage = await this.tx.passage.update({ where: { id }, data });
    this.passages.set(id, passage);
    return passage;
  }

  /** Appends to the feed drivers pull and coordinators watch live, in the order of the calls. */
  change(round: { id: string; organisationId: string; date: Date }, change: FeedChange): void {
    this.feed.push({ organisationId: round.organisationId, tourId: round.id, date: round.date, ...change });
  }

  async flush(): Promise<void> {
    if (!this.feed.length) return;
    await this.tx.syncChange.createMany({ data: this.feed.splice(0) });
  }
}
