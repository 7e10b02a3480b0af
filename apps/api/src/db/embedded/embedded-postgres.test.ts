/**
 * The embedded database in its own thread, reached through `pg` like a server: several
 * connections take turns without ever mixing their transactions, a client that vanishes in the
 * middle of one leaves nothing behind, and what was written is there when the folder reopens.
 * These run on PGlite whatever DATABASE_URL says: they are about the embedded engine itself.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../open-database.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres.js";

let embedded: EmbeddedPostgres | undefined;
let clients: pg.Client[] = [];
let db: Database | undefined;
let dir: string | undefined;
afterEach(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  clients = [];
  await embedded?.close();
  embedded = undefined;
  await db?.close();
  db = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function connected(count: number): Promise<pg.Client[]> {
  embedded ??= await startEmbeddedPostgres({ dataDir: "memory://" });
  const opened = Array.from({ length: count }, () => new pg.Client({ stream: () => embedded!.connect(), user: "postgres", database: "postgres" }));
  clients.push(...opened);
  await Promise.all(opened.map((c) => c.connect()));
  return opened;
}

// The PostgreSQL pass of the suite would run exactly these tests again: they are about PGlite.
describe.skipIf(Boolean(process.env.DATABASE_URL))("the embedded database behind pg", () => {
  it("lets another connection in only between transactions, never inside one", async () => {
    const [a, b] = (await connected(2)) as [pg.Client, pg.Client];
    await a.query("CREATE TABLE t (n int)");
    await a.query("BEGIN");
    await a.query("INSERT INTO t VALUES (1)");
    const events: string[] = [];
    const read = b.query<{ count: string }>("SELECT count(*) FROM t").then((r) => {
      events.push(`b read ${r.rows[0]!.count}`);
    });
    // b's query waits for a's transaction however long a takes between statements.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await a.query("INSERT INTO t VALUES (2)");
    events.push("a commits");
    await a.query("COMMIT");
    await read;
    expect(events).toEqual(["a commits", "b read 2"]);
  });

  it("takes the database for a transaction at its first statement, not at its BEGIN", async () => {
    const [a, b] = (await connected(2)) as [pg.Client, pg.Client];
    await a.query("CREATE TABLE t (n int)");
    await a.query("BEGIN");
    // a has sent nothing since its BEGIN: b is not held up meanwhile.
    expect((await b.query<{ count: string }>("SELECT count(*) FROM t")).rows[0]!.count).toBe("0");
    expect((await a.query<{ n: number }>("INSERT INTO t VALUES (1) RETURNING n")).rows).toEqual([{ n: 1 }]);
    // From its first statement on, a's transaction is whole: b waits for its end, and its rollback undoes both inserts.
    const read = b.query<{ count: string }>("SELECT count(*) FROM t");
    await a.query("INSERT INTO t VALUES (2)");
    await a.query("ROLLBACK");
    expect((await read).rows[0]!.count).toBe("0");
    await a.query("BEGIN");
    await a.query("COMMIT");
    expect((await a.query<{ count: string }>("SELECT count(*) FROM t")).rows[0]!.count).toBe("0");
  });

  it("rolls back what a rolled-back transaction did, for everyone", async () => {
    const [a, b] = (await connected(2)) as [pg.Client, pg.Client];
    await a.query("CREATE TABLE t (n int)");
    await a.query("BEGIN");
    await a.query("INSERT INTO t VALUES (1)");
    const read = b.query<{ count: string }>("SELECT count(*) FROM t");
    await a.query("ROLLBACK");
    expect((await read).rows[0]!.count).toBe("0");
  });

  it("rolls back the transaction of a connection that goes away in the middle, and lets the others on", async () => {
    const [a, b] = (await connected(2)) as [pg.Client, pg.Client];
    await a.query("CREATE TABLE t (n int)");
    await a.query("BEGIN");
    await a.query("INSERT INTO t VALUES (1)");
    const read = b.query<{ count: string; tx: boolean }>("SELECT count(*), now() = statement_timestamp() AS tx FROM t");
    a.on("error", () => {}); // the client learns its connection is gone
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const { rows } = await read;
    expect(rows[0]).toEqual({ count: "0", tx: true });
  });

  it("answers each of many concurrent parameterised queries with its own result", async () => {
    db = await openDatabase({ dataDir: "memory://" });
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => db!.sql.query("SELECT $1::int AS n, repeat('x', $1::int) AS s", [i])));
    answers.forEach((rows, i) => expect(rows).toEqual([{ n: i, s: "x".repeat(i) }]));
  });

  it("keeps every committed write when the folder is closed and opened again", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "tournee-embedded-"));
    db = await openDatabase({ dataDir: dir });
    await db.sql.script("CREATE TABLE t (n int PRIMARY KEY)");
    const writes = Array.from({ length: 50 }, (_, n) => db!.sql.query("INSERT INTO t VALUES ($1)", [n]));
    // Closing while writes are still queued: they go through first.
    const closing = db.close();
    await Promise.all(writes);
    await closing;
    db = await openDatabase({ dataDir: dir });
    expect(await db.sql.query("SELECT count(*)::int AS n FROM t")).toEqual([{ n: 50 }]);
  });

  it("says which folder failed when the database cannot open", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "tournee-embedded-"));
    const file = path.join(dir, "not-a-folder");
    await (await import("node:fs/promises")).writeFile(file, "x");
    await expect(startEmbeddedPostgres({ dataDir: file })).rejects.toThrow(/not-a-folder/);
  });
});
