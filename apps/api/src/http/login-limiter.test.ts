import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginLimiter } from "./login-limiter.js";

/** A sign-in endpoint that only knows the code 1111 2222, behind the limiter and one trusted proxy hop. */
let url: string;
let close: () => void;
beforeAll(async () => {
  const app = express();
  app.set("trust proxy", 1);
  app.use(express.json());
  app.use("/login-code", loginLimiter({ perAddress: 100, perAddressAndAccount: 100, perCodePrefix: 3, windowMs: 60_000 }));
  app.post("/login-code", (req, res) => void res.status((req.body as { code: string }).code.replace(" ", "") === "11112222" ? 200 : 401).end());
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/login-code`;
  close = () => server.close();
});
afterAll(() => close());

const attempt = async (code: string, from: string) =>
  (await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": from }, body: JSON.stringify({ code }) })).status;

describe("code sign-in limits per code prefix", () => {
  it("slow down guesses of one range of codes spread over many addresses, and no other range", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await attempt(`1111 000${i}`, `198.51.100.${i + 1}`));
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await attempt("1111 2222", "198.51.100.77")).toBe(429);
    expect(await attempt("2222 0000", "198.51.100.1")).toBe(401);
  });
});
