/**
 * The grocery's published weekly rounds, the vehicles and the drivers' weeks. Both rounds go out
 * on the same weekday, each with its own vehicle, while a small van brings the home drops: that
 * weekday is the demo day's (see live-week.ts), so the demo always has a round to drive.
 */
import type { Compartment } from "../generated/prisma/client.js";

export interface RoundHalt {
  village: string;
  /** Published arrival, "HH:MM" local time. */
  arrival: string;
  dwellMinutes: number;
}

export interface Round {
  /** The part of the territory, e.g. "Nord": the template is named "Tournée du mardi — Nord". */
  area: string;
  departure: string;
  vehicle: string;
  halts: readonly RoundHalt[];
}

export const ROUNDS: readonly Round[] = [
  {
    area: "Nord",
    departure: "08:30",
    vehicle: "Camion frigorifique",
    halts: [
      { village: "Alleyrat", arrival: "08:45", dwellMinutes: 20 },
      { village: "Saint-Maixant", arrival: "09:20", dwellMinutes: 20 },
      { village: "Saint-Médard-la-Rochette", arrival: "10:05", dwellMinutes: 25 },
      { village: "Lavaveix-les-Mines", arrival: "10:55", dwellMinutes: 30 },
      { village: "Chénérailles", arrival: "11:45", dwellMinutes: 30 },
      { village: "Mainsat", arrival: "13:45", dwellMinutes: 25 },
      { village: "Champagnat", arrival: "14:30", dwellMinutes: 25 },
      { village: "Bellegarde-en-Marche", arrival: "15:15", dwellMinutes: 25 },
      { village: "Saint-Alpinien", arrival: "16:00", dwellMinutes: 20 },
    ],
  },
  {
    area: "Sud",
    departure: "08:30",
    vehicle: "Camionnette frigorifique",
    halts: [
      { village: "Blessac", arrival: "08:45", dwellMinutes: 20 },
      { village: "Saint-Marc-à-Frongier", arrival: "09:20", dwellMinutes: 20 },
      { village: "Vallière", arrival: "10:00", dwellMinutes: 25 },
      { village: "Saint-Quentin-la-Chabanne", arrival: "10:50", dwellMinutes: 20 },
      { village: "Felletin", arrival: "11:25", dwellMinutes: 35 },
      { village: "Saint-Frion", arrival: "13:45", dwellMinutes: 20 },
      { village: "Crocq", arrival: "14:30", dwellMinutes: 25 },
      { village: "Néoux", arrival: "15:20", dwellMinutes: 20 },
      { village: "Moutier-Rozeille", arrival: "15:55", dwellMinutes: 20 },
    ],
  },
];

export interface VehicleSpec {
  name: string;
  plate: string;
  refrigerated: boolean;
  workStart: string;
  workEnd: string;
  maxStops: number;
  maxTravelMinutes: number;
  fixedCostCents: number;
  costPerHourCents: number;
  costPerKmCents: number;
  /** Litres for ambient, chilled and frozen; crates for bread. */
  compartments: Partial<Record<Compartment, number>>;
}

export const VEHICLES: readonly VehicleSpec[] = [
  {
    name: "Camion frigorifique", plate: "GH-418-KT", refrigerated: true, workStart: "07:30", workEnd: "18:00",
    maxStops: 40, maxTravelMinutes: 360, fixedCostCents: 4_500, costPerHourCents: 2_200, costPerKmCents: 38,
    compartments: { ambient: 2_400, chilled: 900, frozen: 350 },
  },
  {
    name: "Camionnette frigorifique", plate: "EZ-553-RC", refrigerated: true, workStart: "07:30", workEnd: "17:30",
    maxStops: 30, maxTravelMinutes: 330, fixedCostCents: 3_000, costPerHourCents: 2_200, costPerKmCents: 28,
    compartments: { ambient: 1_600, chilled: 600, frozen: 200 },
  },
  {
    name: "Fourgonnette", plate: "FT-207-LB", refrigerated: true, workStart: "06:30", workEnd: "14:30",
    maxStops: 30, maxTravelMinutes: 300, fixedCostCents: 2_000, costPerHourCents: 2_200, costPerKmCents: 22,
    compartments: { ambient: 1_200, chilled: 250, frozen: 80, bread: 14 },
  },
];

/** The van that brings the home drops of the round day. */
export const HOME_DROP_VEHICLE = "Fourgonnette";

export interface DriverWeek {
  /** Index in DRIVERS of people.ts. */
  driver: number;
  /** Working days after the round day (0: the round day itself), within Monday to Friday. */
  dayAfterRound: number;
  from: string;
  to: string;
}

/** Every driver works on the round day, and on one or two other days of the week. */
export const DRIVER_WEEKS: readonly DriverWeek[] = [
  { driver: 0, dayAfterRound: 0, from: "07:30", to: "17:30" },
  { driver: 0, dayAfterRound: 2, from: "07:30", to: "12:30" },
  { driver: 1, dayAfterRound: 0, from: "07:30", to: "15:30" },
  { driver: 1, dayAfterRound: 1, from: "06:30", to: "14:30" },
  { driver: 2, dayAfterRound: 0, from: "08:00", to: "18:00" },
  { driver: 2, dayAfterRound: 3, from: "08:00", to: "18:00" },
];
