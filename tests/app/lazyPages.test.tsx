import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { createI18n } from '../../src/i18n/i18n';

describe('the pages after the start page', () => {
  it('load on demand when nothing fetched them ahead, and the question takes focus', async () => {
    const i18n = await createI18n('en');
    const user = userEvent.setup();
    render(<App i18n={i18n} />);
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Who is this about?' });
    expect(heading).toHaveFocus();
  });
});
