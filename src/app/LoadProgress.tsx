import type { LoadProgress as Progress } from '../domain/load/progress';
import { overallFraction } from '../domain/load/progress';
import { useLocale, useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages.en';
import './loadProgress.css';

/**
 * While a dataset loads: what is happening (a polite status, said once per step) and a
 * progress bar over the whole load (indeterminate until the first report).
 */
export function LoadProgress({ progress }: { progress: Progress | null }) {
  const t = useT();
  const locale = useLocale();
  const phase = progress ? t(`loadPhase_${progress.phase}` as MessageKey) : null;
  const fraction = progress ? overallFraction(progress) : null;
  const percent = fraction !== null ? Math.round(fraction * 100) : null;
  const percentText =
    fraction !== null
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
          fraction,
        )
      : '';
  return (
    <div className="loading-note load-progress">
      <p role="status">
        {t('loadingData')}
        {phase && <span> {phase}</span>}
      </p>
      <progress
        max={100}
        aria-label={t('loadProgressLabel')}
        {...(percent !== null
          ? { value: percent, 'aria-valuetext': `${phase ?? ''}, ${percentText}` }
          : {})}
      />
    </div>
  );
}
