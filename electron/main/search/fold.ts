/** Letters that Unicode does not decompose into a base letter plus a mark. */
const STANDALONE_LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th'
}

/**
 * Folds text for matching as a person expects: case, accents and ligatures are
 * ignored, so "zoe odegard" finds "Zoë Ødegård" and "łukasz" finds "Lukasz".
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłđðħıßæœþ]/g, (letter) => STANDALONE_LETTERS[letter] ?? letter)
}
