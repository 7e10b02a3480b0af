import {
  SessionSchema,
  type CodeLoginRequest,
  type Locale,
  type LoginRequest,
  type Session,
  type SetPasswordRequest,
} from "@tournee/domain";
import { isApiError } from "../api/api-error";
import { noContent, type ApiClient } from "../api/client";

/** The authentication endpoints of the API (contract: packages/domain/src/auth.ts). */
export function authApi(client: ApiClient) {
  const parseSession = (body: unknown): Session => SessionSchema.parse(body);
  return {
    login: (request: LoginRequest) => client.send("POST", "/api/auth/login", request, parseSession),
    loginWithCode: (request: CodeLoginRequest) => client.send("POST", "/api/auth/login-code", request, parseSession),
    /** The current session, or null when nobody is signed in (401). */
    me: async (): Promise<Session | null> => {
      try {
        return await client.get("/api/auth/me", parseSession);
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    logout: () => client.send("POST", "/api/auth/logout", undefined, noContent),
    /** Chooses the person's password; the current one is needed when there is one. */
    setPassword: (request: SetPasswordRequest) => client.send("PUT", "/api/auth/me/password", request, noContent),
    /** Makes the console show another organisation (one the person coordinates; any for an admin). */
    switchOrganisation: (organisationId: string) => client.send("PUT", "/api/auth/me/organisation", { organisationId }, parseSession),
    /** Saves the person's language on their account, so it follows them to another device. */
    saveLocale: (locale: Locale) => client.send("PATCH", "/api/auth/me", { locale }, parseSession),
  };
}

export type AuthApi = ReturnType<typeof authApi>;
