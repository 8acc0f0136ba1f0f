#!/usr/bin/env bash
# Installs what a new machine lacks: pnpm, Debian's Chromium (viewer tests), the workspace's
# packages, and the Neo4j Community server jars from Maven Central. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '== setup: %s\n' "$*"; }
sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pnpm >/dev/null 2>&1; then
  say "installing pnpm"
  npm install -g pnpm@9 >/dev/null 2>&1 || corepack enable
fi

if [ ! -x /usr/bin/chromium ]; then
  say "installing chromium (Debian)"
  sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive sudo_if_needed apt-get install -y -qq chromium fonts-noto-core >/dev/null
fi

say "installing node packages"
pnpm install --frozen-lockfile --reporter=append-only | tail -n 3

say "fetching Neo4j jars (cached in ~/.m2)"
pnpm -s neo4j:fetch
