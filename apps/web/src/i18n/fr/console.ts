import { mergeMessages, type MessageTree } from "../merge-messages";

/** Texts of the coordinators' console screens, loaded with them. */
const files = import.meta.glob<MessageTree>(["./coordinator-*.json", "./live.json"], { eager: true, import: "default" });

export default mergeMessages(Object.entries(files));
