import { create } from 'zustand';

/**
 * Whether edit mode is on: all the first view reads of editing (the map's edit layer, the
 * panel's editor). The editing store itself (src/store/editingSlice.ts: the draft and its
 * undo history) loads with the editing code and keeps this in step.
 */
export const useEditingMode = create<{ readonly editing: boolean }>()(() => ({ editing: false }));

export const selectEditingMode = (s: { readonly editing: boolean }) => s.editing;
