import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { precompressDir } from "./precompress.ts";

let dir = "";
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("precompressDir", () => {
  it("writes brotli and gzip copies of text assets, and leaves no copy of an earlier build beside a file now too small to compress", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "precompress-"));
    const big = "<p>bonjour</p>".repeat(200);
    await writeFile(path.join(dir, "app.js"), big);
    await writeFile(path.join(dir, "index.html"), "<html>old build, long enough</html>".repeat(100));
    await precompressDir(dir);
    // The next build's index.html is under the size worth compressing: the old copies must not stay.
    await writeFile(path.join(dir, "index.html"), "<html>new</html>");
    await precompressDir(dir);
    expect((await readdir(dir)).sort()).toEqual(["app.js", "app.js.br", "app.js.gz", "index.html"]);
    expect(brotliDecompressSync(await readFile(path.join(dir, "app.js.br"))).toString()).toBe(big);
  });
});
