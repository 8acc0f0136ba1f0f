/** A CommonJS module's export whether the bundler hands it over as `default` or as the namespace. */
export function cjs<T>(mod: T): T extends { default: infer D } ? D : T {
  return ((mod as { default?: unknown }).default ?? mod) as T extends { default: infer D } ? D : T;
}
