import { useEffect, useLayoutEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { DATE_ORDER_TOUR, tourSteps } from '../domain/model/queries';
import { selectAutoplayTour, selectLang, selectModel, selectTourStep } from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { formatAtPrecision } from '../domain/time/calendar';
import { useLocale, useT } from '../i18n/useT';
import { Icon } from '../ui/Icon';

/** How long autoplay stays on each step. */
export const TOUR_DWELL_MS = 8000;

const selectSelectionSerial = (s: { selectionSerial: number }) => s.selectionSerial;
const selectPresentTourId = (s: { presentTourId: string | null }) => s.presentTourId;

/** The caption card of presentation mode: current step, progress, and controls. */
export function PresentationCaption() {
  const t = useT();
  const locale = useLocale();
  const lang = useAppStore(selectLang);
  const model = useAppStore(selectModel);
  const stepIndex = useAppStore(selectTourStep);
  const autoplay = useAppStore(selectAutoplayTour);
  const presentTourId = useAppStore(selectPresentTourId);
  const steps = tourSteps(model, presentTourId);
  const tours = model.dataset.tours;
  const step = stepIndex !== null ? steps[stepIndex] : undefined;
  const event = step ? model.eventById.get(step.eventId) : undefined;
  const span = event ? model.spans[model.eventIndexById.get(event.id) ?? 0] : undefined;

  const selectionSerial = useAppStore(selectSelectionSerial);
  useLayoutEffect(
    function frameAroundCaption() {
      // The card now shows this step: the map frames its place in the part left free.
      useAppStore.getState().requestFraming();
    },
    [stepIndex, selectionSerial],
  );

  useEffect(
    function advanceAutoplay() {
      if (!autoplay) return;
      const timer = setTimeout(() => useAppStore.getState().nextTourStep(), TOUR_DWELL_MS);
      return function cancelAutoplayStep() {
        clearTimeout(timer);
      };
    },
    [autoplay, stepIndex],
  );

  const s = useAppStore.getState();
  return (
    <section
      className="presentation-caption"
      aria-labelledby="presentation-title"
      aria-live="polite"
    >
      {event && span ? (
        <>
          <p className="presentation-date">
            {formatAtPrecision(span.first, span.last, event.precision, locale)}
          </p>
          <h2 id="presentation-title">{localized(event.title, lang)}</h2>
          {step && <p className="presentation-text">{localized(step.caption, lang)}</p>}
        </>
      ) : (
        <h2 id="presentation-title">{localized(model.dataset.title, lang)}</h2>
      )}
      <div className="presentation-controls">
        <button
          type="button"
          onClick={() => s.previousTourStep()}
          disabled={!stepIndex}
          aria-label={t('previousStep')}
        >
          <Icon name="earlier" />
        </button>
        <p className="presentation-progress">
          {t('stepOf', { n: stepIndex === null ? 0 : stepIndex + 1, total: steps.length })}
        </p>
        <button
          type="button"
          onClick={() => s.nextTourStep()}
          disabled={stepIndex !== null && stepIndex >= steps.length - 1}
          aria-label={t('nextStep')}
        >
          <Icon name="later" />
        </button>
        <button type="button" aria-pressed={autoplay} onClick={() => s.setAutoplayTour(!autoplay)}>
          <Icon name={autoplay ? 'pause' : 'play'} />
          {t('autoplay')}
        </button>
        {tours.length > 0 && (
          <label className="select-label">
            {t('presentChooseTour')}
            <select
              value={presentTourId ?? tours[0]!.id}
              onChange={(e) => s.choosePresentTour(e.target.value)}
            >
              {tours.map((tour) => (
                <option key={tour.id} value={tour.id}>
                  {localized(tour.title, lang)}
                </option>
              ))}
              <option value={DATE_ORDER_TOUR}>{t('presentEventsByDate')}</option>
            </select>
          </label>
        )}
        <button type="button" onClick={() => s.exitPresentation()}>
          {t('exitPresentation')}
        </button>
      </div>
    </section>
  );
}
