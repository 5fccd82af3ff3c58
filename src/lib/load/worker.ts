// The worker that reads a table: one request → progress messages, then its table (as columns, its
// buffers moved to the page) or a LoadError. The page makes one per load and ends it when the
// answer arrives or the person cancels.
import { runLoad } from './pipeline';
import type { FromWorker, ToWorker } from './protocol';
import { packResult } from './transfer';

const post = (message: FromWorker, transfer: Transferable[] = []): void =>
  self.postMessage(message, { transfer });

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  void runLoad(event.data, (progress) => post({ type: 'progress', progress })).then((outcome) => {
    if (!outcome.ok) return post({ type: 'error', error: outcome.error });
    const { packed, transfer } = packResult(outcome.result);
    post({ type: 'done', result: packed }, transfer);
  });
});
