/**
 * The controls listed in the header's menu (see HeaderMenu.tsx for how to add one). Their
 * code (import and the datasets menu, sharing, editing, the selects) is a chunk of its own:
 * on a wide screen, where they sit in the header, main.tsx loads it before the first render;
 * on a phone or a tablet, where they are folded in the closed menu, just after it.
 */
import { ImportControl } from '../import/ImportControl';
import { ShareButton } from '../share/ShareButton';
import { EditStoryButton, NewStoryButton } from '../studio/EditControls';
import {
  BaseMapSelect,
  CopyLink,
  HighContrastToggle,
  LanguageSelect,
  ThemeSelect,
  ViewSwitch,
} from './headerControls';
import type { HeaderMenuItem } from './HeaderMenu';

export const HEADER_MENU_ITEMS: readonly HeaderMenuItem[] = [
  { id: 'view', Component: ViewSwitch },
  { id: 'edit-story', Component: EditStoryButton },
  { id: 'new-story', Component: NewStoryButton },
  { id: 'copy-link', Component: CopyLink },
  { id: 'share', Component: ShareButton },
  { id: 'import', Component: ImportControl },
  { id: 'base-map', Component: BaseMapSelect },
  { id: 'theme', Component: ThemeSelect },
  { id: 'contrast', Component: HighContrastToggle },
  { id: 'language', Component: LanguageSelect },
];
