import { lazy, Suspense } from 'react';
import type { LoadOutcome } from './loadFromAddress';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/messages.en';

const LoadProblems = lazy(() => import('./LoadProblems'));

/** Says why a linked dataset was not opened; the current story stays on screen. */
export function LoadBanner({
  outcome,
  onClose,
}: {
  outcome: LoadOutcome | null;
  onClose: () => void;
}) {
  const t = useT();
  if (!outcome || outcome.ok) return null;
  const reason = t(`loadReason_${outcome.reason}` as MessageKey, { detail: outcome.detail ?? '' });
  const message =
    outcome.reason === 'storyLink'
      ? t('storyLinkFailed', {
          reason: t(`storyLinkError_${outcome.linkError ?? 'json'}` as MessageKey),
        })
      : t('loadFailed', { source: outcome.source, reason });
  return (
    <div className="load-banner" role="alert">
      <p>{message}</p>
      {outcome.problems.length > 0 && (
        <Suspense fallback={null}>
          <LoadProblems problems={outcome.problems} />
        </Suspense>
      )}
      <button type="button" onClick={onClose}>
        {t('clear')}
      </button>
    </div>
  );
}
