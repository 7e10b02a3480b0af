import { describe, expect, it } from "vitest";
import { readPosition, stepPin } from "./pin-step";

const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.hypot(x, y) * 6_371_000;
};

describe("stepPin", () => {
  const felletin = { lat: 45.88278, lng: 2.17444 };
  it.each([["north", 10], ["south", 100], ["east", 10], ["west", 100]] as const)("moves %s by %i m", (direction, distance) => {
    const moved = stepPin(felletin.lat, felletin.lng, direction, distance);
    expect(metres(felletin, moved)).toBeGreaterThan(distance * 0.9);
    expect(metres(felletin, moved)).toBeLessThan(distance * 1.1);
    if (direction === "north") expect(moved.lat).toBeGreaterThan(felletin.lat);
    if (direction === "west") expect(moved.lng).toBeLessThan(felletin.lng);
  });
});

describe("readPosition", () => {
  it("reads decimal commas and refuses what is not a position", () => {
    expect(readPosition("45,95", " 2.16")).toEqual({ lat: 45.95, lng: 2.16 });
    expect(readPosition("", "2.16")).toBeUndefined();
    expect(readPosition("95", "2")).toBeUndefined();
    expect(readPosition("nord", "2")).toBeUndefined();
  });
});
