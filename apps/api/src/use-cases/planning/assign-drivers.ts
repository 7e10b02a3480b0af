/**
 * Which driver takes which vehicle on the day: pairs with the longest overlap of the driver's
 * availability and the vehicle's working hours first; between equal overlaps, the vehicles and the
 * drivers in the order given (by name), never by id, so the same team always gets the same pairs.
 * A vehicle left without a driver stays home.
 */
export interface DriverSlot { driverId: string; window: [number, number] }

export function assignDrivers(vehicles: { id: string; window: [number, number] }[], slots: DriverSlot[]): Map<string, { driverId: string; window: [number, number] }> {
  // Array.prototype.sort is stable: equal overlaps keep the vehicles' then the drivers' order.
  const pairs = vehicles.flatMap((v) => slots.map((s) => {
    const window: [number, number] = [Math.max(v.window[0], s.window[0]), Math.min(v.window[1], s.window[1])];
    return { vehicleId: v.id, driverId: s.driverId, window, overlap: window[1] - window[0] };
  })).filter((p) => p.overlap > 0).sort((a, b) => b.overlap - a.overlap);
  const result = new Map<string, { driverId: string; window: [number, number] }>();
  const busy = new Set<string>();
  for (const p of pairs) {
    if (result.has(p.vehicleId) || busy.has(p.driverId)) continue;
    result.set(p.vehicleId, { driverId: p.driverId, window: p.window });
    busy.add(p.driverId);
  }
  return result;
}
