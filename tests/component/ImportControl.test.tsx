import { describe, it, expect } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportControl } from '../../src/import/ImportControl';
import { useAppStore } from '../../src/store/appStore';
import {
  csvFile,
  openImportDialog,
  openImportWith,
  useImportSandbox,
} from '../support/importDialog';

const TINY_GAZETTEER =
  '#gazetteer\t1\ttest\n' +
  'C\tFR\tFrance\tFrance\t41\t-5\t51\t10\nParis\t48.8534\t2.3488\t2138551\tC\n' +
  'C\tRU\tRussia\tRussie\t41\t19\t82\t180\nMoscow\t55.7522\t37.6156\t10381222\tC\nSaint Petersburg\t59.9386\t30.3141\t5028000\tA\n';

describe('ImportControl', () => {
  useImportSandbox(TINY_GAZETTEER);

  it('imports a CSV through mapping and report, fixes an unplaced row, and keeps it in the menu', async () => {
    const { user, dialog } = await openImportDialog();
    expect(within(dialog).getByText(/GeoNames.*CC BY 4\.0/)).toBeInTheDocument();
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      csvFile(
        'Date;Ville;Pays;Personne\n14/02/2025;Paris;France;Ana\n15/02/2025;Moskow;Russie;Ana\n16/02/2025;Leningrad;URSS;Ana\n',
      ),
    );
    expect(
      await within(dialog).findByRole('heading', { name: 'Which column is which?' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'City or place' })).toHaveDisplayValue(
      /^Ville/,
    );
    expect(within(dialog).getByRole('combobox', { name: 'Person' })).toHaveDisplayValue(
      /^Personne/,
    );
    expect(within(dialog).getByText(/The file shows it: day\/month\/year/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Check and place the rows' }));

    const report = await within(dialog).findByRole('region', { name: 'Report' });
    expect(within(report).getByText('Rows read').nextSibling).toHaveTextContent('3');
    expect(within(report).getByText('Events created').nextSibling).toHaveTextContent('2');
    const problems = within(dialog).getByRole('region', { name: 'Problems' });
    expect(within(problems).getByText('Moskow (Russie)')).toBeInTheDocument();
    expect(within(problems).getAllByText('This place was not found.').length).toBeGreaterThan(0);

    const fix = within(dialog).getByRole('group', { name: /Where is Moskow \(Russie\)\?/ });
    await user.click(within(fix).getByRole('radio', { name: /^Moscow \(RU\)/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply these places' }));
    const confirm = await within(dialog).findByRole('button', { name: 'Import 3 events' });
    await user.click(confirm);

    expect(await screen.findByText(/“trips” is open: 3 events\./)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    const dataset = useAppStore.getState().model.dataset;
    expect(dataset.events).toHaveLength(3);
    expect(dataset.places.map((p) => p.name.en)).toEqual(['Paris', 'Moskow', 'Leningrad']);

    await user.click(screen.getByRole('button', { name: 'Datasets' }));
    const menu = screen.getByRole('region', { name: 'Datasets' });
    expect(within(menu).getByRole('button', { name: 'Open trips' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(within(menu).getByRole('button', { name: /^Bundled story/ }));
    expect(useAppStore.getState().model.dataset.id).toBe('afp-2025-02-26');
    // Choosing closes the menu and puts focus back on its button.
    expect(menu).not.toBeVisible();
    expect(screen.getByRole('button', { name: 'Datasets' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Datasets' }));
    await user.click(within(menu).getByRole('button', { name: 'Open trips' }));
    expect(useAppStore.getState().model.dataset.events).toHaveLength(3);
    expect(menu).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Datasets' }));
    await user.click(within(menu).getByRole('button', { name: 'Delete trips' }));
    const ask = within(menu).getByRole('group', { name: 'Delete trips' });
    await user.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(within(menu).getByRole('button', { name: 'Open trips' })).toBeInTheDocument();
    await user.click(within(menu).getByRole('button', { name: 'Delete trips' }));
    await user.click(
      within(within(menu).getByRole('group', { name: 'Delete trips' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(await within(menu).findByText('No saved imports yet.')).toBeInTheDocument();
    expect(useAppStore.getState().model.dataset.id).toBe('afp-2025-02-26');
  });

  it('closes the datasets menu with Esc and gives focus back to its button', async () => {
    const user = userEvent.setup();
    render(<ImportControl />);
    const toggle = screen.getByRole('button', { name: 'Datasets' });
    await user.click(toggle);
    const menu = screen.getByRole('region', { name: 'Datasets' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    within(menu)
      .getByRole('button', { name: /^Bundled story/ })
      .focus();
    await user.keyboard('{Escape}');
    expect(menu).not.toBeVisible();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('asks for the day/month order when the dates read both ways', async () => {
    const { user, dialog } = await openImportWith(
      csvFile('date,city\n03/04/2025,Paris\n05/06/2025,Moscow\n'),
    );
    const order = await within(dialog).findByRole('group', {
      name: 'How are dates like 03/04/2025 written?',
    });
    expect(within(order).getByText(/Some dates read both ways \(2 of them\)/)).toBeInTheDocument();
    await user.click(within(order).getByRole('radio', { name: /month\/day\/year/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Check and place the rows' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Import 2 events' }));
    expect(useAppStore.getState().model.dataset.events.map((e) => e.date)).toEqual([
      '2025-03-04',
      '2025-05-06',
    ]);
  });

  it('refuses a bad file with a specific message and changes nothing', async () => {
    const before = useAppStore.getState().model.dataset;
    const { user, dialog } = await openImportWith(csvFile('', 'empty.csv'));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('empty.csv was not imported. Nothing was changed.');
    expect(alert).toHaveTextContent('The file is empty.');
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      csvFile('{"schemaVersion": 7}', 'future.json'),
    );
    expect(
      await within(dialog).findByText(/Made by a newer version of the app \(format 7\)/),
    ).toBeInTheDocument();
    expect(useAppStore.getState().model.dataset).toBe(before);
  });

  it('speaks French', async () => {
    useAppStore.setState({ lang: 'fr' });
    const user = userEvent.setup();
    render(<ImportControl />);
    await user.click(screen.getByRole('button', { name: 'Importer des données' }));
    expect(await screen.findByRole('dialog', { name: 'Importer des données' })).toBeInTheDocument();
    expect(screen.getByLabelText('Choisir un fichier')).toBeInTheDocument();
  });
});
