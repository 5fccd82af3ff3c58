// A reading worker written into the script itself, for the single-file build (there is no second
// file to load it from). It starts from a blob: address, which a page without a CSP allows.
import InlineWorker from './worker.ts?worker&inline';

export const spawn = (): Worker => new InlineWorker({ name: 'load' });
