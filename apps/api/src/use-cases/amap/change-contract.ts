/**
 * The running organisation changes a contract during its season: its name, dates, frequency, skip
 * rule and basket sizes; ending the season early is moving its last day to today. The open weeks'
 * baskets follow at once (added, repriced or taken off the rounds); baskets whose passage has
 * closed stay as they are. A season that has begun keeps its first day.
 */
import { compareDates, localDateOf } from "@tournee/domain/calendar";
import type { AmapContract, AmapContractChoices, AmapContractPatch } from "@tournee/domain";
import type { Actor } from "../../auth/actor.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { TRANSACTION_OPTIONS } from "../orders/save-order.js";
import { recordAudit } from "../record-audit.js";
import { consoleContract, contractInclude, runningOrganisation, type ContractWithParties } from "./amap-access.js";
import { addSize, basketName, contractView } from "./contracts.js";
import { reconcileBaskets } from "./reconcile-baskets.js";

interface Ctx {
  services: Services;
  actor: Actor;
}

const invalid = (path: string, detail: string, message: string) => new ApiError("validation_failed", detail, [{ in: "body", path, message }]);

function checkDates(contract: ContractWithParties, input: AmapContractPatch, today: string): void {
  const first = isoDate(contract.firstDate);
  if (input.firstDate && input.firstDate !== first) {
    if (compareDates(first, today) <= 0) throw invalid("firstDate", "the season has begun: its first day cannot move", "the season has begun on " + first);
    if (compareDates(input.firstDate, today) < 0) throw invalid("firstDate", "a season cannot start in the past", "must be today or later");
  }
  const last = input.lastDate ?? isoDate(contract.lastDate);
  if (input.lastDate && compareDates(input.lastDate, today) < 0) throw invalid("lastDate", "a season cannot end in the past: to end it now, set lastDate to today", "must be today or later");
  if (compareDates(input.firstDate ?? first, last) > 0) throw invalid("lastDate", "the season ends before it starts: lastDate must be on or after firstDate", "before the first day");
}

async function changeSizes(tx: Prisma.TransactionClient, contract: ContractWithParties, name: string, sizes: NonNullable<AmapContractPatch["sizes"]>): Promise<void> {
  for (const [i, s] of sizes.entries()) {
    if (s.id && !contract.sizes.some((k) => k.id === s.id)) throw invalid(`sizes.${i}.id`, "choose one of the contract's basket sizes", "not a size of this contract");
  }
  const removed = contract.sizes.filter((k) => !sizes.some((s) => s.id === k.id));
  for (const k of removed) {
    if (await tx.amapSubscription.count({ where: { sizeId: k.id } })) {
      throw new ApiError("conflict", `members have the basket "${k.name}": move them to another size before removing it`);
    }
  }
  // Positions are unique per contract: park the kept sizes out of the way before numbering them again.
  for (const k of contract.sizes) await tx.amapBasketSize.update({ where: { id: k.id }, data: { position: k.position + 100 } });
  for (const k of removed) {
    await tx.amapBasketSize.delete({ where: { id: k.id } });
    await tx.offer.update({ where: { id: k.offerId }, data: { active: false } });
  }
  for (const [position, s] of sizes.entries()) {
    const kept = contract.sizes.find((k) => k.id === s.id);
    if (!kept) {
      await addSize(tx, { ...contract, name }, s, position);
      continue;
    }
    await tx.amapBasketSize.update({ where: { id: kept.id }, data: { name: s.name, priceCents: s.priceCents, position } });
    await tx.product.update({ where: { id: kept.productId }, data: { name: basketName(name, s.name), referencePriceCents: s.priceCents } });
    await tx.offer.update({ where: { id: kept.offerId }, data: { producerPriceCents: s.priceCents } });
  }
}

export async function changeContract({ services, actor, id, input }: Ctx & { id: string; input: AmapContractPatch }): Promise<AmapContract> {
  const contract = await consoleContract(services, actor, id, "manage");
  const now = services.now();
  checkDates(contract, input, localDateOf(now));
  const name = input.name ?? contract.name;
  await services.db.prisma.$transaction(async (tx) => {
    await tx.amapContract.update({
      where: { id },
      data: { name, everyWeeks: input.everyWeeks, skipRule: input.skipRule, ...(input.firstDate ? { firstDate: dbDate(input.firstDate) } : {}), ...(input.lastDate ? { lastDate: dbDate(input.lastDate) } : {}) },
    });
    if (input.sizes) await changeSizes(tx, contract, name, input.sizes);
    else if (name !== contract.name) {
      for (const k of contract.sizes) await tx.product.update({ where: { id: k.productId }, data: { name: basketName(name, k.name) } });
    }
    await recordAudit(tx, { actor, organisationId: contract.organisationId, action: "change", entity: "AmapContract", entityId: id, changes: { ...input } });
    await reconcileBaskets(tx, { contractId: id, now, actor });
  }, TRANSACTION_OPTIONS);
  const changed = await services.db.prisma.amapContract.findUniqueOrThrow({ where: { id }, include: { ...contractInclude, subscriptions: { where: { endedAt: null }, select: { solidarity: true } } } });
  return contractView(changed, changed.subscriptions);
}

/** What the contract form offers: the network's producers (only itself, for a producer's console) and the groceries whose rounds carry baskets. */
export async function contractChoices({ services, actor }: Ctx): Promise<AmapContractChoices> {
  const runner = await runningOrganisation(services, actor);
  const db = services.db.prisma;
  const producers = await db.organisation.findMany({ where: { kind: "producer", ...(runner.kind === "producer" ? { id: runner.id } : {}) }, orderBy: { name: "asc" } });
  const carriers = await db.organisation.findMany({ where: { kind: "social_grocery" }, orderBy: { name: "asc" } });
  return {
    runner: { id: runner.id, name: runner.name, kind: runner.kind as "amap" | "producer" },
    producers: producers.map((p) => ({ id: p.id, name: p.name, city: p.city })),
    carriers: carriers.map((c) => ({ id: c.id, name: c.name })),
  };
}
