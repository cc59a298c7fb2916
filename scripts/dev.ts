// npm run dev: the sync server with restart on change (tsx watch) on API_PORT (8080), and Vite's
// dev server with hot reload on PORT (5173), proxying /api to it.
import { spawn } from 'node:child_process';

const apiPort = process.env['API_PORT'] ?? '8080';
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort, DIST_DIR: 'dist-none' },
  }),
  spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--port', process.env['PORT'] ?? '5173', '--host'],
    {
      stdio: 'inherit',
      env: { ...process.env, API_PORT: apiPort },
    },
  ),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', stop);
