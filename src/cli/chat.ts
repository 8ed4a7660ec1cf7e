/**
 * `npm run chat`: questions one after another at the terminal, read as a conversation (chat-session.ts):
 * follow-ups, "tell me more", "What happened next?". One question per line on stdin, with a prompt
 * when it is a terminal; "exit" or the end of input ends it. Answers go to stdout, all else to stderr.
 */
import readline from 'node:readline';
import { isUserError } from '../errors.ts';
import { CHAT_USAGE, parseChatArgs } from './args.ts';
import { ChatSession } from './chat-session.ts';
import { sourceNamed } from '../retrieval/source-named.ts';
import { openEngine, withFolders } from './open-engine.ts';
import { EXIT, runCli } from './run-cli.ts';

const GOODBYE = /^(?:exit|quit|bye|:q)$/i;

await runCli(async (config, logger) => {
  const args = parseChatArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${CHAT_USAGE}\n`);
    return EXIT.ok;
  }
  const engine = await openEngine(withFolders(config.engine, args), logger, {
    onModel: (model) => process.stderr.write(`Model: ${model}\n`),
    keepProgress: false,
  });
  // A source that names no document, or several, is said before the first question (exit 2).
  if (args.source !== null) sourceNamed(engine.sources().documents, args.source);
  const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const session = new ChatSession(engine, { top: args.top, ansi: terminal, ...(args.source !== null ? { within: args.source } : {}) });
  const lines = readline.createInterface({ input: process.stdin, ...(terminal ? { output: process.stderr, prompt: '> ' } : {}), terminal });
  if (terminal) {
    // While the member types the first question.
    void engine.warmUp();
    process.stderr.write('Ask about the coverage, one question per line; a question is read with the one before it. "exit" or Ctrl-D ends.\n');
    lines.prompt();
  }
  for await (const line of lines) {
    if (GOODBYE.test(line.trim())) break;
    if (line.trim() !== '') {
      try {
        process.stdout.write(`${await session.reply(line)}\n\n`);
      } catch (error) {
        // An empty or too long question: said, and the conversation goes on.
        if (!isUserError(error)) throw error;
        process.stderr.write(`error: ${error.message}\n`);
      }
    }
    if (terminal) lines.prompt();
  }
  lines.close();
  return EXIT.ok;
});
