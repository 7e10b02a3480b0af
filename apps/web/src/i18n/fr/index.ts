import { mergeMessages, type MessageTree } from "../merge-messages";

/**
 * Texts the shell needs on every screen: sign-in, header, menu (each area's `nav`), errors, map,
 * updates. The screens' own texts come in parts loaded with them: areas.ts, driver.ts, console.ts.
 */
const files = import.meta.glob<MessageTree>(["./*.json", "!./*-screens.json", "!./ordering.json", "!./delegations.json", "!./coordinator-*.json", "!./live.json"], {
  eager: true,
  import: "default",
});

export default mergeMessages(Object.entries(files));
