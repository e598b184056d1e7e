import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH if set. */
export function chromiumExecutable(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: install Debian\'s chromium package (apt-get install -y chromium) or set CHROMIUM_PATH');
  }
}
