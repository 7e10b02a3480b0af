import type { CommuneStats, HostedHalt, Stop } from "@tournee/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, type TestClient } from "../../test-support/test-app.js";
import { buildWorld, PASSWORD, type World } from "../../test-support/world.js";

let app: TestApp;
let world: World;
let coordA: TestClient;
let relay: TestClient;
let referrer: TestClient;
let townHall: string;
let halt: Stop;

/** A Tuesday in May 2026: the statistics' six months run from December 2025. */
const NOW = new Date("2026-05-05T08:00:00Z");
const day = (date: string, hhmm: string) => new Date(`${date}T${hhmm}:00+02:00`);

beforeAll(async () => {
  app = await startTestApp();
  app.clock.now = NOW;
  world = await buildWorld(app.db.prisma);
  townHall = (await app.db.prisma.organisation.findUniqueOrThrow({ where: { slug: "town-hall" } })).id;
  coordA = await app.client().login(world.users.coordA.email, PASSWORD);
  relay = await app.client().login(world.users.relay.email, PASSWORD);
  referrer = await app.client().login(world.users.referrer.email, PASSWORD);
  const created = await coordA.post<Stop>("/api/stops", { organisationId: world.org.groceryA, name: "Place du marché", addressLine: "Le Bourg", city: "Ahun", postcode: "23150", latitude: 46.08, longitude: 2.04 });
  halt = created.body;
});
afterAll(() => app.close());

describe("a halt's host", () => {
  it("is set on the halt by its coordinator, with the room or square it lends", async () => {
    const res = await coordA.patch<Stop>(`/api/stops/${halt.id}`, { hostOrganisationId: townHall, hostPlace: "Salle des fêtes" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ hostOrganisationId: townHall, hostPlace: "Salle des fêtes" });
    const hosts = await coordA.get<{ id: string; name: string }[]>("/api/halt-hosts");
    expect(hosts.body.map((h) => h.id).sort()).toEqual([townHall, world.org.ccas].sort());
  });

  it("says what is wrong with a host, and changes nothing", async () => {
    const notPartner = await coordA.patch<{ errors: { path: string; message: string }[] }>(`/api/stops/${halt.id}`, { hostOrganisationId: world.org.groceryB });
    expect(notPartner.status).toBe(400);
    expect(notPartner.body.errors[0]).toMatchObject({ path: "hostOrganisationId", message: expect.stringMatching(/not a partner/) });
    const unknown = await coordA.patch<{ errors: { path: string }[] }>(`/api/stops/${halt.id}`, { hostOrganisationId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.body.errors[0]!.path).toBe("hostOrganisationId");
    const emptyPlace = await coordA.patch<{ errors: { path: string }[] }>(`/api/stops/${halt.id}`, { hostPlace: " " });
    expect(emptyPlace.status).toBe(400);
    expect(emptyPlace.body.errors[0]!.path).toBe("hostPlace");
    const door = await coordA.post<{ errors: { path: string }[] }>("/api/stops", { organisationId: world.org.groceryA, kind: "home_drop", householdId: world.households.other, name: "Chez Other", city: "Ahun", latitude: 46.1, longitude: 2.0, hostOrganisationId: townHall });
    expect(door.status).toBe(400);
    expect(door.body.errors[0]!.path).toBe("hostOrganisationId");
    const placeAlone = await coordA.post<{ errors: { path: string }[] }>("/api/stops", { organisationId: world.org.groceryA, name: "Lavoir", city: "Ahun", latitude: 46.1, longitude: 2.0, hostPlace: "Préau" });
    expect(placeAlone.body.errors[0]!.path).toBe("hostOrganisationId");
    const kept = await app.db.prisma.stop.findUniqueOrThrow({ where: { id: halt.id } });
    expect([kept.hostOrganisationId, kept.hostPlace]).toEqual([townHall, "Salle des fêtes"]);
  });
});

describe("the host's timetable", () => {
  beforeAll(async () => {
    const template = await app.db.prisma.tourTemplate.create({ data: { organisationId: world.org.groceryA, name: "Tournée du jeudi", weekday: 4, startDate: new Date("2026-01-01T00:00:00Z"), departureMinute: 480 } });
    await app.db.prisma.tourTemplateHalt.create({ data: { templateId: template.id, stopId: halt.id, sequence: 0, arrivalMinute: 600, dwellMinutes: 30 } });
    await app.db.prisma.tourTemplateException.create({ data: { templateId: template.id, date: new Date("2026-05-14T00:00:00Z"), reason: "Ascension" } });
    // The next Thursday is already planned, a little later than usual.
    await app.db.prisma.passage.create({ data: { organisationId: world.org.groceryA, stopId: halt.id, templateId: template.id, date: new Date("2026-05-07T00:00:00Z"), windowStart: day("2026-05-07", "10:20"), windowEnd: day("2026-05-07", "10:50"), cutoffAt: day("2026-05-06", "18:00") } });
    // A halt the CCAS hosts, in another commune: not the town hall's.
    const other = await app.db.prisma.stop.create({ data: { organisationId: world.org.groceryA, kind: "halt", name: "Parvis", city: "Sardent", latitude: 46.05, longitude: 1.98, hostOrganisationId: world.org.ccas } });
    await app.db.prisma.tourTemplateHalt.create({ data: { templateId: template.id, stopId: other.id, sequence: 1, arrivalMinute: 660, dwellMinutes: 20 } });
  });

  it("shows a host only its halts, with the coming dates: the planned ones, then the round's usual times", async () => {
    const res = await relay.get<HostedHalt[]>("/api/hosted-halts");
    expect(res.status).toBe(200);
    expect(res.body.map((h) => h.name)).toEqual(["Place du marché"]);
    const [hosted] = res.body;
    expect(hosted).toMatchObject({ commune: "ahun", hostPlace: "Salle des fêtes", organisation: { id: world.org.groceryA } });
    expect(hosted!.dates.map((d) => d.date)).toEqual(["2026-05-07", "2026-05-21", "2026-05-28", "2026-06-04", "2026-06-11"]);
    expect(hosted!.dates[0]).toMatchObject({ windowStart: "2026-05-07T08:20:00.000Z", fromTimetable: false, round: "Tournée du jeudi" });
    expect(hosted!.dates[1]).toMatchObject({ windowStart: "2026-05-21T08:00:00.000Z", windowEnd: "2026-05-21T08:30:00.000Z", fromTimetable: true });
    expect((await referrer.get("/api/hosted-halts")).status).toBe(403);
  });

  it("takes the phone to order by from the administrator, as people read it, and refuses a special-rate number", async () => {
    const admin = await app.client().login(world.users.admin.email, PASSWORD);
    const wrong = await admin.patch<{ errors: { path: string; message: string }[] }>(`/api/admin/organisations/${world.org.groceryA}`, { phone: "08 99 00 20 00" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ path: "phone", message: expect.stringMatching(/phone number/) });
    const saved = await admin.patch<{ phone: string }>(`/api/admin/organisations/${world.org.groceryA}`, { phone: "+33 1 99 00 20 00" });
    expect(saved.body.phone).toBe("01 99 00 20 00");
  });

  it("answers the commune's public page without sign-in, with the rounds, places, dates and how to order, and nothing personal", async () => {
    await app.db.prisma.household.update({ where: { id: world.households.other }, data: { city: "Ahun" } });
    const res = await app.client().get("/communes/ahun?fbclid=abc");
    expect(res.status).toBe(200);
    expect(res.text).toContain("Le camion passe à Ahun");
    expect(res.text).toContain("Place du marché, Le Bourg");
    expect(res.text).toContain("Salle des fêtes");
    expect(res.text).toContain("jeudi 7 mai</strong>, de 10:20 à 10:50");
    expect(res.text).toContain("01 99 00 20 00");
    expect(res.text).toContain("la veille du passage, avant");
    expect(res.text).toMatch(/Sur internet : <a href="http:\/\/(127\.0\.0\.1|localhost):\d+">/);
    expect(res.text).not.toMatch(/2026-0\d-\d\d/);
    for (const secret of ["Referred", "Delegated", "Own", "Other", "InB", "notes of", "@world.test", "driverA1", "coordA"]) expect(res.text).not.toContain(secret);
    const unknown = await app.client().get("/communes/nulle-part");
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain("Aucune halte");
    // Typed with capitals or accents, the address leads to the commune's own.
    const typed = await app.client().get("/communes/Ah%C3%BAn");
    expect([typed.status, typed.headers.get("location")]).toEqual([301, "/communes/ahun"]);
  });
});

describe("figures per commune", () => {
  beforeAll(async () => {
    const prisma = app.db.prisma;
    const deliver = async (date: string, households: number, status: "delivered" | "not_collected" = "delivered") => {
      const passage = await prisma.passage.create({ data: { organisationId: world.org.groceryA, stopId: halt.id, date: new Date(`${date}T00:00:00Z`), windowStart: day(date, "10:00"), windowEnd: day(date, "10:30"), cutoffAt: day(date, "08:00"), outcome: "visited" } });
      for (let i = 0; i < households; i++) {
        const household = await prisma.household.create({ data: { organisationId: world.org.groceryA, name: `Foyer ${date} ${i}`, addressLine: "Le Bourg", postcode: "23150", city: "Ahun", latitude: 46.08, longitude: 2.04 } });
        await prisma.order.create({ data: { organisationId: world.org.groceryA, householdId: household.id, passageId: passage.id, status, channel: "phone", enteredById: world.users.coordA.id, cutoffAt: passage.cutoffAt, totalCents: 500, referenceTotalCents: 500 } });
      }
    };
    // March: six passages, one household each (six in all); April: two passages, three households, one not collected.
    for (const date of ["2026-03-03", "2026-03-10", "2026-03-17", "2026-03-24", "2026-03-31", "2026-03-05"]) await deliver(date, 1);
    await deliver("2026-04-07", 2);
    await deliver("2026-04-14", 1, "not_collected");
  });

  const ahun = (stats: CommuneStats[]) => stats.find((c) => c.commune === "ahun")!;

  it("counts households served, passages and deliveries per month, and never shows fewer than five", async () => {
    const res = await coordA.get<CommuneStats[]>("/api/commune-stats");
    expect(res.status).toBe(200);
    const months = ahun(res.body).months;
    expect(months.map((m) => m.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    expect(months[3]).toEqual({ month: "2026-03", households: 6, passages: 6, deliveries: 6 });
    expect(months[4]).toEqual({ month: "2026-04", households: null, passages: null, deliveries: null });
    for (const m of res.body.flatMap((c) => c.months)) for (const n of [m.households, m.passages, m.deliveries]) expect(n === null || n >= 5).toBe(true);
  });

  it("writes '< 5' in the funders' CSV, never the small count", async () => {
    const res = await coordA.get("/api/commune-stats.csv");
    expect(res.status).toBe(200);
    const lines = res.text.split("\r\n");
    expect(lines[0]!.replace(/^\uFEFF/, "")).toBe("Commune;Mois;Foyers servis;Passages;Livraisons");
    expect(lines).toContain("Ahun;mars 2026;6;6;6");
    expect(lines).toContain("Ahun;avril 2026;< 5;< 5;< 5");
    for (const line of lines.slice(1, -1)) expect(line.split(";").slice(2).every((cell) => cell === "< 5" || Number(cell) >= 5), line).toBe(true);
  });

  it("gives a town hall the figures of the communes whose halts it hosts, and no other", async () => {
    const res = await relay.get<CommuneStats[]>("/api/hosted-halts/stats?months=3");
    expect(res.status).toBe(200);
    expect(res.body.map((c) => c.commune)).toEqual(["ahun"]);
    expect(ahun(res.body).months).toEqual([
      { month: "2026-03", households: 6, passages: 6, deliveries: 6 },
      { month: "2026-04", households: null, passages: null, deliveries: null },
      { month: "2026-05", households: null, passages: null, deliveries: null },
    ]);
    const bad = await relay.get<{ errors: { path: string }[] }>("/api/hosted-halts/stats?months=40");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]!.path).toBe("months");
  });
});

describe("communes by INSEE code", () => {
  it("gathers halts typed under another name by their INSEE code, and falls back on the name where a halt has none", async () => {
    const prisma = app.db.prisma;
    const bad = await coordA.patch<{ errors: { path: string }[] }>(`/api/stops/${halt.id}`, { citycode: "2300" });
    expect([bad.status, bad.body.errors[0]!.path]).toEqual([400, "citycode"]);
    expect((await coordA.patch<Stop>(`/api/stops/${halt.id}`, { citycode: "23001" })).body.citycode).toBe("23001");
    // The same commune, typed by hand another way: only its code says it is Ahun.
    const typed = await coordA.post<Stop>("/api/stops", { organisationId: world.org.groceryA, name: "Salle polyvalente", city: "Ahun (Creuse)", citycode: "23001", latitude: 46.09, longitude: 2.05 });
    expect(typed.status).toBe(201);
    // No code, but the name of a commune whose code is known: the fallback joins it.
    const noCode = await prisma.stop.create({ data: { organisationId: world.org.groceryA, kind: "halt", name: "Lavoir", city: "AHUN", latitude: 46.07, longitude: 2.03 } });
    for (const [stopId, dates] of [[typed.body.id, ["2026-05-01", "2026-05-02", "2026-05-03"]], [noCode.id, ["2026-05-04", "2026-05-05"]]] as const) {
      for (const date of dates) {
        const passage = await prisma.passage.create({ data: { organisationId: world.org.groceryA, stopId, date: new Date(`${date}T00:00:00Z`), windowStart: day(date, "10:00"), windowEnd: day(date, "10:30"), cutoffAt: day(date, "08:00"), outcome: "visited" } });
        const household = await prisma.household.create({ data: { organisationId: world.org.groceryA, name: `Foyer ${date}`, addressLine: "Le Bourg", postcode: "23150", city: "Ahun", citycode: "23001", latitude: 46.08, longitude: 2.04 } });
        await prisma.order.create({ data: { organisationId: world.org.groceryA, householdId: household.id, passageId: passage.id, status: "delivered", channel: "phone", enteredById: world.users.coordA.id, cutoffAt: passage.cutoffAt, totalCents: 500, referenceTotalCents: 500 } });
      }
    }
    const stats = (await coordA.get<CommuneStats[]>("/api/commune-stats")).body;
    expect(stats.filter((c) => /ahun/.test(c.commune)).map((c) => c.commune)).toEqual(["23001-ahun"]);
    expect(stats.find((c) => c.commune === "23001-ahun")!.months.at(-1)).toEqual({ month: "2026-05", households: 5, passages: 5, deliveries: 5 });
    // The town hall hosts the first halt only, and reads the whole commune.
    expect((await relay.get<CommuneStats[]>("/api/hosted-halts/stats?months=1")).body).toEqual([{ commune: "23001-ahun", city: "Ahun", months: [{ month: "2026-05", households: 5, passages: 5, deliveries: 5 }] }]);
    expect((await relay.get<HostedHalt[]>("/api/hosted-halts")).body.map((h) => h.commune)).toEqual(["23001-ahun"]);
    await prisma.passage.create({ data: { organisationId: world.org.groceryA, stopId: typed.body.id, date: new Date("2026-05-12T00:00:00Z"), windowStart: day("2026-05-12", "11:00"), windowEnd: day("2026-05-12", "11:20"), cutoffAt: day("2026-05-11", "18:00") } });
    // The address is the INSEE code with the name to read: an old link by name, or by the code with
    // a name since changed, leads to it.
    for (const old of ["/communes/ahun", "/communes/23001", "/communes/23001-ahun-creuse"]) {
      const moved = await app.client().get(old);
      expect([old, moved.status, moved.headers.get("location")]).toEqual([old, 301, "/communes/23001-ahun"]);
    }
    expect((await app.client().get("/communes/23002-ahun")).status).toBe(404);
    const page = await app.client().get("/communes/23001-ahun");
    expect(page.text).toContain("Le camion passe à Ahun");
    expect(page.text).toContain("Salle polyvalente</h3><ul><li><strong>mardi 12 mai</strong>");

    // A commune typed again without its code is no longer known by the code.
    expect((await coordA.patch<Stop>(`/api/stops/${typed.body.id}`, { city: "Lupersat" })).body.citycode).toBeNull();
  });
});
