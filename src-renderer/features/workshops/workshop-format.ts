import { longDate } from '../../../shared/util/dates';
import { KEY_QUESTIONS } from '../../../shared/framework/content';
import type { Workshop } from '../../../shared/workshops/workshop';

/** "2026-12-03" as "3 December 2026"; the date is a calendar date, so no time zone moves it. */
export function formatDate(isoDate: string): string {
  return longDate(isoDate);
}

export const QUESTION_COUNT = KEY_QUESTIONS.length;

/** "5 of 17". */
export function questionsRatedText(workshop: Workshop): string {
  return `${workshop.questionsRated} of ${QUESTION_COUNT}`;
}

export function participantCountText(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}
