import { describe, expect, it } from "vitest";
import { ApiError } from "../api/api-error";
import { fieldErrorsOf } from "./catalogue-save";

const refused = (errors: { path: string; message: string }[]) =>
  new ApiError({ kind: "http", status: 400, problem: { type: "about:blank", title: "Bad", status: 400, code: "validation_failed", errors: errors.map((e) => ({ in: "body" as const, ...e })) } });

describe("the server's field errors", () => {
  it("are found by their whole path, and by their last segment when no other error took it", () => {
    const errors = fieldErrorsOf(refused([
      { path: "halts.1.arrivalMinute", message: "before the previous halt ends" },
      { path: "halts.2.arrivalMinute", message: "second" },
      { path: "referencePriceCents", message: "too small" },
    ]));
    expect(errors).toEqual({
      "halts.1.arrivalMinute": "before the previous halt ends",
      "halts.2.arrivalMinute": "second",
      arrivalMinute: "before the previous halt ends",
      referencePriceCents: "too small",
    });
  });

  it("are none for a failure that is not an answer of the API", () => {
    expect(fieldErrorsOf(new Error("boom"))).toEqual({});
    expect(fieldErrorsOf(new ApiError({ kind: "network" }))).toEqual({});
  });
});
