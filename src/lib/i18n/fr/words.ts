// French words that several features' sentences share.
import type { Format } from '../format';

/** "1 école", "144 écoles", from a count already written out (`f.count`: 1 is "1" in every
 *  language); `agreed` the participle after it: "1 école classée", "144 écoles classées". */
export const schoolsOf = (count: string, agreed = ''): string =>
  count === '1' ? `1 école${agreed && ` ${agreed}`}` : `${count} écoles${agreed && ` ${agreed}s`}`;

/** "1 école", "144 écoles". */
export const schools = (n: number, f: Format): string => schoolsOf(f.count(n));

/** "A", "A et B", "A, B et C". */
export const and = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`;

/** "1 autre école", "31 autres écoles". */
export const others = (n: number, f: Format): string =>
  n === 1 ? '1 autre école' : `${f.count(n)} autres écoles`;
