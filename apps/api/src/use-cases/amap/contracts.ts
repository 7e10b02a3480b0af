/** AMAP contracts: created by the organisation that runs them, read by it and by the grocery that carries the baskets. */
import { deliveryWeeks, mondayOf, type AmapContract, type AmapContractInputSchema } from "@tournee/domain";
import { localDateOf } from "@tournee/domain/calendar";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { consoleOrganisations, type Actor } from "../../auth/actor.js";
import { dbDate, isoDate } from "../../db/db-date.js";
import { ApiError } from "../../http/errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { Services } from "../../services.js";
import { recordAudit } from "../record-audit.js";
import { consoleContract, contractInclude, runningOrganisation, type ContractWithParties } from "./amap-access.js";
import { nextBasketWeek } from "./basket-views.js";

interface Ctx {
  services: Services;
  actor: Actor;
}

export function contractView(c: ContractWithParties, subs: { solidarity: boolean }[]): AmapContract {
  return {
    id: c.id, name: c.name, organisation: c.organisation, producer: c.producer, carrier: c.carrier,
    firstDate: isoDate(c.firstDate), lastDate: isoDate(c.lastDate), everyWeeks: c.everyWeeks, skipRule: c.skipRule,
    sizes: c.sizes.map((s) => ({ id: s.id, name: s.name, priceCents: s.priceCents })),
    members: subs.length, solidarityMembers: subs.filter((s) => s.solidarity).length,
  };
}

/** The season's delivery weeks (Mondays) from this week on. */
export function comingWeeks(c: { firstDate: Date; lastDate: Date; everyWeeks: number }, now: Date): string[] {
  const thisWeek = mondayOf(localDateOf(now));
  return deliveryWeeks({ firstDate: isoDate(c.firstDate), lastDate: isoDate(c.lastDate), everyWeeks: c.everyWeeks }).filter((w) => w >= thisWeek);
}

export async function listContracts({ services, actor }: Ctx): Promise<AmapContract[]> {
  const orgs = consoleOrganisations(actor);
  const contracts = await services.db.prisma.amapContract.findMany({
    where: { OR: [{ organisationId: { in: orgs } }, { carrierId: { in: orgs } }] },
    include: { ...contractInclude, subscriptions: { where: { endedAt: null }, select: { solidarity: true } } },
    orderBy: [{ firstDate: "desc" }, { name: "asc" }],
  });
  return contracts.map((c) => contractView(c, c.subscriptions));
}

export async function createContract({ services, actor, input }: Ctx & { input: z.output<typeof AmapContractInputSchema> }): Promise<AmapContract> {
  const runner = await runningOrganisation(services, actor);
  const db = services.db.prisma;
  const producer = await db.organisation.findFirst({ where: { id: input.producerId, kind: "producer" } });
  if (!producer) throw new ApiError("validation_failed", "the producer is not one of the network's producers", [{ in: "body", path: "producerId", message: "no producer with this id" }]);
  if (runner.kind === "producer" && producer.id !== runner.id) {
    throw new ApiError("validation_failed", "a producer runs contracts for its own baskets only", [{ in: "body", path: "producerId", message: "must be the producer whose console this is" }]);
  }
  const carrier = await db.organisation.findFirst({ where: { id: input.carrierId, kind: "social_grocery" } });
  if (!carrier) throw new ApiError("validation_failed", "the baskets ride on a grocery's rounds: choose a grocery", [{ in: "body", path: "carrierId", message: "no grocery with this id" }]);
  return db.$transaction(async (tx) => {
    const contract = await tx.amapContract.create({
      data: { organisationId: runner.id, producerId: producer.id, carrierId: carrier.id, name: input.name, firstDate: dbDate(input.firstDate), lastDate: dbDate(input.lastDate),
        everyWeeks: input.everyWeeks, skipRule: input.skipRule },
    });
    for (const [position, size] of input.sizes.entries()) await addSize(tx, { ...contract, organisationId: runner.id, carrierId: carrier.id }, size, position);
    await recordAudit(tx, { actor, organisationId: runner.id, action: "create", entity: "AmapContract", entityId: contract.id, changes: { ...input } });
    const created = await tx.amapContract.findUniqueOrThrow({ where: { id: contract.id }, include: contractInclude });
    return contractView(created, []);
  });
}

/** The basket is the running organisation's product, sold by the carrier at the basket's price: its social prices make the solidarity basket. */
export async function addSize(tx: Prisma.TransactionClient, contract: { id: string; name: string; organisationId: string; carrierId: string }, size: { name: string; priceCents: number }, position: number): Promise<void> {
  const product = await tx.product.create({
    data: { organisationId: contract.organisationId, sku: `AMAP-${randomUUID().slice(0, 8)}-${position + 1}`, name: basketName(contract.name, size.name), shelf: "Paniers AMAP", unit: "panier",
      kind: "producer", compartment: "ambient", sizePer100: 300, referencePriceCents: size.priceCents },
  });
  const offer = await tx.offer.create({ data: { organisationId: contract.carrierId, productId: product.id, socialPricing: true, producerPriceCents: size.priceCents } });
  await tx.amapBasketSize.create({ data: { contractId: contract.id, name: size.name, priceCents: size.priceCents, position, productId: product.id, offerId: offer.id } });
}

/** The basket's name on the loading list, the driver's phone and the member's order. */
export const basketName = (contract: string, size: string) => `${contract} — ${size}`;

export async function contractDetail({ services, actor, id }: Ctx & { id: string }) {
  const contract = await consoleContract(services, actor, id, "read");
  const now = services.now();
  const weeks = comingWeeks(contract, now);
  const subs = await services.db.prisma.amapSubscription.findMany({
    where: { contractId: id, endedAt: null },
    include: { household: true, size: true, stop: true, skips: { where: { week: { gte: dbDate(weeks[0] ?? "9999-12-31") } }, orderBy: { week: "asc" } } },
    orderBy: { household: { name: "asc" } },
  });
  return {
    ...contractView(contract, subs),
    weeks,
    currentWeek: (await nextBasketWeek(services.db.prisma, id, localDateOf(now))) ?? weeks[0] ?? null,
    memberList: subs.map((s) => ({
      subscriptionId: s.id,
      household: { id: s.household.id, name: s.household.name, city: s.household.city, phone: s.household.phone },
      size: { id: s.size.id, name: s.size.name, priceCents: s.size.priceCents },
      stop: stopView(s.stop), solidarity: s.solidarity, channel: s.channel,
      skippedWeeks: s.skips.map((k) => isoDate(k.week)),
    })),
  };
}

export function stopView(s: { id: string; name: string; city: string; kind: "halt" | "home_drop" }) {
  return { id: s.id, name: s.name, city: s.city, kind: s.kind };
}
