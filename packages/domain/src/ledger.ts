/**
 * The mutual-credit ledger between partner organisations (rules in packages/ledger): members'
 * accounts in a network's unit (1 unit = 1 €), claims for services given that the other member
 * accepts or disputes, and statements. Amounts are whole units.
 */
import * as z from "zod/mini";
import { IdSchema, LocalDateSchema } from "./common.js";

/** One transfer or claim: whole units, at least 1, at most a million. */
export const LedgerAmountSchema = z.number().check(z.int("whole units only"), z.gte(1, "at least 1 unit"), z.lte(1_000_000));
/** A credit limit or ceiling: whole units, 0 to a million. */
export const LedgerLimitSchema = z.number().check(z.int("whole units only"), z.gte(0), z.lte(1_000_000));
/** Idempotency key chosen by the client (e.g. a UUID made when the form opened): the same key records once. */
export const LedgerKeySchema = z.string().check(z.trim(), z.minLength(8, "at least 8 characters"), z.maxLength(100));
const Words = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min, `at least ${min} characters`), z.maxLength(max));
export const LedgerMonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month 'YYYY-MM'"));

export const CreditClaimCreateSchema = z.strictObject({
  key: LedgerKeySchema,
  /** The member that gave the service (an account the caller acts for). */
  creditorAccountId: IdSchema,
  /** The member that received it and will owe the amount once it accepts. */
  debtorAccountId: IdSchema,
  amount: LedgerAmountSchema,
  description: Words(3, 300),
  serviceDate: LocalDateSchema,
});
export type CreditClaimCreate = z.infer<typeof CreditClaimCreateSchema>;

export const CreditClaimDisputeSchema = z.strictObject({ reason: Words(3, 500) });
export const CreditEntryReverseSchema = z.strictObject({ key: LedgerKeySchema, reason: Words(3, 300) });
export const CreditLimitsSchema = z.strictObject({ creditLimit: LedgerLimitSchema, ceiling: LedgerLimitSchema });
export const LedgerStatementQuerySchema = z.strictObject({ month: z.optional(LedgerMonthSchema) });

export const CREDIT_CLAIM_STATUSES = ["pending", "accepted", "disputed", "withdrawn"] as const;

export const CreditNetworkSchema = z.object({ id: IdSchema, name: z.string(), unitName: z.string(), unitPlural: z.string() });

export const CreditClaimSchema = z.object({
  id: IdSchema,
  creditor: z.object({ accountId: IdSchema, organisationName: z.string() }),
  debtor: z.object({ accountId: IdSchema, organisationName: z.string() }),
  amount: z.number().check(z.int()),
  description: z.string(),
  serviceDate: LocalDateSchema,
  status: z.enum(CREDIT_CLAIM_STATUSES),
  createdAt: z.iso.datetime(),
  createdByName: z.nullable(z.string()),
  decidedAt: z.nullable(z.iso.datetime()),
  disputeReason: z.nullable(z.string()),
});
export type CreditClaim = z.infer<typeof CreditClaimSchema>;

export const CreditMemberSchema = z.object({
  accountId: IdSchema,
  organisationName: z.string(),
  /** Balances and limits of other members are shown to the network's administrators only. */
  balance: z.nullable(z.number().check(z.int())),
  creditLimit: z.nullable(z.number().check(z.int())),
  ceiling: z.nullable(z.number().check(z.int())),
});

export const CreditAccountSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  organisationName: z.string(),
  network: CreditNetworkSchema,
  balance: z.number().check(z.int()),
  creditLimit: z.number().check(z.int()),
  ceiling: z.number().check(z.int()),
  /** What the member may still spend before reaching its credit limit. */
  available: z.number().check(z.int()),
  /** The other members, to record a service given to one of them. */
  members: z.array(CreditMemberSchema),
  /** Claims other members made on this account, awaiting its acceptance. */
  toDecide: z.array(CreditClaimSchema),
  /** Claims this account made, pending or disputed. */
  sent: z.array(CreditClaimSchema),
});
export type CreditAccount = z.infer<typeof CreditAccountSchema>;

export const LedgerOverviewSchema = z.object({
  accounts: z.array(CreditAccountSchema),
  /** True for administrators, who set members' limits. */
  administers: z.boolean(),
});
export type LedgerOverview = z.infer<typeof LedgerOverviewSchema>;

export const CreditStatementLineSchema = z.object({
  entryId: IdSchema,
  postedAt: z.iso.datetime(),
  serviceDate: LocalDateSchema,
  counterpartName: z.string(),
  description: z.string(),
  /** Positive when the account received (it gave a service), negative when it paid. */
  change: z.number().check(z.int()),
  balanceAfter: z.number().check(z.int()),
  reversesEntryId: z.nullable(IdSchema),
  reversedByEntryId: z.nullable(IdSchema),
  /** The caller may reverse it: it was credited by it, it is not a counter-entry nor reversed. */
  canReverse: z.boolean(),
});
export type CreditStatementLine = z.infer<typeof CreditStatementLineSchema>;

export const CreditStatementSchema = z.object({
  accountId: IdSchema,
  organisationName: z.string(),
  network: CreditNetworkSchema,
  month: LedgerMonthSchema,
  opening: z.number().check(z.int()),
  closing: z.number().check(z.int()),
  lines: z.array(CreditStatementLineSchema),
});
export type CreditStatement = z.infer<typeof CreditStatementSchema>;
