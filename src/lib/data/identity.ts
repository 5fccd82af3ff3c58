// Names in source order → a unique id for each, and the line of the first school of the same name.
import { hashString, StringSet } from './hash';
import { foldName, slugKey } from './normalize';

/**
 * Ids and duplicates over one table. A name takes its slug when free, else `slug-2`, `slug-3`…;
 * two names are the same when their folded forms are (`foldName`). Equal folded forms have equal
 * slugs, so while no slug clashes no name can repeat: one set lookup per row. At the first clash
 * the folded forms seen so far are indexed, and from then on every row is checked against them.
 */
export class Identities {
  private readonly ids = new StringSet();
  private readonly nextSuffix = new Map<string, number>();
  /** Names and lines seen before the first clash, to build `firstLines` if one comes. */
  private readonly names: string[] = [];
  private readonly lines: number[] = [];
  /** First line of each folded name; null until two slugs clash. */
  private firstLines: Map<string, number> | null = null;

  /** The id for the school on `line`, and the line of an earlier school of that name, if any. */
  add(name: string, line: number): { id: string; firstLine: number | undefined } {
    const { slug, hash, folded } = slugKey(name);
    const fresh = this.ids.add(slug, hash);
    if (fresh && this.firstLines === null) {
      this.names.push(name);
      this.lines.push(line);
      return { id: slug, firstLine: undefined };
    }
    const firstLines = this.firstLines ?? this.index();
    const key = folded ?? slug.replaceAll('-', ' ');
    const firstLine = firstLines.get(key);
    if (firstLine === undefined) firstLines.set(key, line);
    return { id: fresh ? slug : this.suffixed(slug), firstLine };
  }

  /** `slug-2`, `slug-3`…: the first not given yet. */
  private suffixed(slug: string): string {
    let n = this.nextSuffix.get(slug) ?? 2;
    let id = `${slug}-${n}`;
    while (!this.ids.add(id, hashString(id))) id = `${slug}-${++n}`;
    this.nextSuffix.set(slug, n + 1);
    return id;
  }

  /** Folds the names seen so far, once, at the first clash. */
  private index(): Map<string, number> {
    const firstLines = new Map<string, number>();
    this.names.forEach((name, i) => {
      const key = foldName(name);
      if (!firstLines.has(key)) firstLines.set(key, this.lines[i] ?? 0);
    });
    this.names.length = 0;
    this.lines.length = 0;
    this.firstLines = firstLines;
    return firstLines;
  }
}
