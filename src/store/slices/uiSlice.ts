import type { Lang } from '../../domain/lang';
import type { SliceDefinition } from '../types';

export type BaseMap = 'offline' | 'osm';
export type FutureRoutes = 'faint' | 'hidden';

export interface UiSlice {
  lang: Lang;
  baseMap: BaseMap;
  hiddenActorIds: readonly string[];
  followActorId: string | null;
  lanes: boolean;
  futureRoutes: FutureRoutes;
  reducedMotion: boolean;
  highContrast: boolean;
  setLang: (lang: Lang) => void;
  setBaseMap: (baseMap: BaseMap) => void;
  setActorVisible: (actorId: string, visible: boolean) => void;
  setAllActorsVisible: (visible: boolean) => void;
  setFollowActor: (actorId: string | null) => void;
  setLanes: (lanes: boolean) => void;
  setFutureRoutes: (mode: FutureRoutes) => void;
  setReducedMotion: (reduced: boolean) => void;
  setHighContrast: (on: boolean) => void;
}

export const uiSlice: SliceDefinition<UiSlice> = {
  // Actors are the dataset's: who was hidden or followed means nothing in another one.
  onDatasetLoad: () => ({ hiddenActorIds: [], followActorId: null }),
  create: (init) => (set, get) => ({
    lang: init.lang,
    baseMap: 'offline',
    hiddenActorIds: [],
    followActorId: null,
    lanes: false,
    futureRoutes: 'faint',
    reducedMotion: false,
    highContrast: false,
    setLang: (lang) => set({ lang }),
    setBaseMap: (baseMap) => set({ baseMap }),
    setActorVisible: (actorId, visible) => {
      const hidden = get().hiddenActorIds;
      const has = hidden.includes(actorId);
      if (visible && has) set({ hiddenActorIds: hidden.filter((id) => id !== actorId) });
      if (!visible && !has) {
        set({ hiddenActorIds: [...hidden, actorId] });
        if (get().followActorId === actorId) set({ followActorId: null });
      }
    },
    setAllActorsVisible: (visible) =>
      set({
        hiddenActorIds: visible ? [] : get().model.dataset.actors.map((a) => a.id),
        followActorId: visible ? get().followActorId : null,
      }),
    setFollowActor: (followActorId) => set({ followActorId }),
    setLanes: (lanes) => set({ lanes }),
    setFutureRoutes: (futureRoutes) => set({ futureRoutes }),
    setReducedMotion: (reducedMotion) => set({ reducedMotion }),
    setHighContrast: (highContrast) => set({ highContrast }),
  }),
};
