/** "Shared with you" loads only once a story opened from a link is on screen. */
import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { currentSharedStory } from '../store/slices/sharedStorySlice';

const loadBar = () => import('./SharedStoryBar');
const Bar = lazy(() => loadBar().then((m) => ({ default: m.SharedStoryBar })));
// A page opened from a story link fetches the bar while the story is being decoded.
if (typeof window !== 'undefined' && window.location.hash.includes('story=')) void loadBar();

export function SharedStoryBar() {
  const shown = useAppStore((s) => currentSharedStory(s) !== null);
  // Once shown it stays mounted, so "Saved" can still be said after the story is saved.
  const [mounted, setMounted] = useState(false);
  if (shown && !mounted) setMounted(true);
  return shown || mounted ? (
    <Suspense fallback={null}>
      <Bar />
    </Suspense>
  ) : null;
}
