import type { CreditClaim, CreditStatement, LedgerOverview } from "@tournee/domain";
import { Journal } from "@tournee/ledger";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLedgerWorld, LEDGER_WORLD as L } from "../../test-support/ledger-world.js";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";
import { signedUnitsInFrench } from "../../use-cases/ledger/statement-sheet.js";

let app: TestApp;
let world: World;
let coordA: TestClient;
let coordB: TestClient;
let admin: TestClient;
let keys = 0;
const key = () => `test-key-${String(++keys).padStart(6, "0")}`;

beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app.db.prisma);
  await buildLedgerWorld(app.db.prisma, world);
  coordA = await app.client().login(world.users.coordA.email, PASSWORD);
  coordB = await app.client().login(world.users.coordB.email, PASSWORD);
  admin = await app.client().login(world.users.admin.email, PASSWORD);
});
afterAll(() => app.close());

const balances = async () => Object.fromEntries((await app.db.prisma.creditAccount.findMany({ where: { networkId: L.network } })).map((a) => [a.id, a.balance]));
const claim = (client: TestClient, amount: number, extra: Record<string, unknown> = {}) =>
  client.post<CreditClaim>("/api/ledger/claims", { key: key(), creditorAccountId: L.accountA, debtorAccountId: L.accountB, amount, description: "Pain porté à la halte de Saint-Pardoux", serviceDate: "2026-03-11", ...extra });

describe("mutual credit between two partners", () => {
  it("posts a claim once the other member accepts it, and both see it in their own words", async () => {
    const before = await balances();
    const recorded = await claim(coordA, 7);
    expect(recorded.status).toBe(201);
    const seenByB = (await coordB.get<LedgerOverview>("/api/ledger")).body.accounts[0]!;
    expect(seenByB.toDecide.map((c) => c.id)).toContain(recorded.body.id);
    expect(seenByB.members.map((m) => [m.organisationName, m.balance])).toEqual([[expect.any(String), null]]);
    expect(await balances()).toEqual(before);

    expect((await coordB.post(`/api/ledger/claims/${recorded.body.id}/accept`)).status).toBe(200);
    const after = await balances();
    expect(after[L.accountA]).toBe(before[L.accountA]! + 7);
    expect(after[L.accountB]).toBe(before[L.accountB]! - 7);
    const statement = (await coordB.get<CreditStatement>(`/api/ledger/accounts/${L.accountB}/statement?month=${app.clock.now.toISOString().slice(0, 7)}`)).body;
    expect(statement.lines.at(-1)).toMatchObject({ change: -7, description: "Pain porté à la halte de Saint-Pardoux", serviceDate: "2026-03-11", balanceAfter: after[L.accountB], canReverse: false });
  });

  it("answers a repeated request with the claim already recorded, and refuses the key for another claim", async () => {
    const body = { key: key(), creditorAccountId: L.accountA, debtorAccountId: L.accountB, amount: 4, description: "Salle prêtée", serviceDate: "2026-03-12" };
    const first = await coordA.post<CreditClaim>("/api/ledger/claims", body);
    const again = await coordA.post<CreditClaim>("/api/ledger/claims", body);
    expect([first.status, again.status, again.body.id]).toEqual([201, 200, first.body.id]);
    const other = await coordA.post<{ code: string }>("/api/ledger/claims", { ...body, amount: 5 });
    expect([other.status, other.body.code]).toEqual([409, "conflict"]);
  });

  it("posts once when the same claim is accepted twice at the same time", async () => {
    const recorded = await claim(coordA, 3);
    const statuses = (await Promise.all([coordB, coordB, admin].map((c) => c.post(`/api/ledger/claims/${recorded.body.id}/accept`)))).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    expect(await app.db.prisma.creditEntry.count({ where: { key: `claim:${recorded.body.id}` } })).toBe(1);
  });

  it("refuses a claim beyond the debtor's credit limit, saying what it may still spend, and a bad amount naming the field", async () => {
    const overview = (await coordB.get<LedgerOverview>("/api/ledger")).body.accounts[0]!;
    const tooMuch = await claim(coordA, overview.available + 1);
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body).toMatchObject({ code: "credit_limit_reached", detail: expect.stringContaining(String(overview.available)) });
    const fraction = await claim(coordA, 2.5);
    expect(fraction.status).toBe(400);
    expect(fraction.body).toMatchObject({ code: "validation_failed", errors: [expect.objectContaining({ path: "amount" })] });
  });

  it("disputes with a reason and withdraws, posting nothing", async () => {
    const before = await balances();
    const disputed = await claim(coordA, 2);
    const answer = await coordB.post<CreditClaim>(`/api/ledger/claims/${disputed.body.id}/dispute`, { reason: "Pas de livraison ce jour-là" });
    expect(answer.body).toMatchObject({ status: "disputed", disputeReason: "Pas de livraison ce jour-là" });
    expect((await coordA.get<LedgerOverview>("/api/ledger")).body.accounts[0]!.sent.find((c) => c.id === disputed.body.id)?.status).toBe("disputed");
    expect((await coordA.post(`/api/ledger/claims/${disputed.body.id}/withdraw`)).status).toBe(200);
    expect((await coordB.post(`/api/ledger/claims/${disputed.body.id}/accept`)).status).toBe(409);
    expect(await balances()).toEqual(before);
  });

  it("corrects by a counter-entry the credited member posts, once; entries are never changed", async () => {
    const recorded = await claim(coordA, 6);
    await coordB.post(`/api/ledger/claims/${recorded.body.id}/accept`);
    const entry = await app.db.prisma.creditEntry.findUniqueOrThrow({ where: { networkId_key: { networkId: L.network, key: `claim:${recorded.body.id}` } } });
    const before = await balances();
    expect((await coordB.post(`/api/ledger/entries/${entry.id}/reverse`, { key: key(), reason: "Erreur" })).status).toBe(403);
    expect((await coordA.post(`/api/ledger/entries/${entry.id}/reverse`, { key: key(), reason: "Compté deux fois" })).status).toBe(201);
    expect((await coordA.post(`/api/ledger/entries/${entry.id}/reverse`, { key: key(), reason: "Encore" })).status).toBe(409);
    const after = await balances();
    expect(after[L.accountA]).toBe(before[L.accountA]! - 6);
    await expect(app.db.prisma.creditEntry.update({ where: { id: entry.id }, data: { amount: 1 } })).rejects.toThrow();
    await expect(app.db.prisma.creditEntry.delete({ where: { id: entry.id } })).rejects.toThrow();
  });
});

describe("the statement for the accountant", () => {
  it("is a French CSV with the month's entries and balances, formulas neutralised", async () => {
    await claim(coordA, 2, { description: "=HYPERLINK(\"x\")" }).then((r) => coordB.post(`/api/ledger/claims/${r.body.id}/accept`));
    const month = app.clock.now.toISOString().slice(0, 7);
    const res = await coordB.request("GET", `/api/ledger/accounts/${L.accountB}/statement.csv?month=${month}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = res.text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Date du service;Partenaire;Sens;Service;Montant (sous);Solde après (sous);Écriture annulée");
    expect(lines[1]).toMatch(/^;;;Solde au 01\/\d\d\/20\d\d;;-?\d+;$/);
    expect(res.text).toContain("'=HYPERLINK");
    expect(res.text).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    expect(lines.at(-1)).toMatch(/^;;;Solde en fin de mois;;-?\d+;$/);
  });
});

describe("the printable statement (saved as PDF from the browser)", () => {
  it("is one French A4 page: dates in words, signed amounts in the network's unit, both balances, nothing in ISO form", async () => {
    await claim(coordA, 9, { description: "Salle des fêtes <prêtée>", serviceDate: "2026-03-14" }).then((r) => coordB.post(`/api/ledger/claims/${r.body.id}/accept`));
    const month = app.clock.now.toISOString().slice(0, 7);
    const statement = (await coordB.get<CreditStatement>(`/api/ledger/accounts/${L.accountB}/statement?month=${month}`)).body;
    const res = await coordB.request("GET", `/api/ledger/accounts/${L.accountB}/statement/sheet?month=${month}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.text).toContain("@page { size: A4");
    expect(res.text).toContain("14 mars 2026");
    expect(res.text).toContain("Salle des fêtes &lt;prêtée&gt;");
    expect(res.text).toContain("−\u00a09\u00a0sous");
    expect(res.text).toContain(`Solde au 1<sup>er</sup>`);
    expect(res.text).toMatch(new RegExp(`Solde au \\d+(er)? \\p{L}+ 20\\d\\d</td><td class="n">${signedUnitsInFrench(statement.closing, statement.network)}</td>`, "u"));
    expect(res.text).not.toMatch(/\b20\d\d-\d\d(-\d\d)?\b/);
    expect((await coordA.request("GET", `/api/ledger/accounts/${L.accountB}/statement/sheet?month=${month}`)).status).toBe(404);
    expect((await coordB.request("GET", `/api/ledger/accounts/${L.accountB}/statement/sheet?month=mars`)).status).toBe(400);
  });
});

describe("the database's second wall", () => {
  it("refuses an entry beyond a limit and balances that do not sum to zero, whatever writes them", async () => {
    const { creditLimit } = await app.db.prisma.creditAccount.findUniqueOrThrow({ where: { id: L.accountB } });
    const before = await balances();
    await expect(app.db.prisma.creditEntry.create({
      data: { networkId: L.network, key: key(), payerAccountId: L.accountB, payeeAccountId: L.accountA, amount: creditLimit + before[L.accountB]! + 1, description: "Trop", serviceDate: new Date("2026-03-10T00:00:00Z") },
    })).rejects.toThrow();
    await expect(app.db.prisma.creditAccount.update({ where: { id: L.accountA }, data: { balance: { increment: 1 } } })).rejects.toThrow();
    expect(await balances()).toEqual(before);
  });
});

describe("random claims, acceptances and corrections", () => {
  it("keep the stored balances equal to the reference journal's, summing to zero within limits", async () => {
    const orgs = [world.org.groceryA, world.org.groceryB, world.org.ccas];
    const op = fc.oneof(
      fc.record({ kind: fc.constant("claim" as const), creditor: fc.nat(2), debtor: fc.nat(2), amount: fc.integer({ min: 1, max: 90 }), accept: fc.boolean() }),
      fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat() }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const network = await app.db.prisma.creditNetwork.create({ data: { name: `Réseau ${++run}`, unitName: "sou", unitPlural: "sous" } });
        const accounts = await Promise.all(orgs.map((organisationId) => app.db.prisma.creditAccount.create({ data: { networkId: network.id, organisationId, creditLimit: 100, ceiling: 150 } })));
        const model = new Journal();
        for (const a of accounts) model.open(a.id, { creditLimit: 100, ceiling: 150 });
        const posted: { id: string; seq: number }[] = [];
        for (const o of ops) {
          if (o.kind === "claim") {
            const body = { key: key(), creditorAccountId: accounts[o.creditor]!.id, debtorAccountId: accounts[o.debtor]!.id, amount: o.amount, description: "Service rendu", serviceDate: "2026-03-10" };
            const res = await admin.post<CreditClaim>("/api/ledger/claims", body);
            if (res.status !== 201 || !o.accept) continue;
            const accepted = await admin.post(`/api/ledger/claims/${res.body.id}/accept`);
            const expected = model.transfer({ key: body.key, payer: body.debtorAccountId, payee: body.creditorAccountId, amount: o.amount });
            expect(accepted.status === 200).toBe(expected.ok);
            if (expected.ok) posted.push({ id: (await app.db.prisma.creditClaim.findUniqueOrThrow({ where: { id: res.body.id } })).entryId!, seq: expected.entry.seq });
          } else if (posted.length) {
            const target = posted[o.pick % posted.length]!;
            const res = await admin.post(`/api/ledger/entries/${target.id}/reverse`, { key: key(), reason: "Correction" });
            const expected = model.reverse({ key: `r-${target.id}-${keys}`, seq: target.seq });
            expect(res.status === 201).toBe(expected.ok);
          }
        }
        const stored = await app.db.prisma.creditAccount.findMany({ where: { networkId: network.id } });
        expect(stored.reduce((s, a) => s + a.balance, 0)).toBe(0);
        for (const a of stored) expect(a.balance).toBe(model.balance(a.id));
      }),
      { numRuns: 12 },
    );
  });
});
