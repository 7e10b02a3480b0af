/**
 * Which driver takes which vehicle on the day. A volunteer's own car (`ownerId`) goes out only
 * with its owner, and an owner available that day drives their own car: they came with it (a
 * coordinator who wants them on another vehicle leaves the car out of the run). Then pairs with the
 * longest overlap of the driver's availability and the vehicle's working hours first; between
 * equal overlaps, the vehicles and the drivers in the order given (by name), never by id, so the
 * same team always gets the same pairs. A vehicle left without a driver stays home.
 */
export interface DriverSlot { driverId: string; window: [number, number] }

export interface DayVehicleHours { id: string; window: [number, number]; ownerId?: string | null }

export function assignDrivers(vehicles: DayVehicleHours[], slots: DriverSlot[]): Map<string, { driverId: string; window: [number, number] }> {
  // Array.prototype.sort is stable: equal overlaps keep the vehicles' then the drivers' order.
  const pairs = vehicles.flatMap((v) => slots.map((s) => {
    const window: [number, number] = [Math.max(v.window[0], s.window[0]), Math.min(v.window[1], s.window[1])];
    return { vehicleId: v.id, driverId: s.driverId, window, overlap: window[1] - window[0], own: !!v.ownerId && v.ownerId === s.driverId, lent: !!v.ownerId && v.ownerId !== s.driverId };
  })).filter((p) => p.overlap > 0 && !p.lent).sort((a, b) => Number(b.own) - Number(a.own) || b.overlap - a.overlap);
  const result = new Map<string, { driverId: string; window: [number, number] }>();
  const busy = new Set<string>();
  for (const p of pairs) {
    if (result.has(p.vehicleId) || busy.has(p.driverId)) continue;
    result.set(p.vehicleId, { driverId: p.driverId, window: p.window });
    busy.add(p.driverId);
  }
  return result;
}
