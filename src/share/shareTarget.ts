/**
 * What the Share dialog offers for the open story: the bundled story and a story opened
 * from `?data=` have a public address (the link is that address plus the view); any other
 * story (imported, written in the studio, opened from a link) travels inside the link.
 */
import type { AppState } from '../store/appStore';
import { formatHash } from '../store/urlSync';
import { bundledDataset } from '../storage/datasetsStore';
import { publicAddressOf } from '../app/linkedAddress';
import { encodeStory, STORY_PARAM } from '../domain/share/storyLink';

export interface ShareTarget {
  readonly kind: 'public' | 'story';
  /** The link to hand out. */
  readonly link: string;
  /** The view part of the address (`#date=…&lang=…`), also used by the single file. */
  readonly view: string;
  /** The address to put in an iframe, when the story has a public one. */
  readonly embed: string | null;
}

export interface PageAddress {
  readonly origin: string;
  readonly pathname: string;
}

export function shareTarget(state: AppState, page: PageAddress): ShareTarget {
  const base = `${page.origin}${page.pathname}`;
  const view = formatHash({ ...state, sharedStory: null }, { lang: true });
  const dataset = state.model.dataset;
  if (dataset === bundledDataset()) {
    return { kind: 'public', link: base + view, view, embed: `${base}?embed=1${view}` };
  }
  const hosted = publicAddressOf(dataset);
  if (hosted) {
    const data = `data=${encodeURIComponent(hosted)}`;
    return {
      kind: 'public',
      link: `${base}?${data}${view}`,
      view,
      embed: `${base}?embed=1&${data}${view}`,
    };
  }
  return {
    kind: 'story',
    link: `${base}#${STORY_PARAM}=${encodeStory(dataset)}&${view.slice(1)}`,
    view,
    embed: null,
  };
}

/** Text for an HTML attribute value in a snippet the user pastes into their own page. */
function attr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function embedSnippet(address: string, title: string): string {
  return [
    '<iframe',
    `  src="${attr(address)}"`,
    `  title="${attr(title)}"`,
    '  width="900"',
    '  height="600"',
    '  style="border:0"',
    '  allow="fullscreen"',
    '></iframe>',
  ].join('\n');
}
