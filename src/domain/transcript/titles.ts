// Words that make up official titles in speaker labels, kept apart from the person's name.

/** Abbreviated titles and what they stand for ("SEC." -> "Secretary"). */
export const titleAbbreviations: ReadonlyMap<string, string> = new Map([
  ['SEC', 'Secretary'],
  ['SECY', 'Secretary'],
  ['MIN', 'Minister'],
  ['GEN', 'General'],
  ['ADM', 'Admiral'],
  ['AMB', 'Ambassador'],
  ['REP', 'Representative'],
  ['SEN', 'Senator'],
  ['PRES', 'President'],
  ['GOV', 'Governor'],
  ['LT', 'Lieutenant'],
  ['COL', 'Colonel'],
  ['CAPT', 'Captain'],
  ['CPT', 'Captain'],
  ['MAJ', 'Major'],
  ['SGT', 'Sergeant'],
  ['CMDR', 'Commander'],
  ['CDR', 'Commander'],
  ['CMDT', 'Commandant'],
  ['BRIG', 'Brigadier'],
  ['VADM', 'Vice Admiral'],
  ['RADM', 'Rear Admiral'],
]);

/** Courtesy titles: not a role, dropped from the display name when a given name is known. */
export const honorifics: ReadonlySet<string> = new Set([
  'MR',
  'MRS',
  'MS',
  'MISS',
  'MX',
  'DR',
  'PROF',
  'REV',
  'HON',
  'SIR',
  'DAME',
  'LORD',
  'LADY',
  'MADAM',
  'MADAME',
  'MME',
  'MSGR',
  'HONORABLE',
  'EXCELLENCY',
  'HE',
  'SHRI',
  'SMT',
  'SHRIMATI',
  'HERR',
  'FRAU',
  'MONSIEUR',
]);

/** Military ranks: a rank after a role ("CHAIRMAN ... GENERAL MARK A. MILLEY") is not the role. */
export const ranks: ReadonlySet<string> = new Set([
  'GENERAL',
  'ADMIRAL',
  'COLONEL',
  'CAPTAIN',
  'MAJOR',
  'LIEUTENANT',
  'SERGEANT',
  'COMMANDER',
  'BRIGADIER',
  'MARSHAL',
  'GEN',
  'ADM',
  'COL',
  'CAPT',
  'CPT',
  'MAJ',
  'LT',
  'SGT',
  'CMDR',
  'CDR',
  'BRIG',
  'VADM',
  'RADM',
]);

// "ATTORNEY GENERAL" and the like: "GENERAL" there is part of the office, not a rank.
export const generalOffices: ReadonlySet<string> = new Set([
  'ATTORNEY',
  'SURGEON',
  'INSPECTOR',
  'SECRETARY',
  'DIRECTOR',
  'CONSUL',
  'ADJUTANT',
  'SOLICITOR',
  'POSTMASTER',
  'GOVERNOR',
]);

/** Words of office titles ("SECRETARY OF DEFENSE", "ASSISTANT TO THE SECRETARY FOR PUBLIC AFFAIRS"). */
export const roleWords: ReadonlySet<string> = new Set(
  `SECRETARY MINISTER DEPUTY UNDER ASSISTANT ACTING PRINCIPAL VICE PRIME PRESIDENT CHAIRMAN CHAIR
  CHAIRWOMAN CHIEF DIRECTOR COMMANDER COMMANDANT SPOKESMAN SPOKESWOMAN SPOKESPERSON PRESS AMBASSADOR
  ENVOY SPECIAL REPRESENTATIVE SENATOR GOVERNOR MAYOR ADVISER ADVISOR ATTORNEY GENERAL ADMIRAL COLONEL
  CAPTAIN MAJOR LIEUTENANT SERGEANT OFFICER COORDINATOR HEAD HIGH COMMISSIONER SURGEON INSPECTOR
  NATIONAL SECURITY OF FOR THE AND ON TO DEFENSE DEFENCE STATE FOREIGN AFFAIRS HOMELAND JUSTICE
  TREASURY INTERIOR ARMY NAVY AIR FORCE FORCES MARINE CORPS SPACE JOINT CHIEFS STAFF COMMAND POLICY
  PUBLIC INTELLIGENCE ACQUISITION SUSTAINMENT PERSONNEL READINESS OPERATIONS COMMUNICATIONS
  INFORMATION DEPARTMENT MINISTRY MINISTER'S SENIOR OFFICIAL EXECUTIVE SPEAKER LEADER MAJORITY
  MINORITY REAR BRIGADIER MARSHAL CENTRAL EUROPEAN COMMISSION UNITED NATIONS ALLIED SUPREME EUROPE
  PACIFIC INDO-PACIFIC CYBER TRANSPORTATION ENERGY COMMERCE HEALTH EDUCATION AGRICULTURE LABOR
  VETERANS COUNCIL ECONOMIC COMMITTEE AGENCY ORGANIZATION ORGANISATION BUREAU OFFICE CABINET
  GOVERNMENT PARLIAMENT PARLIAMENTARY TRADE FINANCE ENVIRONMENT DEVELOPMENT INTERNATIONAL POLITICAL
  MILITARY ARMS CONTROL NONPROLIFERATION HUMAN RIGHTS HUMANITARIAN CHANCELLOR CONGRESSMAN
  CONGRESSWOMAN REPRESENTATIVES SENATE MEMBER RANKING SUBCOMMITTEE COMMISSION DELEGATION MISSION
  PERMANENT CONSUL SECRETARY-GENERAL UNDER-SECRETARY-GENERAL SPOKESPERSON'S COUNSELOR COUNSELLOR
  ADMINISTRATOR SUPERINTENDENT SHERIFF ANCHOR CORRESPONDENT REPORTER JOURNALIST EDITOR COLUMNIST PRESENTER INTERVIEWER HOST`.split(
    /\s+/,
  ),
);

/** A label word without its periods, upper-cased, for table look-ups: "Sec." -> "SEC". */
export function keyOf(word: string): string {
  return word.replace(/[.,]/g, '').toUpperCase();
}
