import type { Attribution, Condition, Profile, Source } from './types';

const twoDecimals = (x: number) => Math.round(x * 100) / 100;

/** The sourcing profile's figures, derived from the findings (never stored apart from them). */
export function computeProfile(
  attributions: readonly Attribution[],
  conditions: readonly Condition[],
  sources: readonly Source[],
): Profile {
  const anonymous = attributions.filter((a) => a.kind === 'anonymous');
  const total = attributions.length;
  const anonymousVoices = sources.filter((s) => s.kind === 'anonymous');
  const withReason = new Set(anonymous.filter((a) => a.reason !== null).map((a) => a.id));
  const mostUsed = sources.reduce((most, s) => Math.max(most, s.attributions.length), 0);
  return {
    attributions: total,
    anonymous: anonymous.length,
    onRecord: total - anonymous.length,
    anonymousShare: total === 0 ? 0 : twoDecimals(anonymous.length / total),
    anonymousWithReason: withReason.size,
    conditions: conditions.length,
    sources: sources.length,
    voices: sources.length,
    anonymousVoices: anonymousVoices.length,
    onRecordVoices: sources.length - anonymousVoices.length,
    anonymousVoicesWithReason: anonymousVoices.filter((s) => s.attributions.some((id) => withReason.has(id))).length,
    topVoiceShare: total === 0 ? 0 : twoDecimals(mostUsed / total),
  };
}
