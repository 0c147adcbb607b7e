/**
 * The progress note a page opened on a linked dataset shows before the app's first render
 * (plain DOM inside #root, which React replaces when it renders): the same text, bar and
 * class as `LoadProgress`, in the interface language, following the load's reports. Text
 * only (textContent), never HTML.
 */
import { overallFraction, type LoadProgress } from '../domain/load/protocol';
import type { Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import type { LinkedLoad } from './linkedLoad';

export function showBootProgress(
  root: HTMLElement,
  load: LinkedLoad,
  t: Translate,
  locale: string,
): void {
  const note = document.createElement('div');
  note.className = 'loading-note load-progress';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const bar = document.createElement('progress');
  bar.max = 100;
  bar.setAttribute('aria-label', t('loadProgressLabel'));
  note.append(status, bar);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const show = (p: LoadProgress | null) => {
    const phase = p ? t(`loadPhase_${p.phase}` as MessageKey) : null;
    status.textContent = phase ? `${t('loadingData')} ${phase}` : t('loadingData');
    if (!p) return;
    const fraction = overallFraction(p);
    bar.value = Math.round(fraction * 100);
    bar.setAttribute('aria-valuetext', `${phase ?? ''}, ${percent.format(fraction)}`);
  };
  show(load.progress());
  const stop = load.onProgress(show);
  void load.done.finally(stop);
  root.replaceChildren(note);
}
