// languageFolderAddress: where the app starts when a language's prerendered folder was opened.
import { describe, expect, it } from 'vitest';
import { languageFolderAddress } from '../src/lib/prerendered';

describe('languageFolderAddress', () => {
  it.each([
    ['http://h/app/en/', '?lang=en', 'http://h/app/?lang=en'],
    ['http://h/app/en/index.html', '?lang=en', 'http://h/app/?lang=en'],
    ['http://h/app/en/?q=lyon#x', '?lang=en', 'http://h/app/?q=lyon&lang=en#x'],
    ['file:///d/dist/en/index.html', '?lang=en', 'file:///d/dist/?lang=en'],
    ['http://h/app/en/?lang=fr', '?lang=en', 'http://h/app/?lang=fr'],
  ])('languageFolderAddress(%s, %s) gives %s', (href, prerendered, expected) => {
    expect(languageFolderAddress(href, prerendered)).toBe(expected);
  });

  it.each([
    ['http://h/app/', ''],
    ['http://h/app/?q=lyon', ''],
    ['http://h/app/', undefined],
  ])('languageFolderAddress(%s, %s) is null: nothing moves', (href, prerendered) => {
    expect(languageFolderAddress(href, prerendered)).toBeNull();
  });
});
