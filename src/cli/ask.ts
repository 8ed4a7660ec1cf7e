/** `npm run ask`: answer one question, or one per line of a file, from the corpus. */
import fs from 'node:fs';
import { formatReadable, toJsonAnswer } from '../answer/format-cli.ts';
import { leansOnPrevious, questionParts } from '../retrieval/question-parts.ts';
import { validateQuestion } from '../retrieval/validate-question.ts';
import { sourceNamed } from '../retrieval/source-named.ts';
import { isUserError } from '../errors.ts';
import { ASK_USAGE, parseAskArgs } from './args.ts';
import { openEngine, withFolders } from './open-engine.ts';
import { EXIT, runCli } from './run-cli.ts';

function readQuestions(file: string): string[] {
  const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}

await runCli(async (config, logger) => {
  const args = parseAskArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${ASK_USAGE}\n`);
    return EXIT.ok;
  }
  let questions: string[];
  if (args.file !== null) {
    try {
      questions = readQuestions(args.file);
    } catch (error) {
      process.stderr.write(`error: cannot read questions from ${args.file}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
  } else {
    questions = [args.question!];
    validateQuestion(args.question!); // fail fast, before loading the model and the index
  }
  // Said once, in plain words, on stderr: stdout belongs to the answers.
  const engine = await openEngine(withFolders(config.engine, args), logger, {
    onModel: (model) => process.stderr.write(`Model: ${model}\n`),
    keepProgress: false,
  });
  // A source that names no document, or several, is said once, not for every question of a file.
  if (args.source !== null) sourceNamed(engine.sources().documents, args.source);
  let failures = 0;
  for (const question of questions) {
    try {
      // "How long was the call? Who started it?": each part answered, one that leans on the part before read with it.
      const parts = questionParts(question);
      for (const [i, part] of parts.entries()) {
        const previous = i > 0 && leansOnPrevious(part) ? parts[i - 1] : undefined;
        const answer = await engine.ask(part, { top: args.top, ...(previous ? { previous } : {}), ...(args.source !== null ? { within: args.source } : {}) });
        const readWith = previous ? { readWith: previous } : {};
        process.stdout.write(args.json ? JSON.stringify(toJsonAnswer(answer)) + '\n' : formatReadable(answer, { ansi: Boolean(process.stdout.isTTY), ...readWith }) + '\n\n');
      }
    } catch (error) {
      if (!isUserError(error)) throw error;
      // A single bad question is a usage error; in a file it is reported in place and the rest go on.
      if (args.file === null) throw error;
      failures++;
      const line = { question, answered: false, confidence: null, passages: [], error: error.message };
      process.stdout.write(args.json ? JSON.stringify(line) + '\n' : `Q: ${question}\nerror: ${error.message}\n\n`);
    }
  }
  return failures > 0 && failures === questions.length ? EXIT.usage : EXIT.ok;
});
