/**
 * Keeps the Neo4j credentials out of every answer: error texts pass through here before
 * they leave the server (a driver message may quote a URI with its user info).
 * The user name is not a secret word to replace: Neo4j's default user is `neo4j`, and
 * replacing it everywhere turned the reason itself ("neo4j: authentication failed at …")
 * into "***: …". It leaves only inside a URI's user info, which is removed.
 */

/** A function that replaces each secret, and the user info of any URI, with `***`. */
export function redactor(secrets: (string | undefined)[]): (text: string) => string {
  // Longest first, so a secret containing another one is not half replaced.
  const words = [...new Set(secrets.filter((s): s is string => !!s))].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
    for (const w of words) out = out.split(w).join('***');
    return out;
  };
}
