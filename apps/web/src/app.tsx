import { lazy, Suspense, type ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { rolesOf } from "./auth/roles";
import { SessionProvider, useSignedInUser } from "./auth/session-context";
import { AppLayout } from "./layout/app-layout";
import { landingPath } from "./layout/navigation";
import { NotFoundPage } from "./layout/not-found-page";
import { RequireSession } from "./layout/require-session";
import { ScreenErrorBoundary } from "./layout/screen-error-boundary";
import { needTexts } from "./i18n/i18n";
import { LoginPage } from "./login/login-page";
import { UpdateBanner } from "./pwa/update-banner";

/**
 * Each area's screens are a separate chunk, so a driver's phone never parses the coordinators'
 * console. The service worker precaches every chunk: they all load offline.
 */
function screen<M>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** A screen of the coordinators' console, with the console's texts. */
function consoleScreen<M>(load: () => Promise<M>, name: keyof M & string) {
  return screen(async () => (await Promise.all([load(), needTexts("console")]))[0], name);
}

const AccountPage = screen(() => import("./account/account-page"), "AccountPage");
const ResidentHome = screen(() => import("./resident/resident-home"), "ResidentHome");
const OrderPage = screen(() => import("./resident/order-page"), "OrderPage");
const WeekPage = consoleScreen(() => import("./coordinator/week-page"), "WeekPage");
const PlanningPage = consoleScreen(() => import("./coordinator/planning-page"), "PlanningPage");
const HouseholdsPage = consoleScreen(() => import("./coordinator/households-page"), "HouseholdsPage");
const NewHouseholdPage = consoleScreen(() => import("./coordinator/household-page"), "NewHouseholdPage");
const HouseholdPage = consoleScreen(() => import("./coordinator/household-page"), "HouseholdPage");
const StopsPage = consoleScreen(() => import("./coordinator/stops-page"), "StopsPage");
const FleetPage = consoleScreen(() => import("./coordinator/fleet-page"), "FleetPage");
const CataloguePage = consoleScreen(() => import("./coordinator/catalogue-page"), "CataloguePage");
const TemplatesPage = consoleScreen(() => import("./coordinator/template-list-page"), "TemplatesPage");
const ImportPage = consoleScreen(() => import("./coordinator/import-page"), "ImportPage");
const LivePage = consoleScreen(() => import("./live/live-page"), "LivePage");
const DriverHome = screen(() => import("./driver/driver-home"), "DriverHome");
const RoundPage = screen(() => import("./driver/round-page"), "RoundPage");

function Landing() {
  const { user } = useSignedInUser();
  return <Navigate to={landingPath(rolesOf(user))} replace />;
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
  return (
    <ScreenErrorBoundary resetKey={pathname}>
      <Suspense fallback={<ScreenLoading />}>
        <Outlet />
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
            element={
              <RequireSession>
                <AppLayout />
              </RequireSession>
            }
          >
            <Route element={<Screens />}>
              <Route index element={<Landing />} />
              <Route path="compte" element={<AccountPage />} />
              <Route path="accueil" element={<ResidentHome />} />
              <Route path="commande/:passageId" element={<OrderPage />} />
              <Route path="coordination/semaine" element={<WeekPage />} />
              <Route path="coordination/planification" element={<PlanningPage />} />
              <Route path="coordination/foyers" element={<HouseholdsPage />} />
              <Route path="coordination/foyers/nouveau" element={<NewHouseholdPage />} />
              <Route path="coordination/foyers/:id" element={<HouseholdPage />} />
              <Route path="coordination/arrets" element={<StopsPage />} />
              <Route path="coordination/flotte" element={<FleetPage />} />
              <Route path="coordination/catalogue" element={<CataloguePage />} />
              <Route path="coordination/tournees-types" element={<TemplatesPage />} />
              <Route path="coordination/import" element={<ImportPage />} />
              <Route path="tournee" element={<DriverHome />} />
              <Route path="tournee/:tourId" element={<RoundPage />} />
              <Route path="coordination/direct" element={<LivePage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
