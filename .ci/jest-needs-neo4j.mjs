// Global setup of the `neo4j` test tier: stop at once, saying why, when no Neo4j answers,
// instead of letting every test of the tier fail on its own.
import net from 'node:net';

export default async function needsNeo4j() {
  const uri = process.env.NEO4J_URI || 'bolt://127.0.0.1:7687';
  const { hostname, port } = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  const reachable = await new Promise((done) => {
    const socket = net.connect({ host: hostname, port: Number(port || 7687) });
    socket.setTimeout(3000);
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
    socket.once('timeout', () => { socket.destroy(); done(false); });
  });
  if (!reachable) {
    throw new Error(`the neo4j test tier needs a Neo4j server at ${uri}: run \`pnpm neo4j:start\` (or set NEO4J_URI), or run \`pnpm test:unit\` for the tests that need nothing`);
  }
}
