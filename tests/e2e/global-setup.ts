// Before any browser test, once per run: the bench-only page that tests/e2e/scale.spec.ts serves
// (the app over 100,000 generated schools, dist-bench/), built from the sources as they are now. A
// page left from an earlier build would test old code: it once did, and failed on words it lacked.
import { buildBenchPage } from '../../scripts/bench-page.mjs';

export default function globalSetup(): void {
  buildBenchPage();
}
