import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  embedStory,
  escapeJsonForScript,
  readEmbeddedStory,
  STORY_OPEN_TAG,
} from '../../../src/domain/share/singleFile';
import { XSS_PAYLOADS } from '../../fixtures/xss/payloads';
import { hostileDataset } from '../../fixtures/xss/hostileDataset';
import type { Dataset } from '../../../src/domain/dataset/schema';

const PAGE = `<!doctype html><html><head><script type="module">run()</script></head><body>
    ${STORY_OPEN_TAG}
      null
    </script>
</body></html>`;

function dataElement(html: string): string {
  const from = html.indexOf(STORY_OPEN_TAG) + STORY_OPEN_TAG.length;
  return html.slice(from, html.indexOf('</script>', from));
}

describe('single-file story', () => {
  it('puts the story in the data element and reads it back', () => {
    const dataset = hostileDataset();
    const html = embedStory(PAGE, dataset, '#date=2025-02-25&lang=fr')!;
    expect(html).not.toBeNull();
    expect(readEmbeddedStory(dataElement(html))).toEqual({
      ok: true,
      dataset,
      view: '#date=2025-02-25&lang=fr',
    });
    // Everything outside the element is the page as built.
    expect(html.startsWith(PAGE.slice(0, PAGE.indexOf(STORY_OPEN_TAG)))).toBe(true);
    expect(html.endsWith('</script>\n</body></html>')).toBe(true);
  });

  it('no text of the story can end the element or open a comment (fast-check)', () => {
    const hostile = fc.oneof(
      fc.constantFrom(
        ...XSS_PAYLOADS,
        '</script>',
        '</SCRIPT >',
        '<!--',
        '-->',
        '$&',
        "$'",
        '\u2028',
      ),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 8 }), (texts) => {
        const dataset = { title: texts.join(''), notes: texts } as unknown as Dataset;
        const html = embedStory(PAGE, dataset, '')!;
        const inside = dataElement(html);
        expect(inside).not.toMatch(/[<>]/);
        expect(inside).not.toContain('&');
        expect(html.split('</script>').length).toBe(PAGE.split('</script>').length);
        const read = readEmbeddedStory(inside);
        expect(read.ok && read.dataset).toEqual(JSON.parse(JSON.stringify(dataset)));
      }),
      { numRuns: 1_000 },
    );
  });

  it('escapes with JSON escapes that read back as the same text', () => {
    const text = '</script><!-- & \u2028\u2029 >';
    expect(JSON.parse(escapeJsonForScript(JSON.stringify(text)))).toBe(text);
  });

  it('refuses a page without exactly one empty data element', () => {
    const d = {} as Dataset;
    expect(embedStory('<html></html>', d, '')).toBeNull();
    expect(embedStory(PAGE + PAGE, d, '')).toBeNull();
    expect(embedStory(embedStory(PAGE, d, '')!, d, '')).toBeNull();
  });

  it('reads nothing from a missing, broken or foreign data element, and drops an odd view', () => {
    expect(readEmbeddedStory('null')).toEqual({ ok: false, reason: 'none' });
    expect(readEmbeddedStory('{')).toEqual({ ok: false, reason: 'json' });
    expect(readEmbeddedStory('[1]')).toEqual({ ok: false, reason: 'format' });
    expect(readEmbeddedStory('{"format":"other","version":1}')).toEqual({
      ok: false,
      reason: 'format',
    });
    const odd = readEmbeddedStory(
      JSON.stringify({
        format: 'diplomatic-travel-story',
        version: 1,
        view: 'javascript:x()<',
        dataset: 1,
      }),
    );
    expect(odd).toEqual({ ok: true, dataset: 1, view: '' });
  });
});
