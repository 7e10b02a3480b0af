import { mergeMessages, type MessageTree } from "../merge-messages";

/** Texts of the console's screens (coordinators', bakeries', admins'), loaded with them. */
const files = import.meta.glob<MessageTree>(["./coordinator-*.json", "./live.json", "./bakery-*.json", "./admin-*.json"], { eager: true, import: "default" });

export default mergeMessages(Object.entries(files));
