/** End to end: a question edited is answered again in the bot's same replies; a question deleted takes its replies with it. */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { fixedPassageEngine, type FixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import type { InjectedMessage, RecordedCall } from './stand-in/server.ts';

let h: Harness<FixedPassageEngine>;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});


/** Every reply the bot posted to a message, in order. */
function repliesTo(message: InjectedMessage): RecordedCall[] {
  return h.standIn.calls.filter((c) => c.method === 'POST' && c.status === 200 && c.body?.message_reference?.message_id === message.id);
}

/** Waits for `count` replies to a message (one per question it asks) and gives their message ids. */
async function replyIds(message: InjectedMessage, count: number): Promise<string[]> {
  await h.standIn.waitForCall(() => repliesTo(message).length >= count, undefined, `${count} replies to ${message.id}`);
  return repliesTo(message).map((c) => (c.response as { id: string }).id);
}

const edited = (channelId: string, id: string) => h.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === `/channels/${channelId}/messages/${id}`, undefined, `edit of ${id}`);
const deleted = (channelId: string, id: string) => h.standIn.waitForCall((c) => c.method === 'DELETE' && c.path === `/channels/${channelId}/messages/${id}`, undefined, `deletion of ${id}`);

describe('a question edited', () => {
  test('in a DM: the same reply is edited to answer what it asks now, and no new reply is posted', async () => {
    const message = h.standIn.injectMessage({ content: 'How long was the cal?', dm: true });
    const [replyId] = await replyIds(message, 1);
    h.standIn.editMessage(message, 'Did Trump offer military help?');
    const edit = await edited(message.channelId, replyId!);
    expect(h.engine.calls.ask.at(-1)?.question).toBe('Did Trump offer military help?');
    expect(edit.body.embeds[0].description).toContain('still insisted');
    expect(h.standIn.messages.get(replyId!)?.edited_timestamp).not.toBeNull();
    expect(repliesTo(message)).toHaveLength(1);
  });

  test('an update that leaves the text as it was (a link preview loading) asks nothing again', async () => {
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} how long was the call? https://example.org/story` });
    const [replyId] = await replyIds(message, 1);
    const asked = h.engine.calls.ask.length;
    h.standIn.editMessage(message, message.options.content);
    // Edits of one message are handled in turn: once the real edit is answered, the first was looked at.
    h.standIn.editMessage(message, `${h.standIn.botMention} who did Rubio speak with?`);
    await edited(message.channelId, replyId!);
    expect(h.engine.calls.ask.length).toBe(asked + 1);
    expect(h.engine.calls.ask.at(-1)?.question).toBe('who did Rubio speak with?');
  });

  test('asking fewer questions than before: the first reply is edited and the other deleted', async () => {
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} How long was the call? Who did Rubio speak with?` });
    const [first, second] = await replyIds(message, 2);
    h.standIn.editMessage(message, `${h.standIn.botMention} Did Trump offer military help?`);
    await edited(message.channelId, first!);
    await deleted(message.channelId, second!);
    expect(h.standIn.messages.has(second!)).toBe(false);
    expect(h.standIn.messages.get(first!)?.embeds).toEqual(expect.arrayContaining([expect.objectContaining({ description: expect.stringContaining('still insisted') })]));
  });

  test('asking more questions than before: the reply is edited and one more is posted as a reply to the message', async () => {
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} How long was the call?` });
    const [first] = await replyIds(message, 1);
    h.standIn.editMessage(message, `${h.standIn.botMention} How long was the call? Who did Rubio speak with?`);
    await edited(message.channelId, first!);
    const ids = await replyIds(message, 2);
    expect(ids[0]).toBe(first);
    expect(h.engine.calls.ask.at(-1)?.question).toBe('Who did Rubio speak with?');
  });

  test('a refusal is replaced by the answer once the question is mended', async () => {
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention}   ` });
    const [replyId] = await replyIds(message, 1);
    expect(repliesTo(message)[0]!.body.content).toContain('The question is empty');
    h.standIn.editMessage(message, `${h.standIn.botMention} how long was the call?`);
    const edit = await edited(message.channelId, replyId!);
    expect(edit.body.embeds[0].description).toContain('15-minute phone call');
    expect(edit.body.content ?? '').not.toContain('The question is empty');
  });

  test('a reply a moderator deleted meanwhile is posted anew, not apologised for', async () => {
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} how long was the call?` });
    const [replyId] = await replyIds(message, 1);
    h.standIn.messages.delete(replyId!);
    h.standIn.editMessage(message, `${h.standIn.botMention} did Trump offer military help?`);
    const [, fresh] = await replyIds(message, 2);
    const posted = repliesTo(message)[1]!;
    expect(fresh).not.toBe(replyId);
    expect(posted.body.embeds[0].description).toContain('still insisted');
  });

  test('a message that no longer mentions the bot takes its reply with it', async () => {
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} how long was the call?` });
    const [replyId] = await replyIds(message, 1);
    h.standIn.editMessage(message, 'never mind');
    await deleted(message.channelId, replyId!);
    expect(h.standIn.messages.has(replyId!)).toBe(false);
  });

  test('a DM edited after a later question is read as it was at first, not with the later answer', async () => {
    // A DM of its own: the first test's DM is a conversation already.
    const member = h.standIn.users.owner;
    const first = h.standIn.injectMessage({ content: 'Who did Rubio speak with?', dm: true, author: member });
    const [firstReply] = await replyIds(first, 1);
    const later = h.standIn.injectMessage({ content: 'when was that?', dm: true, author: member });
    await replyIds(later, 1);
    expect(h.engine.calls.ask.at(-1)?.options?.previous).toContain('Who did Rubio speak with?');
    h.standIn.editMessage(first, 'How long was the call?');
    await edited(first.channelId, firstReply!);
    expect(h.engine.calls.ask.at(-1)?.question).toBe('How long was the call?');
    expect(h.engine.calls.ask.at(-1)?.options?.previous).toBeUndefined();
    // The conversation goes on from the later answer, which the edit did not take back.
    const next = h.standIn.injectMessage({ content: 'and why?', dm: true, author: member });
    await replyIds(next, 1);
    expect(h.engine.calls.ask.at(-1)?.options?.previous).toContain('when was that?');
  });
});

test('an edit made while the first answer is still being given is answered once that answer is out, in the same reply; a deletion then deletes it', async () => {
  // Answers take a moment here: the edit arrives while the first is being given (or, on a loaded
  // machine, after it; either way the reply must end up answering the edited text).
  const slow = await startHarness({ engine: fixedPassageEngine({ askDelayMs: 300 }) });
  try {
    const message = slow.standIn.injectMessage({ content: 'How long was the cal?', dm: true });
    slow.standIn.editMessage(message, 'Did Trump offer military help?');
    const reply = await slow.standIn.waitForMessageReply(message);
    const replyId = (reply.response as { id: string }).id;
    const edit = await slow.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === `/channels/${message.channelId}/messages/${replyId}`, undefined, 'the edit of the reply');
    expect(edit.body.embeds[0].description).toContain('still insisted');
    expect(slow.engine.calls.ask.map((c) => c.question)).toEqual(['How long was the cal?', 'Did Trump offer military help?']);

    // Deleted while its answer is being given: the answer, once out, is deleted.
    const gone = slow.standIn.injectMessage({ content: 'Who did Rubio speak with?', dm: true });
    slow.standIn.deleteMessage(gone);
    const posted = await slow.standIn.waitForMessageReply(gone);
    const postedId = (posted.response as { id: string }).id;
    await slow.standIn.waitForCall((c) => c.method === 'DELETE' && c.path === `/channels/${gone.channelId}/messages/${postedId}`, undefined, 'the deletion of the reply');
  } finally {
    await slow.stop();
  }
});

/** The questions of the bot's question log holding `mark`, read as another program would. */
function logged(mark: string): string[] {
  const db = new Database(h.databaseFile, { readonly: true });
  try {
    return (db.prepare('SELECT text FROM questions WHERE text LIKE ? ORDER BY id').all(`%${mark}%`) as { text: string }[]).map((r) => r.text);
  } finally {
    db.close();
  }
}

describe('the question log', () => {
  test('holds a question as last written: an edit replaces it, a deletion takes it out', async () => {
    const message = h.standIn.injectMessage({ content: 'How long was the Zanzibar cal?', dm: true, author: h.standIn.users.mod });
    const [replyId] = await replyIds(message, 1);
    expect(logged('Zanzibar')).toEqual(['How long was the Zanzibar cal?']);
    h.standIn.editMessage(message, 'How long was the Zanzibar call?');
    await edited(message.channelId, replyId!);
    await vi.waitFor(() => expect(logged('Zanzibar')).toEqual(['How long was the Zanzibar call?']));
    h.standIn.deleteMessage(message);
    await deleted(message.channelId, replyId!);
    await vi.waitFor(() => expect(logged('Zanzibar')).toEqual([]));
  });
});

describe('the question log after an edit that is refused', () => {
  test("GIVEN a question edited into one refused (too long), another member's question logged next, then the first edited again THEN the other member's question stays", async () => {
    const first = h.standIn.injectMessage({ content: 'How long was the Quokka call?', dm: true, author: h.standIn.users.mod });
    const [replyId] = await replyIds(first, 1);
    h.standIn.editMessage(first, `How long was the Quokka call? ${'and why '.repeat(80)}`);
    const refusal = await edited(first.channelId, replyId!);
    expect(refusal.body.content).toMatch(/500/);
    await vi.waitFor(() => expect(logged('Quokka')).toEqual([]));
    // SQLite gives the next row the id the forgotten one had: the first message must no longer name it.
    const other = h.standIn.injectMessage({ content: 'Who did the Quokka envoy speak with?', dm: true, author: h.standIn.users.alice });
    await replyIds(other, 1);
    expect(logged('Quokka')).toEqual(['Who did the Quokka envoy speak with?']);
    h.standIn.editMessage(first, 'How long was the Quokka phone call?');
    await h.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === `/channels/${first.channelId}/messages/${replyId}` && c !== refusal, undefined, 'the second edit');
    // Once the edit is handled in full (the message remembered as it now reads), both questions are there.
    await vi.waitFor(() => expect(h.bot.context.answeredMessages.get(first.id)?.content).toBe('How long was the Quokka phone call?'));
    expect(logged('Quokka')).toEqual(['Who did the Quokka envoy speak with?', 'How long was the Quokka phone call?']);
  });
});

describe('a question deleted', () => {
  test('its replies are deleted; a message the bot never answered changes nothing', async () => {
    const unanswered = h.standIn.injectMessage({ content: 'just chatting, no mention here' });
    const message = h.standIn.injectMessage({ content: `${h.standIn.botMention} How long was the call? Who did Rubio speak with?` });
    const ids = await replyIds(message, 2);
    const before = h.standIn.calls.filter((c) => c.method === 'DELETE').length;
    h.standIn.deleteMessage(unanswered);
    h.standIn.deleteMessage(message);
    for (const id of ids) await deleted(message.channelId, id);
    const deletions = h.standIn.calls.filter((c) => c.method === 'DELETE').slice(before);
    expect(deletions.map((c) => c.path)).toEqual(ids.map((id) => `/channels/${message.channelId}/messages/${id}`));
  });

  test('a moderator deleting many messages at once: the questions among them take their replies too', async () => {
    const first = h.standIn.injectMessage({ content: `${h.standIn.botMention} how long was the call?` });
    const second = h.standIn.injectMessage({ content: `${h.standIn.botMention} who did Rubio speak with?` });
    const ids = [...(await replyIds(first, 1)), ...(await replyIds(second, 1))];
    h.standIn.deleteMessages([first, second]);
    for (const id of ids) await deleted(first.channelId, id);
    expect(ids.some((id) => h.standIn.messages.has(id))).toBe(false);
  });
});
