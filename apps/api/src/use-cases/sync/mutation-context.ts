/** What a mutation handler works with: the transaction, the driver's round, and how to record results. */
import { type Decision, type Mutation } from "@tournee/sync";
import type { Actor } from "../../auth/actor.js";
import type { Prisma, Tour } from "../../generated/prisma/client.js";
import { recordConflict, type ConflictRule } from "./conflict-rules.js";
import { recordChange } from "./record-change.js";

/**
 * A push's view of the driver's rounds: each is read once per transaction, and a change a
 * mutation makes to it (started, closed) is what the next mutation of the batch sees.
 */
export class Rounds {
  private readonly known = new Map<string, Tour | null>();

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly driverId: string,
  ) {}

  async find(id: string): Promise<Tour | null> {
    if (!this.known.has(id)) this.known.set(id, await this.tx.tour.findFirst({ where: { id, driverId: this.driverId } }));
    return this.known.get(id) ?? null;
  }

  async update(id: string, data: Prisma.TourUpdateInput): Promise<Tour> {
    const tour = await this.tx.tour.update({ where: { id }, data });
    this.known.set(id, tour);
    return tour;
  }
}

export class MutationContext {
  readonly conflicts: ConflictRule[] = [];

  constructor(
    readonly tx: Prisma.TransactionClient,
    readonly mutation: Mutation,
    readonly actor: Actor,
    private readonly rounds: Rounds,
    public round: Tour,
    readonly receivedAt: Date,
    readonly flags: Prisma.InputJsonObject,
  ) {}

  async updateRound(data: Prisma.TourUpdateInput): Promise<void> {
    this.round = await this.rounds.update(this.round.id, data);
  }

  get deviceTime(): Date {
    return new Date(this.mutation.deviceTime);
  }

  async change(kind: string, entityId: string, payload: Prisma.InputJsonObject): Promise<void> {
    await recordChange(this.tx, this.round, {
      kind,
      entityId,
      mutationId: this.mutation.id,
      payload: { ...payload, ...this.flags, deviceTime: this.mutation.deviceTime, receivedAt: this.receivedAt.toISOString(), conflicts: this.conflicts },
      at: this.receivedAt,
    });
  }

  async conflict(rule: ConflictRule, detail: string, ids: { passageId?: string; orderId?: string } = {}): Promise<void> {
    this.conflicts.push(rule);
    await recordConflict(this.tx, this.mutation, { rule, detail, organisationId: this.round.organisationId, tourId: this.round.id, ...ids });
    await recordChange(this.tx, this.round, {
      kind: "conflict",
      entityId: ids.orderId ?? ids.passageId ?? this.round.id,
      mutationId: this.mutation.id,
      payload: { rule, detail, ...ids },
      at: this.receivedAt,
    });
  }

  /** The answer for an applied change: it names the conflicts the rules settled. */
  applied(): Decision {
    return this.conflicts.length ? { status: "applied", code: "conflict", message: `applied under rule ${this.conflicts.join(", ")}` } : { status: "applied" };
  }
}

export function rejected(code: string, message: string): Decision {
  return { status: "rejected", code, message };
}
