import { useQuery } from '@apollo/client/react';
import type { ConditionKind } from '@schakel/domain';
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { SUPERVISION_CONDITIONS_QUERY, VIOLATION_SIGNALS_QUERY } from '../graphql/supervision';
import { ConditionView } from './ConditionView';
import { ReportViolationForm } from './ReportViolationForm';
import { SupervisionConditionForm } from './SupervisionConditionForm';
import { ViolationSignalView } from './ViolationSignalView';
import './supervision.css';

/**
 * The case's supervision conditions (JUSTICE, withheld where the covenant says so) and the
 * reports of possible violations the viewer may see, with probation's forms.
 */
export function CaseSupervision({ caseId, readOnly }: { caseId: string; readOnly: boolean }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const signalsHeadingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<'recorded' | 'changed' | null>(null);
  /** The condition being changed, if any. */
  const [editing, setEditing] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const signalsStatusRef = useRef<HTMLDivElement>(null);
  const [assessedDone, setAssessedDone] = useState(false);
  const assessed = () => {
    flushSync(() => setAssessedDone(true));
    signalsStatusRef.current?.focus();
  };
  const conditions = useQuery(SUPERVISION_CONDITIONS_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const signals = useQuery(VIOLATION_SIGNALS_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const view = conditions.data?.supervisionConditions;
  const conditionName = (condition: { kind: ConditionKind; subject?: string | null }) =>
    `${t(`supervision.kind.${condition.kind}`)}${condition.subject ? `: ${condition.subject}` : ''}`;
  const list = signals.data?.violationSignals ?? [];

  return (
    <>
      <section aria-labelledby={headingId} className="schakel-flow">
        <Heading level={2} id={headingId}>
          {t('supervision.heading')}
        </Heading>
        <div ref={statusRef} role="status" tabIndex={-1}>
          {recorded && !recording && (
            <Alert type="ok" role="none">
              <Paragraph>{t(`supervision.${recorded}`)}</Paragraph>
            </Alert>
          )}
        </div>
        {!view ? (
          <Paragraph>
            {conditions.error
              ? errorMessage(errorCodeOf(conditions.error))
              : t('supervision.loading')}
          </Paragraph>
        ) : view.access === 'WITHHELD' ? (
          <Paragraph className="schakel-withheld__reason">{t('supervision.withheld')}</Paragraph>
        ) : (
          <>
            {view.conditions.length === 0 ? (
              <Paragraph>{t('supervision.none')}</Paragraph>
            ) : (
              <ul className="schakel-supervision__list">
                {view.conditions.map((condition) => (
                  <li key={condition.id} className="schakel-flow">
                    <ConditionView condition={condition} />
                    {view.mayRecord &&
                      !readOnly &&
                      (editing === condition.id ? (
                        <>
                          <SupervisionConditionForm
                            caseId={caseId}
                            condition={condition}
                            onRecorded={() => {
                              flushSync(() => {
                                setEditing(null);
                                setRecorded('changed');
                              });
                              statusRef.current?.focus();
                            }}
                          />
                          <div>
                            <Button appearance="subtle-button" onClick={() => setEditing(null)}>
                              {t('supervision.cancel')}
                            </Button>
                          </div>
                        </>
                      ) : (
                        <div>
                          <Button
                            appearance="subtle-button"
                            aria-label={t('supervision.changeLabel', {
                              condition: conditionName(condition),
                            })}
                            onClick={() => {
                              setRecorded(null);
                              setRecording(false);
                              setEditing(condition.id);
                            }}
                          >
                            {t('supervision.change')}
                          </Button>
                        </div>
                      ))}
                  </li>
                ))}
              </ul>
            )}
            {view.mayRecord &&
              !readOnly &&
              (recording ? (
                <>
                  <SupervisionConditionForm
                    caseId={caseId}
                    onRecorded={() => {
                      flushSync(() => {
                        setRecording(false);
                        setRecorded('recorded');
                      });
                      statusRef.current?.focus();
                    }}
                  />
                  <div>
                    <Button appearance="subtle-button" onClick={() => setRecording(false)}>
                      {t('supervision.cancel')}
                    </Button>
                  </div>
                </>
              ) : (
                <div>
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => {
                      setRecorded(null);
                      setEditing(null);
                      setRecording(true);
                    }}
                  >
                    {t('supervision.record')}
                  </Button>
                </div>
              ))}
          </>
        )}
      </section>
      <section aria-labelledby={signalsHeadingId} className="schakel-flow">
        <Heading level={2} id={signalsHeadingId}>
          {t('signals.heading')}
        </Heading>
        <div ref={signalsStatusRef} role="status" tabIndex={-1}>
          {assessedDone && (
            <Alert type="ok" role="none">
              <Paragraph>{t('signals.assessed')}</Paragraph>
            </Alert>
          )}
        </div>
        {list.length === 0 ? (
          <Paragraph>
            {signals.error ? errorMessage(errorCodeOf(signals.error)) : t('signals.none')}
          </Paragraph>
        ) : (
          list.map((signal) => (
            <ViolationSignalView
              key={signal.id}
              signal={signal}
              headingLevel={3}
              onAssessed={assessed}
            />
          ))
        )}
        {!readOnly &&
          (reporting ? (
            <ReportViolationForm target={{ caseId }} headingLevel={3} />
          ) : (
            <div>
              <Button appearance="secondary-action-button" onClick={() => setReporting(true)}>
                {t('supervision.report')}
              </Button>
            </div>
          ))}
      </section>
    </>
  );
}
