/**
 * The facts only the Kreis can fill in, in one place (not once per language). Every value that is
 * still a placeholder is written in square brackets; the pages show such values visibly marked as
 * "Platzhalter", so an unfinished page can never pass for a finished one.
 *
 * To publish: replace each bracketed value with the real text (keep the quotes), e.g.
 *   authority: 'Kreis Unna – Der Landrat',
 */
export const LEGAL_FACTS = {
  /** Who publishes the app (Anbieter nach § 5 DDG). */
  authority: '[Name der Behörde]',
  representative: '[Vertreten durch: Name und Funktion, z. B. Landrat/Landrätin]',
  street: '[Straße und Hausnummer]',
  town: '[Postleitzahl und Ort]',
  phone: '[Telefonnummer]',
  email: '[E-Mail-Adresse]',
  /** Umsatzsteuer-Identifikationsnummer, if the Kreis has one. */
  vatId: '[USt-IdNr. oder „entfällt“]',
  /** Who is responsible for the content (§ 18 Abs. 2 MStV). */
  editor: '[Name und Anschrift der inhaltlich verantwortlichen Person]',
  /** Datenschutzbeauftragte(r) of the Kreis. */
  privacyOfficer: '[Name und Kontakt der/des Datenschutzbeauftragten]',
  /** Data-protection supervisory authority for public bodies in NRW. */
  supervisoryAuthority:
    '[Aufsichtsbehörde, z. B. Landesbeauftragte für Datenschutz und Informationsfreiheit NRW – bitte prüfen]',
  /** Where the app is hosted (the server only delivers files; see the privacy page). */
  host: '[Name und Anschrift des Hosting-Dienstleisters]',
  /** Whether and how long the web server keeps access logs. */
  serverLogs: '[Ob und wie lange der Server Zugriffe protokolliert, z. B. „Protokolle werden nach 7 Tagen gelöscht“]',
  /** Legal basis for delivering the files. */
  legalBasis: '[Rechtsgrundlage, z. B. Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit Landesrecht NRW – bitte prüfen]',
  /** Contact for accessibility feedback (must answer within the legal time limit). */
  accessibilityContact: '[E-Mail-Adresse und Telefonnummer für Barrierefreiheits-Rückmeldungen]',
  /** The arbitration or ombuds body that applies to the Kreis (state law NRW). */
  arbitrationBody: '[Schlichtungs- oder Ombudsstelle nach Landesrecht NRW: Name, Anschrift, Website – bitte prüfen]',
  /** When the accessibility statement was written and last checked. */
  statementDate: '[Datum der Erstellung und der letzten Überprüfung]',
  /** How conformance was assessed (self-assessment, external test …). */
  assessmentMethod: '[Selbstbewertung oder Prüfung durch: Name der Prüfstelle]',
} as const;

export type LegalFact = keyof typeof LEGAL_FACTS;

/** A value still waiting for the Kreis: written in square brackets. */
export function isPlaceholder(value: string): boolean {
  return /^\[.*\]$/s.test(value.trim());
}

/** Every fact that is still a placeholder (for a release check and the report). */
export function openPlaceholders(facts: Readonly<Record<string, string>> = LEGAL_FACTS): string[] {
  return Object.entries(facts)
    .filter(([, value]) => isPlaceholder(value))
    .map(([key]) => key);
}
