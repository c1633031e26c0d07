// The opt-out guide: steps, the not-retroactive fact, objection, the settings link through the
// host, and the same region and opt-out controls as the toolbar.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { OPT_OUT, REGIONS, SOURCES, STATEMENTS } from '../../shared/policy/policyModel';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { fakeHost, generatedScan, renderView } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

describe('opt-out guide', () => {
  test('shows the desktop and mobile steps and the not-retroactive fact', () => {
    renderView(result, 'guide');
    expect(within(screen.getByTestId('desktop-steps')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([...OPT_OUT.desktopSteps]);
    expect(within(screen.getByTestId('mobile-steps')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([...OPT_OUT.mobileSteps]);
    expect(screen.getByTestId('not-retroactive').textContent).toContain(STATEMENTS['not-retroactive'].text);
    // The United States: the steps only; the objection form is for the regions where the GDPR applies.
    expect(screen.getByTestId('rights').textContent).toBe('Switching the setting off is the step the sources describe for your region.');
    cleanup();
    renderView(result, 'guide', { policy: { region: 'eu', optedOut: null, adultFrom: null } });
    expect(document.body.textContent).toContain(OPT_OUT.objectionFormName);
    expect(screen.getByTestId('rights').textContent).toContain('Article 21(1) GDPR');
  });

  test('the settings button asks the host to open LinkedIn\'s settings page', () => {
    const host = fakeHost();
    renderView(result, 'guide', { host });
    fireEvent.click(screen.getByTestId('open-settings'));
    expect(host.opened).toEqual([OPT_OUT.settingsUrl]);
  });

  test('the region chosen in the guide is the toolbar\'s too, and its windows are listed', () => {
    renderView(result, 'guide');
    const selects = screen.getAllByTestId('region-select') as HTMLSelectElement[];
    expect(selects).toHaveLength(2);
    fireEvent.change(selects[1]!, { target: { value: 'hk' } });
    expect(selects.map((s) => s.value)).toEqual(['hk', 'hk']);
    const hk = REGIONS.find((r) => r.id === 'hk')!;
    expect(within(screen.getByTestId('region-windows')).getAllByRole('listitem')).toHaveLength(hk.windows.length);
    expect(screen.getByTestId('region-windows').textContent).toContain('11 Oct 2024');
  });

  test('the opt-out date entered in the guide shows in the toolbar', () => {
    renderView(result, 'guide');
    fireEvent.change(screen.getAllByTestId('optout-choice')[1]!, { target: { value: 'date' } });
    fireEvent.change(screen.getByTestId('optout-input'), { target: { value: 'Jan 15, 2025' } });
    // The toolbar shows the same day, in the region's form.
    const inputs = screen.getAllByTestId('optout-input') as HTMLInputElement[];
    expect(inputs.map((i) => i.value)).toEqual(['Jan 15, 2025', 'Jan 15, 2025']);
    expect((screen.getAllByTestId('optout-choice') as HTMLSelectElement[]).map((s) => s.value)).toEqual(['date', 'date']);
    expect(screen.getByTestId('optout-date-note').textContent).toContain('you may need to recall it');
  });

  test('every statement carries its sources, and the guide ends with them in full', () => {
    renderView(result, 'guide', { policy: { region: 'ca', optedOut: null, adultFrom: null } });
    const list = screen.getByTestId('source-list').textContent!;
    for (const id of ['opc-canada-2024', 'pipeda', 'linkedin-setting-page', 'dpc-statement-2025'] as const) expect(list, id).toContain(SOURCES[id].reference);
    expect(list).not.toContain(SOURCES.gdpr.reference);
    expect(within(screen.getByTestId('region-windows')).getAllByTestId('citation').length).toBe(REGIONS.find((r) => r.id === 'ca')!.windows.length);
    expect(screen.getByTestId('region-windows').textContent).toContain('a day before Dec 10, 2024 (start stated, end not stated)');
    expect(within(screen.getByTestId('exclusions')).getAllByTestId('citation')).toHaveLength(4);
  });
});
