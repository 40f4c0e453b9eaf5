import type { Topic, TopicId } from '../domain/types';

// Topics are data. A pattern matches as whole words, case-insensitively; inside a pattern a space
// also matches a hyphen or a no-break space ("burden sharing" finds "Burden-sharing").
// The first six ids are part of the data contract (DESIGN.md); their order fixes their colours.
const topicList = [
  {
    id: 'libya',
    label: 'Libya',
    patterns: ['Libya', 'Libyan', 'Libyans', 'Haftar', 'Tripoli', 'Benghazi', 'Berlin conference'],
  },
  {
    id: 'afghanistan',
    label: 'Afghanistan',
    patterns: ['Afghanistan', 'Afghan', 'Afghans', 'Herat', 'Kabul', 'Taliban', 'Resolute Support'],
  },
  {
    id: 'landmines',
    label: 'Landmines',
    patterns: [
      'landmine',
      'landmines',
      'land mine',
      'land mines',
      'minefield',
      'minefields',
      'mine field',
      'mine fields',
      'anti-personnel mine',
      'anti-personnel mines',
      'Ottawa Convention',
    ],
  },
  {
    id: '5g',
    label: '5G',
    patterns: [
      '5G',
      'Huawei',
      'ZTE',
      'Chinese technology',
      'Chinese telecommunications',
      'telecommunications networks',
    ],
  },
  {
    id: 'iraq',
    label: 'Iraq',
    patterns: ['Iraq', 'Iraqi', 'Iraqis', 'Baghdad', 'Erbil', 'Peshmerga', 'Kurdistan'],
  },
  {
    id: 'nato',
    label: 'NATO',
    patterns: [
      'NATO',
      'North Atlantic Treaty Organization',
      'alliance',
      'burden sharing',
      '2% of GDP',
      '2 percent of GDP',
      'two percent of GDP',
      '2% threshold',
      'trans-Atlantic',
      'transatlantic',
      'defense ministerial',
      'defence ministerial',
      'Very High Readiness Joint Task Force',
    ],
  },
  {
    id: 'defence-industry',
    label: 'Defence industry & F-35',
    patterns: [
      'F-35',
      'Joint Strike Fighter',
      'defense industry',
      'defence industry',
      'industrial cooperation',
      'industrial defense partner',
      'industrial defence partner',
      'defence industrial',
      'defense industrial',
      'industrial relationship',
      'industrial and military cooperation',
    ],
  },
  {
    id: 'mediterranean-migration',
    label: 'Mediterranean & migration',
    patterns: [
      'Mediterranean',
      'migration',
      'migrant',
      'migrants',
      'people smuggling',
      'human smugglers',
      'smuggler',
      'smugglers',
      'Operation Sophia',
      'Coastguard',
      'coast guard',
      'search and rescue',
      'Aegean',
    ],
  },
  {
    id: 'terrorism',
    label: 'ISIS & terrorism',
    patterns: [
      'ISIS',
      'ISIL',
      'Daesh',
      'Islamic State',
      'terrorism',
      'terrorist',
      'terrorists',
      'counterterrorism',
      'counter-terrorism',
    ],
  },
  {
    id: 'iran',
    label: 'Iran',
    patterns: ['Iran', 'Iranian', 'Iranians', 'Tehran', 'Soleimani'],
  },
  {
    id: 'russia',
    label: 'Russia',
    patterns: ['Russia', 'Russian', 'Russians', 'Moscow', 'Kremlin', 'Wagner Group'],
  },
  {
    id: 'africa-sahel',
    label: 'Africa & the Sahel',
    patterns: ['Africa', 'African', 'North Africa', 'Sahel'],
  },
  {
    id: 'european-security',
    label: 'European security',
    patterns: [
      'European defence',
      'European defense',
      'European security',
      'European defense capabilities',
      'Brexit',
    ],
  },
  {
    id: 'cooperation',
    label: 'Cooperation',
    patterns: [
      'cooperation',
      'co-operation',
      'partnership',
      'interoperability',
      'strategic dialogue',
      'working closely',
    ],
  },
] as const satisfies readonly { id: string; label: string; patterns: readonly string[] }[];

/** The topics Podium ships with, in display order. */
export const defaultTopics: readonly Topic[] = topicList.map((topic) => ({
  id: topic.id as TopicId,
  label: topic.label,
  patterns: topic.patterns,
}));
