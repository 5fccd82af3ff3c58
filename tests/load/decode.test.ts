import { describe, expect, it } from 'vitest';
import { StreamDecoder, bomOf, decodeBytes, utf16Unmarked } from '../../src/lib/load/decode';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
// "é;1" in each encoding, written byte by byte here (not by an encoder under test).
const UTF8 = [0xc3, 0xa9, 0x3b, 0x31];
const CP1252 = [0xe9, 0x3b, 0x31];
const UTF16LE = [0xe9, 0x00, 0x3b, 0x00, 0x31, 0x00];
const UTF16BE = [0x00, 0xe9, 0x00, 0x3b, 0x00, 0x31];

describe('bomOf', () => {
  it.each([
    ['UTF-8', [0xef, 0xbb, 0xbf, 0x41], { encoding: 'utf-8', length: 3 }],
    ['UTF-16 LE', [0xff, 0xfe, 0x41, 0x00], { encoding: 'utf-16le', length: 2 }],
    ['UTF-16 BE', [0xfe, 0xff, 0x00, 0x41], { encoding: 'utf-16be', length: 2 }],
    ['none', [0x41, 0x42, 0x43], null],
    ['half a UTF-8 BOM', [0xef, 0xbb], null],
  ])('bomOf(%s)', (_label, head, expected) => {
    expect(bomOf(bytes(...head))).toEqual(expected);
  });
});

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', UTF8, { text: 'é;1', encoding: 'utf-8', bom: false }],
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, ...UTF8], { text: 'é;1', encoding: 'utf-8', bom: true }],
    ['Windows-1252', CP1252, { text: 'é;1', encoding: 'windows-1252', bom: false }],
    [
      'UTF-16 LE with BOM',
      [0xff, 0xfe, ...UTF16LE],
      { text: 'é;1', encoding: 'utf-16le', bom: true },
    ],
    [
      'UTF-16 BE with BOM',
      [0xfe, 0xff, ...UTF16BE],
      { text: 'é;1', encoding: 'utf-16be', bom: true },
    ],
    // 0x80 is € in Windows-1252 (not U+0080 as in Latin-1), 0x9c is œ.
    ['Windows-1252 € and œ', [0x80, 0x9c], { text: '€œ', encoding: 'windows-1252', bom: false }],
    ['nothing', [], { text: '', encoding: 'utf-8', bom: false }],
    ['a single byte', [0x41], { text: 'A', encoding: 'utf-8', bom: false }],
  ])('decodeBytes(%s)', (_label, input, expected) => {
    expect(decodeBytes(bytes(...input))).toEqual(expected);
  });

  it('keeps a second BOM as U+FEFF in the text', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41)).text).toBe('\ufeffA');
  });

  it('reads valid UTF-8 as UTF-8 when forced to Windows-1252 bytes are shown as such', () => {
    expect(decodeBytes(bytes(...UTF8), 'windows-1252')).toEqual({
      text: 'Ã©;1',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('a forced UTF-8 replaces bytes that are not UTF-8 rather than switching', () => {
    expect(decodeBytes(bytes(...CP1252), 'utf-8')).toEqual({
      text: '\ufffd;1',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('a forced UTF-16 LE cuts its BOM, a forced encoding other than the BOM keeps the bytes', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, ...UTF16LE), 'utf-16le').text).toBe('é;1');
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41), 'windows-1252')).toEqual({
      text: 'ï»¿A',
      encoding: 'windows-1252',
      bom: false,
    });
  });
});

describe('StreamDecoder', () => {
  const streamed = (chunks: number[][], forced?: 'utf-8') => {
    const decoder = new StreamDecoder(forced);
    for (const c of chunks) decoder.push(bytes(...c));
    return decoder.end();
  };

  it('joins a character split across chunks (é = C3 | A9; € = E2 82 | AC)', () => {
    expect(streamed([[0x41, 0xc3], [0xa9, 0xe2, 0x82], [0xac]])).toEqual({
      text: 'Aé€',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('finds a BOM split across one-byte chunks', () => {
    expect(streamed([[0xef], [0xbb], [0xbf], [0x41]])).toEqual({
      text: 'A',
      encoding: 'utf-8',
      bom: true,
    });
    expect(streamed([[0xfe], [0xff, 0x00], [0x41]])).toEqual({
      text: 'A',
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('reads every chunk again as Windows-1252 when a later one is not UTF-8', () => {
    // The first chunk is valid UTF-8 (é); the second holds a lone 0xE9 (é in Windows-1252).
    expect(
      streamed([
        [0xc3, 0xa9, 0x3b],
        [0xe9, 0x0a],
      ]),
    ).toEqual({
      text: 'Ã©;é\n',
      encoding: 'windows-1252',
      bom: false,
    });
  });

  it('a UTF-8 sequence cut short at the very end means Windows-1252', () => {
    expect(streamed([[0x41], [0xc3]])).toEqual({
      text: 'AÃ',
      encoding: 'windows-1252',
      bom: false,
    });
  });
});

describe('utf16Unmarked', () => {
  const units = (s: string, le: boolean): Uint8Array =>
    bytes(...Array.from(s, (c) => (le ? [c.charCodeAt(0), 0] : [0, c.charCodeAt(0)])).flat());

  it('tells LE from BE by where the NUL bytes stand', () => {
    expect(utf16Unmarked(units('École;Mois', true))).toBe('utf-16le');
    expect(utf16Unmarked(units('École;Mois', false))).toBe('utf-16be');
    expect(utf16Unmarked(bytes(...UTF16LE))).toBe('utf-16le');
    expect(utf16Unmarked(bytes(...UTF16BE))).toBe('utf-16be');
  });

  it('is null for UTF-8, Windows-1252, binary data with NULs on both sides, and under 4 bytes', () => {
    expect(utf16Unmarked(bytes(...UTF8))).toBeNull();
    expect(utf16Unmarked(bytes(...CP1252, 0x41))).toBeNull();
    expect(utf16Unmarked(bytes(0, 0, 0x41, 0, 0, 0x42, 0, 0))).toBeNull();
    expect(utf16Unmarked(bytes(0x41, 0))).toBeNull();
  });

  it('wants three quarters of the high bytes NUL: 3 of 4 is UTF-16, 2 of 4 is not', () => {
    // "’" (U+2019) written LE is 19 20: no NUL in its pair.
    expect(utf16Unmarked(bytes(0x41, 0, 0x42, 0, 0x43, 0, 0x19, 0x20))).toBe('utf-16le');
    expect(utf16Unmarked(bytes(0x41, 0, 0x42, 0, 0x19, 0x20, 0x19, 0x20))).toBeNull();
  });

  it('the stream decoder reads unmarked UTF-16 as such, without a BOM to cut', () => {
    const decoder = new StreamDecoder();
    decoder.push(units('é;1', true));
    expect(decoder.end()).toEqual({ text: 'é;1', encoding: 'utf-16le', bom: false });
  });
});
