/**
 * The header's less used controls. On a wide screen they sit in the header itself; on a
 * phone or a tablet (narrower than `--header-wide`, see styles) they fold into one "Menu"
 * button, so the header stays one row and the map keeps its height.
 *
 * To add a control (search, share, editing…): write a component that takes no props and
 * reads the store (a <button>, a <label> around its input, or a small role="group"), then
 * add one entry to HEADER_MENU_ITEMS (headerItems.tsx), where it should appear. Nothing else changes:
 * it shows inline on wide screens and in the menu elsewhere, themed and keyboard-ready.
 * A control that opens a dialog must render the dialog with `createPortal(…, document.body)`
 * (the menu is hidden while closed, and dialogs must not inherit the header's styling).
 */
import { useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { useT } from '../i18n/useT';
import { lazyValue } from './lazyValue';

export interface HeaderMenuItem {
  /** Stable key, also the item's class (`header-item-<id>`), for styling and tests. */
  readonly id: string;
  readonly Component: ComponentType;
}

// The items' code is a chunk of its own (headerItems.tsx), out of the first bundle.
const menuItems = lazyValue(() => import('./headerItems').then((m) => m.HEADER_MENU_ITEMS));

/** Loads the menu's items (once; again after a failure, e.g. offline before the first visit). */
export const loadHeaderMenuItems = menuItems.load;
const useMenuItems = menuItems.useValue;

export function HeaderMenu({ items: given }: { items?: readonly HeaderMenuItem[] }) {
  const t = useT();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // The items at once when their chunk is in (main.tsx waits for it on a wide screen);
  // opening the menu tries again when an earlier load failed.
  const loaded = useMenuItems(open);
  const items = given ?? loaded;

  useEffect(
    function closeOnOutsidePress() {
      if (!open) return;
      const onDown = (e: PointerEvent) => {
        const target = e.target as Element | null;
        // Dialogs opened from the menu live in <body>, outside the app: they keep it open.
        if (!target?.closest('.app')) return;
        if (rootRef.current && !rootRef.current.contains(target)) setOpen(false);
      };
      document.addEventListener('pointerdown', onDown);
      return function stopListening() {
        document.removeEventListener('pointerdown', onDown);
      };
    },
    [open],
  );

  return (
    <div
      className="header-menu"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open && !e.defaultPrevented) {
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="header-menu-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <span aria-hidden="true" className="header-menu-icon">
          ☰
        </span>
        {t('headerMenu')}
      </button>
      <div
        id={panelId}
        className="header-menu-panel"
        data-open={open}
        role="group"
        aria-label={t('headerMenuLabel')}
      >
        {items ? (
          items.map(({ id, Component }) => (
            <div key={id} className={`header-item header-item-${id}`}>
              <Component />
            </div>
          ))
        ) : open ? (
          <p className="header-menu-loading" role="status">
            {t('headerMenuLoading')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
