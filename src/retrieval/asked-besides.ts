/**
 * What a question asks besides the source it names — an outlet (outlet-named.ts) or a document
 * (document-named.ts): the words that frame the source as where to look are not what to look for. Pure.
 */
import { isStopWord, words } from '../index/terms.ts';

const MARK = '\u0000';
// Around the source (written MARK below): what frames it as where to look, not what to look for.
const FRAMES: readonly RegExp[] = [
  new RegExp(`\\baccording to ${MARK}(?:\\s+(?:reports?|coverage|articles?|stor(?:y|ies)|pieces?|reporting))?\\s*[,:]?`, 'giu'),
  new RegExp(`\\bwhat (?:does|did|do|has|have) ${MARK} (?:say|said|report|reported|write|wrote|tell us|told us|have|had)(?: to say)?(?: (?:about|on|regarding|of))?`, 'giu'),
  new RegExp(`\\b(?:in|from|by|per) ${MARK}(?: (?:reports?|coverage|articles?|stor(?:y|ies)|pieces?|reporting))?`, 'giu'),
  new RegExp(`${MARK} (?:reports?|coverage|articles?|stor(?:y|ies)|pieces?|reporting)(?: (?:says?|said|on|about|of))?`, 'giu'),
  new RegExp(`\\b(?:does|did|do) ${MARK} (?:say|report|write|mention)`, 'giu'),
];
// Words that, once the source is out, ask for nothing in particular ("What did Polar Herald report?", "What does the oil crisis article say?").
const GENERAL = new Set(['say', 'says', 'said', 'report', 'reports', 'reported', 'write', 'wrote', 'tell', 'told', 'cover', 'covered', 'coverage', 'article', 'articles', 'story', 'stories', 'news', 'latest', 'mention', 'mentioned', 'publish', 'published']);

/**
 * What a question asks besides the source it names (`named` finds it, as an outlet or a document):
 * without the source and the words that framed it as where to look ("According to …,", "What does
 * … say about"); empty when nothing else is asked, its coverage as a whole.
 */
export function askedBesides(question: string, named: RegExp): string {
  let rest = question.replace(named, MARK);
  for (const frame of FRAMES) rest = rest.replace(frame, ' ');
  rest = rest.replace(new RegExp(MARK, 'g'), ' ').replace(/\s+([,?.!])/g, '$1').replace(/^[\s,:;.-]+|[\s,:;-]+$/g, '').replace(/\s+/g, ' ');
  const own = words(rest).filter((w) => !isStopWord(w) && !GENERAL.has(w));
  return own.length ? rest : '';
}
