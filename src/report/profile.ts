import type { Attribution, Condition, Profile, Source } from '../core/types';

/** The sourcing profile's figures, derived from the findings (never stored apart from them). */
export function computeProfile(
  attributions: readonly Attribution[],
  conditions: readonly Condition[],
  sources: readonly Source[],
): Profile {
  const anonymous = attributions.filter((a) => a.kind === 'anonymous');
  const total = attributions.length;
  return {
    attributions: total,
    anonymous: anonymous.length,
    onRecord: total - anonymous.length,
    anonymousShare: total === 0 ? 0 : Math.round((anonymous.length / total) * 100) / 100,
    anonymousWithReason: anonymous.filter((a) => a.reason !== null).length,
    conditions: conditions.length,
    sources: sources.length,
  };
}
