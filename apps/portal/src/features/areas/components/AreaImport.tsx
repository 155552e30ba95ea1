import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { useAreaImport } from '../hooks/useAreaImport';
import { AreaImportPreview } from './AreaImportPreview';

/** Import from CSV: choose a file, see per line what happens, then import it in one go. */
export function AreaImport() {
  const t = useT();
  const id = useId();
  const flow = useAreaImport();
  const preview = flow.preview;
  const canImport =
    preview !== null && preview.errorLines === 0 && preview.fileProblems.length === 0;
  return (
    <section className="schakel-flow" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {t('areas.importHeading')}
      </Heading>
      <Paragraph>{t('areas.importIntro')}</Paragraph>
      <FormField
        label={<FormLabel htmlFor={`${id}-file`}>{t('areas.importFile')}</FormLabel>}
        input={
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv,text/plain"
            className="utrecht-textbox"
            onChange={(event) => void flow.choose(event.target.files?.[0] ?? null)}
          />
        }
      />
      <ButtonGroup>
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={flow.loading}
          disabled={!flow.hasFile}
          onClick={() => void flow.showPreview()}
        >
          {t('areas.preview')}
        </Button>
        {canImport && (
          <Button
            type="button"
            appearance="primary-action-button"
            busy={flow.pending}
            onClick={() => void flow.importFile()}
          >
            {t('areas.import')}
          </Button>
        )}
      </ButtonGroup>
      <div role="status" className="schakel-flow">
        {flow.failure && (
          <Alert type="error" role="none">
            <Paragraph>{flow.failure}</Paragraph>
          </Alert>
        )}
        {preview && (
          <Alert type={canImport ? 'info' : 'warning'} role="none">
            <Paragraph>
              {t('areas.previewSummary', {
                newAreas: preview.newAreas,
                changedAreas: preview.changedAreas,
                unchangedAreas: preview.unchangedAreas,
              })}
            </Paragraph>
            {preview.errorLines > 0 && (
              <Paragraph>{t('areas.previewErrors', { count: preview.errorLines })}</Paragraph>
            )}
            {preview.fileProblems.map((p) => (
              <Paragraph key={p.code}>{t(`areas.fileProblem.${p.code}` as MessageKey)}</Paragraph>
            ))}
          </Alert>
        )}
        {flow.imported && (
          <Alert type="ok" role="none">
            <Paragraph>
              {t('areas.imported', {
                newAreas: flow.imported.newAreas,
                changedAreas: flow.imported.changedAreas,
                persons: flow.imported.personsReassigned,
              })}
            </Paragraph>
          </Alert>
        )}
      </div>
      {preview && preview.lines.length > 0 && <AreaImportPreview result={preview} />}
    </section>
  );
}
