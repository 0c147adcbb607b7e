/**
 * Follows a related-event link: opens the dataset it names (the bundled story, a built-in
 * record) if it is not the one shown, then selects the event there (map and timeline move).
 */
import { useAppStore } from '../store/appStore';
import { BUNDLED_KEY, bundledDataset, useDatasetsStore } from './datasetsStore';
import { builtinByDatasetId } from './builtinDatasets';
import { BUNDLED_STORY_ID } from '../app/bundledStoryId';

function relatedDatasetKey(datasetId: string): string | null {
  if (datasetId === BUNDLED_STORY_ID || bundledDataset()?.id === datasetId) return BUNDLED_KEY;
  return builtinByDatasetId(datasetId)?.key ?? null;
}

export async function openRelated(datasetId: string, eventId: string): Promise<boolean> {
  if (useAppStore.getState().model.dataset.id !== datasetId) {
    const key = relatedDatasetKey(datasetId);
    if (!key) return false;
    if (!(await useDatasetsStore.getState().open(key))) return false;
  }
  const { model, selectEvent } = useAppStore.getState();
  if (!model.eventById.has(eventId)) return false;
  selectEvent(eventId);
  return true;
}
