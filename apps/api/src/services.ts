/** The ports every use case reaches the outside world through. Tests wire fakes here. */
import type { Logger } from "pino";
import type { Config } from "./config.js";
import type { Database } from "./db/open-database.js";

export interface Services {
  db: Database;
  config: Config;
  log: Logger;
  /** The current time; tests move it. */
  now(): Date;
}
