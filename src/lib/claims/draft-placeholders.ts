/**
 * What the draft writer puts where only an editor can write: the topic, the
 * title and each account's summary. The proof refuses any field still
 * holding one, so a draft moved into content/claims/ unread is never
 * published (a placeholder topic once became a public topic page).
 */
export const DRAFT_TOPIC = "To review";

/** A drafted text, marked as a placeholder: "To review: Putin has agreed …". */
export const draftPlaceholder = (text: string): string => `${DRAFT_TOPIC}: ${text}`;

/** True for the placeholder topic and for any text the draft writer marked ("To review", "To review: …"). */
export function isDraftPlaceholder(text: string): boolean {
  const folded = text.trim().toLowerCase();
  return folded === DRAFT_TOPIC.toLowerCase() || folded.startsWith(`${DRAFT_TOPIC.toLowerCase()}:`);
}
