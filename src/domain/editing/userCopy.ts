import type { Dataset } from '../dataset/schema';
import type { LocalizedText } from '../dataset/localized';

/** The user's own copy of a dataset: same content, its title marked per language. */
export function userCopy(dataset: Dataset, suffix: Record<string, string>): Dataset {
  const title: LocalizedText = { ...dataset.title };
  for (const lang of Object.keys(title)) {
    const mark = suffix[lang] ?? suffix.en;
    if (mark) title[lang] = `${title[lang]} ${mark}`;
  }
  return { ...dataset, title };
}
