import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ProviderConfig } from '../../src/config/deploymentConfigSchema';
import { createI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { ProviderHelp } from '../../src/screens/result/ProviderHelp';
import { exampleProvider } from '../support/exampleProvider';

const provider = exampleProvider;

async function renderProviderHelp(
  language: Language,
  given: ProviderConfig | undefined,
  children?: ReactNode,
) {
  const i18n = await createI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <ProviderHelp provider={given}>{children}</ProviderHelp>
    </I18nextProvider>,
  );
}

describe('the provider’s own help', () => {
  it('in Danish: names the provider, links the phone and email, and gives the hours', async () => {
    await renderProviderHelp('da', provider);
    const block = screen.getByRole('region', { name: 'Rådgivningen Nord' });
    expect(within(block).getByRole('heading', { level: 3 })).toHaveTextContent('Rådgivningen Nord');
    expect(
      within(block).getByRole('link', { name: 'Ring 33 12 34 56 (Rådgivningen Nord)' }),
    ).toHaveAttribute('href', 'tel:+4533123456');
    expect(
      within(block).getByRole('link', { name: 'Skriv til kontakt@example.dk' }),
    ).toHaveAttribute('href', 'mailto:kontakt@example.dk');
    expect(within(block).getByText('Åbningstider: Hverdage 9–15')).toBeInTheDocument();
    expect(within(block).queryByText(/Weekdays/)).not.toBeInTheDocument();
  });

  it('in English: the same, with the hours in English', async () => {
    await renderProviderHelp('en', provider);
    const block = screen.getByRole('region', { name: 'Rådgivningen Nord' });
    expect(
      within(block).getByRole('link', { name: 'Call 33 12 34 56 (Rådgivningen Nord)' }),
    ).toHaveAttribute('href', 'tel:+4533123456');
    expect(within(block).getByRole('link', { name: 'Email kontakt@example.dk' })).toHaveAttribute(
      'href',
      'mailto:kontakt@example.dk',
    );
    expect(within(block).getByText('Opening hours: Weekdays 9–15')).toBeInTheDocument();
    expect(
      within(block).getByText('You can also contact Rådgivningen Nord directly.'),
    ).toBeVisible();
  });

  it('shows only what is configured', async () => {
    await renderProviderHelp('da', { name: 'Nord' });
    const block = screen.getByRole('region', { name: 'Nord' });
    expect(within(block).queryByRole('link')).not.toBeInTheDocument();
    expect(within(block).queryByText(/Åbningstider/)).not.toBeInTheDocument();
  });

  it('holds the callback request below the ways to reach the provider', async () => {
    await renderProviderHelp('da', provider, <button type="button">Ring mig op</button>);
    const block = screen.getByRole('region', { name: 'Rådgivningen Nord' });
    expect(within(block).getByRole('button', { name: 'Ring mig op' })).toBeInTheDocument();
  });

  it('renders nothing when no provider is configured', async () => {
    const { container } = await renderProviderHelp('da', undefined, <p>callback form</p>);
    expect(container).toBeEmptyDOMElement();
  });
});
