// Capitalised words that open sentences or address an official, never a reporter's name: "Thanks,
// Tomas." greets the briefer; "Next, Agence Boreale." leads in; "Absolutely." is an answer.
const notNames = new Set(
  `thank thanks yes yeah yep no nope sure okay ok right correct exactly absolutely certainly indeed
  good great fine perfect true agreed understood noted done next anyone anybody everyone everybody
  anything something nothing else question questions go please sorry again well so and but now then
  hello hi hey bye goodbye welcome congratulations cheers amen period all none both either neither mr
  mister mrs ms madam madame sir secretary minister general admiral ambassador president chairman
  senator spokesperson spokesman director governor mayor doctor dr professor colonel captain major
  today tomorrow yesterday here there this that these those it we you they i he she who what when
  where why how which whatever look listen wait stop enough more less last first final one two three
  four five ten hundred thousand million billion percent sunday monday tuesday wednesday thursday
  friday saturday january february march april may june july august september october november
  december god just quickly also let let's soon later tonight never always maybe perhaps possibly
  probably definitely precisely false sometimes often rarely once twice likewise naturally obviously
  unfortunately hopefully eventually gradually immediately shortly nobody somebody everything
  granted why not of course`.split(/\s+/),
);

/** Whether a capitalised word can be part of a person's name ("Courtney", not "Thanks" or "Next"). */
export function isNameWord(word: string): boolean {
  return !notNames.has(word.toLowerCase().replace(/[.,]$/, ''));
}
