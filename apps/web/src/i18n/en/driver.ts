import { mergeMessages, type MessageTree } from "../merge-messages";

/** Texts of the driver's round, loaded with its screens. */
const files = import.meta.glob<MessageTree>(["./driver-screens.json"], { eager: true, import: "default" });

export default mergeMessages(Object.entries(files));
