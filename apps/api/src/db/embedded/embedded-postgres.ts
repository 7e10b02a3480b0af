/**
 * PGlite in a worker thread, reached like a PostgreSQL server: `connect()` gives the stream `pg`
 * speaks the wire protocol over (its `stream` option), so the embedded database goes through the
 * same driver, Prisma adapter and pool as a PostgreSQL server. The bytes travel over a
 * MessagePort: no TCP port or socket file that another program could reach.
 */
import { Duplex } from "node:stream";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { startWorker } from "../../worker-thread.js";
import type { FromWorker, ToWorker, WorkerOptions } from "./worker-messages.js";

export interface EmbeddedPostgres {
  /**
   * A new connection to the database, for `pg`'s `stream` option. With `first`, its units of work
   * run before the other connections' waiting ones: for short single reads only.
   */
  connect(options?: { first?: boolean }): Duplex;
  /** Waits for every unit of work already sent, closes PGlite (its folder reopens cleanly) and ends the thread. */
  close(): Promise<void>;
}

export async function startEmbeddedPostgres(options: { dataDir: string; template?: Blob | undefined; postgresqlconf?: string[] }): Promise<EmbeddedPostgres> {
  const workerData: WorkerOptions = {
    dataDir: options.dataDir,
    template: options.template ? new Uint8Array(await options.template.arrayBuffer()) : undefined,
    postgresqlconf: options.postgresqlconf ?? [],
  };
  const worker = startWorker(new URL("./pglite-worker.js", import.meta.url), { workerData });
  let stopped: Error | null = null;
  const exited = new Promise<void>((resolve) => {
    worker.once("exit", (code) => {
      stopped = new Error(`the embedded database stopped (thread exit code ${code})`);
      resolve();
    });
  });
  worker.on("error", (error) => {
    stopped = error;
  });
  await new Promise<void>((resolve, reject) => {
    const onMessage = (message: FromWorker) => {
      if (message.type === "ready") resolve();
      if (message.type === "failed") reject(new Error(`the embedded database in ${options.dataDir} did not open: ${message.message}`));
    };
    worker.on("message", onMessage);
    void exited.then(() => reject(stopped));
  });
  const send = (message: ToWorker, transfer: MessagePort[] = []) => worker.postMessage(message, transfer);
  return {
    connect: ({ first = false } = {}) =>
      new PortSocket(() => {
        if (stopped) throw stopped;
        const { port1, port2 } = new MessageChannel();
        send({ type: "connect", port: port2, first }, [port2]);
        return port1;
      }),
    async close() {
      if (!stopped) {
        const closed = new Promise<void>((resolve) => worker.on("message", (message: FromWorker) => message.type === "closed" && resolve()));
        send({ type: "close" });
        await Promise.race([closed, exited]);
        await worker.terminate();
      }
      await exited;
    },
  };
}

/** The slice of `net.Socket` that `pg` uses, over a MessagePort to the database's thread. */
class PortSocket extends Duplex {
  #port: MessagePort | undefined;

  constructor(private readonly open: () => MessagePort) {
    super();
  }

  connect(): this {
    try {
      const port = this.open();
      this.#port = port;
      port.on("message", (data: Uint8Array) => this.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
      port.on("close", () => {
        this.push(null);
        this.destroy();
      });
      process.nextTick(() => this.emit("connect"));
    } catch (error) {
      process.nextTick(() => this.destroy(error as Error));
    }
    return this;
  }

  override _read(): void {}

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this._writev([{ chunk }], done);
  }

  /** What `pg` writes corked (a query's five messages) goes to the database's thread as one message. */
  override _writev(chunks: { chunk: Buffer }[], done: (error?: Error | null) => void): void {
    if (!this.#port) return done(new Error("not connected"));
    const copy = new Uint8Array(chunks.reduce((n, c) => n + c.chunk.length, 0));
    let at = 0;
    for (const { chunk } of chunks) {
      copy.set(chunk, at);
      at += chunk.length;
    }
    this.#port.postMessage(copy, [copy.buffer]);
    done();
  }

  override _final(done: (error?: Error | null) => void): void {
    this.#port?.close();
    done();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.#port?.close();
    done(error);
  }

  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    this.#port?.ref();
    return this;
  }
  unref(): this {
    this.#port?.unref();
    return this;
  }
}
