// @vitest-environment jsdom
// The ranking's image maker: the fold loads it when first opened; its size, its schools and the
// top N set the preview (an <img> of the SVG from a blob: address, let go when the image changes)
// and say when the size holds fewer schools than asked. The SVG read here is the blob's text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ImageHarness from './ImageHarness.svelte';
import { explorerOf } from '../explorer';
import { fr } from '../../src/lib/i18n/fr';

/** The blobs made into addresses, by address, and the addresses let go. */
let made: Map<string, Blob>;
let revoked: string[];

beforeEach(() => {
  made = new Map();
  revoked = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${made.size + 1}`;
    made.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
});
afterEach(() => vi.restoreAllMocks());

const preview = () => screen.getByRole<HTMLImageElement>('img', { name: /^Aperçu de l’image/ });
/** The names of the rows of the SVG the preview shows. */
async function previewNames(): Promise<string[]> {
  const text = (await made.get(preview().getAttribute('src') ?? '')?.text()) ?? '';
  const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  return Array.from(root.querySelectorAll('g > text:nth-child(2)'), (t) => t.textContent ?? '');
}

describe('ImageFold', () => {
  it('loads the maker only when opened', async () => {
    const { container } = render(ImageHarness, { m: explorerOf() });
    const details = container.querySelector('details');
    expect(screen.getByText('Image…').tagName).toBe('SUMMARY');
    expect(screen.queryByRole('radio')).toBeNull();
    if (!details) throw new Error('no fold');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(await screen.findByRole('radio', { name: fr.image.sizes.column })).toBeChecked();
  });
});

describe('ImageMaker', () => {
  it('starts with an article’s column of the top 10, a preview of 640 px and its downloads', async () => {
    render(ImageHarness, { m: explorerOf(), maker: true });
    expect(screen.getByRole('radio', { name: fr.image.top })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: fr.image.count })).toHaveValue(10);
    expect(preview()).toHaveAccessibleName(fr.image.preview(fr.image.sizes.column));
    expect(preview()).toHaveAttribute('width', '640');
    expect(preview().getAttribute('src')).toMatch(/^blob:test\//);
    const names = await previewNames();
    expect(names).toHaveLength(10);
    expect([names[0], names[9]]).toEqual(['CPE Lyon', 'EFREI']);
    const group = screen.getByRole('group', { name: fr.image.download });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([fr.download.svg, fr.download.png]);
  });

  it('a social card: 1200 × 675, 8 comfortable rows; 20 asked for gives 13 and says so', async () => {
    const user = userEvent.setup();
    render(ImageHarness, { m: explorerOf(), maker: true });
    const first = preview().getAttribute('src') ?? '';
    await user.click(screen.getByRole('radio', { name: fr.image.sizes.social }));
    expect(preview()).toHaveAttribute('width', '1200');
    expect(preview()).toHaveAttribute('height', '675');
    // The image changed: the address of the one before is let go.
    expect(revoked).toContain(first);
    // The source under the rows takes one line of the 1,104 px the words have, as estimated in its
    // 18 px (charts/text-width.ts; two lines at 0.6 em a character): 7 rows before, 12 at most.
    const count = screen.getByRole('spinbutton', { name: fr.image.count });
    expect(count).toHaveValue(8);
    await user.clear(count);
    await user.type(count, '20');
    await user.tab();
    expect(screen.getByText(/^Cette taille tient 13\sécoles lisibles au plus\s:/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(await previewNames()).toHaveLength(13);
  });

  it('the schools shown by the filter, or the picked ones in ranked order; none picked is said', async () => {
    const user = userEvent.setup();
    const m = explorerOf({ search: '?fam=mines&pick=mines-douai,cpe-lyon' });
    render(ImageHarness, { m, maker: true });
    await user.click(screen.getByRole('radio', { name: 'Celles du filtre (7)' }));
    expect(screen.queryByRole('spinbutton')).toBeNull();
    expect(await previewNames()).toEqual([
      'Mines Saint-Etienne',
      'Mines Nantes',
      'Mines Paris',
      'Mines Nancy',
      'Mines Douai',
      'Mines Albi-Carmaux',
      'Mines Alès',
    ]);
    await user.click(
      screen.getByRole('radio', { name: 'Celles choisies pour la comparaison (2)' }),
    );
    expect(await previewNames()).toEqual(['CPE Lyon', 'Mines Douai']);
    m.view.togglePick('mines-douai');
    m.view.togglePick('cpe-lyon');
    await vi.waitFor(() =>
      expect(screen.getByText(/^Aucune école choisie pour la comparaison\s:/)).toHaveAttribute(
        'role',
        'status',
      ),
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(
      within(screen.getByRole('group', { name: fr.image.download })).queryAllByRole('button'),
    ).toEqual([]);
  });
});
