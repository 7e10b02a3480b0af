/** The API calls of the bakery's screens, each answer checked against the domain's schemas. */
import { BakeryProductSchema, BakeryRoundSchema, BreadDaySchema } from "@tournee/domain";
import * as z from "zod/mini";
import { api } from "../api/client";

export const bakeryApi = {
  /** Bread ordered from `from` to `to` included, per day, round, halt and product. */
  bread: (from: string, to: string) => api.get(`/api/bread?${new URLSearchParams({ from, to }).toString()}`, (b) => z.array(BreadDaySchema).parse(b)),
  rounds: () => api.get("/api/bakery/rounds", (b) => z.array(BakeryRoundSchema).parse(b)),
  catalogue: () => api.get("/api/bakery/catalogue", (b) => z.array(BakeryProductSchema).parse(b)),
};

/** The printable production sheet of a day, and the same as a spreadsheet. */
export const productionSheet = (date: string) => `/api/bakery-production?date=${date}`;
export const productionCsv = (date: string) => `/api/bakery-production.csv?date=${date}`;
