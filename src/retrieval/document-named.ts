/**
 * A question that names one document of the coverage by words of its title and what it is — "In the
 * oil crisis article, when did prices rise?", "According to the Harvard University article, …", "What
 * does the Huguenot article say about Dutch settlers?" — or by its whole title after what it is ("the
 * article about the 1973 oil crisis") asks within that document, as `/ask source:` does. The title's
 * words alone name nothing: a member asking "When was the oil crisis?" asks about the crisis, not for
 * the article on it. Pure.
 */
import { isStopWord, words } from '../index/terms.ts';
import { askedBesides } from './asked-besides.ts';
import { escapeRegExp } from './escape-regexp.ts';
import type { NamedDocument } from './source-named.ts';

export interface DocumentReading<D extends NamedDocument = NamedDocument> {
  document: D;
  /** The question without the document and the words that framed it; empty when nothing else is asked (its content as a whole). */
  rest: string;
}

/** What a member calls a document of the coverage. */
const KIND = String.raw`(?:article|story|report|piece|entry|page|write-?up)`;
/** Up to this many words before the kind are tried as the title's, the most first. */
const MOST_WORDS = 8;
const RUN = new RegExp(String.raw`((?:[\p{L}\p{N}][\p{L}\p{N}'’.\-]*\s+){1,${MOST_WORDS}})${KIND}(?![\p{L}\p{N}])`, 'giu');
/** What comes before a document's title words when a member names it ("the oil crisis article"); "an oil article" is any. */
const DETERMINER = /^(?:the|this|that|your)$/i;
/** After a title named whole: the end, a stop, or what the document says. */
const ENDS_NAMING = /^\s*(?:$|[,:;.?!)]|(?:say|says|said|tell|tells|told|mention|mentions|mentioned|report|reports|reported|write|writes|wrote)(?![\p{L}\p{N}]))/iu;
/** "the article about …": what follows is read as a whole title. */
const ABOUT = new RegExp(String.raw`(?<![\p{L}\p{N}])${KIND}s?\s+(?:about|on)\s+(?:the\s+)?`, 'giu');

/** A reader of the documents a question names by title (the whole words of one title, then "article"…); null when it names none. */
export function documentReader<D extends NamedDocument>(documents: readonly D[]): (question: string) => DocumentReading<D> | null {
  // By the words of its title only, never its id ("the md article" names nothing).
  const titles = documents.map((document) => ({ document, plain: ` ${words(document.title).join(' ')} ` }));
  return (question) => {
    // "the article about the 1973 oil crisis": a whole title after it (words of one would be its subject).
    for (const m of question.matchAll(ABOUT)) {
      const after = ` ${words(question.slice(m.index + m[0].length)).join(' ')} `;
      const whole = titles.filter((t) => t.plain.trim() && after.startsWith(t.plain)).sort((a, b) => b.plain.length - a.plain.length);
      if (whole.length === 0 || (whole.length > 1 && whole[1]!.plain === whole[0]!.plain)) continue;
      const title = words(whole[0]!.plain);
      const named = new RegExp(String.raw`(?:(?:the|this|that|an?)\s+)?${escapeRegExp(m[0])}${title.map(escapeRegExp).join(String.raw`[^\p{L}\p{N}]+`)}(?:['’]s?)?(?![\p{L}\p{N}])`, 'iu');
      const found = named.exec(question);
      // "the report on the War of 1812 casualties" is about the casualties: the title must end the naming.
      if (!found || !ENDS_NAMING.test(question.slice(found.index + found[0].length))) continue;
      return { document: whole[0]!.document, rest: askedBesides(question, named) };
    }
    for (const m of question.matchAll(RUN)) {
      const before = m[1]!.trim().split(/\s+/);
      // The most words first: "the 1973 oil crisis article" is the 1973 one, not any oil crisis.
      // From a determiner on: "the oil crisis article" names one, while words that merely run into
      // "page" ("…of man page, written in all", quoted from a manual) name none.
      for (let from = 1; from < before.length; from++) {
        if (!DETERMINER.test(before[from - 1]!)) continue;
        const run = before.slice(from);
        const plain = words(run.join(' '));
        if (plain.every(isStopWord)) continue;
        const holders = titles.filter((t) => t.plain.includes(` ${plain.join(' ')} `));
        if (holders.length !== 1) continue;
        const named = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:the|this|that)\s+)?${run.map(escapeRegExp).join(String.raw`\s+`)}\s+${KIND}(?:['’]s?)?(?![\p{L}\p{N}])`, 'iu');
        return { document: holders[0]!.document, rest: askedBesides(question, named) };
      }
    }
    return null;
  };
}
