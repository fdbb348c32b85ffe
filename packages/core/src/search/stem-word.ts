/** A light English stemmer: folds plurals and common verb endings so `invoices`, `invoice`, `invoiced` meet. */

const cache = new Map<string, string>();

/** `invoices`, `invoice`, `invoiced` -> `invoic`; `policies`, `policy` -> `polici`; `listing` -> `list`. */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const stem = computeStem(word);
  if (cache.size < 50_000) cache.set(word, stem);
  return stem;
}

const vowel = /[aeiouy]/;

function computeStem(word: string): string {
  if (word.length <= 3 || /[0-9]/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = stem.slice(0, -2);
  else if (/(sses|xes|ches|shes|zzes)$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  if (stem.endsWith('ing') && stem.length > 5 && vowel.test(stem.slice(0, -3))) {
    stem = undouble(stem.slice(0, -3));
  } else if (stem.endsWith('ied') && stem.length > 4) {
    stem = stem.slice(0, -2);
  } else if (stem.endsWith('ed') && stem.length > 4 && vowel.test(stem.slice(0, -2))) {
    stem = undouble(stem.slice(0, -2));
  }
  if (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith('y')) stem = `${stem.slice(0, -1)}i`;
  return stem;
}

/** `stopp` -> `stop`, `runn` -> `run` (but `pass`, `call`, `add` stay). */
function undouble(stem: string): string {
  return /([bdfgmnprt])\1$/.test(stem) && !/(dd)$/.test(stem) ? stem.slice(0, -1) : stem;
}
