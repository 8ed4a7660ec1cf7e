/**
 * "What else did she say?" after an answer asks for what the conversation has not quoted yet: the
 * same search, leaving out the sentences that answered before (the engine's `AskOptions.quoted`).
 * The words asking so ("else", "besides that", "any other") name no topic of their own and are taken
 * out of the question searched for: the corpus writes "else" about other things. Pure.
 */
import type { Quoted } from '../engine/types.ts';

const ELSE = /(?<![\p{L}\p{N}'’])else(?![\p{L}\p{N}])/giu;
const BESIDES_THAT =
  /,?\s*(?<![\p{L}\p{N}])(?:besides|apart\s+from|aside\s+from|other\s+than|except\s+for|beyond)\s+(?:that|this|those|these|it|them|what\s+you\s+(?:said|quoted|showed|sent))(?![\p{L}\p{N}])/giu;
const ANY_OTHER = /(?<![\p{L}\p{N}])(any|some)\s+other(?![\p{L}\p{N}])/giu;

/**
 * The question without its words asking for what else, or null when it does not ask for what else
 * ("What else did she say?" → "What did she say?").
 */
export function withoutElse(question: string): string | null {
  const stripped = question.replace(BESIDES_THAT, '').replace(ELSE, '').replace(ANY_OTHER, '$1');
  if (stripped === question) return null;
  return stripped
    .replace(/\s+([?!.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the sentence was the one a passage quoted before answered with (`Quoted.focus`, within its citation). */
export function wasQuoted(quoted: readonly Quoted[], sentence: { docId: string; index: number; text: string }): boolean {
  return quoted.some((q) => q.docId === sentence.docId && sentence.index >= q.sentences[0] && sentence.index <= q.sentences[1] && q.focus === sentence.text);
}
