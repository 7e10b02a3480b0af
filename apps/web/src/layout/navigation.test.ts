import { describe, expect, it } from "vitest";
import { rolesOf } from "../auth/roles";
import { landingPath, navFor, type NavItem } from "./navigation";

const membership = (role: "driver" | "coordinator" | "resident") => ({
  organisationId: "6f1c2b9e-0000-4000-8000-000000000001",
  organisationName: "Épicerie du Causse",
  organisationKind: "social_grocery" as const,
  role,
});

describe("role-aware navigation", () => {
  const items: NavItem[] = [
    { to: "/tournee", labelKey: "nav.round", roles: ["driver"] },
    { to: "/planning", labelKey: "nav.planning", roles: ["coordinator", "admin"] },
    { to: "/compte", labelKey: "nav.account", roles: ["driver", "coordinator", "admin", "resident"] },
  ];

  it("lists only the screens a person's roles may use", () => {
    expect(navFor(["driver"], items).map((i) => i.to)).toEqual(["/tournee", "/compte"]);
    expect(navFor(["resident"], items).map((i) => i.to)).toEqual(["/compte"]);
    expect(navFor(["relay"], items)).toEqual([]);
  });

  it("shows a town hall's halts to its relay account, not to a relative ordering for a household", () => {
    const townHall = { organisationId: "6f1c2b9e-0000-4000-8000-000000000002", organisationName: "Mairie", organisationKind: "partner" as const, role: "relay" as const };
    expect(navFor(["relay"], undefined, null, [townHall]).map((i) => i.to)).toContain("/mairie/haltes");
    const relative = rolesOf({ memberships: [membership("resident")], households: [{ id: "6f1c2b9e-0000-4000-8000-000000000003", name: "Mme Roux", relation: "delegated" as const }] });
    expect(navFor(relative, undefined, null, [membership("resident")]).map((i) => i.to)).toEqual(["/accueil", "/relais", "/mes-messages", "/compte"]);
  });

  it("lands each person on their first screen, and on the account page when nothing else exists", () => {
    expect(landingPath(["coordinator", "driver"], items)).toBe("/tournee");
    expect(landingPath(["relay"], items)).toBe("/compte");
    expect(landingPath(["referrer"])).toBe("/orientation/foyers");
    expect(landingPath(["relay"])).toBe("/relais");
    expect(landingPath(["resident"])).toBe("/accueil");
    expect(landingPath(["coordinator"], undefined, "social_grocery")).toBe("/coordination/semaine");
    expect(landingPath(["coordinator"], undefined, "solidarity_bakery")).toBe("/boulangerie/semaine");
    expect(landingPath(["admin"], undefined, "social_grocery")).toBe("/admin/organisations");
    expect(landingPath(["driver"])).toBe("/tournee");
  });

  it("shows a bakery's coordinator a bakery's menu, and its home portage, never the grocery's", () => {
    const bakery = navFor(["coordinator"], undefined, "solidarity_bakery").map((i) => i.to);
    expect(bakery).toContain("/boulangerie/production");
    expect(bakery).toContain("/coordination/planification");
    expect(bakery).not.toContain("/coordination/semaine");
    expect(bakery).not.toContain("/coordination/catalogue");
    expect(navFor(["coordinator"], undefined, "social_grocery").map((i) => i.to)).not.toContain("/boulangerie/production");
    expect(navFor(["coordinator"], undefined, "social_grocery").map((i) => i.to)).toContain("/coordination/orientations");
    expect(bakery).not.toContain("/coordination/orientations");
    // A referrer's portal is theirs whatever organisation a console would show; never the console's lists.
    expect(navFor(["referrer"], undefined, "solidarity_bakery").map((i) => i.to)).toEqual(["/orientation/foyers", "/orientation/demandes", "/orientation/orienter", "/compte"]);
  });

  it("gathers roles across organisations without repeats, in the vocabulary's order", () => {
    const user = { memberships: [membership("driver"), membership("coordinator"), membership("driver")], households: [] };
    expect(rolesOf(user)).toEqual(["coordinator", "driver"]);
  });

  it("counts a person with their own household as a resident, and one with delegations as a relay", () => {
    const own = { id: "a0000000-0000-4000-8000-000000000001", name: "Famille Mazeau", relation: "own" as const };
    const delegated = { id: "a0000000-0000-4000-8000-000000000002", name: "Mme Brunet", relation: "delegated" as const };
    expect(rolesOf({ memberships: [], households: [own] })).toEqual(["resident"]);
    expect(rolesOf({ memberships: [membership("resident")], households: [own, delegated] })).toEqual(["resident", "relay"]);
    expect(navFor(rolesOf({ memberships: [], households: [own] })).map((i) => i.to)).toEqual(["/accueil", "/mes-messages", "/compte"]);
  });
});
