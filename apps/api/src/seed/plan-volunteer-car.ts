/**
 * A volunteer's own car: Nadia, who drives the home drops, does them with her own car (the planner
 * gives an owner her own car, assign-drivers.ts), in the weeks done as on the demo day, and is owed
 * a mileage allowance for them; the grocery's van stays at the warehouse. The car goes out while she
 * works (its own hours are wide). It takes the dry goods in its boot, the chilled ones in a cool box
 * and the frozen ones in a freezer bag that holds less than the day's home drops need: it comes back
 * to the warehouse to load the rest between two trips.
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
      workStartMinute: minutes("06:30"), workEndMinute: minutes("18:00"), maxStops: 15, maxTravelMinutes: 300,
      reloadMinutes: 15, maxTrips: 3, ownerId: owner, mileageAllowanceCents: 45,
    },
    compartments: [
      { vehicleId: id, compartment: "ambient", capacity: 250 }, { vehicleId: id, compartment: "chilled", capacity: 24 },
      { vehicleId: id, compartment: "frozen", capacity: 10 }, { vehicleId: id, compartment: "bread", capacity: 2 },
    ],
  };
}
