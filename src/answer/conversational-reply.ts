/**
 * Replies to messages that are not questions about the coverage (`Answer.conversational`): the
 * answer the engine gives, and the words every transport shares, each saying how to ask in its own
 * way. Pure.
 */
import type { Answer, ConversationalReply } from '../engine/types.ts';

/** `examples` is asked for only when the reply offers them (not to thanks): the first call may build the suggestion list. */
export function conversationalAnswer(question: string, kind: ConversationalReply, examples: () => readonly string[]): Answer {
  const offered = kind === 'thanks' ? [] : examples();
  return {
    question,
    answered: false,
    confidence: null,
    passages: [],
    hasMore: false,
    conversational: kind,
    ...(offered.length ? { examples: [...offered] } : {}),
  };
}

const WHAT_I_DO = 'I answer questions about the news coverage I hold by quoting the passages that answer them, each with its source, and I say so when the coverage does not answer.';

/** What a transport tells a member, in its own terms: how to ask, and how to see more of an answer. */
export interface TransportHowTo {
  ask: string;
  more: string;
}

/** The reply's text; `quote` renders the member's words and the examples safely for the transport. */
export function conversationalText(a: Pick<Answer, 'question' | 'conversational' | 'examples' | 'readOn'>, how: TransportHowTo, quote: (text: string) => string = (t) => t): string {
  const examples = a.examples?.length ? `\nFor example:\n${a.examples.map((e) => `• ${quote(e)}`).join('\n')}` : '';
  switch (a.conversational) {
    case 'thanks':
      return 'You\u2019re welcome! Ask again any time.';
    case 'greeting':
      return `Hi! ${WHAT_I_DO} ${how.ask}${examples}`;
    case 'help':
      return `${WHAT_I_DO} ${how.ask}${examples}`;
    case 'more':
      return `More of which answer? ${how.more}${examples}`;
    case 'read-to-end':
      return `That is where \u201c${quote(a.readOn?.title ?? '')}\u201d ends: nothing follows the passage quoted before. Ask about something else it covers.`;
    case 'no-subject':
      return `There is nothing in \u201c${quote(a.question)}\u201d to look for: ask about someone or something the coverage may mention.${examples}`;
    default:
      return '';
  }
}

/** Said to "more" after an answer that showed all there was; `quote` renders the question safely for the transport. */
export function nothingMoreText(question: string, quote: (text: string) => string = (t) => t): string {
  return `That was all the coverage has on \u201c${quote(question.replace(/\s+/g, ' ').trim())}\u201d. Ask another question to look further.`;
}
