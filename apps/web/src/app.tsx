import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { AccountPage } from "./account/account-page";
import { rolesOf } from "./auth/roles";
import { SessionProvider, useSignedInUser } from "./auth/session-context";
import { AppLayout } from "./layout/app-layout";
import { landingPath } from "./layout/navigation";
import { NotFoundPage } from "./layout/not-found-page";
import { RequireSession } from "./layout/require-session";
import { LoginPage } from "./login/login-page";
import { UpdateBanner } from "./pwa/update-banner";

function Landing() {
  const { user } = useSignedInUser();
  return <Navigate to={landingPath(rolesOf(user))} replace />;
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <UpdateBanner />
        <Routes>
          <Route path="/connexion" element={<LoginPage />} />
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route index element={<Landing />} />
            <Route path="compte" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
