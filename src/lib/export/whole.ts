// The view a download of the whole table stands for: the page's, its filter left out. Apart from
// state/url.ts, which the first screen loads: only the downloads need it.
import { defaultParams, FILTER_KEYS, type FieldKey, type ViewParams } from '../state/schema';

/** The same view over the whole table: search, range, families, regions and tie left out (picks,
 *  sort, language and annotations stay). */
export function withoutFilter(v: ViewParams): ViewParams {
  const whole: ViewParams = { ...v };
  const reset = <K extends FieldKey>(key: K): void => {
    whole[key] = defaultParams[key];
  };
  FILTER_KEYS.forEach(reset);
  return whole;
}
