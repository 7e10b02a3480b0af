import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

/**
 * The service worker of a served copy of the build, changed as a new build would change it: the
 * file and the brotli and gzip copies the server sends in its place. `restore` puts the original back.
 */
export function servedServiceWorker(served: string | null | undefined) {
  const file = served && join(served, "sw.js");
  const original = file ? readFileSync(file) : undefined;
  const write = (content: Buffer) => {
    if (!file) return;
    writeFileSync(file, content);
    if (existsSync(`${file}.br`)) writeFileSync(`${file}.br`, brotliCompressSync(content));
    if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(content));
  };
  return {
    publishNextVersion: () => file && write(Buffer.concat([readFileSync(file), Buffer.from("\n// next version\n")])),
    restore: () => original && write(original),
  };
}
