/**
 * A volunteer's own car: Nadia, who drives the home drops, did them with her own car (cool boxes
 * for chilled and frozen goods) in the weeks done, and is owed a mileage allowance for them. Small,
 * it comes back to the warehouse to reload between trips. Its day ends before the vans' do, so on
 * the demo day the drivers keep the vehicles they had (the longest overlap wins, assign-drivers.ts)
 * and the demo day's plan stays as it was.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { minutes } from "./dates.js";
import { haversineKm } from "./geo.js";
import type { HistoryPlan } from "./plan-history.js";
import type { HouseholdsPlan } from "./plan-households.js";
import type { OrganisationsPlan } from "./plan-organisations.js";
import type { RoundsPlan } from "./plan-rounds.js";
import { HOME_DROP_VEHICLE } from "./rounds.js";

/** Road km from straight-line km, as the estimate of the routing package counts them. */
const ROAD_FACTOR = 1.3;
export const VOLUNTEER_CAR = "Voiture de Nadia";

export interface VolunteerCarPlan {
  vehicle: Prisma.VehicleCreateManyInput;
  compartments: Prisma.VehicleCompartmentCreateManyInput[];
}

/** The car, and the weeks done's home-drop rounds moved onto it with the km they drove. */
export function planVolunteerCar(orgs: OrganisationsPlan, households: HouseholdsPlan, rounds: RoundsPlan, history: HistoryPlan): VolunteerCarPlan {
  const id = randomUUID();
  const van = orgs.vehicles.find((v) => v.id === orgs.vehicleIds.get(HOME_DROP_VEHICLE))!;
  const owner = orgs.staff.drivers[1]!;
  const warehouse = orgs.sites.find((s) => s.id === van.homeSiteId)!;
  const stops = new Map(households.homeStops.map((s) => [s.id!, s]));
  for (const tour of history.tours.filter((t) => t.vehicleId === van.id && t.driverId === owner)) {
    const path = rounds.passages.filter((p) => p.tourId === tour.id).sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0)).map((p) => stops.get(p.stopId)!).filter(Boolean);
    const legs = [warehouse, ...path, warehouse].map((p) => ({ latitude: p.latitude!, longitude: p.longitude! }));
    const km = legs.slice(1).reduce((sum, p, i) => sum + haversineKm(legs[i]!, p), 0) * ROAD_FACTOR;
    Object.assign(tour, { vehicleId: id, plannedDistanceM: Math.round(km * 1000) });
  }
  return {
    vehicle: {
      id, organisationId: van.organisationId, name: VOLUNTEER_CAR, plate: "GC-381-VN", refrigerated: true, homeSiteId: van.homeSiteId,
      workStartMinute: minutes("06:30"), workEndMinute: minutes("14:00"), maxStops: 15, maxTravelMinutes: 240,
      reloadMinutes: 15, maxTrips: 3, ownerId: owner, mileageAllowanceCents: 45,
    },
    compartments: [
      { vehicleId: id, compartment: "ambient", capacity: 300 }, { vehicleId: id, compartment: "chilled", capacity: 60 },
      { vehicleId: id, compartment: "frozen", capacity: 25 }, { vehicleId: id, compartment: "bread", capacity: 3 },
    ],
  };
}
