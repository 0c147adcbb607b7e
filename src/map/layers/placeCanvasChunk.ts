/**
 * The places' canvas layer and its label placement, a chunk of their own (the first bundle
 * is smaller without them). Requested when this module is evaluated: src/app/bootEarly.ts
 * imports it first thing, so it arrives while the data is still loading; the first view
 * waits for it (`places` in src/ui/readiness.ts).
 */
export const placeCanvasModule = import('./placeCanvas');
