/**
 * Discord does not count interaction responses (the callback and the interaction's webhook: edits
 * and follow-ups) against a bot's global limit of 50 requests per second, but discord.js's REST
 * client queues every request behind that one limiter: under a burst of questions the answers
 * waited up to a second for bot-wide budget they do not use. This REST client sends interaction
 * responses through a second REST client without the global limiter; everything else keeps the
 * 50/s limit. Both handle every 429 (per route and global) as discord.js does.
 */
import { REST, type InternalRequest, type RESTOptions, type ResponseLike } from 'discord.js';

/**
 * Interaction responses: `/interactions/:id/:token/callback` and the interaction webhook
 * `/webhooks/:applicationId/:token…`, sent with the interaction token (no bot authorization).
 * The bot uses webhooks for nothing else.
 */
export function isInteractionResponse(request: Pick<InternalRequest, 'fullRoute' | 'auth'>): boolean {
  if (request.auth !== false) return false;
  return /^\/interactions\/\d+\/[^/]+\/callback$/.test(request.fullRoute) || /^\/webhooks\/\d+\/[^/]+(\/|$)/.test(request.fullRoute);
}

export class InteractionAwareREST extends REST {
  /** Interaction responses only; no global limiter (its 429 handling, global or not, stays). */
  readonly interactions: REST;

  constructor(options: Partial<RESTOptions> = {}) {
    super(options);
    this.interactions = new REST({ ...options, globalRequestsPerSecond: Number.POSITIVE_INFINITY });
    // Listeners of the client's REST (rate limits, debug) hear about interaction responses too.
    for (const event of ['rateLimited', 'restDebug', 'invalidRequestWarning', 'response'] as const) {
      this.interactions.on(event, (...args: unknown[]) => {
        if (this.listenerCount(event) > 0) (this.emit as (e: string, ...a: unknown[]) => boolean)(event, ...args);
      });
    }
  }

  override queueRequest(request: InternalRequest): Promise<ResponseLike> {
    return isInteractionResponse(request) ? this.interactions.queueRequest(request) : super.queueRequest(request);
  }

  override clearHashSweeper(): void {
    super.clearHashSweeper();
    this.interactions.clearHashSweeper();
  }

  override clearHandlerSweeper(): void {
    super.clearHandlerSweeper();
    this.interactions.clearHandlerSweeper();
  }
}
