import { describe, expect, it } from "vitest";
import { communeAddress, communeKeys, communeOfAddress, communeSlug, placeCommuneAddress } from "./communes.js";

describe("communeKeys", () => {
  it("puts places with one INSEE code in one commune whatever their names, and two homonyms with two codes apart", () => {
    const keys = communeKeys([
      { id: "a", city: "Saint-Maixant", citycode: "23210" },
      { id: "b", city: "St Maixant", citycode: "23210" },
      { id: "c", city: "Saint-Maixant", citycode: "33405" },
    ]);
    expect(keys.get("a")).toBe(keys.get("b"));
    expect(keys.get("a")).not.toBe(keys.get("c"));
  });

  it("falls back on the name: a place without a code joins the code its name has, or stays by its name when the name has none or several", () => {
    const keys = communeKeys([
      { id: "halt", city: "Bellegarde-en-Marche", citycode: "23020" },
      { id: "typed", city: "bellegarde en marche", citycode: null },
      { id: "alone", city: "Mainsat", citycode: null },
      { id: "alone2", city: "MAINSAT", citycode: null },
      { id: "x", city: "Saint-Maixant", citycode: "23210" },
      { id: "y", city: "Saint-Maixant", citycode: "33405" },
      { id: "unsure", city: "Saint-Maixant", citycode: null },
    ]);
    expect(keys.get("typed")).toBe("insee:23020");
    expect(keys.get("alone")).toBe(`nom:${communeSlug("Mainsat")}`);
    expect(keys.get("alone2")).toBe(keys.get("alone"));
    expect(keys.get("unsure")).toBe("nom:saint-maixant");
  });
});

describe("communeAddress", () => {
  it("puts the INSEE code first and the name after it, or the name alone without a code", () => {
    expect(communeAddress("insee:23017", "Bellegarde-en-Marche")).toBe("23017-bellegarde-en-marche");
    expect(communeAddress("insee:2A004", "Ajaccio")).toBe("2a004-ajaccio");
    expect(communeAddress("nom:ahun", "Ahun")).toBe("ahun");
    expect(placeCommuneAddress({ city: "Saint-Médard", citycode: null })).toBe("saint-medard");
  });

  it("reads the commune an address asks for by its code whatever name follows, else by its name", () => {
    expect(communeOfAddress("23017-bellegarde-en-marche")).toEqual({ key: "insee:23017", slug: "bellegarde-en-marche" });
    expect(communeOfAddress("23017-ancien-nom").key).toBe("insee:23017");
    expect(communeOfAddress("23017")).toEqual({ key: "insee:23017", slug: "" });
    expect(communeOfAddress("2a004-ajaccio").key).toBe("insee:2A004");
    expect(communeOfAddress("Saint-Médard")).toEqual({ key: "nom:saint-medard", slug: "saint-medard" });
  });
});
