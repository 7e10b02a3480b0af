import { Fragment, Suspense } from "react";
import { useTranslation } from "./i18n/use-translation";
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { rolesOf } from "./auth/roles";
import { SessionProvider, useSignedInUser } from "./auth/session-context";
import { AppLayout } from "./layout/app-layout";
import { landingPath } from "./layout/navigation";
import { NotFoundPage } from "./layout/not-found-page";
import { RequireSession } from "./layout/require-session";
import { ScreenErrorBoundary } from "./layout/screen-error-boundary";
import { LoginPage } from "./login/login-page";
import { UpdateBanner } from "./pwa/update-banner";
import { OptOutScreen, SCREENS } from "./screens";

function Landing() {
  const { user } = useSignedInUser();
  return <Navigate to={landingPath(rolesOf(user), undefined, user.activeOrganisation?.kind)} replace />;
}

function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="screen-loading">
      {t("layout.loading")}
    </p>
  );
}

function Screens() {
  const { pathname } = useLocation();
  const { user } = useSignedInUser();
  // Switching organisation opens every screen again, on the other organisation's data.
  return (
    <ScreenErrorBoundary resetKey={pathname}>
      <Suspense fallback={<ScreenLoading />}>
        <Fragment key={user.activeOrganisation?.id ?? "none"}>
          <Outlet />
        </Fragment>
      </Suspense>
    </ScreenErrorBoundary>
  );
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <UpdateBanner />
        <Routes>
          <Route path="/connexion" element={<LoginPage />} />
          <Route
            path="/desinscription/:token"
            element={
              <Suspense fallback={<ScreenLoading />}>
                <OptOutScreen />
              </Suspense>
            }
          />
          <Route
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route element={<Screens />}>
              <Route index element={<Landing />} />
              {SCREENS.map(({ path, Screen }) => (
                <Route key={path} path={path} element={<Screen />} />
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
