import { useMemo } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useActingHousehold } from "../auth/acting-household-context";
import { orderingVoice, voicedT, type OrderingVoice } from "./ordering-voice";

/** `t` for the ordering screens, speaking to the household or of it (see ordering-voice.ts), and the voice itself. */
export function useOrderingVoice(): { t: ReturnType<typeof useTranslation>["t"]; voice: OrderingVoice } {
  const { t } = useTranslation();
  const { household } = useActingHousehold();
  const voice = useMemo(() => orderingVoice(household), [household]);
  return useMemo(() => ({ t: voicedT(t, voice), voice }), [t, voice]);
}
