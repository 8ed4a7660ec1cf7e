/**
 * Messages that are not questions about the coverage: a greeting ("hi!", "good morning"), thanks
 * ("thx", "thank you so much"), a request for help ("help", "what can you do?"), or for more of the
 * answer before ("tell me more", "what else?", "go on"). A member who writes them in a DM, a mention
 * or a follow-up thread expects a reply in kind, not passages found for the word "thanks". Only a
 * message made of nothing else counts: "hi, how long was the call?" is a question (its greeting is
 * dropped as a chat word, chat-words.ts). Pure.
 */
export type ConversationalKind = 'greeting' | 'thanks' | 'help' | 'more';

// Whole messages, matched on lower-cased text with punctuation and emoji turned to spaces.
const GREETING = /^(?:(?:hi+|hello+|hey+|hiya|howdy|yo|sup|greetings|good (?:morning|afternoon|evening|day)|morning|evening|gm|hola|bonjour)\s*)+$/;
const THANKS = /^(?:(?:hi|hey|hello|thanks?|thank you|thankyou|thx|tx|ty|tysm|cheers|much appreciated|appreciated?|appreciate it|great|nice|cool|awesome|perfect|ok|okay|got it|gotcha|makes sense|that helps|helpful|very|so|a lot|lots|much|again|for (?:that|this|the (?:help|answer|info))|you too)\s*)+$/;
// Questions about the bot itself ("who made you?", "are you an AI?") get the same: what it does and from what.
const HELP = /^(?:help|help me|how (?:does (?:this|it) work|do (?:i|you) use (?:this|you|it)|do you work)|what (?:can|do) you do|what are you|who are you|what is this|what can i ask(?: you)?|how do i ask(?: a question)?|commands|usage|who (?:made|built|created|wrote|programmed|runs|owns) you|are you (?:a bot|an ai|ai|a robot|human|a human|real|a person|chatgpt|biased|reliable|accurate)|can i trust you)$/;
const MORE = /^(?:(?:(?:tell|show|give) me )?(?:some )?more(?: (?:please|pls|plz|passages|of (?:that|this|it)|on (?:that|this|it)))?|go on|continue|keep going|next|what else|(?:is )?(?:there )?anything (?:more|else)|more please|show more)$/;
// Words that may stand around any of them without making it a question: whom it is addressed to.
const ADDRESS = /\b(?:bot|there|everyone|all|guys|folks|friend|mate|buddy|again)\b/g;

/** What kind of small talk the message is, or null when it is (or holds) a question to search for. */
export function readConversational(message: string): ConversationalKind | null {
  const text = message
    .toLowerCase()
    .replace(/<@!?\d+>/g, ' ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}?\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  const bare = text.replace(/\?+$/, '').replace(ADDRESS, ' ').replace(/\s+/g, ' ').trim();
  if (!bare) return null;
  if (HELP.test(bare)) return 'help';
  if (MORE.test(bare)) return 'more';
  // "Thanks" wins over a greeting in "hi, thanks": the member is answering, not starting.
  if (THANKS.test(bare) && /\b(?:thanks?|thank you|thankyou|thx|tx|ty|tysm|cheers|appreciated?|appreciate)\b/.test(bare)) return 'thanks';
  if (GREETING.test(bare)) return 'greeting';
  return null;
}
