import { mergeMessages, type MessageTree } from "../merge-messages";

/**
 * Texts of the residents', relays', referrers', producers', town halls' and AMAPs' screens, of
 * messages, ordering and delegations: loaded with those screens and with the console's, which
 * share some of them, never on a driver's phone.
 */
const files = import.meta.glob<MessageTree>(["./*-screens.json", "!./driver-screens.json", "!./bakery-screens.json", "!./admin-screens.json", "./ordering.json", "./delegations.json"], {
  eager: true,
  import: "default",
});

export default mergeMessages(Object.entries(files));
