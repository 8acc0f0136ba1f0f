/**
 * Capitalised runs without a person cue ("Lavrov thừa nhận", "Sergey Lavrov."): a person only when
 * the run names one already clustered in this document, or a known person clustered under another
 * form ("Xi", "Pu-tin"). Answers are cached per run, as the same name recurs through an article.
 */
import { namesMatch } from '../../../names/index.js';
import type { PersonEntities } from '../mentions/person-entities.js';
import { sameFullName, type PersonCluster } from '../mentions/persons.js';
import type { KnownPerson, ViResources } from '../resources.js';

export class NameRuns {
  private readonly cache = new Map<string, PersonCluster | null>(); // folded run → the person it names (or none)

  constructor(
    private readonly people: PersonEntities,
    private readonly res: ViResources,
  ) {}

  /** The person named by a run of folded name syllables `parts` (written `text`), or null. */
  cluster(parts: string[], text: () => string): PersonCluster | null {
    const key = parts.join(' ');
    let c = this.cache.get(key);
    if (c === undefined) {
      const { persons } = this.people;
      c =
        (parts.length === 1
          ? persons.bySurnameKey(parts[0]!)
          : persons.clusters.find((x) => sameFullName(parts, x.parts, this.res.samePerson ?? namesMatch))) ??
        this.knownRun(text(), parts.length === 1) ??
        null;
      this.cache.set(key, c);
    }
    return c;
  }

  /** "Xi" or "Pu-tin" without a cue: a known person already named in this document by another form. */
  private knownRun(text: string, alone: boolean): PersonCluster | undefined {
    const list = alone ? (this.res.personsBySurname?.(text) ?? []) : [this.res.person?.(text)].filter((x): x is KnownPerson => Boolean(x));
    return list.length === 1 ? this.people.clusterByKnown.get(list[0]!.id) : undefined;
  }
}
