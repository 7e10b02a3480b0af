/**
 * Asks the browser not to evict this app's storage (IndexedDB holds a driver's round while
 * offline). Asked once per page load; the answer is kept for the account page to show.
 */
export type PersistenceAnswer = "granted" | "refused" | "unsupported";

let answer: Promise<PersistenceAnswer> | undefined;

export function persistStorageOnce(): Promise<PersistenceAnswer> {
  answer ??= ask();
  return answer;
}

async function ask(): Promise<PersistenceAnswer> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage?.persist) return "unsupported";
  try {
    if (await storage.persisted()) return "granted";
    return (await storage.persist()) ? "granted" : "refused";
  } catch {
    return "refused";
  }
}
