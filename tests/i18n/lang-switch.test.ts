// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import LangSwitchHarness from './LangSwitchHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { registerLanguage } from '../../src/lib/i18n/registry';
import { pseudoLanguage, registerPseudo, xx } from './pseudo';

describe('LangSwitch', () => {
  it('with two languages: one button to the other, named and titled in it, and back', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(LangSwitchHarness, { view });
    const toEnglish = screen.getByRole('button');
    expect(toEnglish).toHaveTextContent('English');
    expect(toEnglish).toHaveAttribute('lang', 'en');
    expect(toEnglish).toHaveAttribute('title', 'Show in English');
    await user.click(toEnglish);
    expect(view.lang).toBe('en');
    const toFrench = screen.getByRole('button');
    expect(toFrench).toHaveTextContent('Français');
    expect(toFrench).toHaveAttribute('lang', 'fr');
    expect(toFrench).toHaveAttribute('title', 'Afficher en français');
    await user.click(toFrench);
    expect(view.lang).toBe('fr');
  });

  it('with three: a group named in the page’s language, a button for each, the page’s pressed', async () => {
    const unregister = await registerPseudo();
    try {
      const user = userEvent.setup();
      const view = new ViewState({ lang: 'en' });
      render(LangSwitchHarness, { view });
      const group = screen.getByRole('group', { name: 'Language' });
      const pressed = () =>
        Array.from(group.querySelectorAll('button'), (b) => b.getAttribute('aria-pressed'));
      expect(pressed()).toEqual(['false', 'true', 'false']);
      await user.click(screen.getByRole('button', { name: pseudoLanguage.name }));
      expect(view.lang).toBe('xx');
      expect(pressed()).toEqual(['false', 'false', 'true']);
      expect(screen.getByRole('group', { name: xx.language.choose })).toBe(group);
    } finally {
      unregister();
    }
  });

  it('when a language cannot be loaded: the page stays in its own, and a status line says so', async () => {
    // A language whose catalogue fails to load, as offline.
    const unregister = registerLanguage({
      ...pseudoLanguage,
      code: 'zz',
      name: 'Zz',
      first: () => Promise.reject(new Error('offline')),
    });
    const errors = vi.spyOn(console, 'error');
    try {
      const user = userEvent.setup();
      const view = new ViewState({ lang: 'en' });
      render(LangSwitchHarness, { view });
      const status = screen.getByRole('status');
      expect(status.textContent?.trim()).toBe('');
      await user.click(screen.getByRole('button', { name: 'Zz' }));
      await vi.waitFor(() =>
        expect(status).toHaveTextContent(
          'Zz: the page could not be loaded in this language (offline?). It stays in English.',
        ),
      );
      expect(view.lang).toBe('en');
      // Another language, loaded, clears it.
      await user.click(screen.getByRole('button', { name: 'Français' }));
      expect(view.lang).toBe('fr');
      expect(status.textContent?.trim()).toBe('');
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      unregister();
    }
  });
});
