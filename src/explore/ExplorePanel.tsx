/** Search, filters and their summary: one panel that can sit in the side panel or a menu. */
import { lazy, Suspense } from 'react';
import { useExploreT } from './useExploreT';
import { useAppStore } from '../store/appStore';
import { SearchBox } from './SearchBox';
import { FilterControls, FilterSummary } from './FilterControls';
import './explore.css';

const TopLists = lazy(() => import('../charts/TopLists'));
const selectChartsShown = (s: { chartsShown: boolean }) => s.chartsShown;

export function ExplorePanel() {
  const t = useExploreT();
  const chartsShown = useAppStore(selectChartsShown);
  return (
    <section className="panel explore" aria-labelledby="explore-heading">
      <h2 id="explore-heading" className="visually-hidden">
        {t('filters')}
      </h2>
      <SearchBox />
      <FilterSummary />
      <FilterControls />
      <button
        type="button"
        className="charts-toggle"
        aria-pressed={chartsShown}
        onClick={() => useAppStore.getState().setChartsShown(!chartsShown)}
      >
        {t('charts')}
      </button>
      {chartsShown && (
        <Suspense fallback={<p className="hint">{t('chartsLoading')}</p>}>
          <TopLists />
        </Suspense>
      )}
    </section>
  );
}
