import type { systemTextNl } from './systemText.nl';

export const systemTextEn: Record<keyof typeof systemTextNl, string> = {
  'systemText.defaultCovenant':
    'Default covenant of Schakel (the agreements of the domain brief, §4).',
  'systemText.defaultCovenantByCommand':
    'Default covenant of Schakel (the agreements of the domain brief, §4), set with the admin command.',
  'systemText.retentionTwoYears':
    'Default: as is usual in Zorg- en Veiligheidshuizen, personal data is kept at most two years after the case is closed (choice of Schakel; check it against the regional covenant).',
  'systemText.retentionOneYear':
    'Default: one year for care data under medical secrecy; the care partner keeps the medical file itself (choice of Schakel).',
};
