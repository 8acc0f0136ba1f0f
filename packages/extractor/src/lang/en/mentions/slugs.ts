/**
 * Entity ids of names, kept per name: slugify normalises twice and runs four regexes, and an
 * article (and the next one) names the same people and places again and again.
 */
import { slugify } from '../../../names/slugify.js';

const slugs = new Map<string, string>();

/** slugify(name), computed once per distinct name. */
export function slugOf(name: string): string {
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size > 200_000) slugs.clear();
    slugs.set(name, (slug = slugify(name)));
  }
  return slug;
}
