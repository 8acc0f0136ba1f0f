/**
 * The graphology algorithm packages are CommonJS with `export default` typings: under
 * NodeNext TypeScript types the default import as the module namespace, while Node gives
 * `module.exports` itself. This unwraps either shape, typed as the declared default.
 */
export function cjsDefault<T>(mod: { default: T }): T {
  return ((mod as { default?: T }).default ?? mod) as T;
}
