/** Moving a pin by a distance towards a cardinal point, for keyboard users (no dragging needed). */
export type Direction = "north" | "south" | "east" | "west";

const METRES_PER_DEGREE = 111_320;

/** The position `metres` away towards `direction`, rounded to 5 decimals (about a metre). */
export function stepPin(lat: number, lng: number, direction: Direction, metres: number): { lat: number; lng: number } {
  const dLat = metres / METRES_PER_DEGREE;
  const dLng = metres / (METRES_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  const round = (n: number) => Math.round(n * 1e5) / 1e5;
  const next = {
    north: { lat: lat + dLat, lng },
    south: { lat: lat - dLat, lng },
    east: { lat, lng: lng + dLng },
    west: { lat, lng: lng - dLng },
  }[direction];
  return { lat: round(Math.min(90, Math.max(-90, next.lat))), lng: round(Math.min(180, Math.max(-180, next.lng))) };
}

/** A position typed in a field ("45,95" or "45.95"), or undefined when it is not a usable one. */
export function readPosition(latitude: string, longitude: string): { lat: number; lng: number } | undefined {
  const lat = Number(latitude.trim().replace(",", "."));
  const lng = Number(longitude.trim().replace(",", "."));
  if (latitude.trim() === "" || longitude.trim() === "" || !Number.isFinite(lat) || !Number.isFinite(lng)) return undefined;
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
}
