import type { TourTemplateView } from "@tournee/domain";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { useLocale } from "../i18n/use-locale";
import { usePageTitle } from "../layout/use-page-title";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { TemplateExceptions } from "./template-exceptions";
import { TemplateForm } from "./template-form";
import { TemplateGenerate } from "./template-generate";
import { TemplateMap } from "./template-map";
import { TemplateTimetable } from "./template-timetable";
import { useLoad } from "./use-load";
import { useCoordinatedOrganisation } from "./use-organisation";
import { dayLabel } from "./week-dates";

/** The round templates: their published timetable, editing, exception dates and generating passages. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  usePageTitle(t("coordinator.templates.title"));
  const organisation = useCoordinatedOrganisation();
  const [selected, setSelected] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const [data, retry] = useLoad(async () => {
    const [templates, stops, vehicles] = await Promise.all([coordinatorApi.templates(), coordinatorApi.stops(), coordinatorApi.vehicles()]);
    return { templates, stops, vehicles };
  }, []);
  useEffect(() => {
    if (selected && selected !== "new") heading.current?.focus();
  }, [selected]);
  const [notice, setNotice] = useState<string>();
  const saved = (template: TourTemplateView) => {
    setSelected(template.id);
    retry();
  };
  const created = (template: TourTemplateView) => {
    setNotice(t("coordinator.templates.created", { name: template.name }));
    saved(template);
  };
  const choose = (id: string) => {
    setNotice(undefined);
    setSelected(id);
  };

  return (
    <>
      <h1>{t("coordinator.templates.title")}</h1>
      <p className="lead">{t("coordinator.templates.intro")}</p>
      {!organisation && <p>{t("coordinator.noOrganisation")}</p>}
      <LoadState load={data} retry={retry}>
        {({ templates, stops, vehicles }) => {
          const current = templates.find((x) => x.id === selected);
          const orgId = current?.organisationId ?? organisation?.id ?? "";
          const halts = stops.filter((s) => s.kind === "halt" && s.organisationId === orgId);
          const trucks = vehicles.filter((v) => v.organisationId === orgId && v.active);
          return (
            <>
              <section aria-labelledby="templates-title" className="panel">
                <h2 id="templates-title">{t("coordinator.templates.list", { count: templates.length })}</h2>
                <ul className="plain-list">
                  {templates.map((x) => (
                    <li key={x.id}>
                      <button type="button" className="link-button" aria-pressed={x.id === selected} onClick={() => choose(x.id)}>
                        {t("coordinator.templates.summary", { name: x.name, day: t(`coordinator.weekdays.${x.weekday}`), count: x.halts.length })}
                      </button>
                      {!x.active && ` ${t("coordinator.templates.inactive")}`}
                    </li>
                  ))}
                </ul>
                {organisation && (
                  <button type="button" className="button" aria-pressed={selected === "new"} onClick={() => choose("new")}>{t("coordinator.templates.new")}</button>
                )}
              </section>
              {selected === "new" && organisation && <TemplateForm organisationId={organisation.id} stops={halts} vehicles={trucks} onSaved={created} />}
              {current && (
                <section aria-labelledby="template-detail" className="split">
                  <div>
                    <h2 id="template-detail" ref={heading} tabIndex={-1}>{current.name}</h2>
                    {notice && <p className="alert alert--info" role="status">{notice}</p>}
                    <p>{t(current.endDate ? "coordinator.templates.period" : "coordinator.templates.since", { from: dayLabel(current.startDate, locale), to: current.endDate ? dayLabel(current.endDate, locale) : "" })}</p>
                    <TemplateMap template={current} stops={stops} />
                    <TemplateTimetable template={current} />
                    <TemplateForm key={current.id} template={current} organisationId={orgId} stops={halts} vehicles={trucks} onSaved={saved} />
                  </div>
                  <div>
                    <TemplateExceptions key={`exceptions-${current.id}`} template={current} onSaved={saved} />
                    <TemplateGenerate key={`generate-${current.id}`} template={current} />
                  </div>
                </section>
              )}
            </>
          );
        }}
      </LoadState>
    </>
  );
}
