/**
 * Button custom ids: `qa:<action>:<answer key>`. The key names an entry in the bounded store of
 * recent answers (the question and the passages that message showed), so ids stay far below
 * Discord's 100 characters whatever the question.
 */
export type ButtonAction = 'more' | 'context' | 'up' | 'down' | 'follow';

const ACTIONS: readonly ButtonAction[] = ['more', 'context', 'up', 'down', 'follow'];
const PREFIX = 'qa';
const KEY = /^[A-Za-z0-9_-]{1,40}$/;

export interface ButtonId {
  action: ButtonAction;
  key: string;
}

export function encodeButtonId({ action, key }: ButtonId): string {
  if (!KEY.test(key)) throw new Error(`invalid answer key: ${key}`);
  return `${PREFIX}:${action}:${key}`;
}

/** The action and key of one of our buttons, or null for anything else. */
export function decodeButtonId(customId: string): ButtonId | null {
  const [prefix, action, key, ...rest] = customId.split(':');
  if (prefix !== PREFIX || rest.length > 0 || !action || !key) return null;
  if (!(ACTIONS as readonly string[]).includes(action) || !KEY.test(key)) return null;
  return { action: action as ButtonAction, key };
}
