import { mergeMessages, type MessageTree } from "../merge-messages";

const files = import.meta.glob<MessageTree>("./*.json", { eager: true, import: "default" });

export default mergeMessages(Object.entries(files));
