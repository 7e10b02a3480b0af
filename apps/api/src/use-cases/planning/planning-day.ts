/**
 * What a planning run works on, read from the database: the day's passages with their loads,
 * the vehicles with a driver for the day, the bakeries the bread comes from and the farms a round
 * collects goods at (producers whose supply agreement says farm_pickup). Times are
 * seconds since local midnight of the date, the solver's clock.
 */
import type { PlanningWarning } from "@tournee/domain";
import { zonedToInstant } from "@tournee/domain/calendar";
import type { Services } from "../../services.js";
import { dbDate } from "./coordinated-organisation.js";
import { assignDrivers, type DriverSlot } from "./assign-drivers.js";
import { bakeryOfBread, openingWindows } from "../sites/opening-hours.js";

/** Capacity dimensions of the solver problem, in this order: litres, litres, litres, hundredths of a crate. */
export const DIMENSIONS = ["ambient", "chilled", "frozen", "bread"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Solver skills: goods that need a refrigerated vehicle. */
export const SKILL = { chilled: 1, frozen: 2 } as const;
/**
 * A vehicle without a bread compartment may carry bread crates in its ambient room: this share of
 * the ambient capacity is set aside for them, at CRATE_LITRES litres a crate.
 */
export const BREAD_SHARE_OF_AMBIENT = 0.1;
export const CRATE_LITRES = 40;
/** Dwell at a halt: the published dwell, or this many minutes per household expected, whichever is longer. */
export const MINUTES_PER_CUSTOMER = 2;

export interface Place { id: string; name: string; lon: number; lat: number }

export interface DayPassage extends Place {
  passageId: string;
  kind: "halt" | "home_drop";
  window: [number, number];
  serviceS: number;
  /** Per dimension, bread excluded (bread travels as shipments from its bakery). */
  delivery: number[];
  skills: number[];
  customers: number;
  lockedVehicleId: string | null;
  lockedSequence: number | null;
  /** Hundredths of a crate of bread per bakery site id (no rounding per stop: crates are shared). */
  bread: Map<string, number>;
  /** Farm goods collected at the farm, per farm site id: litres per dimension (not in `delivery`). */
  farm: Map<string, number[]>;
}

export interface DayVehicle {
  id: string;
  name: string;
  home: Place;
  capacity: number[];
  skills: number[];
  window: [number, number];
  driverId: string;
  costs?: { fixed: number; perHour: number; perKm: number };
  maxStops?: number;
  maxTravelTime?: number;
  /** Multi-trip: it may come back to its home site to reload (seconds each time), at most `maxTrips` trips. */
  reload?: { duration: number; maxTrips?: number };
}

export interface DayBakery extends Place { windows: [number, number][] }
/** A farm a round collects goods at, open for pickups in `windows`. */
export type DayFarm = DayBakery;

export interface PlanningDay {
  organisationId: string;
  date: string;
  timeZone: string;
  midnight: Date;
  passages: DayPassage[];
  vehicles: DayVehicle[];
  bakeries: Map<string, DayBakery>;
  farms: Map<string, DayFarm>;
  warnings: PlanningWarning[];
  /**
   * Home drops not planned that day, by passage id, with why (English): everything ordered there
   * comes from a bakery or farm closed that day, so the driver would come with nothing.
   */
  notPlanned: Map<string, string>;
}

const litresOf = (quantity: number, sizePer100: number) => quantity * sizePer100;

/** The vehicles and drivers chosen for a run; absent or empty: all of them. */
export interface CrewSelection {
  vehicleIds?: readonly string[] | undefined;
  driverIds?: readonly string[] | undefined;
}

/**
 * The day's passages to plan: halts, home drops with an order, and home drops a plan of several
 * weeks chose at their household's rhythm (`regularVisit`); with `atRhythm`, every home drop of a
 * household that has a rhythm, for such a plan to choose among.
 */
export async function loadPlanningDay(services: Services, organisationId: string, date: string, crew: CrewSelection = {}, { atRhythm = false }: { atRhythm?: boolean } = {}): Promise<PlanningDay> {
  const prisma = services.db.prisma;
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
  const midnight = zonedToInstant(date, "00:00", organisation.timeZone);
  const at = (d: Date) => Math.round((d.getTime() - midnight.getTime()) / 1000);
  const rows = await prisma.passage.findMany({
    where: { organisationId, date: dbDate(date), status: "scheduled", OR: [
      { stop: { kind: "halt" } }, { orders: { some: { status: { not: "cancelled" } } } }, { regularVisit: true },
      ...(atRhythm ? [{ stop: { household: { homeDropFrequency: { not: null }, mobility: "needs_home_drop" as const, archivedAt: null } } }] : []),
    ] },
    include: { stop: { include: { household: { select: { homeDropFrequency: true } } } }, orders: { where: { status: { not: "cancelled" } }, include: { lines: { include: { product: true } } } } },
  });
  rows.sort(inPlanningOrder);
  const bakerySites = await prisma.site.findMany({ where: { kind: "bakery", archivedAt: null }, orderBy: { id: "asc" } });
  const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const bakeries = new Map<string, DayBakery>();
  const collected = await prisma.supplyAgreement.findMany({ where: { organisationId, route: "farm_pickup", active: true }, include: { farmSite: true } });
  const farmOfProducer = new Map(collected.map((a) => [a.producerId, a.farmSite]));
  const farms = new Map<string, DayFarm>();
  const warnings: PlanningWarning[] = [];
  // A bakery or farm closed that day: its goods stay there, and the coordinator is told for how many stops.
  const closed = new Map<string, { warning: PlanningWarning; stops: Set<string> }>();
  const openOrWarn = (site: { id: string; name: string; openingHours: unknown }, kind: "bakery" | "farm", passageId: string) => {
    const windows = openingWindows(site.openingHours, weekday);
    if (windows.length) return windows;
    let entry = closed.get(site.id);
    if (!entry) {
      entry = { warning: { code: "site_closed", site: { name: site.name, kind }, weekday, count: 0 }, stops: new Set<string>() };
      closed.set(site.id, entry);
      warnings.push(entry.warning);
    }
    entry.stops.add(passageId);
    entry.warning.count = entry.stops.size;
    return null;
  };

  const notPlanned = new Map<string, string>();
  const passages: DayPassage[] = rows.flatMap((p) => {
    const hundredths = [0, 0, 0];
    const closedSites = new Set<string>();
    const bread = new Map<string, number>();
    const farm = new Map<string, number[]>();
    for (const line of p.orders.flatMap((o) => o.lines)) {
      const { compartment, sizePer100, organisationId: maker } = line.product;
      const farmSite = compartment === "bread" ? undefined : farmOfProducer.get(maker);
      if (farmSite) {
        const windows = openOrWarn(farmSite, "farm", p.id);
        if (!windows) {
          closedSites.add(farmSite.name);
          continue;
        }
        if (!farms.has(farmSite.id)) farms.set(farmSite.id, { id: farmSite.id, name: farmSite.name, lon: farmSite.longitude, lat: farmSite.latitude, windows });
        const goods = farm.get(farmSite.id) ?? [0, 0, 0];
        goods[DIMENSIONS.indexOf(compartment)]! += litresOf(line.quantity, sizePer100);
        farm.set(farmSite.id, goods);
        continue;
      }
      if (compartment !== "bread") {
        hundredths[DIMENSIONS.indexOf(compartment)]! += litresOf(line.quantity, sizePer100);
        continue;
      }
      const site = bakeryOfBread(bakerySites, maker, organisationId);
      if (!site) {
        if (!warnings.some((w) => w.code === "bread_without_bakery" && w.stop?.name === p.stop.name)) warnings.push({ code: "bread_without_bakery", stop: { name: p.stop.name } });
        hundredths[0]! += litresOf(line.quantity, sizePer100) * CRATE_LITRES;
        continue;
      }
      const windows = openOrWarn(site, "bakery", p.id);
      if (!windows) {
        closedSites.add(site.name);
        continue;
      }
      if (!bakeries.has(site.id)) bakeries.set(site.id, { id: site.id, name: site.name, lon: site.longitude, lat: site.latitude, windows });
      bread.set(site.id, (bread.get(site.id) ?? 0) + litresOf(line.quantity, sizePer100));
    }
    // A home drop visited only for what a closed site keeps is not planned; one visited at its household's rhythm still is.
    const visited = p.regularVisit || (atRhythm && p.stop.household?.homeDropFrequency != null);
    if (p.stop.kind === "home_drop" && closedSites.size && !visited && !bread.size && !farm.size && hundredths.every((h) => h === 0)) {
      notPlanned.set(p.id, `everything ordered here comes from ${[...closedSites].join(", ")}, closed that day: not visited, there would be nothing to hand over`);
      return [];
    }
    const delivery = [...hundredths.map((h) => Math.ceil(h / 100)), 0];
    const skills = [...(delivery[1]! > 0 ? [SKILL.chilled] : []), ...(delivery[2]! > 0 ? [SKILL.frozen] : [])];
    const customers = p.orders.length;
    const dwell = p.stop.kind === "halt" ? Math.max(p.dwellMinutes, MINUTES_PER_CUSTOMER * customers) : p.dwellMinutes;
    return [{
      passageId: p.id, id: p.id, name: p.stop.name, lon: p.stop.longitude, lat: p.stop.latitude, kind: p.stop.kind,
      window: [at(p.windowStart), at(p.windowEnd)], serviceS: dwell * 60, delivery, skills, customers,
      lockedVehicleId: p.lockedVehicleId, lockedSequence: p.lockedSequence, bread,
      farm: new Map([...farm].map(([siteId, goods]) => [siteId, goods.map((h) => Math.ceil(h / 100))])),
    }];
  });

  const chosenVehicles = crew.vehicleIds?.length ? { id: { in: [...crew.vehicleIds] } } : {};
  const chosenDrivers = crew.driverIds?.length ? { driverId: { in: [...crew.driverIds] } } : {};
  const vehicles = (await prisma.vehicle.findMany({ where: { organisationId, active: true, ...chosenVehicles }, include: { homeSite: true, compartments: true } }))
    .sort((a, b) => byName(a.name, b.name) || byName(a.plate ?? "", b.plate ?? ""));
  const slots = (await prisma.driverAvailability.findMany({ where: { organisationId, ...chosenDrivers, OR: [{ weekday }, { date: dbDate(date) }] }, include: { driver: { select: { displayName: true, email: true } } } }))
    .sort((a, b) => byName(a.driver.displayName, b.driver.displayName) || byName(a.driver.email ?? "", b.driver.email ?? "") || a.fromMinute - b.fromMinute);
  const assignment = assignDrivers(vehicles.map((v) => ({ id: v.id, window: [v.workStartMinute, v.workEndMinute] as [number, number], ownerId: v.ownerId })), dayAvailability(slots));
  const dayVehicles: DayVehicle[] = [];
  for (const v of vehicles) {
    const assigned = assignment.get(v.id);
    if (!assigned) {
      warnings.push({ code: "vehicle_without_driver", vehicle: { id: v.id, name: v.name } });
      continue;
    }
    const capacityOf = (c: Dimension) => v.compartments.find((x) => x.compartment === c)?.capacity ?? 0;
    const capacity = DIMENSIONS.map(capacityOf);
    if (capacity[3] === 0) {
      const reserved = Math.floor((capacity[0]! * BREAD_SHARE_OF_AMBIENT) / CRATE_LITRES);
      capacity[3] = reserved;
      capacity[0] = capacity[0]! - reserved * CRATE_LITRES;
    }
    capacity[3] = capacity[3]! * 100;
    dayVehicles.push({
      id: v.id, name: v.name, driverId: assigned.driverId, capacity,
      home: { id: v.homeSite.id, name: v.homeSite.name, lon: v.homeSite.longitude, lat: v.homeSite.latitude },
      skills: v.refrigerated ? [SKILL.chilled, SKILL.frozen] : [],
      window: [assigned.window[0] * 60, assigned.window[1] * 60],
      // Cents: the solver's perHour is paid on travel hours, perKm on distance. A vehicle with no
      // costs entered keeps the solver's default (cost = travel seconds), so travel is still minimised.
      ...(v.fixedCostCents || v.costPerHourCents || v.costPerKmCents ? { costs: { fixed: v.fixedCostCents, perHour: v.costPerHourCents, perKm: v.costPerKmCents } } : {}),
      ...(v.maxStops ? { maxStops: v.maxStops } : {}),
      ...(v.maxTravelMinutes ? { maxTravelTime: v.maxTravelMinutes * 60 } : {}),
      ...(v.reloadMinutes !== null ? { reload: { duration: v.reloadMinutes * 60, ...(v.maxTrips ? { maxTrips: v.maxTrips } : {}) } } : {}),
    });
  }
  return { organisationId, date, timeZone: organisation.timeZone, midnight, passages, vehicles: dayVehicles, bakeries, farms, warnings, notPlanned };
}

const byName = new Intl.Collator("fr").compare;

/**
 * The order the solver gets the day's passages in, from what they are rather than from their
 * random ids, so the same day always gives the same plan: by published time, then the stop's
 * name and place, then what it carries.
 */
export function inPlanningOrder(a: PassageRow, b: PassageRow): number {
  return a.windowStart.getTime() - b.windowStart.getTime() || a.windowEnd.getTime() - b.windowEnd.getTime()
    || byName(a.stop.name, b.stop.name) || a.stop.longitude - b.stop.longitude || a.stop.latitude - b.stop.latitude
    || a.dwellMinutes - b.dwellMinutes || a.orders.length - b.orders.length || byName(linesOf(a), linesOf(b));
}
interface PassageRow {
  windowStart: Date;
  windowEnd: Date;
  dwellMinutes: number;
  stop: { name: string; longitude: number; latitude: number };
  orders: { lines: { quantity: number; product: { name: string } }[] }[];
}
const linesOf = (p: PassageRow) => p.orders.flatMap((o) => o.lines.map((l) => `${l.product.name}×${l.quantity}`)).sort().join(",");

/** Each driver's window that day: a dated row overrides the weekly ones. */
export function dayAvailability(slots: { driverId: string; date: Date | null; fromMinute: number; toMinute: number; available: boolean }[]): DriverSlot[] {
  const byDriver = new Map<string, typeof slots>();
  for (const s of slots) byDriver.set(s.driverId, [...(byDriver.get(s.driverId) ?? []), s]);
  return [...byDriver.entries()].flatMap(([driverId, rows]) => {
    const dated = rows.filter((r) => r.date);
    const chosen = (dated.length ? dated : rows).filter((r) => r.available);
    return chosen.map((r) => ({ driverId, window: [r.fromMinute, r.toMinute] as [number, number] }));
  });
}
