/**
 * The progress note a page opened on a linked dataset shows before the app's first render
 * (plain DOM inside #root, which React replaces when it renders): the same text, bar and
 * class as `LoadProgress`, in the interface language, following the load's reports. Text
 * only (textContent), never HTML. Part of the first bundle (about 0.5 KB), so the note
 * shows with the page rather than after the loading chunk.
 */
import { overallFraction, type LoadProgress } from '../domain/load/progress';
import type { Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages.en';
import type { LinkedLoad } from './linkedLoad';
import type { AppStore } from '../store/appStore';
import { selectResolvedTheme } from '../store/slices/preferencesSlice';

/** Puts the theme on <html> now, before the app renders (as useThemeEffects then does). */
export function applyThemeNow(store: AppStore): void {
  if (typeof matchMedia === 'function')
    store.getState().setSystemDark(matchMedia('(prefers-color-scheme: dark)').matches);
  const state = store.getState();
  document.documentElement.dataset.theme = selectResolvedTheme(state);
  if (state.highContrast) document.documentElement.dataset.contrast = 'high';
}

/** The note shown before the app's first render; `follow` ties it to the load once it exists. */
export interface BootProgressNote {
  follow(load: LinkedLoad): void;
}

/**
 * Shows the note at once (main.tsx, as soon as the interface language's texts are in),
 * before the loading code, a chunk of its own, has arrived: beside a large download that
 * chunk can take most of a second. Until `follow`, the bar is indeterminate and there is
 * nothing to cancel yet.
 */
export function showBootProgress(
  root: HTMLElement,
  t: Translate,
  locale: string,
): BootProgressNote {
  const note = document.createElement('div');
  note.className = 'loading-note load-progress';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.textContent = t('loadingData');
  const bar = document.createElement('progress');
  bar.max = 100;
  bar.setAttribute('aria-label', t('loadProgressLabel'));
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'load-progress-cancel';
  cancel.textContent = t('cancel');
  note.append(status, bar);
  root.replaceChildren(note);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    follow(load) {
      note.append(cancel);
      cancel.addEventListener('click', () => {
        cancel.disabled = true;
        load.cancel();
      });
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
    },
  };
}
