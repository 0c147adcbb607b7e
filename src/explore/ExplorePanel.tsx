/** Search, filters and their summary: one panel that can sit in the side panel or a menu. */
import { useT } from '../i18n/useT';
import { SearchBox } from './SearchBox';
import { FilterControls, FilterSummary } from './FilterControls';

export function ExplorePanel() {
  const t = useT();
  return (
    <section className="panel explore" aria-labelledby="explore-heading">
      <h2 id="explore-heading" className="visually-hidden">
        {t('filters')}
      </h2>
      <SearchBox />
      <FilterSummary />
      <FilterControls />
    </section>
  );
}
