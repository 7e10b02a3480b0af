import { z } from "zod";
import { LocalDateSchema } from "./common.js";
import { COMPARTMENTS } from "./vocabulary.js";

const Minute = z.number().int().min(0).max(1440);

/** Multi-trip and volunteer-car fields, the same on creation and change (null: not set). */
const reloadAndOwner = {
  /** Set: the vehicle may come back to its home site to reload between trips, taking this many minutes. */
  reloadMinutes: z.number().int().min(0, "a reload takes 0 to 240 minutes").max(240, "a reload takes 0 to 240 minutes").nullable(),
  /** The most trips a day (null: as many as the working day allows); only with reloadMinutes. */
  maxTrips: z.number().int().min(2, "2 to 10 trips a day").max(10, "2 to 10 trips a day").nullable(),
  /** A volunteer's own car: the driver it belongs to. */
  ownerId: z.uuid().nullable(),
  /** Mileage allowance owed to the owner, in cents per km; only with ownerId. */
  mileageAllowanceCents: z.number().int().min(0, "0 to 5 € per km").max(500, "0 to 5 € per km").nullable(),
};

type ReloadAndOwner = { reloadMinutes?: number | null; maxTrips?: number | null; ownerId?: string | null; mileageAllowanceCents?: number | null };
/** A number of trips needs reloading; an allowance needs an owner (each checked on what is sent). */
const consistent = (v: ReloadAndOwner, ctx: z.RefinementCtx) => {
  if (v.maxTrips != null && v.reloadMinutes == null) ctx.addIssue({ code: "custom", path: ["maxTrips"], message: "a number of trips needs reloadMinutes (the vehicle comes back to reload)" });
  if (v.mileageAllowanceCents != null && v.ownerId == null) ctx.addIssue({ code: "custom", path: ["mileageAllowanceCents"], message: "a mileage allowance needs ownerId (the volunteer whose car it is)" });
};

export const CompartmentCapacitySchema = z.strictObject({
  compartment: z.enum(COMPARTMENTS),
  /** Crates for bread, litres otherwise. */
  capacity: z.number().int().min(0).max(100_000),
});

export const VehicleInputSchema = z
  .strictObject({
    organisationId: z.uuid(),
    name: z.string().trim().min(1).max(80),
    plate: z.string().trim().max(20).optional(),
    refrigerated: z.boolean().default(false),
    homeSiteId: z.uuid(),
    workStartMinute: Minute.default(420),
    workEndMinute: Minute.default(1080),
    maxStops: z.number().int().min(1).max(500).optional(),
    compartments: z
      .array(CompartmentCapacitySchema)
      .max(4)
      .default([])
      .refine((c) => new Set(c.map((x) => x.compartment)).size === c.length, { message: "each compartment appears once" }),
    reloadMinutes: reloadAndOwner.reloadMinutes.optional(),
    maxTrips: reloadAndOwner.maxTrips.optional(),
    ownerId: reloadAndOwner.ownerId.optional(),
    mileageAllowanceCents: reloadAndOwner.mileageAllowanceCents.optional(),
  })
  .refine((v) => v.workStartMinute < v.workEndMinute, { message: "the working day must end after it starts", path: ["workEndMinute"] })
  .superRefine(consistent);

export const VehiclePatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(80),
    plate: z.string().trim().max(20).nullable(),
    refrigerated: z.boolean(),
    homeSiteId: z.uuid(),
    workStartMinute: Minute,
    workEndMinute: Minute,
    maxStops: z.number().int().min(1).max(500).nullable(),
    active: z.boolean(),
    compartments: z.array(CompartmentCapacitySchema).max(4),
    ...reloadAndOwner,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: "send at least one field to change" });

export const VehicleSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  name: z.string(),
  plate: z.string().nullable(),
  refrigerated: z.boolean(),
  homeSite: z.object({ id: z.uuid(), name: z.string() }),
  workStartMinute: z.number().int(),
  workEndMinute: z.number().int(),
  maxStops: z.number().int().nullable(),
  active: z.boolean(),
  compartments: z.array(z.object({ compartment: z.enum(COMPARTMENTS), capacity: z.number().int() })),
  reloadMinutes: z.number().int().nullable(),
  maxTrips: z.number().int().nullable(),
  owner: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  mileageAllowanceCents: z.number().int().nullable(),
});
export type Vehicle = z.infer<typeof VehicleSchema>;

/** A driver of an organisation the coordinator manages, with their weekly availability. */
export const DriverSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  organisationIds: z.array(z.uuid()),
  availability: z.array(
    z.object({ weekday: z.number().int().nullable(), date: z.string().nullable(), fromMinute: z.number().int(), toMinute: z.number().int(), available: z.boolean() }),
  ),
});
export type Driver = z.infer<typeof DriverSchema>;

export const DriverAvailabilityInputSchema = z.strictObject({
  organisationId: z.uuid(),
  /** Replaces the driver's weekly slots in that organisation. */
  weekly: z
    .array(
      z
        .strictObject({ weekday: z.number().int().min(1).max(7), fromMinute: Minute, toMinute: Minute })
        .refine((s) => s.fromMinute < s.toMinute, { message: "a slot must end after it starts", path: ["toMinute"] }),
    )
    .max(21),
  /**
   * When given, replaces the driver's dated exceptions in that organisation. A dated row overrides
   * the weekly slots that day: `available: false` is a day off, `true` a one-off slot.
   */
  dated: z
    .array(
      z
        .strictObject({ date: LocalDateSchema, fromMinute: Minute, toMinute: Minute, available: z.boolean() })
        .refine((s) => s.fromMinute < s.toMinute, { message: "a slot must end after it starts", path: ["toMinute"] }),
    )
    .max(60)
    .optional(),
});

/** A new driver: an account that may sign in with a one-time code, then choose a password. */
export const NewDriverSchema = z.strictObject({
  organisationId: z.uuid(),
  displayName: z.string().trim().min(1, "give the driver's name").max(120),
  email: z.email().max(254).toLowerCase().nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d .-]{6,20}$/, "a phone number of 6 to 20 digits, spaces, dots or dashes")
    .nullable()
    .optional(),
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
