import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startAppHost } from '../core/recovery/app-host';
import { startWebServer } from './web-server';

/**
 * `npm run dev:web`: the production renderer and the real core in a browser, on loopback only.
 * Data goes to .dev-data/ (or --data DIR), never to a user's real Boardwalk folder.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5170' },
    data: { type: 'string', default: '.dev-data' },
    renderer: { type: 'string', default: 'out/renderer' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  process.exit(2);
}
const rendererDir = path.resolve(values.renderer);
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(`No built renderer in ${rendererDir}: run "npm run build" first.`);
  process.exit(2);
}
const dataDir = path.resolve(values.data);
fs.mkdirSync(dataDir, { recursive: true });

// A database that cannot be opened shows the recovery screen, as in the desktop app.
const host = startAppHost({
  paths: { dataDir },
  version: 'dev',
  onInternalError: (channel, error) => console.error(`${channel} failed:`, error),
  onOpenFailure: (error) => console.error('The database could not be opened; showing the recovery screen:', error),
  quit: () => {
    console.log('Quit was chosen on the recovery screen (Ctrl+C stops the dev view).');
    return false;
  },
});
const server = await startWebServer({ rendererDir, dispatch: host.dispatch, port });
console.log(`Boardwalk dev view: ${server.url}  (data in ${dataDir}; Ctrl+C to stop)`);

const stop = () => {
  void server.close().then(() => {
    host.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
