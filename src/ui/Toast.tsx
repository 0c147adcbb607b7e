import { createPortal } from 'react-dom';
import { useControlsT } from './useControlsT';

/**
 * A message over the map (import done, storage refused…), never in the header's flow, so
 * the header keeps its height and the map its size. It stays until closed; the live region
 * is always present so the message is announced when it appears.
 */
export function Toast({ message, onClose }: { message: string; onClose: () => void }) {
  const t = useControlsT();
  return createPortal(
    <div className={message ? 'toast' : 'toast is-empty'}>
      <p role="status" className="toast-text">
        {message}
      </p>
      {message && (
        <button
          type="button"
          className="toast-close"
          onClick={onClose}
          aria-label={t('closeMessage')}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>,
    document.body,
  );
}
