import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/data/sha256';
import { seedText } from '../seed-text';

const node = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('sha256Hex(%j) gives the FIPS 180-4 example %s', (text, expected) => {
    expect(sha256Hex(text)).toBe(expected);
  });

  it('gives the fingerprint data/README.md states for the bundled ranking', () => {
    const readme = readFileSync('data/README.md', 'utf8');
    const stated = /SHA-256 `([0-9a-f]{64})`/.exec(readme)?.[1];
    expect(stated).toBe('6dc1c08156fc0e4b2a64bc634c319a7babeb48197f2d6fb6f88cfa6843081eda');
    expect(sha256Hex(seedText)).toBe(stated);
  });

  it('agrees with node:crypto on any text, across block boundaries and non-ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(node(text));
      }),
    );
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const text = 'é'.repeat(n) + 'x'.repeat(n);
      expect(sha256Hex(text)).toBe(node(text));
    }
  });
});
