import { lazy, Suspense, type ReactNode } from 'react';
import { useEditingMode, selectEditingMode } from '../store/editingMode';

const Studio = lazy(() => import('./Studio').then((m) => ({ default: m.Studio })));

/** In edit mode the panel shows the editor instead of `children` (the event details). */
export function StudioPanel({ children }: { children: ReactNode }) {
  const editing = useEditingMode(selectEditingMode);
  if (!editing) return <>{children}</>;
  return (
    <Suspense fallback={null}>
      <Studio />
    </Suspense>
  );
}
