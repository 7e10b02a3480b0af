/**
 * The VAPID keys Web Push is signed with: `TOURNEE_VAPID_PUBLIC_KEY` and `TOURNEE_VAPID_PRIVATE_KEY`
 * when both are set (give every API instance the same pair), otherwise `vapid.json` in the data
 * folder, made on first start, so an installed app can allow notifications on the embedded default.
 * Devices subscribed under a key pair stop receiving if it changes: keep the file with the data.
 */
import { newVapidKeys } from "@tournee/notify/channels";
import path from "node:path";
import { readOrMake } from "../../data-folder.js";

export const VAPID_FILE = "vapid.json";

interface VapidConfig {
  TOURNEE_DATA_DIR: string;
  TOURNEE_VAPID_PUBLIC_KEY?: string | undefined;
  TOURNEE_VAPID_PRIVATE_KEY?: string | undefined;
}

export function resolveVapidKeys(config: VapidConfig): { TOURNEE_VAPID_PUBLIC_KEY: string; TOURNEE_VAPID_PRIVATE_KEY: string } {
  if (config.TOURNEE_VAPID_PUBLIC_KEY && config.TOURNEE_VAPID_PRIVATE_KEY) {
    return { TOURNEE_VAPID_PUBLIC_KEY: config.TOURNEE_VAPID_PUBLIC_KEY, TOURNEE_VAPID_PRIVATE_KEY: config.TOURNEE_VAPID_PRIVATE_KEY };
  }
  const text = readOrMake(config.TOURNEE_DATA_DIR, VAPID_FILE, () => `${JSON.stringify(newVapidKeys())}\n`, "set TOURNEE_VAPID_PUBLIC_KEY and TOURNEE_VAPID_PRIVATE_KEY");
  const keys = (() => {
    try {
      return JSON.parse(text) as { publicKey?: unknown; privateKey?: unknown };
    } catch {
      return {};
    }
  })();
  if (typeof keys.publicKey !== "string" || typeof keys.privateKey !== "string") {
    throw new Error(`${path.join(config.TOURNEE_DATA_DIR, VAPID_FILE)} holds no VAPID key pair: remove it to have a new one made, or set TOURNEE_VAPID_PUBLIC_KEY and TOURNEE_VAPID_PRIVATE_KEY`);
  }
  return { TOURNEE_VAPID_PUBLIC_KEY: keys.publicKey, TOURNEE_VAPID_PRIVATE_KEY: keys.privateKey };
}
