/**
 * What each audit entry changed, named as a person reads it ("Mme Brunet", "Camion frigorifique",
 * the halt and date of a passage) rather than by its id; null when the thing is gone or has no name.
 */
import type { AuditSubject } from "@tournee/domain";
import { isoDate } from "../../db/db-date.js";
import type { Prisma } from "../../generated/prisma/client.js";

type Db = Prisma.TransactionClient;
type Namer = (db: Db, ids: string[]) => Promise<[string, AuditSubject][]>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const named = (name: string, date: Date | null = null): AuditSubject => ({ name, date: date ? isoDate(date) : null });
const select = { id: true, name: true } as const;

const households: Namer = async (db, ids) => (await db.household.findMany({ where: { id: { in: ids } }, select })).map((r) => [r.id, named(r.name)]);
const people: Namer = async (db, ids) => (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((r) => [r.id, named(r.displayName)]);
const organisations: Namer = async (db, ids) => (await db.organisation.findMany({ where: { id: { in: ids } }, select })).map((r) => [r.id, named(r.name)]);

const NAMERS: Record<string, Namer> = {
  Household: households,
  HouseholdContact: households,
  User: people,
  Driver: people,
  DriverAvailability: people,
  Organisation: organisations,
  MessagingSettings: organisations,
  Product: async (db, ids) => (await db.product.findMany({ where: { id: { in: ids } }, select })).map((r) => [r.id, named(r.name)]),
  Offer: async (db, ids) => (await db.offer.findMany({ where: { id: { in: ids } }, select: { id: true, product: { select: { name: true } } } })).map((r) => [r.id, named(r.product.name)]),
  Stop: async (db, ids) => (await db.stop.findMany({ where: { id: { in: ids } }, select })).map((r) => [r.id, named(r.name)]),
  Site: async (db, ids) => (await db.site.findMany({ where: { id: { in: ids } }, select })).map((r) => [r.id, named(r.name)]),
  Vehicle: async (db, ids) => (await db.vehicle.findMany({ where: { id: { in: ids } }, select })).map((r) => [r.id, named(r.name)]),
  TourTemplate: async (db, ids) => (await db.tourTemplate.findMany({ where: { id: { in: ids } }, select })).map((r) => [r.id, named(r.name)]),
  Order: async (db, ids) => (await db.order.findMany({ where: { id: { in: ids } }, select: { id: true, household: { select: { name: true } }, passage: { select: { date: true } } } })).map((r) => [r.id, named(r.household.name, r.passage.date)]),
  Eligibility: async (db, ids) => (await db.eligibility.findMany({ where: { id: { in: ids } }, select: { id: true, household: { select: { name: true } } } })).map((r) => [r.id, named(r.household.name)]),
  HouseholdAccess: async (db, ids) => (await db.householdAccess.findMany({ where: { id: { in: ids } }, select: { id: true, household: { select: { name: true } } } })).map((r) => [r.id, named(r.household.name)]),
  Passage: async (db, ids) => (await db.passage.findMany({ where: { id: { in: ids } }, select: { id: true, date: true, stop: { select: { name: true } } } })).map((r) => [r.id, named(r.stop.name, r.date)]),
  Tour: async (db, ids) => (await db.tour.findMany({ where: { id: { in: ids }, vehicleId: { not: null } }, select: { id: true, date: true, vehicle: { select: { name: true } } } })).map((r) => [r.id, named(r.vehicle!.name, r.date)]),
};

/** The subjects of `entries`, keyed "Entity:id", in one query per kind of thing. */
export async function nameAuditSubjects(db: Db, entries: readonly { entity: string; entityId: string }[]): Promise<Map<string, AuditSubject>> {
  const wanted = new Map<string, Set<string>>();
  for (const e of entries) if (NAMERS[e.entity] && UUID.test(e.entityId)) wanted.set(e.entity, (wanted.get(e.entity) ?? new Set()).add(e.entityId));
  const found = await Promise.all([...wanted].map(async ([entity, ids]) => (await NAMERS[entity]!(db, [...ids])).map(([id, subject]) => [`${entity}:${id}`, subject] as const)));
  return new Map(found.flat());
}
