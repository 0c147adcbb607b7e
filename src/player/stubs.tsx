/**
 * What the single-file player leaves out: importing (a worker and the gazetteer), saved
 * datasets and sharing. `vite.player.config.ts` resolves those modules to this one.
 */
export function ImportControl() {
  return null;
}
export function ShareButton() {
  return null;
}
export function SharedStoryBar() {
  return null;
}
