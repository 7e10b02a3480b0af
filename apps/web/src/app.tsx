import { lazy, Suspense, type ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Outlet, Route, Routes } from "react-router";
import { rolesOf } from "./auth/roles";
import { SessionProvider, useSignedInUser } from "./auth/session-context";
import { AppLayout } from "./layout/app-layout";
import { landingPath } from "./layout/navigation";
import { NotFoundPage } from "./layout/not-found-page";
import { RequireSession } from "./layout/require-session";
import { LoginPage } from "./login/login-page";
import { UpdateBanner } from "./pwa/update-banner";

/**
 * Each area's screens are a separate chunk, so a driver's phone never parses the coordinators'
 * console. The service worker precaches every chunk: they all load offline.
 */
function screen<M>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const AccountPage = screen(() => import("./account/account-page"), "AccountPage");
const ResidentHome = screen(() => import("./resident/resident-home"), "ResidentHome");
const OrderPage = screen(() => import("./resident/order-page"), "OrderPage");
const WeekPage = screen(() => import("./coordinator/week-page"), "WeekPage");
const PlanningPage = screen(() => import("./coordinator/planning-page"), "PlanningPage");
const HouseholdsPage = screen(() => import("./coordinator/households-page"), "HouseholdsPage");
const NewHouseholdPage = screen(() => import("./coordinator/household-page"), "NewHouseholdPage");
const HouseholdPage = screen(() => import("./coordinator/household-page"), "HouseholdPage");
const StopsPage = screen(() => import("./coordinator/stops-page"), "StopsPage");
const FleetPage = screen(() => import("./coordinator/fleet-page"), "FleetPage");
const CataloguePage = screen(() => import("./coordinator/catalogue-page"), "CataloguePage");
const TemplatesPage = screen(() => import("./coordinator/template-list-page"), "TemplatesPage");
const ImportPage = screen(() => import("./coordinator/import-page"), "ImportPage");
const LivePage = screen(() => import("./live/live-page"), "LivePage");
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
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Outlet />
    </Suspense>
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
