/**
 * Several PostgreSQL wire-protocol sessions over one PGlite, which has a single backend and so a
 * single session. A session holds the database from the first message of a unit of work until the
 * backend says ReadyForQuery with status idle: the end of a simple query or of a Parse…Sync
 * sequence, or, when a transaction was opened, of that transaction. Meanwhile the other sessions'
 * messages wait in arrival order, so no transaction, and no unnamed statement or portal, is ever
 * interleaved with another session's. A session that goes away in the middle is closed for it:
 * its unit is ended and its transaction rolled back before anyone else runs.
 *
 * A transaction's BEGIN, sent alone as a simple query, is answered at once and run with the
 * transaction's first statement: the session takes the database when it has work for it, not
 * while its client prepares that statement (on a busy server, the wait for its turn on the
 * event loop), and the database's thread is crossed once for both.
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
const BEGIN = simpleQuery("BEGIN");
/** What the backend answers a BEGIN: CommandComplete "BEGIN", then ReadyForQuery in a transaction. */
const BEGUN = concat([commandComplete("BEGIN"), Uint8Array.of(READY_FOR_QUERY, 0, 0, 0, 5, 0x54)]);

function simpleQuery(sql: string): Uint8Array {
  return textMessage(0x51, sql); // 'Q'
}

function commandComplete(tag: string): Uint8Array {
  return textMessage(0x43, tag); // 'C'
}

/** A wire message whose body is one NUL-terminated string. */
function textMessage(type: number, body: string): Uint8Array {
  const text = new TextEncoder().encode(`${body}\0`);
  const message = new Uint8Array(5 + text.length);
  message[0] = type;
  new DataView(message.buffer).setInt32(1, 4 + text.length);
  message.set(text, 5);
  return message;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** The answer after its first ReadyForQuery: what follows the answer to a deferred BEGIN. */
function afterFirstReady(data: Uint8Array): Uint8Array {
  let at = 0;
  while (at + 5 <= data.length) {
    const type = data[at]!;
    const end = at + 1 + new DataView(data.buffer, data.byteOffset + at + 1, 4).getInt32(0);
    if (type === READY_FOR_QUERY) return data.subarray(end);
    at = end;
  }
  return data.subarray(data.length);
}

type Item = { session: Session; message: Uint8Array; begun?: boolean } | { session: Session; end: true } | { task: () => Promise<void> };

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
        else await this.#run(item.session, item.message, item.begun ?? false);
      }
    } finally {
      this.#draining = false;
    }
  }

  /** Runs a session's messages; `begun`: they start with a BEGIN the client was already answered. */
  async #run(session: Session, message: Uint8Array, begun: boolean): Promise<void> {
    this.#owner = session;
    const answer: Uint8Array[] = [];
    try {
      await this.backend.execProtocolRawStream(message, { onRawData: (data) => answer.push(data.slice()) });
    } catch (error) {
      session.fail(error);
      return;
    }
    const data = begun ? afterFirstReady(concat(answer)) : concat(answer);
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
  /** A BEGIN answered already, to run before this session's next messages. */
  #begin = false;

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
    if (open && !this.#begin && batch.length === 1 && this.#pending.length === 0 && sameBytes(batch[0]!, BEGIN)) {
      this.#begin = true;
      this.send(BEGUN.slice());
      return;
    }
    if (batch.length) {
      const begun = this.#begin;
      this.#begin = false;
      this.sessions.enqueue({ session: this, message: concat(begun ? [BEGIN, ...batch] : batch), begun });
    }
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
