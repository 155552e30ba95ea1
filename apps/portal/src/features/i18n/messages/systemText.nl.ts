/**
 * Texts that Schakel itself wrote into the database in English (defaults of migrations and the
 * demo seed), shown translated; see utils/systemText.ts.
 */
export const systemTextNl = {
  'systemText.defaultCovenant':
    'Standaardconvenant van Schakel (de afspraken uit de domeinbeschrijving, §4).',
  'systemText.defaultCovenantByCommand':
    'Standaardconvenant van Schakel (de afspraken uit de domeinbeschrijving, §4), ingesteld met de beheeropdracht.',
  'systemText.retentionTwoYears':
    'Standaard: zoals in Zorg- en Veiligheidshuizen gebruikelijk worden persoonsgegevens hoogstens twee jaar na het afsluiten van de casus bewaard (keuze van Schakel; toets dit aan het regionale convenant).',
  'systemText.retentionOneYear':
    'Standaard: één jaar voor zorggegevens onder medisch beroepsgeheim; de zorgpartner houdt zelf het medisch dossier bij (keuze van Schakel).',
} as const;
