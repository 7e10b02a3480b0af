import type { CodeLoginRequest, LoginRequest, Session, SessionUser } from "@tournee/domain";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { isApiError } from "../api/api-error";
import { api } from "../api/client";
import { adoptAccountLocale } from "../i18n/i18n";
import { authApi } from "./auth-api";
import { forgetUser, recallUser, rememberUser } from "./session-cache";

export type SessionState =
  | { status: "loading" }
  /** `signedOut`: the person just signed out here (so no "come back to" page is remembered). */
  | { status: "anonymous"; signedOut?: boolean }
  /** `offline`: the server could not be asked; the person is the one last seen on this device. */
  | { status: "signed-in"; user: SessionUser; offline: boolean };

interface SessionContextValue {
  state: SessionState;
  login(request: LoginRequest): Promise<void>;
  loginWithCode(request: CodeLoginRequest): Promise<void>;
  logout(): Promise<void>;
  /** Makes the console show another organisation; every screen opens again on its data. */
  switchOrganisation(organisationId: string): Promise<SessionUser>;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);
const auth = authApi(api);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  const start = useCallback(async (session: Session) => {
    api.setCsrfToken(session.csrfToken);
    adoptAccountLocale(session.user.locale);
    setState({ status: "signed-in", user: session.user, offline: false });
    await rememberUser(session.user);
  }, []);

  // Bumped when the person signs in, out or switches: an answer to "who is signed in?" asked
  // before that is older than what the person just did, and must not undo it.
  const changes = useRef(0);
  const refresh = useCallback(async () => {
    const asked = changes.current;
    try {
      const session = await auth.me();
      if (changes.current !== asked) return;
      if (session) return await start(session);
      api.setCsrfToken(undefined);
      await forgetUser();
      setState({ status: "anonymous" });
    } catch (error) {
      if (changes.current !== asked) return;
      const unreachable = isApiError(error) && (error.kind === "network" || error.status >= 500);
      const user = unreachable ? await recallUser() : undefined;
      setState(user ? { status: "signed-in", user, offline: true } : { status: "anonymous" });
    }
  }, [start]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A call answered 401: the session ended on the server. Forget the person; the session guard
  // then sends them to the login page with the screen they were on as the way back.
  useEffect(() => {
    api.onSessionEnded(() => {
      api.setCsrfToken(undefined);
      void forgetUser();
      setState((current) => (current.status === "signed-in" ? { status: "anonymous" } : current));
    });
    return () => api.onSessionEnded(undefined);
  }, []);

  // The organisation a console shows is kept on the session: another tab may have switched it.
  const signedIn = state.status === "signed-in" && !state.offline;
  useEffect(() => {
    if (!signedIn) return;
    const again = () => document.visibilityState === "visible" && void refresh();
    document.addEventListener("visibilitychange", again);
    return () => document.removeEventListener("visibilitychange", again);
  }, [signedIn, refresh]);

  const offline = state.status === "signed-in" && state.offline;
  useEffect(() => {
    if (!offline) return;
    const retry = () => void refresh();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [offline, refresh]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      login: async (request) => {
        const session = await auth.login(request);
        changes.current++;
        await start(session);
      },
      loginWithCode: async (request) => {
        const session = await auth.loginWithCode(request);
        changes.current++;
        await start(session);
      },
      switchOrganisation: async (organisationId) => {
        const session = await auth.switchOrganisation(organisationId);
        changes.current++;
        await start(session);
        return session.user;
      },
      logout: async () => {
        await auth.logout();
        changes.current++;
        api.setCsrfToken(undefined);
        await forgetUser();
        setState({ status: "anonymous", signedOut: true });
      },
    }),
    [state, start],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession() needs a <SessionProvider> above it");
  return value;
}

/** The signed-in person; only for screens behind <RequireSession>. */
export function useSignedInUser(): { user: SessionUser; offline: boolean } {
  const { state } = useSession();
  if (state.status !== "signed-in") throw new Error("useSignedInUser() used outside <RequireSession>");
  return state;
}
