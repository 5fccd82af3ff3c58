// A parse result as the School type says it: the parser's schools hold room for their ranks
// (data/types.ts ParsedSchool), filled in place by their first ranking; tests that compare a table
// read and ranked with one only read compare the schools' own five fields.
import type { ParseResult, School } from '../../src/lib/data/types';

/** A school's own fields, without the ranks a ranking gave it. */
export const schoolFields = ({ id, name, months, printedRank, line }: School): School => ({
  id,
  name,
  months,
  printedRank,
  line,
});

/** The parse result with each school cut to its own fields. */
export const parsedFields = (parsed: ParseResult): ParseResult => ({
  ...parsed,
  schools: parsed.schools.map(schoolFields),
});
