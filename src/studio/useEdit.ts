import { useEditingStore } from '../store/editingSlice';
import type { Dataset } from '../domain/dataset/schema';

/** Applies a pure change to the story being edited (one undo step; `coalesce` groups typing). */
export function edit(change: (d: Dataset) => Dataset, coalesce?: string): void {
  useEditingStore.getState().apply(change, coalesce);
}

export function draftNow(): Dataset | null {
  return useEditingStore.getState().draft;
}
