/**
 * A URL slug from a title: Cyrillic (Russian and Kyrgyz letters ө, ү, ң) transliterated to
 * Latin, lower case, words joined by hyphens, at most 80 characters.
 *   slugify('Тренинг в Оше') === 'trening-v-oshe'; slugify('Өнүгүү') === 'onuguu'
 */
const MAP: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ө: 'o',
  ү: 'u',
  ң: 'ng',
};

export function slugify(title: string): string {
  const latin = [...title.toLowerCase()].map((ch) => MAP[ch] ?? ch).join('');
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
