import { describe, it, expect, beforeEach } from 'vitest';
import { within } from '@testing-library/react';
import { useAppStore } from '../../src/store/appStore';
import { csvFile, openImportWith, useImportSandbox } from '../support/importDialog';

const TINY_GAZETTEER =
  '#gazetteer\t1\ttest\n' +
  'C\tFR\tFrance\tFrance\t41\t-5\t51\t10\nParis\t48.8534\t2.3488\t2138551\tC\n' +
  'C\tUA\tUkraine\tUkraine\t44\t22\t53\t41\nKyiv\t50.45\t30.52\t2800000\tC\n' +
  'C\tUS\tUnited States\tÉtats-Unis\t24\t-125\t50\t-66\nParis\t33.66\t-95.55\t25000\tA\n';

async function openReport(csv: string) {
  const { user, dialog } = await openImportWith(csvFile(csv));
  await user.click(await within(dialog).findByRole('button', { name: 'Check and place the rows' }));
  await within(dialog).findByRole('region', { name: 'Report' });
  return { user, dialog };
}

describe('the import report', () => {
  useImportSandbox(TINY_GAZETTEER);
  beforeEach(() => {
    useAppStore.setState({ lang: 'en' });
  });

  it('counts that agree: the rows left out are named with their reason, and the button says as many', async () => {
    const { dialog } = await openReport(
      'date,city,country\n2025-02-01,Paris,France\n2025-02-02,"Kyiv, Atlantis",Ukraine\n2025-02-03,Atlantis,France\n,Paris,France\n',
    );
    const report = within(dialog).getByRole('region', { name: 'Report' });
    const value = (label: string) => within(report).getByText(label).nextSibling;
    expect(value('Rows read')).toHaveTextContent('4');
    expect(value('Rows imported')).toHaveTextContent('2');
    expect(value('Rows left out')).toHaveTextContent('2');
    expect(value('Events created')).toHaveTextContent('2');

    const leftOut = within(dialog).getByRole('region', { name: 'Rows left out' });
    const rows = within(leftOut).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^4.*Atlantis \(France\).*This place was not found\./),
      expect.stringMatching(/^5.*No date: the row is left out\./),
    ]);
    expect(
      within(dialog).getByRole('button', { name: 'Import 2 events without the 2 rows left out' }),
    ).toBeInTheDocument();
  });

  it('places found by name can be reviewed and changed before importing', async () => {
    const { user, dialog } = await openReport('date,city,country\n2025-02-01,Paris,\n');
    await user.click(within(dialog).getByText('Review the places found by name (1)'));
    const review = within(dialog).getByRole('group', { name: /^Paris → Paris \(FR\)/ });
    expect(within(review).getByRole('radio', { name: /^Keep Paris \(FR\)/ })).toBeChecked();
    await user.click(within(review).getByRole('radio', { name: /^Paris \(US\)/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply these places' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 1 event' }));
    const place = useAppStore.getState().model.dataset.places[0]!;
    expect([place.country, place.lat, place.lon]).toEqual(['US', 33.66, -95.55]);
  });

  it('a place fixed by typing its coordinates keeps the country of its row', async () => {
    const { user, dialog } = await openReport('date,city,country\n2025-02-01,Atlantis,Ukraine\n');
    const fix = within(dialog).getByRole('group', { name: /Where is Atlantis \(Ukraine\)\?/ });
    await user.click(within(fix).getByRole('radio', { name: /Coordinates/ }));
    await user.type(within(fix).getByRole('textbox'), '46.5, 30.7');
    await user.click(within(dialog).getByRole('button', { name: 'Apply these places' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 1 event' }));
    expect(useAppStore.getState().model.dataset.places[0]!.country).toBe('UA');
  });
});
