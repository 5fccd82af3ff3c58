// @vitest-environment jsdom
// The share panel over the reader's own table (issue 13): its link and its embed code say so, in
// French and English; over the published ranking, nothing changes. Sentences written out by hand.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ShareHarness from './ShareHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { nb } from '../i18n/spaces';

/** The embed code, once the panel has mounted and loaded its builder. */
async function embedCode(name: RegExp): Promise<string> {
  const field = await screen.findByRole<HTMLTextAreaElement>('textbox', { name });
  await expect.poll(() => field.value).toMatch(/<iframe/);
  return field.value;
}

/** The notes the panel shows (role="note"), in order. */
const notes = (): string[] => screen.queryAllByRole('note').map((n) => n.textContent?.trim() ?? '');

describe('Share over the published ranking', () => {
  it('shows no note of an own table, and its embed code starts with the iframe', async () => {
    render(ShareHarness, { view: new ViewState() });
    const code = await embedCode(/Code d’intégration/);
    expect(notes()).toEqual([]);
    expect(code.startsWith('<iframe src="http://localhost')).toBe(true);
  });
});

describe('Share over a table read from a file', () => {
  it('says in French that the link opens the published ranking, and so does the embed code', async () => {
    render(ShareHarness, { view: new ViewState(), own: 'classement-2026.csv' });
    const code = await embedCode(/Code d’intégration/);
    const embedNote = nb(
      'Ce code intègre le classement publié~: votre tableau (classement-2026.csv), lu dans votre navigateur, n’y est pas.',
    );
    expect(notes()).toEqual([
      nb(
        'Ce tableau est le vôtre (classement-2026.csv)~: il reste dans votre navigateur, rien n’est envoyé. Un lien ne peut pas emporter un tableau lu depuis un fichier~: pour toute autre personne, ce lien ouvre le classement publié.',
      ),
      embedNote,
    ]);
    expect(code.split('\n')[0]).toBe(`<!-- ${embedNote} -->`);
    expect(code.split('\n')[1]).toMatch(/^<iframe src="/);
  });

  it('says it in English', async () => {
    render(ShareHarness, { view: new ViewState({ lang: 'en' }), own: 'my table.tsv' });
    const code = await embedCode(/Embed code/);
    const embedNote =
      'This code embeds the published ranking: your table (my table.tsv), read in your browser, is not in it.';
    expect(notes()).toEqual([
      'This table is your own (my table.tsv): it stays in your browser, nothing is sent. A link cannot carry a table read from a file: for anyone else, this link opens the published ranking.',
      embedNote,
    ]);
    expect(code.split('\n')[0]).toBe(`<!-- ${embedNote} -->`);
  });

  it('a file name that tries to end the comment stays inside it: one comment, then the embed', async () => {
    const name = '--><script>alert(1)</script><!--.csv';
    render(ShareHarness, { view: new ViewState({ lang: 'en' }), own: name });
    expect(notes()[0]).toContain(name);
    const code = await embedCode(/Embed code/);
    const template = document.createElement('template');
    template.innerHTML = code;
    const nodes = [...template.content.childNodes].filter((n) => n.nodeType !== Node.TEXT_NODE);
    expect(nodes.map((n) => n.nodeName)).toEqual(['#comment', 'IFRAME', 'SCRIPT']);
    expect(nodes[0]?.textContent).toBe(
      ' This code embeds the published ranking: your table (- -scriptalert(1)/script!- -.csv), read in your browser, is not in it. ',
    );
    expect(template.content.querySelector('script')?.getAttribute('src')).toBe(
      'http://localhost:3000/embed.js',
    );
  });
});
