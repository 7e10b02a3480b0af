/** The month's statements a person reads: a producer's with each grocery it supplies, or a grocery's with each producer. */
import { useTranslation } from "../i18n/use-translation";
import { LoadState } from "../coordinator/load-state";
import { useLoad } from "../coordinator/use-load";
import { StatementCard } from "./statement-card";
import { supplyApi } from "./supply-api";

export function StatementsSection({ month, side, producerId }: { month: string; side: "producer" | "buyer"; producerId?: string }) {
  const { t } = useTranslation();
  const [load, retry] = useLoad(() => supplyApi.statements(month, producerId), [month, producerId], { of: month });
  return (
    <LoadState load={load} retry={retry}>
      {({ statements }) => (statements.length ? statements.map((s) => <StatementCard key={`${s.producer.id}|${s.buyer.id}`} statement={s} side={side} />) : <p>{t("supply.statement.noAgreement")}</p>)}
    </LoadState>
  );
}
