// Global setup of the `browser` test tier: stop at once, saying why, when Chromium is missing.
import { existsSync } from 'node:fs';

export default async function needsBrowser() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`the browser test tier needs headless Chromium at ${path}: \`apt-get install -y chromium\` (or set CHROMIUM_PATH), or run \`pnpm test:unit\``);
  }
}
