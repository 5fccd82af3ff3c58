// Many strings ↔ one string and the offsets where each ends; and optional values ↔ a mask. With
// them, 100,000 schools cross from the worker as a few buffers (moved, not copied) and a few long
// strings, where a structured clone of 100,000 objects took about half a second to post and as long
// to receive (measured in Chromium on the load bench). transfer.ts builds on these.

/** Strings joined, with where each ends. */
export interface Strings {
  text: string;
  ends: Uint32Array;
}

/** The strings `at(i)` gives for i in [0, n), as one text and its end offsets. */
export function joined(n: number, at: (i: number) => string): Strings {
  const ends = new Uint32Array(n);
  const parts = new Array<string>(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const s = at(i);
    parts[i] = s;
    end += s.length;
    ends[i] = end;
  }
  return { text: parts.join(''), ends };
}

/** The i-th string of `s`. */
export const stringAt = (s: Strings, i: number): string =>
  s.text.slice(i === 0 ? 0 : s.ends[i - 1], s.ends[i]);

/** Numbers `at(i)` gives for i in [0, n), NaN where it gives none; `has` 1 where it gives one. */
export function numbers(
  n: number,
  at: (i: number) => number | null | undefined,
): { values: Float64Array; has: Uint8Array } {
  const values = new Float64Array(n);
  const has = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = at(i);
    values[i] = v ?? NaN;
    has[i] = v === null || v === undefined ? 0 : 1;
  }
  return { values, has };
}

/** `array` filled with `at(item)` for each item of `list` (a loop: typed arrays' `from` with a
 *  map function is several times slower on 100,000 values). */
export function column<T, A extends Float64Array | Uint32Array | Uint8Array>(
  array: A,
  list: readonly T[],
  at: (item: T) => number,
): A {
  list.forEach((item, i) => {
    array[i] = at(item);
  });
  return array;
}

/** The typed arrays' buffers, to move them rather than copy them. */
export const buffersOf = (...arrays: ArrayBufferView[]): ArrayBuffer[] =>
  arrays.map((a) => a.buffer as ArrayBuffer);

/** Runs `step(i)` for i in [from, n), yielding every `every` calls so that the caller may pause. */
export function* each(n: number, step: (i: number) => void, every = 4096): Generator<void, void> {
  for (let i = 0; i < n; i++) {
    step(i);
    if (i % every === every - 1) yield;
  }
}
