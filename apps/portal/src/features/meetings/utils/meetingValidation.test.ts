import { describe, expect, it } from 'vitest';
import { checkItem, checkMeeting, EMPTY_MEETING, isHttpsUrl } from './meetingValidation';

describe('checkMeeting', () => {
  it('names every missing field at once', () => {
    expect(checkMeeting(EMPTY_MEETING).problems).toEqual({
      date: 'REQUIRED',
      startTime: 'REQUIRED',
      endTime: 'REQUIRED',
      location: 'PLACE_REQUIRED',
    });
  });

  it('wants the end after the start, and an https link', () => {
    const { problems, slot } = checkMeeting({
      date: '2026-09-01',
      startTime: '11:00',
      endTime: '10:00',
      location: '',
      onlineUrl: 'http://overleg.example/x',
    });
    expect(problems).toEqual({ endTime: 'END_BEFORE_START', onlineUrl: 'URL' });
    expect(slot).toBeNull();
  });

  it('gives the slot in UTC for a valid meeting with only a link', () => {
    const { problems, slot } = checkMeeting({
      date: '2026-09-01',
      startTime: '09:00',
      endTime: '11:00',
      location: '',
      onlineUrl: 'https://overleg.example/x',
    });
    expect(problems).toEqual({});
    expect(slot?.startsAt.toISOString()).toBe('2026-09-01T07:00:00.000Z');
    expect(slot?.endsAt.toISOString()).toBe('2026-09-01T09:00:00.000Z');
  });

  it('refuses a one-letter location and a date that does not exist', () => {
    expect(
      checkMeeting({ ...EMPTY_MEETING, date: '2026-02-31', startTime: '9:00', location: 'X' })
        .problems,
    ).toEqual({ date: 'DATE', endTime: 'REQUIRED', location: 'LOCATION_LENGTH' });
  });

  it('accepts only https links', () => {
    expect(isHttpsUrl('https://a.example/b')).toBe(true);
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpsUrl('https://a.example/b c')).toBe(false);
  });
});

describe('checkItem', () => {
  const meeting = {
    date: '2026-09-01',
    startsAt: '2026-09-01T07:00:00.000Z',
    endsAt: '2026-09-01T09:00:00.000Z',
  };

  it('wants a case and a slot within the meeting', () => {
    expect(
      checkItem({ caseId: '', startTime: '08:30', endTime: '09:00', invitedAgencyIds: [] }, meeting)
        .problems,
    ).toEqual({ caseId: 'REQUIRED', startTime: 'OUTSIDE_MEETING' });
  });

  it('wants at least one invitee', () => {
    const { problems } = checkItem(
      { caseId: 'c1', startTime: '09:30', endTime: '10:00', invitedAgencyIds: [] },
      meeting,
    );
    expect(problems).toEqual({ invitedAgencyIds: 'NO_INVITEES' });
  });

  it('accepts an item inside the meeting', () => {
    const { problems, slot } = checkItem(
      { caseId: 'c1', startTime: '09:30', endTime: '10:00', invitedAgencyIds: ['a'] },
      meeting,
    );
    expect(problems).toEqual({});
    expect(slot?.startsAt.toISOString()).toBe('2026-09-01T07:30:00.000Z');
  });
});
