import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import fr from "../i18n/fr/app.json";
import frMessages from "../i18n/fr/index";

import { checkCodeLogin, checkPasswordLogin } from "./validate-login";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: "fr", resources: { fr: { translation: frMessages } } });
});

describe("checking sign-in forms before sending", () => {
  it("accepts a code typed with spaces or dashes and sends it as typed", () => {
    expect(checkCodeLogin({ code: " 1234 5678 " }, i18n.t)).toEqual({ ok: true, request: { code: "1234 5678" } });
    expect(checkCodeLogin({ code: "1234-5678" }, i18n.t).ok).toBe(true);
  });

  it("refuses a code that is not 8 digits, with a sentence for the field", () => {
    for (const code of ["1234567", "123456789", "abcd efgh", ""]) {
      expect(checkCodeLogin({ code }, i18n.t)).toEqual({ ok: false, fields: { code: fr.login.fieldErrors.code } });
    }
  });

  it("trims the e-mail and asks for what is missing", () => {
    expect(checkPasswordLogin({ email: " marie@exemple.fr ", password: "x" }, i18n.t)).toEqual({
      ok: true,
      request: { email: "marie@exemple.fr", password: "x" },
    });
    expect(checkPasswordLogin({ email: "marie", password: "" }, i18n.t)).toEqual({
      ok: false,
      fields: { email: fr.login.fieldErrors.email, password: fr.login.fieldErrors.password },
    });
  });
});
