/** What a mutation handler works with: the transaction, the driver's round, and how to record results. */
import { type Decision, type Mutation } from "@tournee/sync";
import type { Actor } from "../../auth/actor.js";
import type { Prisma, Tour } from "../../generated/prisma/client.js";
import { recordConflict, type ConflictRule } from "./conflict-rules.js";
import type { PushScope } from "./push-scope.js";

export class MutationContext {
  readonly conflicts: ConflictRule[] = [];

  constructor(
    readonly tx: Prisma.TransactionClient,
    readonly mutation: Mutation,
    readonly actor: Actor,
    readonly scope: PushScope,
    public round: Tour,
    readonly receivedAt: Date,
    readonly flags: Prisma.InputJsonObject,
  ) {}

  async updateRound(data: Prisma.TourUpdateInput): Promise<void> {
    this.round = await this.scope.updateRound(this.round.id, data);
  }

  get deviceTime(): Date {
    return new Date(this.mutation.deviceTime);
  }

  change(kind: string, entityId: string, payload: Prisma.InputJsonObject): void {
    this.scope.change(this.round, {
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
    this.scope.change(this.round, {
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
