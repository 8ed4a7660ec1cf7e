/**
 * Words of one family by derivation, from WordNet (wordnet-derivations-data.ts): "seized" is not
 * "seizures" by its stem or its dictionary form, but it is the same thing said as a verb. A question
 * word the corpus never uses is read as such a relative the corpus does use, as a typo is read as the
 * word meant (question.ts); the coverage is then never said to "never mention" it. Pure.
 */
import { pairs } from './wordnet-derivations-data.ts';

let families: Map<string, string[]> | null = null;

/** The lemmas WordNet relates to this one by derivation ("seize" → "seizer", "seizing", "seizure"). */
export function derivationalRelatives(lemma: string): readonly string[] {
  if (!families) {
    families = new Map();
    for (const line of pairs.split('\n')) {
      const [a, b] = line.split(' ');
      if (!a || !b) continue;
      families.set(a, [...(families.get(a) ?? []), b]);
      families.set(b, [...(families.get(b) ?? []), a]);
    }
  }
  return families.get(lemma) ?? [];
}
