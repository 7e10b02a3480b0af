import { useId, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { stepPin, type Direction } from "./pin-step";

const DIRECTIONS: readonly Direction[] = ["north", "west", "east", "south"];
const STEPS = [10, 100] as const;

/**
 * Moves the pin being edited without dragging (WCAG 2.2 SC 2.5.7) and from the keyboard: one
 * button per cardinal point, by 10 m or 100 m, and the new position is announced.
 */
export function PinControls({ position, onMove }: { position: { lat: number; lng: number } | undefined; onMove(lat: number, lng: number): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState<number>(10);
  const [announced, setAnnounced] = useState("");

  function move(direction: Direction) {
    if (!position) return;
    const next = stepPin(position.lat, position.lng, direction, step);
    onMove(next.lat, next.lng);
    setAnnounced(t("coordinator.pin.moved", { direction: t(`coordinator.pin.directions.${direction}`), metres: step, lat: next.lat.toFixed(5), lng: next.lng.toFixed(5) }));
  }

  return (
    <fieldset className="pin-controls">
      <legend>{t("coordinator.pin.legend")}</legend>
      {!position && <p className="field__hint">{t("coordinator.pin.noPosition")}</p>}
      <div className="actions" role="radiogroup" aria-label={t("coordinator.pin.step")}>
        {STEPS.map((metres) => (
          <label key={metres} className="check">
            <input type="radio" name={`${id}-step`} value={metres} checked={step === metres} onChange={() => setStep(metres)} />
            {t("coordinator.pin.metres", { metres })}
          </label>
        ))}
      </div>
      <div className="actions">
        {DIRECTIONS.map((direction) => (
          <button key={direction} type="button" className="button" disabled={!position} onClick={() => move(direction)}>
            {t(`coordinator.pin.directions.${direction}`)}
          </button>
        ))}
      </div>
      <p role="status" className="visually-hidden">
        {announced}
      </p>
    </fieldset>
  );
}
