/** Every organisation with its settings; create one, or change one's settings. */
import type { AdminOrganisation } from "@tournee/domain";
import type { TFunction } from "../i18n/translator";
import { useTranslation } from "../i18n/use-translation";
import { SavedNote } from "../coordinator/catalogue-save";
import { LoadState } from "../coordinator/load-state";
import { minuteText } from "../coordinator/money";
import { useLoad } from "../coordinator/use-load";
import { usePageTitle } from "../layout/use-page-title";
import { ToggleButton, useListEditing } from "../ui/list-editing";
import { adminApi } from "./admin-api";
import "../coordinator/console.css";
import "./admin.css";
import { OrganisationForm } from "./organisation-form";
import { ScrollingTable } from "../ui/scrolling-table";

/** "la veille à 18:00", "2 jours avant à 12:00", "le jour même à 07:00". */
export function cutoffText(t: TFunction, o: Pick<AdminOrganisation, "cutoffDaysBefore" | "cutoffMinute">): string {
  return t("admin.organisations.cutoffRule", { count: o.cutoffDaysBefore, time: minuteText(o.cutoffMinute) });
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("admin.organisations.title"));
  const [organisationsLoad, retry] = useLoad(() => adminApi.organisations(), []);
  const list = useListEditing();
  return (
    <>
      <h1>{t("admin.organisations.title")}</h1>
      <LoadState load={organisationsLoad} retry={retry}>
        {(organisations) => {
          const current = organisations.find((o) => o.id === list.editing);
          return (
            <>
              <div className="actions">
                <ToggleButton id="new" list={list}>{t("admin.organisations.create")}</ToggleButton>
              </div>
              <SavedNote message={list.notice} />
              {list.editing === "new" && (
                <OrganisationForm onSave={async (input) => {
                  const created = await adminApi.createOrganisation(input);
                  retry();
                  return list.added(t("admin.organisations.created", { name: created.name }));
                }} />
              )}
              {current && (
                <OrganisationForm key={current.id} organisation={current} onSave={async (input) => {
                  const saved = await adminApi.updateOrganisation(current.id, input);
                  retry();
                  return t("admin.organisations.saved", { name: saved.name });
                }} />
              )}
              <ScrollingTable caption={t("admin.organisations.caption", { count: organisations.length })}>
                  <thead>
                    <tr>
                      <th scope="col">{t("admin.organisations.name")}</th>
                      <th scope="col">{t("admin.organisations.address")}</th>
                      <th scope="col">{t("admin.organisations.cutoff")}</th>
                      <th scope="col">{t("admin.organisations.prices")}</th>
                      <th scope="col" className="numeric">{t("admin.organisations.members")}</th>
                      <th scope="col"><span className="visually-hidden">{t("admin.actions")}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    {organisations.map((o) => (
                      <tr key={o.id}>
                        <th scope="row">{o.name}<br /><small>{t(`admin.kinds.${o.kind}`)}</small></th>
                        <td>{[o.addressLine, [o.postcode, o.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || t("admin.organisations.noAddress")}</td>
                        <td>{cutoffText(t, o)}</td>
                        <td>{o.defaultSocialPricing ? t("admin.organisations.social") : t("admin.organisations.reference")}</td>
                        <td className="numeric">{o.members}</td>
                        <td>
                          <ToggleButton id={o.id} list={list}>{t("admin.organisations.edit", { name: o.name })}</ToggleButton>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </ScrollingTable>
            </>
          );
        }}
      </LoadState>
    </>
  );
}
