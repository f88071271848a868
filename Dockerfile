# Dateline as one small Node server: Next's standalone output (docs/deploying.md, "A Docker image").
#   docker build --build-arg DATELINE_SITE_URL=https://news.example -t dateline .
#   docker run --rm -p 3000:3000 -e DATELINE_SITE_URL=https://news.example dateline
# The origin is built into the static pages (canonical and oEmbed links), so the image is for one origin.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG DATELINE_SITE_URL=http://localhost:3000
ENV DATELINE_SITE_URL=$DATELINE_SITE_URL DATELINE_STANDALONE=1
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
ARG DATELINE_SITE_URL=http://localhost:3000
ENV DATELINE_SITE_URL=$DATELINE_SITE_URL
# The traced server (with content/ and .embed/, next.config.js outputFileTracingIncludes), then what it does not trace:
# the hashed assets, public/, and the build manifest proxy.ts reads for each page's script hashes.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/.next/dateline-build.json ./.next/dateline-build.json
USER node
EXPOSE 3000
CMD ["node", "server.js"]
