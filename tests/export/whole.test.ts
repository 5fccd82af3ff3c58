import { describe, expect, it } from 'vitest';
import { withoutFilter } from '../../src/lib/export/whole';
import { fromSearch, toSearch } from '../../src/lib/state/url';

describe('withoutFilter', () => {
  it('leaves out search, range, families, regions and tie; keeps picks, sort, language, title', () => {
    const v = fromSearch(
      '?q=mines&min=4&max=9&fam=mines&reg=84&tie=ensta-paris&pick=a,b&sort=-months&lang=en&title=T',
    );
    expect(toSearch(withoutFilter(v))).toBe('?pick=a%2Cb&sort=-months&lang=en&title=T');
    // The view itself is left as it was.
    expect(v.query).toBe('mines');
  });
});
