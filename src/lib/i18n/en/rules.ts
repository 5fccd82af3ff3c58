// English words: what the CTI rules say, and the thresholds on the charts.
import type { RulesMessages } from '../messages';

export const rules: RulesMessages = {
  rules: {
    heading: 'What the rules say',
    intro:
      'The Commission des titres d’ingénieur (CTI), the body that accredits engineering schools, frames time abroad like this:',
    compulsory:
      'A stay abroad is compulsory during the engineering cycle; in five-year schools, part of it may take place in the preparatory years if the school supervises it. International students are exempt.',
    immersion:
      'The stay is individual and immersive: online courses, projects with foreign students and other activities “at home” do not replace it.',
    apprentices: (minimum: number, recommended: number) =>
      `Apprentices: at least ${minimum} weeks abroad (study, work or research); the CTI recommends ${recommended}. For other students, this text sets no length.`,
    recognition:
      'Study abroad: a learning agreement is signed before leaving; the ECTS credits earned there are recognised automatically on return, with no extra exam.',
    gapYear:
      'A gap year remains the student’s choice: the school must neither impose it nor push towards it for the stay abroad.',
    doubleDegree:
      'A double degree often adds one or two semesters; it appears in the diploma supplement, not in the title of the degree.',
    soft: 'Travel time by train, bus, car sharing or bike (“soft mobility”) may count towards the stay, as the school’s regulations say.',
    ask: 'Questions to ask a school (the CTI asks them too): are credits recognised automatically? Does the stay lengthen the course? What happens to those who cannot go?',
    average:
      'The ranking gives each school an average over all its students, while the CTI’s minimums apply to every student: an average above a threshold does not prove that everyone reaches it.',
    dates: (former: readonly string[]) =>
      `The CTI text cites a 2023 law and a 2024 decree; the ranking is undated${former.length > 0 ? ` and uses old school names (${former.join(', ')})` : ''}: these rules may not have applied yet.`,
    source: (file: string) =>
      `Source: CTI (Commission des titres d’ingénieur), R&O reference framework, “Mobilités internationales” (document ${file}).`,
    more: 'The text’s other points',
    toggle: 'CTI thresholds on the charts',
    conversion: (perMonth: string, a: string, am: string, b: string, bm: string) =>
      `Thresholds: ${a} weeks (apprentices’ minimum) and ${b} weeks (recommended), dotted. Conversion: 1 month = 52/12 ≈ ${perMonth} weeks, so ${a} weeks ≈ ${am} months and ${b} weeks ≈ ${bm} months, rounded to one decimal on the charts.`,
    below: (weeks: number, months: string, n: string, total: string) =>
      total === '1'
        ? `Under ${weeks} weeks (≈ ${months}): ${n} of the 1 school shown`
        : `Under ${weeks} weeks (≈ ${months}): ${n} of the ${total} schools shown`,
    line: (weeks: number, months: string) => `${weeks} wk ≈ ${months}`,
    alt: (a: string, b: string) => `CTI thresholds, dotted: ${a} and ${b}.`,
  },
};
