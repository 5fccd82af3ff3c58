import { describe, expect, it } from 'vitest';
import { sniff } from '../../src/lib/load/sniff';

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
/** A ZIP's first local file header naming `name` (offsets 26–29: name and extra lengths). */
const zipWith = (name: string): number[] => [
  0x50,
  0x4b,
  0x03,
  0x04,
  ...new Array<number>(22).fill(0x14),
  name.length,
  0,
  0,
  0,
  ...ascii(name),
];

describe('sniff', () => {
  it.each([
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'png'],
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'jpeg'],
    ['a GIF', ascii('GIF89a'), 'gif'],
    ['a PDF', ascii('%PDF-1.7\n'), 'pdf'],
    ['an XLS (OLE2)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0], 'xls'],
    ['a GZIP', [0x1f, 0x8b, 0x08, 0], 'gzip'],
    ['an XLSX ([Content_Types].xml first)', zipWith('[Content_Types].xml'), 'xlsx'],
    ['an XLSX (xl/ part first)', zipWith('xl/workbook.xml'), 'xlsx'],
    ['another ZIP', zipWith('mimetype'), 'zip'],
    ['a NUL byte', [...ascii('a;b\n1;'), 0], 'binary'],
    ['a table', ascii('Rang;École;Mois\n1;A;12\n'), null],
    ['UTF-16 LE with BOM (NUL bytes expected)', [0xff, 0xfe, 0x41, 0, 0x3b, 0], null],
    ['UTF-16 BE with BOM', [0xfe, 0xff, 0, 0x41], null],
    ['nothing', [], null],
    ['an HTML page', ascii('<!DOCTYPE html>\n<html lang="fr">'), 'markup'],
    [
      'an HTML table, after a BOM and blank lines',
      [0xef, 0xbb, 0xbf, ...ascii('\r\n  <table>')],
      'markup',
    ],
    ['an XML file', ascii('<?xml version="1.0"?>'), 'markup'],
    ['a JSON array of objects', ascii('[\n  {"name": "A"}'), 'json'],
    ['a JSON object', ascii('{ "schools": []}'), 'json'],
    ['a JSON array of arrays', ascii('[["A", 8]]'), 'json'],
    ['a table whose first cell opens with <', ascii('<5 ans;École;Mois\n'), null],
    ['a table whose first cell is bracketed', ascii('[Rang];École;Mois\n'), null],
    ['a table whose first cell is braced', ascii('{A};8\n'), null],
  ])('sniff(%s) gives %s', (_label, head, expected) => {
    expect(sniff(new Uint8Array(head))).toBe(expected);
  });

  it('a NUL byte after the first 4 KB is not looked at', () => {
    const head = new Uint8Array(4097).fill(0x41);
    head[4096] = 0;
    expect(sniff(head)).toBe(null);
    head[4095] = 0;
    expect(sniff(head)).toBe('binary');
  });

  it('NUL bytes without a BOM pass when the person chose UTF-16', () => {
    expect(sniff(new Uint8Array([0x41, 0, 0x3b, 0]), true)).toBe(null);
  });

  it('an xl/ entry past the first KB of a ZIP is not looked for', () => {
    const head = [...zipWith('mimetype'), ...new Array<number>(1024).fill(0x20), ...ascii('xl/')];
    expect(sniff(new Uint8Array(head))).toBe('zip');
  });
});
