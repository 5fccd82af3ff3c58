// What a link or an embed made over the reader's own table says (pure): whether the link carries
// the table (`?data=`, a same-origin file it opens again) or cannot (a file or a paste, kept in this
// browser only), and the note written into the embed code as an HTML comment.

/** Whether a link to a view opens a table of its own: its query names a file (`data=`). */
export function carriesData(link: string): boolean {
  try {
    return new URL(link, 'http://localhost/').searchParams.has('data');
  } catch {
    return false;
  }
}

/**
 * An HTML comment holding `text`, which may hold a file's name (the reader's): it can neither end
 * the comment early nor open markup (`<` and `>` left out, a run of `-` broken with spaces), and
 * stays on one line.
 */
export function htmlComment(text: string): string {
  const safe = text
    .replace(/[<>]/g, '')
    .replace(/-(?=-)/g, '- ')
    .replace(/[\r\n\u2028\u2029]+/g, ' ');
  return `<!-- ${safe} -->`;
}
