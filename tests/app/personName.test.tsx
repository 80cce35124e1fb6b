import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

describe("a relative's name for the person", () => {
  beforeEach(() => sessionStorage.clear());

  it('phrases the questions, and is kept out of storage, the address and the title', async () => {
    const { user } = await renderApp('da');
    await user.click(screen.getByRole('checkbox', { name: /Husk mine svar/ }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('radio', { name: /^En, jeg kender/ }));
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    await user.click(screen.getByRole('radio', { name: 'Vi er søskende' }));
    await user.type(screen.getByRole('textbox', { name: /Fornavn eller kaldenavn/ }), 'Kimberly');
    await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hvor gammel er Kimberly?');
    // The snapshot the person opted in to holds the answers, never the name.
    const stored = Object.values({ ...sessionStorage }).join('\n');
    expect(stored).toContain('"relationship":"sibling"');
    expect(stored).not.toContain('Kimberly');
    expect(localStorage.length).toBe(0);
    expect(document.title).not.toContain('Kimberly');
    expect(window.location.href).not.toContain('Kimberly');
    expect(JSON.stringify(window.history.state)).not.toContain('Kimberly');
  });

  it('is forgotten with the answers', async () => {
    const { user } = await renderApp('en');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('radio', { name: /^Someone I know/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(screen.getByRole('textbox', { name: /first name or nickname/ }), 'Kim');
    await user.click(screen.getByRole('button', { name: 'Delete my answers' }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('radio', { name: /^Someone I know/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('textbox', { name: /first name or nickname/ })).toHaveValue('');
  });
});
