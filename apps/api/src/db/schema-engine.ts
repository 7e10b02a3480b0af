/**
 * Prisma's schema engine compiled to WebAssembly, driven through a driver adapter, so migrations
 * can be created and applied with no engine download, on PGlite and on PostgreSQL alike.
 * The package's ESM entry imports its `.wasm` as a module, which Node 20 refuses, so the
 * bindings are wired by hand. The package version is pinned in package.json: its interface
 * is not documented as public, and the migration tests guard it.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

/** The slice of the WebAssembly global used here (its types live in the DOM library). */
type WasmExports = Record<string, unknown>;
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: WasmExports } }> };
};
let bindings: Promise<typeof import("@prisma/schema-engine-wasm")> | undefined;

async function loadBindings(): Promise<typeof import("@prisma/schema-engine-wasm")> {
  const entry = require.resolve("@prisma/schema-engine-wasm");
  const dir = path.dirname(entry);
  const bg = (await import(path.join(dir, "schema_engine_bg.js"))) as typeof import("@prisma/schema-engine-wasm") & {
    __wbg_set_wasm(exports: WasmExports): void;
  };
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await wasm.instantiate(bytes, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
): Promise<SchemaEngine> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  const schema = await readFile(schemaPath, "utf8");
  const log = (): void => {};
  return SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, bindMigrationAwareSqlAdapterFactory(adapterFactory));
}
