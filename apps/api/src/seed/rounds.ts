/** The grocery's published weekly rounds, the vehicles and the drivers' weeks. */
import type { Compartment } from "../generated/prisma/client.js";

export interface RoundHalt {
  village: string;
  /** Published arrival, "HH:MM" local time. */
  arrival: string;
  dwellMinutes: number;
}

export interface Round {
  name: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  departure: string;
  vehicle: string;
  halts: readonly RoundHalt[];
}

export const ROUNDS: readonly Round[] = [
  {
    name: "Tournée du mardi — Nord",
    weekday: 2,
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
    name: "Tournée du jeudi — Sud",
    weekday: 4,
    departure: "08:30",
    vehicle: "Camion frigorifique",
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
    name: "Fourgonnette", plate: "FT-207-LB", refrigerated: false, workStart: "06:30", workEnd: "14:30",
    maxStops: 30, maxTravelMinutes: 300, fixedCostCents: 2_000, costPerHourCents: 2_200, costPerKmCents: 22,
    compartments: { ambient: 1_200, bread: 14 },
  },
];

export interface DriverWeek {
  /** Index in DRIVERS of people.ts. */
  driver: number;
  weekday: number;
  from: string;
  to: string;
}

export const DRIVER_WEEKS: readonly DriverWeek[] = [
  { driver: 0, weekday: 2, from: "07:30", to: "17:30" },
  { driver: 0, weekday: 4, from: "07:30", to: "17:30" },
  { driver: 0, weekday: 5, from: "07:30", to: "12:30" },
  { driver: 1, weekday: 1, from: "06:30", to: "14:30" },
  { driver: 1, weekday: 2, from: "06:30", to: "14:30" },
  { driver: 1, weekday: 3, from: "06:30", to: "14:30" },
  { driver: 2, weekday: 3, from: "08:00", to: "18:00" },
  { driver: 2, weekday: 4, from: "08:00", to: "18:00" },
  { driver: 2, weekday: 5, from: "08:00", to: "18:00" },
];
