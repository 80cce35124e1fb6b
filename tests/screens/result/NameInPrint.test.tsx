import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n/i18n';
import daUi from '../../../src/i18n/locales/da/ui.json';
import { NameLeftOutOfPrint, PrintResultButton } from '../../../src/screens/result/NameInPrint';
import { useVoicedTranslation, VoiceProvider, type VoiceSetting } from '../../../src/ui/voice';

/** A text of the result that speaks of the person by name. */
function NamedText() {
  const { t } = useVoicedTranslation();
  return <p data-testid="named">{t('result.young')}</p>;
}

async function renderResult(setting: VoiceSetting) {
  const i18n = await createI18n('da');
  render(
    <I18nextProvider i18n={i18n}>
      <VoiceProvider value={setting}>
        <NameLeftOutOfPrint>
          <NamedText />
          <PrintResultButton />
        </NameLeftOutOfPrint>
      </VoiceProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

const relative: VoiceSetting = { voice: 'relative', name: 'Kim' };
const named = () => screen.getByTestId('named').textContent ?? '';
const printButton = () => screen.getByRole('button', { name: daUi.result.actions.print });
const includeName = () =>
  screen.getByRole('checkbox', {
    name: daUi.result.relative.printName.label.replace('{{name}}', 'Kim'),
  });

/** What the page said at the moment the browser printed it. */
function capturePrint(): string[] {
  const printed: string[] = [];
  vi.spyOn(window, 'print').mockImplementation(() => printed.push(named()));
  return printed;
}

describe("printing a relative's result", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('leaves the typed name out by default, and shows it again on the screen after', async () => {
    const user = await renderResult(relative);
    expect(named()).toContain('Kim');
    expect(includeName()).not.toBeChecked();
    expect(includeName()).toHaveAccessibleDescription(daUi.result.relative.printName.hint);
    const printed = capturePrint();
    await user.click(printButton());
    expect(printed).toHaveLength(1);
    expect(printed[0]).not.toContain('Kim');
    expect(printed[0]).toContain(daUi.voice.thePerson);
    expect(named()).toContain('Kim');
  });

  it("leaves it out from the browser's own print command too (beforeprint, afterprint)", async () => {
    await renderResult(relative);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(named()).not.toContain('Kim');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(named()).toContain('Kim');
  });

  it('prints the name when the person ticks to include it', async () => {
    const user = await renderResult(relative);
    await user.click(includeName());
    const printed = capturePrint();
    await user.click(printButton());
    expect(printed[0]).toContain('Kim');
  });

  it('offers no choice when no name was typed, or the result is not a relative’s', async () => {
    for (const setting of [
      { voice: 'relative', name: '  ' },
      { voice: 'self', name: 'Kim' },
    ] as VoiceSetting[]) {
      await renderResult(setting);
      expect(screen.queryByRole('checkbox')).toBeNull();
      expect(printButton()).toBeVisible();
      cleanup();
    }
  });
});
