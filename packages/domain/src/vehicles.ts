import * as z from "zod/mini";
import { LocalDateSchema } from "./common.js";
import { COMPARTMENTS } from "./vocabulary.js";

const Minute = z.number().check(z.int(), z.gte(0), z.lte(1440));

/** Multi-trip and volunteer-car fields, the same on creation and change (null: not set). */
const reloadAndOwner = {
  /** Set: the vehicle may come back to its home site to reload between trips, taking this many minutes. */
  reloadMinutes: z.nullable(z.number().check(z.int(), z.gte(0, "a reload takes 0 to 240 minutes"), z.lte(240, "a reload takes 0 to 240 minutes"))),
  /** The most trips a day (null: as many as the working day allows); only with reloadMinutes. */
  maxTrips: z.nullable(z.number().check(z.int(), z.gte(2, "2 to 10 trips a day"), z.lte(10, "2 to 10 trips a day"))),
  /** A volunteer's own car: the driver it belongs to. */
  ownerId: z.nullable(z.uuid()),
  /** Mileage allowance owed to the owner, in cents per km; only with ownerId. */
  mileageAllowanceCents: z.nullable(z.number().check(z.int(), z.gte(0, "0 to 5 € per km"), z.lte(500, "0 to 5 € per km"))),
};

type ReloadAndOwner = { reloadMinutes?: number | null; maxTrips?: number | null; ownerId?: string | null; mileageAllowanceCents?: number | null };
/** A number of trips needs reloading; an allowance needs an owner (each checked on what is sent). */
const consistent = (v: ReloadAndOwner, ctx: z.core.$RefinementCtx) => {
  if (v.maxTrips != null && v.reloadMinutes == null) ctx.addIssue({ code: "custom", path: ["maxTrips"], message: "a number of trips needs reloadMinutes (the vehicle comes back to reload)" });
  if (v.mileageAllowanceCents != null && v.ownerId == null) ctx.addIssue({ code: "custom", path: ["mileageAllowanceCents"], message: "a mileage allowance needs ownerId (the volunteer whose car it is)" });
};

export const CompartmentCapacitySchema = z.strictObject({
  compartment: z.enum(COMPARTMENTS),
  /** Crates for bread, litres otherwise. */
  capacity: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
});

export const VehicleInputSchema = z.strictObject({
    organisationId: z.uuid(),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
    plate: z.optional(z.string().check(z.trim(), z.maxLength(20))),
    refrigerated: z._default(z.boolean(), false),
    homeSiteId: z.uuid(),
    workStartMinute: z._default(Minute, 420),
    workEndMinute: z._default(Minute, 1080),
    maxStops: z.optional(z.number().check(z.int(), z.gte(1), z.lte(500))),
    compartments: z._default(z.array(CompartmentCapacitySchema).check(z.maxLength(4)), []).check(z.refine((c) => new Set(c.map((x) => x.compartment)).size === c.length, { message: "each compartment appears once" })),
    reloadMinutes: z.optional(reloadAndOwner.reloadMinutes),
    maxTrips: z.optional(reloadAndOwner.maxTrips),
    ownerId: z.optional(reloadAndOwner.ownerId),
    mileageAllowanceCents: z.optional(reloadAndOwner.mileageAllowanceCents),
  }).check(z.refine((v) => v.workStartMinute < v.workEndMinute, { message: "the working day must end after it starts", path: ["workEndMinute"] }), z.superRefine(consistent));

export const VehiclePatchSchema = z.partial(z.strictObject({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
    plate: z.nullable(z.string().check(z.trim(), z.maxLength(20))),
    refrigerated: z.boolean(),
    homeSiteId: z.uuid(),
    workStartMinute: Minute,
    workEndMinute: Minute,
    maxStops: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(500))),
    active: z.boolean(),
    compartments: z.array(CompartmentCapacitySchema).check(z.maxLength(4)),
    ...reloadAndOwner,
  })).check(z.refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" }));

export const VehicleSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  plate: z.nullable(z.string()),
  refrigerated: z.boolean(),
  homeSite: z.object({ id: z.uuid(), name: z.string() }),
  workStartMinute: z.number().check(z.int()),
  workEndMinute: z.number().check(z.int()),
  maxStops: z.nullable(z.number().check(z.int())),
  active: z.boolean(),
  compartments: z.array(z.object({ compartment: z.enum(COMPARTMENTS), capacity: z.number().check(z.int()) })),
  reloadMinutes: z.nullable(z.number().check(z.int())),
  maxTrips: z.nullable(z.number().check(z.int())),
  owner: z.nullable(z.object({ id: z.uuid(), displayName: z.string() })),
  mileageAllowanceCents: z.nullable(z.number().check(z.int())),
});
export type Vehicle = z.infer<typeof VehicleSchema>;

/** A driver of an organisation the coordinator manages, with their weekly availability. */
export const DriverSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  organisationIds: z.array(z.uuid()),
  availability: z.array(
    z.object({ weekday: z.nullable(z.number().check(z.int())), date: z.nullable(z.string()), fromMinute: z.number().check(z.int()), toMinute: z.number().check(z.int()), available: z.boolean() }),
  ),
});
export type Driver = z.infer<typeof DriverSchema>;

export const DriverAvailabilityInputSchema = z.strictObject({
  organisationId: z.uuid(),
  /** Replaces the driver's weekly slots in that organisation. */
  weekly: z.array(
      z.strictObject({ weekday: z.number().check(z.int(), z.gte(1), z.lte(7)), fromMinute: Minute, toMinute: Minute }).check(z.refine((s) => s.fromMinute < s.toMinute, { message: "a slot must end after it starts", path: ["toMinute"] })),
    ).check(z.maxLength(21)),
  /**
   * When given, replaces the driver's dated exceptions in that organisation. A dated row overrides
   * the weekly slots that day: `available: false` is a day off, `true` a one-off slot.
   */
  dated: z.optional(z.array(
      z.strictObject({ date: LocalDateSchema, fromMinute: Minute, toMinute: Minute, available: z.boolean() }).check(z.refine((s) => s.fromMinute < s.toMinute, { message: "a slot must end after it starts", path: ["toMinute"] })),
    ).check(z.maxLength(60))),
});

/** A new driver: an account that may sign in with a one-time code, then choose a password. */
export const NewDriverSchema = z.strictObject({
  organisationId: z.uuid(),
  displayName: z.string().check(z.trim(), z.minLength(1, "give the driver's name"), z.maxLength(120)),
  email: z.optional(z.nullable(z.email().check(z.maxLength(254), z.toLowerCase()))),
  phone: z.optional(z.nullable(z.string().check(z.trim(), z.regex(/^\+?[\d .-]{6,20}$/, "a phone number of 6 to 20 digits, spaces, dots or dashes")))),
});
export type NewDriver = z.input<typeof NewDriverSchema>;

/** Retiring a driver who left one organisation (see POST /api/drivers/:id/retire). */
export const RetireDriverInputSchema = z.strictObject({ organisationId: z.uuid() });
export const RetiredDriverSchema = z.object({
  driverId: z.uuid(),
  organisationId: z.uuid(),
  /** True when it was their last membership: the account is disabled and its sessions ended. */
  accountDisabled: z.boolean(),
});
export type RetiredDriver = z.infer<typeof RetiredDriverSchema>;
