import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import fr from "../i18n/fr/app.json";
import frMessages from "../i18n/fr/index";

import { checkCodeLogin, checkPasswordLogin } from "./validate-login";

const t = testTranslator("fr", { fr: frMessages });

describe("checking sign-in forms before sending", () => {
  it("accepts a code typed with spaces or dashes and sends it as typed", () => {
    expect(checkCodeLogin({ code: " 1234 5678 " }, t)).toEqual({ ok: true, request: { code: "1234 5678" } });
    expect(checkCodeLogin({ code: "1234-5678" }, t).ok).toBe(true);
  });

  it("refuses a code that is not 8 digits, with a sentence for the field", () => {
    for (const code of ["1234567", "123456789", "abcd efgh", ""]) {
      expect(checkCodeLogin({ code }, t)).toEqual({ ok: false, fields: { code: fr.login.fieldErrors.code } });
    }
  });

  it("trims the e-mail and asks for what is missing", () => {
    expect(checkPasswordLogin({ email: " marie@exemple.fr ", password: "x" }, t)).toEqual({
      ok: true,
      request: { email: "marie@exemple.fr", password: "x" },
    });
    expect(checkPasswordLogin({ email: "marie", password: "" }, t)).toEqual({
      ok: false,
      fields: { email: fr.login.fieldErrors.email, password: fr.login.fieldErrors.password },
    });
  });
});
