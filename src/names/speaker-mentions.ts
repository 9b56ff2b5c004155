/**
 * Add the speakers that the quotes stage resolved to an entity (`the FSB agent`, `he`) as mentions of that
 * entity, with form `role` or `pronoun`.
 *
 * @module
 */
import { PRONOUNS } from '../lexicons/pronouns.js';
import type { Entity, Mention, Span } from '../types.js';

/** What {@link withSpeakerMentions} reads from a quotation: its speaker, resolved to an entity id or not. */
export interface ResolvedSpeaker {
  speaker: (Span & { entity: string | null }) | null;
}

/**
 * Entities with the resolved speakers of `quotes` added as mentions: a speaker whose `entity` names one of the
 * entities and whose span is not already one of its mentions (nor overlaps one) becomes a mention with form
 * `pronoun` (a pronoun of `src/lexicons/pronouns.ts`), `name` (when its text is one of the entity's
 * variants) or `role` (anything else: `the FSB agent`, `the whistleblower`). Pure: the input is not changed;
 * mentions stay in text order; `variants` are unchanged (they list name spellings only).
 *
 * @param entities Entities from {@link findEntities}.
 * @param quotes Quotations from the quotes stage (only `speaker` is read).
 */
export function withSpeakerMentions(
  entities: readonly Entity[],
  quotes: readonly ResolvedSpeaker[],
): Entity[] {
  const byId = new Map<string, Mention[]>();
  for (const e of entities) byId.set(e.id, []);
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp || sp.entity === null || !byId.has(sp.entity)) continue;
    if (!(sp.end > sp.start) || typeof sp.text !== 'string') continue;
    (byId.get(sp.entity) as Mention[]).push({ start: sp.start, end: sp.end, text: sp.text, form: 'role' });
  }
  return entities.map((e) => {
    const extra = byId.get(e.id) ?? [];
    if (extra.length === 0) return { ...e, mentions: [...e.mentions], variants: [...e.variants] };
    const mentions = [...e.mentions];
    for (const m of extra) {
      if (mentions.some((x) => x.start < m.end && m.start < x.end)) continue;
      const lower = m.text.trim().toLowerCase();
      const form: Mention['form'] = PRONOUNS.has(lower)
        ? 'pronoun'
        : e.variants.includes(m.text)
          ? 'name'
          : 'role';
      mentions.push({ ...m, form });
    }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...e, mentions, variants: [...e.variants] };
  });
}
