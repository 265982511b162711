/** What became of "Teilen": sent through the share sheet, the sheet closed by the user, copied instead, or neither. */
export type ShareOutcome = 'shared' | 'closed' | 'copied' | 'failed';

/**
 * Opens the phone's share sheet with `data`; where the phone has none, or sharing fails, copies `copyText` to the
 * clipboard instead. Closing the sheet is the user's choice and copies nothing.
 */
export async function shareOrCopy(data: ShareData, copyText: string): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'closed';
    }
  }
  try {
    await navigator.clipboard.writeText(copyText);
    return 'copied';
  } catch {
    return 'failed';
  }
}
