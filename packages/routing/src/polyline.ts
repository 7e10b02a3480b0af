/**
 * Google encoded polyline decoding, at OSRM's `geometries=polyline6` precision
 * (1e-6). Encoded pairs are (lat, lon); the result is `[lon, lat][]`.
 */
import type { LonLat } from "./coordinate.js";

export function decodePolyline(encoded: string, precision = 6): LonLat[] {
  const factor = 10 ** precision;
  const points: LonLat[] = [];
  let index = 0;
  let lat = 0;
  let lon = 0;
  const readValue = (): number => {
    let result = 0;
    let shift = 0;
    let byte: number;
    do {
      if (index >= encoded.length) throw new Error("truncated polyline");
      byte = encoded.charCodeAt(index++) - 63;
      result |= (byte & 0x1f) << shift;
      shift += 5;
    } while (byte >= 0x20);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (index < encoded.length) {
    lat += readValue();
    lon += readValue();
    points.push([lon / factor, lat / factor]);
  }
  return points;
}

export function encodePolyline(points: readonly LonLat[], precision = 6): string {
  const factor = 10 ** precision;
  let output = "";
  let prevLat = 0;
  let prevLon = 0;
  const writeValue = (value: number): void => {
    let v = value < 0 ? ~(value << 1) : value << 1;
    while (v >= 0x20) {
      output += String.fromCharCode((0x20 | (v & 0x1f)) + 63);
      v >>= 5;
    }
    output += String.fromCharCode(v + 63);
  };
  for (const [lon, lat] of points) {
    const ilat = Math.round(lat * factor);
    const ilon = Math.round(lon * factor);
    writeValue(ilat - prevLat);
    writeValue(ilon - prevLon);
    prevLat = ilat;
    prevLon = ilon;
  }
  return output;
}
