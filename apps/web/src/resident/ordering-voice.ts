/**
 * Who is ordering for whom, and so how the ordering screens speak.
 *
 * A resident ordering for their own household is spoken to ("Le camion vient à votre porte");
 * a relay (a town hall, a relative) ordering for a household that delegated to it is spoken to
 * about that household, in the third person ("Le camion vient chez Mme Brunet"). The screens
 * do not choose texts themselves: they translate through `voicedT`, which passes the translation function the
 * context `relay` and the household's name, so a key's `_relay` variant is used when it exists
 * (`resident.passage.homeDrop_relay`) and the key itself otherwise. A text that says "vous",
 * "votre" or "mon" to a resident needs a `_relay` variant (ordering-voice.test.ts checks it).
 */
import type { TFunction } from "../i18n/translator";

export type OrderingRelation = "own" | "delegated";

export interface OrderingVoice {
  /** "own": the household itself orders; "delegated": a relay orders for it. */
  relation: OrderingRelation;
  householdName: string;
  /** Where "back" goes: the resident's home, or the relay's list of households. */
  homePath: string;
}

export const RESIDENT_HOME = "/accueil";
export const RELAY_HOME = "/relais";

export function orderingVoice(household: { name: string; relation: OrderingRelation } | undefined): OrderingVoice {
  const relation = household?.relation ?? "own";
  return { relation, householdName: household?.name ?? "", homePath: relation === "delegated" ? RELAY_HOME : RESIDENT_HOME };
}

/** The options every text of the ordering screens gets: the context that picks `_relay` variants, and `{{household}}`. */
export function voiceOptions(voice: OrderingVoice): { context?: "relay"; household: string } {
  return voice.relation === "delegated" ? { context: "relay", household: voice.householdName } : { household: voice.householdName };
}

/** `t`, speaking as `voice` says: the screens call it exactly like `t`. */
export function voicedT(t: TFunction, voice: OrderingVoice): TFunction {
  return (key, options) => t(key, { ...options, ...voiceOptions(voice) });
}
