/**
 * Posts to one channel in the order they are asked for, each after the one before is out: two
 * reindexes in quick succession are told in the order they ran. A post that fails is warned of (with
 * `failure`, saying which setting names the channel) and the next still goes.
 */
import type { Client } from 'discord.js';
import type { Logger } from '../log.ts';
import { postToChannel, type ReplyPayload } from './replies.ts';

/**
 * Queues `post` — or what `post` makes when its turn comes (what it needs to read first keeps the
 * order; null: nothing to post after all); `sent` runs once it is out (to log what was posted).
 */
export type ChannelPoster = (post: ReplyPayload | (() => Promise<ReplyPayload | null>), sent: () => void) => void;

export function channelPoster(client: Client<true>, channelId: string, logger: Logger, failure: string): ChannelPoster {
  let queue = Promise.resolve();
  return (post, sent) => {
    queue = queue
      .then(async () => {
        const payload = typeof post === 'function' ? await post() : post;
        if (payload === null) return;
        await postToChannel(client, channelId, payload);
        sent();
      })
      .catch((error: unknown) => logger.warn(failure, { channelId, error }));
  };
}
