// Nationality adjectives and the countries they name: data, read from labels such as
// "ITALIAN MINISTER OF DEFENSE ..." and from titles such as "... of Italy".
const nationalityList: readonly (readonly [adjective: string, country: string])[] = [
  ['American', 'United States'],
  ['U.S.', 'United States'],
  ['US', 'United States'],
  ['Afghan', 'Afghanistan'],
  ['Albanian', 'Albania'],
  ['Australian', 'Australia'],
  ['Austrian', 'Austria'],
  ['Belgian', 'Belgium'],
  ['Brazilian', 'Brazil'],
  ['British', 'United Kingdom'],
  ['UK', 'United Kingdom'],
  ['U.K.', 'United Kingdom'],
  ['Bulgarian', 'Bulgaria'],
  ['Canadian', 'Canada'],
  ['Chinese', 'China'],
  ['Croatian', 'Croatia'],
  ['Czech', 'Czech Republic'],
  ['Danish', 'Denmark'],
  ['Dutch', 'Netherlands'],
  ['Egyptian', 'Egypt'],
  ['Estonian', 'Estonia'],
  ['Finnish', 'Finland'],
  ['French', 'France'],
  ['German', 'Germany'],
  ['Greek', 'Greece'],
  ['Hungarian', 'Hungary'],
  ['Indian', 'India'],
  ['Indonesian', 'Indonesia'],
  ['Iraqi', 'Iraq'],
  ['Irish', 'Ireland'],
  ['Israeli', 'Israel'],
  ['Italian', 'Italy'],
  ['Japanese', 'Japan'],
  ['Jordanian', 'Jordan'],
  ['Korean', 'South Korea'],
  ['Latvian', 'Latvia'],
  ['Lithuanian', 'Lithuania'],
  ['Mexican', 'Mexico'],
  ['Moroccan', 'Morocco'],
  ['Norwegian', 'Norway'],
  ['Pakistani', 'Pakistan'],
  ['Philippine', 'Philippines'],
  ['Polish', 'Poland'],
  ['Portuguese', 'Portugal'],
  ['Qatari', 'Qatar'],
  ['Romanian', 'Romania'],
  ['Saudi', 'Saudi Arabia'],
  ['Slovak', 'Slovakia'],
  ['Slovenian', 'Slovenia'],
  ['Spanish', 'Spain'],
  ['Swedish', 'Sweden'],
  ['Swiss', 'Switzerland'],
  ['Turkish', 'Turkey'],
  ['Ukrainian', 'Ukraine'],
  ['Emirati', 'United Arab Emirates'],
  ['Vietnamese', 'Vietnam'],
];

const countryOfAdjective = new Map(
  nationalityList.map(([adjective, country]) => [adjective.toUpperCase(), country]),
);
const countryOfName = new Map(
  nationalityList.map(([, country]) => [country.toUpperCase(), country]),
);

/** The country a nationality adjective names ("ITALIAN" -> "Italy"), or undefined. */
export function countryOfNationality(word: string): string | undefined {
  return countryOfAdjective.get(word.toUpperCase());
}

/** The country a name stands for ("ITALY" -> "Italy"), or undefined. */
export function countryNamed(name: string): string | undefined {
  return countryOfName.get(name.toUpperCase());
}
