import { mergeMessages, type MessageTree } from "../merge-messages";

/** Texts every screen may need; the coordinators' console has its own part (console.ts). */
const files = import.meta.glob<MessageTree>(["./*.json", "!./coordinator-*.json", "!./live.json", "!./bakery-*.json", "!./admin-*.json"], { eager: true, import: "default" });

export default mergeMessages(Object.entries(files));
