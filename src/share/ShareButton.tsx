/** The header's "Share" button; the dialog (codec, QR code, single file) loads on demand. */
import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useControlsT } from '../ui/useControlsT';

const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

export function ShareButton() {
  const t = useControlsT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('share')}
      </button>
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <ShareDialog onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
