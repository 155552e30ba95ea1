import { Button, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { DsrPartReview } from '../hooks/useDataSubjectRequestPartReview';

/** Starting the review and releasing the part ("Vrijgeven") with an optional note. */
export function DsrPartReleaseForm({ form, open }: { form: DsrPartReview; open: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="dsr-part-release" className="schakel-flow">
      <Heading level={2} id="dsr-part-release">
        {t('dsrPart.release.title')}
      </Heading>
      <Paragraph>{t('dsrPart.release.hint')}</Paragraph>
      {open && (
        <div>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={form.starting}
            onClick={form.start}
          >
            {t('dsrPart.start')}
          </Button>
        </div>
      )}
      <form className="schakel-flow" noValidate onSubmit={form.submitRelease}>
        <LabelledField
          id={form.noteId}
          label={t('dsrPart.release.note')}
          description={t('dsrPart.release.noteHint')}
          error={form.problem}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={form.noteId}
              rows={3}
              invalid={invalid}
              aria-describedby={describedBy}
              value={form.note}
              onChange={(event) => form.setNote(event.target.value)}
            />
          )}
        </LabelledField>
        <div>
          <Button type="submit" appearance="primary-action-button" busy={form.releasing}>
            {t('dsrPart.release.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
