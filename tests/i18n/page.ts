// The whole page rendered in jsdom at an address (`?lang=xx`), on an explorer model made as main.ts
// makes it (tests/app.ts).
import { renderApp } from '../app';

/** Renders the page at `/` + `search`; put the address back with `resetAddress` after the test. */
export async function renderPage(
  search = '',
): Promise<Awaited<ReturnType<typeof renderApp>>['result']> {
  window.history.replaceState(null, '', `/${search}`);
  return (await renderApp()).result;
}

export function resetAddress(): void {
  window.history.replaceState(null, '', '/');
}
