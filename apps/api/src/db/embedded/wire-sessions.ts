/**
 * Several PostgreSQL wire-protocol sessions over one PGlite, which has a single backend and so a
 * single session. A session holds the database from the first message of a unit of work until the
 * backend says ReadyForQuery with status idle: the end of a simple query or of a Parse…Sync
 * sequence, or, when a transaction was opened, of that transaction. Meanwhile the other sessions'
 * messages wait in arrival order, so no transaction, and no unnamed statement or portal, is ever
 * interleaved with another session's. A session that goes away in the middle is closed for it:
 * its unit is ended and its transaction rolled back before anyone else runs.
 */

/** What is used of PGlite: its raw protocol entry and its transaction state. */
export interface WireBackend {
  execProtocolRawStream(message: Uint8Array, options: { onRawData(data: Uint8Array): void }): Promise<void>;
  isInTransaction(): boolean;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const SYNC = Uint8Array.of(0x53, 0, 0, 0, 4);
const ROLLBACK = simpleQuery("ROLLBACK");

function simpleQuery(sql: string): Uint8Array {
  const text = new TextEncoder().encode(`${sql}\0`);
  const message = new Uint8Array(5 + text.length);
  message[0] = 0x51; // 'Q'
  new DataView(message.buffer).setInt32(1, 4 + text.length);
  message.set(text, 5);
  return message;
}

type Item = { session: Session; message: Uint8Array } | { session: Session; end: true } | { task: () => Promise<void> };

export class WireSessions {
  #queue: Item[] = [];
  #owner: Session | null = null;
  #draining = false;

  constructor(private readonly backend: WireBackend) {}

  /**
   * A new client connection; `send` gets every byte the backend answers it. A `first` session's
   * units of work run, once the backend is free, before those other sessions have waiting: for a
   * connection kept for short reads (each request's session), so they never wait behind every
   * transaction queued before them.
   */
  open(send: (data: Uint8Array) => void, onClose: () => void = () => {}, first = false): Session {
    return new Session(this, send, onClose, first);
  }

  /** Runs `task` alone, between units of work (a dump, the final close). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ task: () => task().then(resolve, reject) });
      void this.#drain();
    });
  }

  /** @internal */
  enqueue(item: Item): void {
    this.#queue.push(item);
    void this.#drain();
  }

  /** @internal Drops what a closed session still had waiting. */
  forget(session: Session): void {
    this.#queue = this.#queue.filter((item) => !("session" in item) || item.session !== session || "end" in item);
  }

  #next(): Item | undefined {
    const index = this.#owner
      ? this.#queue.findIndex((item) => "session" in item && item.session === this.#owner)
      : Math.max(0, this.#queue.findIndex((item) => "session" in item && item.session.first && !("end" in item)));
    return index < 0 ? undefined : this.#queue.splice(index, 1)[0];
  }

  async #drain(): Promise<void> {
    if (this.#draining) return;
    this.#draining = true;
    try {
      for (let item = this.#next(); item; item = this.#next()) {
        if ("task" in item) await item.task();
        else if ("end" in item) await this.#end(item.session);
        else await this.#run(item.session, item.message);
      }
    } finally {
      this.#draining = false;
    }
  }

  async #run(session: Session, message: Uint8Array): Promise<void> {
    this.#owner = session;
    const answer: Uint8Array[] = [];
    try {
      await this.backend.execProtocolRawStream(message, { onRawData: (data) => answer.push(data.slice()) });
    } catch (error) {
      session.fail(error);
      return;
    }
    const data = concat(answer);
    if (session.readAnswer(data) === IDLE) this.#owner = null;
    if (data.length) session.deliver(data);
  }

  /** A session left: if it held the database, end its unit and roll back what it left open. */
  async #end(session: Session): Promise<void> {
    if (this.#owner !== session) return;
    const discard = { onRawData: () => {} };
    try {
      await this.backend.execProtocolRawStream(SYNC, discard);
      if (this.backend.isInTransaction()) await this.backend.execProtocolRawStream(ROLLBACK, discard);
    } finally {
      this.#owner = null;
    }
  }
}

/** One client connection: cuts its bytes into protocol messages and reads its answers' states. */
export class Session {
  #pending: Uint8Array = new Uint8Array(0);
  #started = false;
  #closed = false;
  /** Parser state over the answers: bytes still to skip in the current message, and its header. */
  #skip = 0;
  #header: number[] = [];
  #readyStatus: number | null = null;

  constructor(
    private readonly sessions: WireSessions,
    private readonly send: (data: Uint8Array) => void,
    private readonly onClose: () => void,
    /** @internal */
    readonly first: boolean,
  ) {}

  /**
   * The complete messages of what arrived are run together, in one call to the backend and one
   * answer: a query's Parse, Bind, Describe, Execute and Sync arrive together, and each call and
   * each message between threads has a cost of its own.
   */
  receive(chunk: Uint8Array): void {
    if (this.#closed) return;
    this.#pending = concat([this.#pending, chunk]);
    const batch: Uint8Array[] = [];
    let open = true;
    while (open) {
      const length = this.#nextLength();
      if (length === null || this.#pending.length < length) break;
      const message = this.#pending.slice(0, length);
      this.#pending = this.#pending.subarray(length);
      open = this.#handle(message, batch);
    }
    if (batch.length) this.sessions.enqueue({ session: this, message: concat(batch) });
    if (!open) this.close();
  }

  /** The client went away (or asked to): nothing more of it runs, and the database is freed. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.sessions.forget(this);
    this.sessions.enqueue({ session: this, end: true });
    this.onClose();
  }

  /** @internal */
  deliver(data: Uint8Array): void {
    if (!this.#closed) this.send(data);
  }

  /** @internal The backend failed outside the protocol: the connection cannot go on. */
  fail(_error: unknown): void {
    this.close();
  }

  /**
   * @internal Follows the answer's message framing across chunks and returns the status of its
   * last ReadyForQuery ('I' idle, 'T' in a transaction, 'E' in a failed one), if it had one.
   */
  readAnswer(data: Uint8Array): number | null {
    let status: number | null = null;
    let i = 0;
    while (i < data.length) {
      if (this.#skip > 0) {
        const n = Math.min(this.#skip, data.length - i);
        if (this.#readyStatus !== null && n > 0) status = data[i + n - 1]!;
        this.#skip -= n;
        i += n;
        continue;
      }
      this.#header.push(data[i++]!);
      if (this.#header.length < 5) continue;
      const [type, a, b, c, d] = this.#header as [number, number, number, number, number];
      this.#header = [];
      this.#skip = ((a << 24) | (b << 16) | (c << 8) | d) - 4;
      this.#readyStatus = type === READY_FOR_QUERY ? 0 : null;
    }
    return status;
  }

  /** Length of the next complete-or-not message, once its length is known. */
  #nextLength(): number | null {
    const headerAt = this.#started ? 1 : 0;
    if (this.#pending.length < headerAt + 4) return null;
    const view = new DataView(this.#pending.buffer, this.#pending.byteOffset, this.#pending.byteLength);
    return headerAt + view.getInt32(headerAt);
  }

  /** Adds the message to the batch to run, or answers it; returns false once the session is over. */
  #handle(message: Uint8Array, batch: Uint8Array[]): boolean {
    if (!this.#started) {
      const code = message.length >= 8 ? new DataView(message.buffer, message.byteOffset).getInt32(4) : 0;
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        this.send(Uint8Array.of(0x4e)); // 'N': no encryption on an in-process connection
        return true;
      }
      if (code === CANCEL_REQUEST) return false; // no backend process to signal; the protocol expects no answer
      this.#started = true;
      // The startup packet has no type byte: the backend reads it alone.
      this.sessions.enqueue({ session: this, message });
      return true;
    }
    if (message[0] === TERMINATE) return false;
    batch.push(message);
    return true;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const nonEmpty = parts.filter((p) => p.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? new Uint8Array(0);
  const out = new Uint8Array(nonEmpty.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of nonEmpty) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
