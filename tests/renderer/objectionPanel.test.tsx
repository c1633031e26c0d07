// The objection letter in the opt-out guide: grounds required for the EU and the UK (Copy and
// Save wait for them, with the reason shown), copied and saved as text through the host, and the
// same words in a report that includes the letter; elsewhere the opt-out steps.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OPT_OUT, STATEMENTS } from '../../shared/policy/policyModel';
import { GROUNDS_PLACEHOLDER } from '../../shared/report/objectionLetter';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { GROUNDS_REQUIRED } from '../../renderer/guide/ObjectionPanel';
import { localIsoDay } from '../../renderer/report/reportFileName';
import { fakeHost, generatedScan, renderView } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

const button = (testId: string) => screen.getByTestId(testId) as HTMLButtonElement;
const letterText = () => screen.getByTestId('objection-text').textContent ?? '';

describe('objection letter panel', () => {
  test.each([
    ['eu', 'Article 21(1) of the General Data Protection Regulation (GDPR)'],
    ['uk', 'Article 21(1) of the UK General Data Protection Regulation'],
  ] as const)('%s: grounds are required before Copy and Save, which then use the letter shown', async (region, law) => {
    const host = fakeHost('electron');
    renderView(result, 'guide', { host, policy: { region, optedOut: null, adultFrom: null } });
    const panel = screen.getByTestId('objection-panel');
    const grounds = screen.getByTestId('objection-grounds') as HTMLTextAreaElement;
    expect(grounds.required).toBe(true);
    expect(within(panel).getByLabelText('Your grounds (required)')).toBe(grounds);
    expect(letterText()).toContain(law);
    expect(letterText()).toContain(GROUNDS_PLACEHOLDER);
    expect(button('objection-copy').disabled).toBe(true);
    expect(button('objection-save').disabled).toBe(true);
    expect(screen.getByTestId('objection-blocked').textContent).toBe(GROUNDS_REQUIRED);
    expect(button('objection-copy').getAttribute('aria-describedby')).toBe(screen.getByTestId('objection-blocked').id);

    // White space is not grounds.
    fireEvent.change(grounds, { target: { value: '   ' } });
    expect(button('objection-copy').disabled).toBe(true);

    fireEvent.change(grounds, { target: { value: 'I am a freelance translator; my posts are samples of my paid work.' } });
    fireEvent.change(screen.getByTestId('objection-signature'), { target: { value: 'Ada Quill' } });
    expect(screen.queryByTestId('objection-blocked')).toBeNull();
    expect(letterText()).toContain('I am a freelance translator; my posts are samples of my paid work.');
    expect(letterText()).toMatch(/Yours faithfully,\nAda Quill\n/);
    expect(letterText()).not.toContain(GROUNDS_PLACEHOLDER);

    await act(async () => fireEvent.click(button('objection-copy')));
    expect(host.copied).toEqual([letterText()]);
    expect(screen.getByTestId('objection-status').textContent).toBe('Copied to the clipboard.');

    await act(async () => fireEvent.click(button('objection-save')));
    const name = `linkedin-ai-exposure-objection-letter-${localIsoDay()}.txt`;
    expect(host.saved).toEqual([{ format: 'txt', suggestedName: name, content: letterText() }]);
    expect(screen.getByTestId('objection-status').textContent).toBe(`Saved to /home/me/Documents/${name}`);
  });

  test('the United States gets the opt-out steps, which can be copied and saved at once', async () => {
    const host = fakeHost();
    renderView(result, 'guide', { host, policy: { region: 'us', optedOut: null, adultFrom: null } });
    expect(screen.queryByTestId('objection-grounds')).toBeNull();
    expect(letterText()).not.toContain('Article 21(1) of the');
    expect(letterText()).toContain(OPT_OUT.desktopSteps.join(' → '));
    expect(letterText()).toContain(STATEMENTS['not-retroactive'].text);
    expect(letterText()).not.toContain(OPT_OUT.objectionFormName);
    expect(button('objection-copy').disabled).toBe(false);
    await act(async () => fireEvent.click(button('objection-save')));
    expect(host.saved[0]!.suggestedName).toBe(`linkedin-ai-exposure-opt-out-steps-${localIsoDay()}.txt`);
    expect(host.saved[0]!.content).toBe(letterText());
  });

  test('the EU also gets an Article 15 access request, which needs no grounds', async () => {
    const host = fakeHost();
    renderView(result, 'guide', { host, policy: { region: 'eu', optedOut: null, adultFrom: null } });
    expect(button('objection-copy').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('letter-access'));
    expect(screen.queryByTestId('objection-grounds')).toBeNull();
    expect(letterText()).toContain('Under Article 15 of the General Data Protection Regulation (GDPR)');
    expect(letterText()).toContain('which models or AI systems were trained with them');
    expect(letterText()).toContain('from which period the data were drawn');
    expect(button('objection-copy').disabled).toBe(false);
    await act(async () => fireEvent.click(button('objection-save')));
    expect(host.saved[0]!.suggestedName).toBe(`linkedin-ai-exposure-access-request-${localIsoDay()}.txt`);
    fireEvent.click(screen.getByTestId('letter-objection'));
    expect(letterText()).toContain('Article 17(1)(c) GDPR');
  });

  test('Canada gets the steps and the withdrawal of consent (PIPEDA 4.3.8), no GDPR letter', () => {
    renderView(result, 'guide', { policy: { region: 'ca', optedOut: null, adultFrom: null } });
    expect(screen.queryByTestId('objection-grounds')).toBeNull();
    expect(screen.queryByTestId('letter-access')).toBeNull();
    expect(letterText()).toContain(STATEMENTS['pipeda-withdraw'].text);
    expect(letterText()).toContain('PIPEDA, Schedule 1, principle 4.3.8');
    expect(letterText()).not.toContain('GDPR');
    expect(screen.getByTestId('rights').textContent).toContain('withdraw your consent');
  });

  test('a refused copy says how to copy by hand', async () => {
    const host = fakeHost();
    host.copyResult = false;
    renderView(result, 'guide', { host, policy: { region: 'us', optedOut: null, adultFrom: null } });
    await act(async () => fireEvent.click(button('objection-copy')));
    expect(screen.getByTestId('objection-status').textContent).toMatch(/^Could not copy\. Select the letter above and copy it with Ctrl\+C/);
  });

  test('changing the region in the guide switches between the letter and the steps', () => {
    renderView(result, 'guide', { policy: { region: 'us', optedOut: null, adultFrom: null } });
    expect(screen.queryByTestId('objection-grounds')).toBeNull();
    fireEvent.change(screen.getAllByTestId('region-select')[1]!, { target: { value: 'eu' } });
    expect(screen.getByTestId('objection-grounds')).toBeTruthy();
    expect(letterText()).toContain('Article 21(1)');
  });

  test('the grounds and signature written here go into a report that includes the letter, and stay when the view changes', async () => {
    const host = fakeHost();
    renderView(result, 'guide', { host, policy: { region: 'eu', optedOut: null, adultFrom: null } });
    fireEvent.change(screen.getByTestId('objection-grounds'), { target: { value: 'My profession depends on my own writing.' } });
    fireEvent.change(screen.getByTestId('objection-signature'), { target: { value: 'Ada Quill' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Overview' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Opt-out guide' }));
    expect((screen.getByTestId('objection-grounds') as HTMLTextAreaElement).value).toBe('My profession depends on my own writing.');
    const letter = letterText();

    fireEvent.click(screen.getByTestId('export-report'));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('With the grounds and signature you wrote in the Opt-out guide.');
    fireEvent.click(within(dialog).getByTestId('format-md'));
    fireEvent.click(within(dialog).getByTestId('include-letter'));
    await act(async () => fireEvent.click(within(dialog).getByTestId('export-save')));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]!.content).toContain(`## Draft objection (Article 21(1) GDPR)\n\n\`\`\`text\n${letter}\`\`\``);

    fireEvent.click(within(dialog).getByTestId('format-html'));
    await act(async () => fireEvent.click(within(dialog).getByTestId('export-save')));
    await waitFor(() => expect(host.saved).toHaveLength(2), { timeout: 10_000 });
    const doc = new DOMParser().parseFromString(host.saved[1]!.content, 'text/html');
    expect(doc.querySelector('pre.letter')!.textContent).toBe(letter);
  });

  test('with empty grounds, the dialog says the letter will show where they go', () => {
    renderView(result, 'guide', { policy: { region: 'uk', optedOut: null, adultFrom: null } });
    fireEvent.click(screen.getByTestId('export-report'));
    expect(screen.getByRole('dialog').textContent).toContain('Your grounds are still empty');
  });
});
