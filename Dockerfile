# spawn-proxy, spawn-operator and spawn-activator in one image (the operator runs `node dist/bin/operator.js`,
# an Activator's pods `node dist/bin/activator.js`),
# plus a `typescript-host` target with the example host for deploy/examples/.
#   docker build -t spawn-proxy:0.1.0 .
#   docker build --target typescript-host -t spawn-typescript-host:0.1.0 .
# Not built on the development machines (no container engine there): see README.md.

ARG NODE_VERSION=20.20.2

# Build: the native addons (ours, better-sqlite3, libpq) need python3, make, g++ and libpq's headers.
FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ libpq-dev \
 && rm -rf /var/lib/apt/lists/*
# Dependencies first, so that a change to the sources does not reinstall them.
COPY package.json package-lock.json .npmrc binding.gyp ./
COPY native ./native
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.sdk.json ./
COPY proto ./proto
COPY src ./src
COPY bin ./bin
COPY bench ./bench
COPY test ./test
COPY examples ./examples
RUN npm run build \
 && test -f build/Release/spawn_native.node \
 && npm prune --omit=dev --no-audit --no-fund

# Run: no compilers, no dev dependencies, not root.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    PROXY_HTTP_BIND=0.0.0.0
COPY --from=build /app/package.json /app/binding.gyp ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build/Release/spawn_native.node ./build/Release/spawn_native.node
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/bin ./dist/bin
COPY --from=build /app/dist/examples ./dist/examples
# A numeric user, so that Kubernetes' runAsNonRoot can verify it (uid 1000 is `node` in this image).
USER 1000:1000
EXPOSE 9001
ENTRYPOINT ["/usr/bin/tini", "--", "node"]
CMD ["dist/bin/proxy.js"]

# The TypeScript example host (examples/typescript-host), for deploy/examples/typescript-host.yaml.
FROM runtime AS typescript-host
EXPOSE 8090
CMD ["dist/examples/typescript-host/host.js"]

# The default target: the proxy (and the operator).
FROM runtime
