/**
 * Keys the server makes for itself on first start and keeps in its data folder, outside the
 * database, readable by their owner only.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";

/** The file's content; on first start `make()` writes it ("wx": only one start creates it, even if two start at once). */
export function readOrMake(dataDir: string, name: string, make: () => string, instead: string): string {
  const file = path.join(dataDir, name);
  try {
    mkdirSync(dataDir, { recursive: true });
    const fd = openSync(file, "wx", 0o600);
    try {
      writeSync(fd, make());
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      throw new Error(`${file} could not be made (${(error as Error).message}): make TOURNEE_DATA_DIR writable, or ${instead}`, { cause: error });
    }
  }
  return readFileSync(file, "utf8");
}
