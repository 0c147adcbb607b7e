import { defineFeatureCatalogue } from '../i18n/useFeatureT';
import { exploreEn } from '../i18n/explore.en';
import { exploreFr } from '../i18n/explore.fr';

/**
 * The text of search, filters and charts: their own catalogue (`src/i18n/explore.*.ts`,
 * loaded with them, not in the first view's bundle) merged over the app's. The hook for
 * the views, the plain translator for tests.
 */
const explore = defineFeatureCatalogue({ en: exploreEn, fr: exploreFr });
export const useExploreT = explore.useT;
export const exploreTranslator = explore.translator;
