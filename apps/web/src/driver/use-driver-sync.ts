import { useEffect, useSyncExternalStore } from "react";
import { useSession } from "../auth/session-context";
import { driverSync, type DriverSyncState } from "./sync-engine";

/** Starts the driver's sync for the signed-in person, resumes it after a new sign-in, and follows its state. */
export function useDriverSync(): DriverSyncState {
  const { state } = useSession();
  const userId = state.status === "signed-in" ? state.user.id : null;
  const online = state.status === "signed-in" && !state.offline;
  useEffect(() => {
    if (userId) void driverSync.start(userId);
  }, [userId]);
  useEffect(() => {
    if (userId && online) driverSync.resume();
  }, [userId, online]);
  return useSyncExternalStore(driverSync.subscribe, driverSync.getSnapshot);
}
