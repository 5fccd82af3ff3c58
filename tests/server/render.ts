// A component, its props and a view state → the HTML Svelte renders for it on a server
// (`render` from svelte/server), inside the contexts every component expects.
//
// Runs in Vitest's default node environment: there, the Svelte plugin compiles components for the
// server (Vite's ssr environment, which the `browser` resolve condition of vite.config.ts does not
// touch) and `svelte` resolves to its server build. No window, no document: a component that reads
// one during its set-up or in a $derived throws here, as it would on a server.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { ViewState } from '../../src/lib/state/view.svelte';
import ServerHarness from './ServerHarness.svelte';

/** What the server sends: the markup, and what goes into <head>. */
export interface ServerHtml {
  body: string;
  head: string;
}

/**
 * `component` rendered on the server with `props`, in the contexts of `view` (French by default;
 * `new ViewState({ lang: 'en' })` for English). A component that sets its own contexts (the whole
 * page) renders the same way: its own contexts win inside it.
 */
export function renderOnServer<P extends object>(
  component: Component<P>,
  props: P,
  view: ViewState = new ViewState(),
): ServerHtml {
  if (typeof window !== 'undefined' || typeof document !== 'undefined') {
    throw new Error(
      'renderOnServer runs without a DOM, as on a server: drop the @vitest-environment comment',
    );
  }
  const { body, head } = render(ServerHarness<P>, { props: { component, props, view } });
  return { body, head };
}
