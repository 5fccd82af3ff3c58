// The data's version in links (embed/version.ts): read from a query string, added to a view's
// address, compared with the table shown. Expectations by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkVersion, otherData, VERSION_LENGTH, withVersion } from '../../src/lib/embed/version';

const SHA = '0123456789abcdef'.repeat(4);

describe('linkVersion', () => {
  it.each([
    ['?v=0123456789ab', '0123456789ab'],
    ['?q=mines&v=ABCDEF', 'abcdef'],
    ['?v=%200123456789ab%20', '0123456789ab'],
    ['', null],
    ['?v=', null],
    ['?v=abcde', null],
    ['?v=0123456789ag', null],
    [`?v=${SHA}0`, null],
    ['?v=<script>', null],
  ])('%j → %j', (search, version) => {
    expect(linkVersion(search)).toBe(version);
  });
});

describe('withVersion', () => {
  it('adds v= with the first 12 digits, last, and keeps the hash', () => {
    expect(VERSION_LENGTH).toBe(12);
    expect(withVersion('https://e.org/ecoles/?q=mines&pick=a#top', SHA)).toBe(
      'https://e.org/ecoles/?q=mines&pick=a&v=0123456789ab#top',
    );
    expect(withVersion('https://e.org/ecoles/', SHA)).toBe('https://e.org/ecoles/?v=0123456789ab');
  });
  it('replaces a version the link had, and leaves the link as it is while none is known', () => {
    expect(withVersion('https://e.org/?v=ffffff&q=x', SHA)).toBe(
      'https://e.org/?q=x&v=0123456789ab',
    );
    expect(withVersion('https://e.org/?q=x', null)).toBe('https://e.org/?q=x');
  });
  it('gives back the version it wrote, for any hash', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{64}$/), fc.webUrl(), (sha, url) => {
        const link = withVersion(url, sha);
        expect(linkVersion(new URL(link).search)).toBe(sha.slice(0, 12));
        expect(otherData(linkVersion(new URL(link).search), sha)).toBe(false);
      }),
    );
  });
});

describe('otherData', () => {
  it('is true when the link’s version is not the start of the table’s SHA-256', () => {
    expect(otherData('0123456789ab', SHA)).toBe(false);
    expect(otherData('012345', SHA)).toBe(false);
    expect(otherData('0123456789ac', SHA)).toBe(true);
  });
  it('is false while either is unknown', () => {
    expect(otherData(null, SHA)).toBe(false);
    expect(otherData('0123456789ac', null)).toBe(false);
  });
});
