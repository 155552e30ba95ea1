import { useReferralForm } from '../hooks/useReferralForm';
import { ReferralDetailsStep } from './ReferralDetailsStep';
import { ReferralSearchStep } from './ReferralSearchStep';
import { ReferralSent } from './ReferralSent';
import './referrals.css';

/** Aanmelding: find the person first (never a silent duplicate), then the referral itself. */
export function ReferralForm() {
  const form = useReferralForm();
  if (form.sent) return <ReferralSent form={form} sent={form.sent} />;
  if (form.chosen === null) return <ReferralSearchStep form={form} />;
  return <ReferralDetailsStep form={form} chosen={form.chosen} />;
}
