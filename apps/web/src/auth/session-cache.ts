import type { SessionUser } from "@tournee/domain";
import { openDB, type IDBPDatabase } from "idb";

/**
 * The last signed-in person, kept on the device so a driver who reloads the app with no
 * signal still gets their screens. Holds no token: the session cookie stays the only credential.
 * Forgotten at logout.
 */
const DB_NAME = "tournee-shell";
const STORE = "session";
const KEY = "user";

let db: Promise<IDBPDatabase> | undefined;
function open(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
  });
  return db;
}

export async function rememberUser(user: SessionUser): Promise<void> {
  try {
    await (await open()).put(STORE, user, KEY);
  } catch {
    // Private browsing or a full disk: the app still works online.
  }
}

export async function recallUser(): Promise<SessionUser | undefined> {
  try {
    return (await (await open()).get(STORE, KEY)) as SessionUser | undefined;
  } catch {
    return undefined;
  }
}

export async function forgetUser(): Promise<void> {
  try {
    await (await open()).delete(STORE, KEY);
  } catch {
    // Nothing stored.
  }
}
