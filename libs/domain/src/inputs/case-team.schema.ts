import { z } from 'zod';
import { text } from './input-problem';

/* The case team's texts (issue 16 item 1): checked alike by the portal's forms and the API. */

export const END_PARTICIPATION_REASON_MIN = 10;
export const END_PARTICIPATION_REASON_MAX = 2000;
export const CONSENT_EVIDENCE_MIN = 5;
export const CONSENT_EVIDENCE_MAX = 1000;
export const DECISION_REASONING_MIN = 20;
export const DECISION_REASONING_MAX = 5000;
export const BREAK_GLASS_REASON_MIN = 20;
export const BREAK_GLASS_REASON_MAX = 2000;

export function endParticipationSchema() {
  return z.object({ reason: text(END_PARTICIPATION_REASON_MIN, END_PARTICIPATION_REASON_MAX) });
}

/** How the person gave consent ("mondeling, 4-12-2026, in gesprek met …"). */
export function consentEvidenceSchema() {
  return z.object({ evidence: text(CONSENT_EVIDENCE_MIN, CONSENT_EVIDENCE_MAX) });
}

/** The weighing of a conflict of duties. */
export function conflictDecisionSchema() {
  return z.object({ reasoning: text(DECISION_REASONING_MIN, DECISION_REASONING_MAX) });
}

/** Why a case must be opened outside the covenant now. */
export function breakGlassSchema() {
  return z.object({ reason: text(BREAK_GLASS_REASON_MIN, BREAK_GLASS_REASON_MAX) });
}

/**
 * The legal bases a participation usually rests on, by the regime of the covenant that names
 * them (domain brief §4), so a professional chooses one instead of retyping it. The texts are the
 * names of Dutch laws and articles: the same in every language of the portal.
 */
export const LEGAL_BASES = [
  { regime: 'COVENANT', text: 'Convenant Zorg- en Veiligheidshuis, art. 5' },
  { regime: 'COVENANT', text: 'Wet gegevensverwerking door samenwerkingsverbanden (WGS)' },
  { regime: 'WPG', text: 'Wpg art. 16' },
  { regime: 'WJSG', text: 'Wjsg art. 8a' },
  { regime: 'WJSG_AVG', text: 'Wjsg / AVG art. 6 lid 1 sub e (reclassering)' },
  { regime: 'AVG_SOCIAL', text: 'Wmo 2015' },
  { regime: 'AVG_SOCIAL', text: 'Participatiewet' },
  { regime: 'AVG_SOCIAL', text: 'Jeugdwet' },
  { regime: 'WGBO', text: 'WGBO, met toestemming van de cliënt' },
  { regime: 'VITAL_INTEREST', text: 'Zwaarwegend belang (conflict van plichten)' },
  { regime: 'AVG', text: 'AVG art. 6 lid 1 sub e' },
] as const;
