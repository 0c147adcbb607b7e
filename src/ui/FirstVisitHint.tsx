import { useAppStore } from '../store/appStore';
import { selectHintDismissed } from '../store/slices/preferencesSlice';
import { useT } from '../i18n/useT';

/** A short hint on the first visit, remembered once dismissed (on this browser). */
export function FirstVisitHint() {
  const t = useT();
  const dismissed = useAppStore(selectHintDismissed);
  const dismiss = useAppStore((s) => s.dismissHint);
  if (dismissed) return null;
  return (
    <section className="first-visit-hint" aria-labelledby="first-visit-hint-title">
      <h2 id="first-visit-hint-title">{t('hintTitle')}</h2>
      <ul>
        <li>{t('hintDrag')}</li>
        <li>{t('hintPlace')}</li>
        <li>{t('hintPresent')}</li>
      </ul>
      <button type="button" onClick={dismiss}>
        {t('hintDismiss')}
      </button>
    </section>
  );
}
