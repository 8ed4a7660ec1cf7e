/**
 * The project's own evaluation files (eval/*.json): `{ "cases": [...] }`, each case checked by its
 * set's loader, which names the case when one is malformed. Reading only; no case rule lives here.
 */
import fs from 'node:fs';

export interface RawCase {
  c: Record<string, unknown>;
  /** "FILE: case N", for an error naming the case. */
  where: string;
}

/** The file's cases, in order; throws when it holds no `cases` list. */
export function readCases(file: string): RawCase[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { cases?: unknown };
  if (!Array.isArray(raw.cases)) throw new Error(`${file}: expected { "cases": [...] }`);
  return raw.cases.map((c: Record<string, unknown>, i: number) => ({ c, where: `${file}: case ${i + 1}` }));
}

/** A case's "answers", a list of non-empty strings (none when absent); throws naming the case otherwise. */
export function answerStrings({ c, where }: RawCase): string[] {
  const answers = (c.answers ?? []) as unknown;
  if (!Array.isArray(answers) || answers.some((a) => typeof a !== 'string' || !a.trim())) throw new Error(`${where}: "answers" must be a list of non-empty strings`);
  return answers as string[];
}

/** A case's text field `name`, a non-empty string; throws naming the case otherwise. */
export function textField({ c, where }: RawCase, name: string): string {
  const value = c[name];
  if (typeof value !== 'string' || !value.trim()) throw new Error(`${where}: "${name}" must be a non-empty string`);
  return value;
}
