import { useState } from 'react';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import {
  CLOSE_MEETING_MUTATION,
  REMOVE_MEETING_ITEM_MUTATION,
  SET_CURRENT_MEETING_ITEM_MUTATION,
  START_MEETING_MUTATION,
} from '../graphql/meetingDocuments';
import { useMeetingMutation, type MeetingMutationResult } from './useMeetingMutation';

export interface MeetingChair {
  /** Why the chair's last action was refused, as a sentence; null after a success. */
  failure: string | null;
  /** The chair asked to close and has not answered the confirmation yet. */
  confirmingClose: boolean;
  starting: boolean;
  moving: boolean;
  closing: boolean;
  start: () => void;
  /** Makes an item the current one; the page then shows the current item again. */
  moveTo: (itemId: string) => void;
  askClose: () => void;
  cancelClose: () => void;
  close: () => void;
  remove: (itemId: string) => void;
}

/**
 * What the chair does while running a meeting. The answers land in the cache (the page follows);
 * a refusal is kept as one message for the meeting-mode section.
 */
export function useMeetingChair(meetingId: string, onMoved: () => void): MeetingChair {
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const start = useMeetingMutation(START_MEETING_MUTATION);
  const setCurrent = useMeetingMutation(SET_CURRENT_MEETING_ITEM_MUTATION);
  const close = useMeetingMutation(CLOSE_MEETING_MUTATION);
  const remove = useMeetingMutation(REMOVE_MEETING_ITEM_MUTATION);

  async function act<T>(promise: Promise<MeetingMutationResult<T>>) {
    setFailure(null);
    const result = await promise;
    if (!result.ok) setFailure(errorMessage(result.code));
    return result.ok;
  }

  return {
    failure,
    confirmingClose,
    starting: start.loading,
    moving: setCurrent.loading,
    closing: close.loading,
    start: () => void act(start.run({ meetingId })),
    moveTo: (itemId) =>
      void act(setCurrent.run({ input: { meetingId, itemId } })).then((ok) => ok && onMoved()),
    askClose: () => setConfirmingClose(true),
    cancelClose: () => setConfirmingClose(false),
    close: () => void act(close.run({ meetingId })).then(() => setConfirmingClose(false)),
    remove: (itemId) => void act(remove.run({ itemId })),
  };
}
