import { testTranslator } from "../i18n/test-translator";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import en from "../i18n/en/index";
import fr from "../i18n/fr/app.json";
import frMessages from "../i18n/fr/index";

import { describeLoginError } from "./describe-login-error";

const t = testTranslator("fr", { fr: frMessages, en });
const now = new Date("2026-03-10T09:00:00Z");
const say = (error: unknown, mode: "password" | "code" = "password") => describeLoginError(error, { mode, t, locale: "fr", now });

describe("describeLoginError", () => {
  it("says a wrong password and a wrong code differently", () => {
    const wrong = new ApiError({ kind: "http", status: 401 });
    expect(say(wrong).message).toBe(fr.login.errors.wrongPassword);
    expect(say(wrong, "code").message).toBe(fr.login.errors.wrongCode);
  });

  it("says a code was already used, or is too old, when the server says that is why", () => {
    const refused = (code: string) => new ApiError({ kind: "http", status: 401, problem: { type: "about:blank", title: "", status: 401, code } });
    expect(say(refused("login_code_used"), "code").message).toBe(fr.login.errors.usedCode);
    expect(say(refused("login_code_used"), "code").message).toContain("déjà été utilisé");
    expect(say(refused("login_code_expired"), "code").message).toBe(fr.login.errors.oldCode);
  });

  it("tells when to retry after too many attempts, in French time", () => {
    const limited = new ApiError({ kind: "http", status: 429, retryAt: new Date("2026-03-10T09:15:00Z") });
    expect(say(limited).message).toBe("Trop d'essais de connexion. Vous pourrez réessayer à partir de 10:15.");
    const tomorrow = new ApiError({ kind: "http", status: 429, retryAt: new Date("2026-03-11T07:00:00Z") });
    expect(say(tomorrow).message).toContain("mercredi 11 mars 2026");
    expect(say(new ApiError({ kind: "http", status: 429 })).message).toBe(fr.errors.tooManyAttempts);
  });

  it("puts field errors beside the field, in our words, and keeps unknown fields' own message", () => {
    const invalid = new ApiError({
      kind: "http",
      status: 400,
      problem: {
        type: "about:blank",
        title: "Invalid request",
        status: 400,
        code: "validation_failed",
        errors: [
          { in: "body", path: "email", message: "Invalid email address" },
          { in: "body", path: "body.nickname", message: "Too long" },
        ],
      },
    });
    expect(say(invalid)).toEqual({
      message: fr.errors.checkFields,
      fields: { email: fr.login.fieldErrors.email, nickname: "Too long" },
    });
  });

  it("separates no network from a failing server", () => {
    expect(say(new ApiError({ kind: "network" })).message).toBe(fr.errors.network);
    expect(say(new ApiError({ kind: "http", status: 503 })).message).toBe(fr.errors.server);
    expect(say(new Error("boom")).message).toBe(fr.errors.unexpected);
  });
});
