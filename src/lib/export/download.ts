// A file made in the page → the browser's download: an object URL on a transient <a download>.

/** Saves `blob` as `file` and lets the object URL go once the download has started. */
export function saveBlob(blob: Blob, file: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Released later, not at once: some browsers read the URL after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
