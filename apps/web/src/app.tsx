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
import { CataloguePage } from "./coordinator/catalogue-page";
import { FleetPage } from "./coordinator/fleet-page";
import { HouseholdPage, NewHouseholdPage } from "./coordinator/household-page";
import { HouseholdsPage } from "./coordinator/households-page";
import { ImportPage } from "./coordinator/import-page";
import { PlanningPage } from "./coordinator/planning-page";
import { StopsPage } from "./coordinator/stops-page";
import { WeekPage } from "./coordinator/week-page";
import { OrderPage } from "./resident/order-page";
import { ResidentHome } from "./resident/resident-home";
import { DriverHome } from "./driver/driver-home";
import { RoundPage } from "./driver/round-page";
import { LivePage } from "./live/live-page";

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
            <Route path="coordination/import" element={<ImportPage />} />
            <Route path="tournee" element={<DriverHome />} />
            <Route path="tournee/:tourId" element={<RoundPage />} />
            <Route path="coordination/direct" element={<LivePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
