/**
 * The text "Teilen" sends (or copies) for a selection of contacts: each name with its numbers and
 * the link that opens them all in the app. Plain text, so any messenger shows it as written.
 * `draftLine` ("Automatisch übersetzt, noch nicht geprüft.", in the text's language) follows the name
 * of a contact whose name or a number's label is a machine-assisted draft.
 */
import type { ContactSummary } from './contact-summary';

export function shareText(contacts: readonly ContactSummary[], link: string, draftLine?: string): string {
  const blocks = contacts.map((contact) =>
    [
      contact.name,
      ...(draftLine && contact.drafts?.some((part) => part !== 'organization') ? [draftLine] : []),
      ...contact.phones.map((phone) => (phone.label ? `${phone.label}: ${phone.number}` : phone.number)),
      ...(contact.email ? [contact.email] : []),
    ].join('\n'),
  );
  return [...blocks, link].join('\n\n');
}
