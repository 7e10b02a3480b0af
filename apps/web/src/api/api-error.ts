import type { Problem } from "@tournee/domain";

/**
 * Why a call to the API failed. `network`: no answer at all (offline, server down);
 * `http`: an answer with an error status, with its RFC 9457 problem when the body was one.
 */
export class ApiError extends Error {
  readonly kind: "network" | "http";
  readonly status: number;
  readonly problem: Problem | undefined;
  /** From `Retry-After` (429, 503): when the same request may succeed. */
  readonly retryAt: Date | undefined;

  constructor(options: { kind: "network" | "http"; status?: number; problem?: Problem; retryAt?: Date; cause?: unknown }) {
    const what = options.kind === "network" ? "no answer from the server" : `HTTP ${options.status ?? 0}`;
    super(options.problem ? `${what}: ${options.problem.title}` : what, { cause: options.cause });
    this.name = "ApiError";
    this.kind = options.kind;
    this.status = options.status ?? 0;
    this.problem = options.problem;
    this.retryAt = options.retryAt;
  }

  /** Messages per field, keyed by the last segment of each error's path ("body.email" → "email"). */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) {
      const field = error.path.split(/[.[\]/]/).filter(Boolean).pop() ?? "";
      if (field && !(field in out)) out[field] = error.message;
    }
    return out;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
