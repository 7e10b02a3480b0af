/**
 * Addresses carry a country (ISO 3166-1 alpha-2, France by default) and their postcode is checked
 * by that country's rule, so a territory on a border (Andorra, Spain, Belgium, Switzerland…) can
 * be entered as its letters say. Countries without a rule here accept 2 to 10 letters or digits.
 *
 * Schemas stay plain objects (so they can be extended or made partial); the cross-field rule is
 * `refinePostcode`, added where an address is validated whole.
 */
import * as z from "zod/mini";

export const DEFAULT_COUNTRY = "FR";

/** ISO 3166-1 alpha-2 code, upper-cased ("fr" is read as "FR"). */
export const CountrySchema = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2}$/, "a country code of two letters (ISO 3166-1), e.g. FR, AD, ES, BE"));

interface PostcodeRule {
  pattern: RegExp;
  message: string;
}

const FIVE_DIGITS = { pattern: /^\d{5}$/, message: "has 5 digits" };
const FOUR_DIGITS = { pattern: /^[1-9]\d{3}$/, message: "has 4 digits" };

const RULES: Record<string, PostcodeRule & { adjective: string }> = {
  FR: { ...FIVE_DIGITS, adjective: "French" },
  MC: { pattern: /^980\d{2}$/, message: "is 980 followed by 2 digits", adjective: "Monegasque" },
  AD: { pattern: /^AD[1-7]\d{2}$/, message: "is AD followed by 3 digits, e.g. AD500", adjective: "Andorran" },
  ES: { pattern: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, message: "has 5 digits, the first two a province from 01 to 52", adjective: "Spanish" },
  BE: { ...FOUR_DIGITS, adjective: "Belgian" },
  CH: { ...FOUR_DIGITS, adjective: "Swiss" },
  LU: { pattern: /^\d{4}$/, message: "has 4 digits", adjective: "Luxembourg" },
  DE: { ...FIVE_DIGITS, adjective: "German" },
  IT: { ...FIVE_DIGITS, adjective: "Italian" },
};

const ANY = /^[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]$/;

/** The postcode as stored: trimmed, upper-case, Luxembourg's optional "L-" dropped. */
export function normalisePostcode(postcode: string, country: string = DEFAULT_COUNTRY): string {
  const text = postcode.trim().toUpperCase();
  return country.toUpperCase() === "LU" ? text.replace(/^L-/, "") : text;
}

/**
 * Why `postcode` is not a postcode of `country`, or null when it is.
 * @example postcodeProblem("AD", "AD500") // null
 * @example postcodeProblem("FR", "2300")  // "a French postcode has 5 digits"
 */
export function postcodeProblem(country: string, postcode: string): string | null {
  const code = country.trim().toUpperCase();
  const text = normalisePostcode(postcode, code);
  const rule = RULES[code];
  if (rule) return rule.pattern.test(text) ? null : `a ${rule.adjective} postcode ${rule.message}`;
  return ANY.test(text) ? null : "a postcode of 2 to 10 letters or digits";
}

/**
 * A superRefine for an object holding `postcode` and optionally `country`: the postcode must follow
 * its country's rule (France when no country is given). Nothing is checked when postcode is absent.
 */
export function refinePostcode(value: { postcode?: string | null | undefined; country?: string | undefined }, ctx: z.core.$RefinementCtx): void {
  if (value.postcode === undefined || value.postcode === null) return;
  const problem = postcodeProblem(value.country ?? DEFAULT_COUNTRY, value.postcode);
  if (problem) ctx.addIssue({ code: "custom", path: ["postcode"], message: problem });
}

/** A postcode as typed: its shape is checked against the country by `refinePostcode`. */
export const PostcodeSchema = z.string().check(z.trim(), z.minLength(2), z.maxLength(12));

/** A French commune's INSEE code (code officiel géographique): "23008", "2A004" in Corsica. */
export const CitycodeSchema = z.string().check(z.regex(/^[0-9][0-9AB][0-9]{3}$/, "an INSEE code has 5 characters, e.g. 23008"));
