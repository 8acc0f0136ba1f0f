/** Starts the viewer server on a free port for a test, quietly. */
import { serve, type RunningServer, type ServeOptions } from '../src/server/index.js';

export function startServer(graphFile: string, extra: Partial<ServeOptions> = {}): Promise<RunningServer> {
  return serve({ graphFile, port: 0, host: '127.0.0.1', log: () => {}, ...extra });
}
