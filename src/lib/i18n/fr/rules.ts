// French words: what the CTI rules say, and the thresholds on the charts.
import type { RulesMessages } from '../messages';

export const rules: RulesMessages = {
  rules: {
    heading: 'Ce que disent les règles',
    intro:
      'La Commission des titres d’ingénieur (CTI), qui accrédite les écoles, encadre ainsi les séjours à l’étranger :',
    compulsory:
      'Un séjour à l’étranger est obligatoire pendant le cycle ingénieur ; dans les écoles en cinq ans, une partie peut se faire en cycle préparatoire si l’école l’encadre. Les étudiants internationaux en sont dispensés.',
    immersion:
      'Le séjour se fait seul, en immersion : cours à distance, projets avec des étudiants étrangers et autres activités « à domicile » ne le remplacent pas.',
    apprentices: (minimum: number, recommended: number) =>
      `Apprentis : au moins ${minimum} semaines à l’étranger (études, entreprise ou recherche) ; la CTI en préconise ${recommended}. Pour les autres élèves, ce texte ne chiffre pas de durée.`,
    recognition:
      'Études à l’étranger : un contrat d’études (learning agreement) est signé avant le départ ; les crédits ECTS obtenus là-bas sont reconnus automatiquement au retour, sans examen de plus.',
    gapYear:
      'L’année de césure reste un choix de l’étudiant : l’école ne doit ni l’imposer ni y pousser pour faire le séjour à l’étranger.',
    doubleDegree:
      'Un double diplôme allonge souvent les études d’un ou deux semestres ; il figure dans le supplément au diplôme, pas dans son intitulé.',
    soft: 'Le temps de trajet en train, bus, covoiturage ou vélo (« mobilités douces ») peut compter dans la durée du séjour, selon le règlement de l’école.',
    ask: 'À demander à une école (la CTI pose ces questions) : les crédits sont-ils reconnus automatiquement ? Le séjour allonge-t-il la scolarité ? Que fait-on pour ceux qui ne peuvent pas partir ?',
    average:
      'Le classement donne pour chaque école une moyenne sur tous ses étudiants, alors que les minimums de la CTI valent pour chaque étudiant : une moyenne au-dessus d’un repère ne prouve pas que chacun l’atteint.',
    dates: (former: readonly string[]) =>
      `Le texte de la CTI cite une loi de 2023 et un décret de 2024 ; le classement n’est pas daté${former.length > 0 ? ` et emploie des noms d’écoles d’autrefois (${former.join(', ')})` : ''} : ces règles ne s’appliquaient peut-être pas encore.`,
    source: (file: string) =>
      `Source : CTI (Commission des titres d’ingénieur), référentiel R&O, « Mobilités internationales » (document ${file}).`,
    more: 'Les autres points du texte',
    toggle: 'Repères CTI sur les graphiques',
    conversion: (perMonth: string, a: string, am: string, b: string, bm: string) =>
      `Repères : ${a} semaines (minimum des apprentis) et ${b} semaines (durée préconisée), en pointillés. Conversion : 1 mois = 52/12 ≈ ${perMonth} semaines, donc ${a} semaines ≈ ${am} mois et ${b} semaines ≈ ${bm} mois, arrondis à une décimale sur les graphiques.`,
    below: (weeks: number, months: string, n: string, total: string) =>
      total === '1'
        ? `Sous ${weeks} semaines (≈ ${months}) : ${n} sur 1 école affichée`
        : `Sous ${weeks} semaines (≈ ${months}) : ${n} des ${total} écoles affichées`,
    line: (weeks: number, months: string) => `${weeks} sem. ≈ ${months}`,
    alt: (a: string, b: string) => `Repères CTI en pointillés : ${a} et ${b}.`,
  },
};
