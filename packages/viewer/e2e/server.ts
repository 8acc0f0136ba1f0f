/** Starts the viewer server on a free port for a test, quietly, building the viewer first if needed. */
import { serve, type RunningServer, type ServeOptions } from '../src/server/index.js';
import { ensureBuild } from '../scripts/build.js';

export async function startServer(graphFile: string, extra: Partial<ServeOptions> = {}): Promise<RunningServer> {
  await ensureBuild();
  return serve({ graphFile, port: 0, log: () => {}, ...extra });
}
