// @vitest-environment jsdom
// The embed builder (issue 15, part 5): no code for a card without its school, the reason said by
// the disabled button; the builder's own schools, theme, filter and readers' edits in the code; the
// preview's frame at the embed's address. Addresses worked out by hand from the schema's order.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import EmbedBuilderHarness from './EmbedBuilderHarness.svelte';
import { HEIGHT_TYPE } from '../../src/lib/components/EmbedBuilder.svelte';
import { HEIGHT_MESSAGE } from '../../src/lib/embed/height';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { fr } from '../../src/lib/i18n/fr';

const all = buildDataset(seedText).ranking.schools;

/** The embed code's field. */
const field = (): HTMLTextAreaElement =>
  screen.getByRole<HTMLTextAreaElement>('textbox', { name: fr.share.embedField });
/** The iframe's address in the code, its `&amp;` read back. */
const src = (code: string): string =>
  (/src="([^"]+)"/.exec(code)?.[1] ?? '').replaceAll('&amp;', '&');

describe('EmbedBuilder', () => {
  it('a card without a school: no code, the copy button disabled and saying why', async () => {
    render(EmbedBuilderHarness, { view: new ViewState(), all });
    const copy = screen.getByRole('button', { name: fr.share.copyEmbed });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: fr.share.embedKind }),
      fr.share.kinds.school,
    );
    expect(copy).toBeDisabled();
    expect(copy).toHaveAccessibleDescription(fr.share.needsPick);
    expect(field().value).toBe('');
    expect(screen.queryByTitle(/^Aperçu/)).toBeNull();

    // The school chosen in the builder's own search: the code is complete.
    await userEvent.type(screen.getByRole('combobox', { name: fr.compare.add }), 'centrale paris');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => field().value).toMatch(/<iframe/);
    expect(copy).toBeEnabled();
    expect(copy).not.toHaveAccessibleDescription(fr.share.needsPick);
    expect(screen.queryByText(fr.share.needsPick)).toBeNull();
    expect(src(field().value)).toMatch(
      /^http:\/\/localhost:3000\/\?pick=centrale-paris&embed=school&embedId=school-[a-z0-9]{4}&v=abababababab$/,
    );
    expect(screen.getByText(fr.builder.added('Centrale Paris'))).toHaveAttribute('role', 'status');

    // Dark theme, written into the address.
    await userEvent.click(screen.getByRole('radio', { name: fr.builder.themes.dark }));
    expect(src(field().value)).toMatch(/\?pick=centrale-paris&theme=dark&embed=school&embedId=/);

    // Removing it takes the code away again.
    await userEvent.click(
      screen.getByRole('button', { name: fr.builder.remove('Centrale Paris') }),
    );
    expect(copy).toBeDisabled();
    expect(field().value).toBe('');
  });

  it('starts from the page’s picks and follows them until the author changes its own', async () => {
    const view = new ViewState({ picks: ['centrale-lyon'] });
    render(EmbedBuilderHarness, { view, all });
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: fr.share.embedKind }),
      fr.share.kinds.compare,
    );
    const list = (): string[] =>
      within(screen.getByRole('region', { name: fr.builder.schools(5) }))
        .queryAllByRole('listitem')
        .filter((li) => li.closest('[role="listbox"]') === null)
        .map((li) => li.textContent?.replace('×', '').trim() ?? '');
    expect(list()).toEqual(['Centrale Lyon']);
    view.togglePick('centrale-paris');
    flushSync();
    expect(list()).toEqual(['Centrale Lyon', 'Centrale Paris']);
    // Removed here: the page keeps both, the builder now has its own list.
    await userEvent.click(screen.getByRole('button', { name: fr.builder.remove('Centrale Lyon') }));
    expect(list()).toEqual(['Centrale Paris']);
    expect(view.picks).toEqual(['centrale-lyon', 'centrale-paris']);
    view.togglePick('centrale-lille');
    flushSync();
    expect(list()).toEqual(['Centrale Paris']);
    await expect.poll(() => field().value).toMatch(/<iframe/);
    expect(src(field().value)).toMatch(/\?pick=centrale-paris&embed=compare&embedId=compare-/);

    // Readers may edit: edit=1, and only on a comparison.
    await userEvent.click(screen.getByRole('checkbox', { name: fr.builder.editable }));
    expect(src(field().value)).toMatch(/&embed=compare&embedId=compare-[a-z0-9]{4}&edit=1&v=/);
  });

  it('brings the page’s filter along unless told not to', async () => {
    render(EmbedBuilderHarness, {
      view: new ViewState({ query: 'mines', range: [3, 6], picks: ['centrale-lyon'] }),
      all,
    });
    await expect.poll(() => field().value).toMatch(/<iframe/);
    expect(src(field().value)).toMatch(/\?q=mines&min=3&max=6&pick=centrale-lyon&embed=ranking&/);
    await userEvent.click(screen.getByRole('checkbox', { name: fr.builder.filter }));
    expect(src(field().value)).toMatch(/\?pick=centrale-lyon&embed=ranking&embedId=ranking-/);
  });

  it('previews the embed in a titled frame at the host width chosen', async () => {
    render(EmbedBuilderHarness, { view: new ViewState(), all });
    const frame = await screen.findByTitle(
      `Aperçu : ${fr.embed.frameTitle(fr.embed.titles.ranking)}`,
    );
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toMatch(
      /^http:\/\/localhost:3000\/\?embed=ranking&embedId=preview-[a-z0-9]{4}&v=abababababab$/,
    );
    expect(frame.style.width).toBe('480px');
    await userEvent.click(screen.getByRole('radio', { name: fr.builder.px(320) }));
    expect(frame.style.width).toBe('320px');
    await userEvent.click(screen.getByRole('radio', { name: fr.builder.full }));
    expect(frame.style.width).toBe('100%');
    await userEvent.click(screen.getByRole('radio', { name: fr.builder.themes.light }));
    await expect.poll(() => frame.getAttribute('src')).toMatch(/\?theme=light&embed=ranking/);
  });
});

describe('EmbedBuilder’s preview', () => {
  it('reads the height messages embed/height.ts writes', () => {
    expect(HEIGHT_TYPE).toBe(HEIGHT_MESSAGE);
  });
});
