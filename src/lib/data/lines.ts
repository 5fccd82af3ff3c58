// Text + offsets → 1-based line numbers and line texts; LF, CRLF and a bare CR each end a line.

/** Walks a text's line ends once, for offsets that only move forward (rows in source order). */
export class LineCursor {
  private readonly ends: RegExp;
  private readonly lfOnly: boolean;
  /** 1-based line of `start`, and offset where that line starts. */
  line = 1;
  start = 0;
  /** Offset just after the next line end not yet passed, or -1 when there is none. */
  private next: number;

  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    this.lfOnly = text.indexOf('\r') === -1;
    this.ends = /\r\n?|\n/g;
    this.next = this.findNext(0);
  }

  private findNext(from: number): number {
    if (this.lfOnly) {
      const i = this.text.indexOf('\n', from);
      return i === -1 ? -1 : i + 1;
    }
    this.ends.lastIndex = from;
    const m = this.ends.exec(this.text);
    return m === null ? -1 : m.index + m[0].length;
  }

  /** The 1-based line holding `offset` (never less than the last answer). */
  lineAt(offset: number): number {
    while (this.next !== -1 && this.next <= offset) {
      this.line++;
      this.start = this.next;
      this.next = this.findNext(this.next);
    }
    return this.line;
  }
}

/** Number of lines as an editor counts them: a final line end does not open another line. */
export function countLines(text: string): number {
  if (text === '') return 0;
  if (text.indexOf('\r') === -1) {
    // LF only (the parser's text always): count them in a bare loop, no cursor calls per line.
    let ends = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) ends++;
    return text.charCodeAt(text.length - 1) === 10 ? ends : ends + 1;
  }
  const cursor = new LineCursor(text);
  const line = cursor.lineAt(text.length);
  return cursor.start === text.length ? line - 1 : line;
}

/** The text of the line starting at `start`, without its line end, cut to `max` characters. */
export function lineTextAt(text: string, start: number, max = 200): string {
  const piece = text.slice(start, start + max);
  const end = piece.search(/[\r\n]/);
  return end === -1 ? piece : piece.slice(0, end);
}
