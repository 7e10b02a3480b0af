import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import fr from "../i18n/fr/bakery-screens.json";
import { roundNames } from "./round-words";

const carrier = { id: "c1", name: "Épicerie solidaire" };

const t = testTranslator("fr", { fr });

describe("names of a bake day's rounds", () => {

  it("tells apart one round split between two vehicles by naming each vehicle", () => {
    const names = roundNames(t, [
      { roundName: "Tournée du lundi — Sud", vehicleName: "Camion frigorifique", carrier },
      { roundName: "Tournée du lundi — Sud", vehicleName: "Fourgon", carrier },
    ]);
    expect(names).toEqual(["Tournée du lundi — Sud, Camion frigorifique (Épicerie solidaire)", "Tournée du lundi — Sud, Fourgon (Épicerie solidaire)"]);
  });

  it("numbers rounds that still share a name, and leaves a lone round as it is", () => {
    const names = roundNames(t, [
      { roundName: "Tournée du lundi — Sud", vehicleName: null, carrier },
      { roundName: "Tournée du lundi — Sud", vehicleName: null, carrier },
      { roundName: null, vehicleName: "Vélo cargo", carrier },
    ]);
    expect(names).toEqual([
      "Tournée du lundi — Sud (Épicerie solidaire), tournée 1 sur 2",
      "Tournée du lundi — Sud (Épicerie solidaire), tournée 2 sur 2",
      "Vélo cargo (Épicerie solidaire)",
    ]);
  });
});
