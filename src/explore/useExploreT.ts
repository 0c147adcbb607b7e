import type { FeatureTranslate } from '../i18n/i18n';
import { defineFeatureCatalogue } from '../i18n/useFeatureT';
import { exploreEn } from '../i18n/explore.en';
import { exploreFr } from '../i18n/explore.fr';

/**
 * The text of search, filters and charts: their own catalogue (`src/i18n/explore.*.ts`,
 * loaded with them, not in the first view's bundle) merged over the app's.
 */
export const {
  catalogues: EXPLORE_CATALOGUES,
  translator: exploreTranslator,
  useT: useExploreT,
} = defineFeatureCatalogue({ en: exploreEn, fr: exploreFr });
export type ExploreTranslate = FeatureTranslate<keyof typeof exploreEn>;
