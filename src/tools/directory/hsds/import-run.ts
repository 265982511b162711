import type { Organization } from '../../../domain/directory/schema';
import type { Json } from './collect';
import type { Note } from './import-parts';

/** HSDS fields our model has no place for, each with the German reason the report gives. */
const SKIPPED: Record<string, string> = {
  alternate_name: 'das Modell kennt keinen Zweitnamen',
  additional_urls: 'nur eine Webadresse je Angebot',
  additional_websites: 'nur eine Webadresse je Organisation',
  interpretation_services: 'Dolmetschen bitte als Sprache (languages) oder im Text angeben',
  application_process: 'das Modell kennt keinen Antragsweg – bei Bedarf in die Beschreibung übernehmen',
  wait_time: 'das Modell kennt keine Wartezeit',
  fees: 'veraltetes Feld, Kosten stehen in fees_description',
  accreditations: 'das Modell kennt keine Zertifizierungen',
  licenses: 'das Modell kennt keine Lizenzen',
  alert: 'kurzfristige Hinweise kennt das Modell nicht',
  assurer_email: 'wer geprüft hat, wird nicht veröffentlicht',
  funding: 'das Modell kennt keine Förderung',
  cost_options: 'Kosten nur als Text (fees)',
  program: 'das Modell kennt keine Programme',
  program_id: 'das Modell kennt keine Programme',
  programs: 'das Modell kennt keine Programme',
  required_documents: 'das Modell kennt keine Unterlagen-Liste',
  contacts: 'keine Ansprechpersonen im Verzeichnis (Datenschutz)',
  capacities: 'das Modell kennt keine Kapazitäten',
  metadata: 'der Änderungsverlauf wird nicht übernommen',
  tax_status: 'Steuerstatus gehört nicht ins Familienverzeichnis',
  tax_id: 'Steuernummer gehört nicht ins Familienverzeichnis',
  year_incorporated: 'Gründungsjahr gehört nicht ins Familienverzeichnis',
  legal_status: 'Rechtsform gehört nicht ins Familienverzeichnis',
  logo: 'keine Bilder von fremden Servern (Datenschutz, offline)',
  uri: 'das Modell kennt keine externe Kennung der Organisation',
  parent_organization_id: 'das Modell kennt keine Dachorganisationen',
  organization_identifiers: 'das Modell kennt keine Register-Nummern',
};

export interface HsdsImport {
  organizations: Organization[];
  report: string[];
  placeholders: number;
  /** Whether any record carried this project's profile (its texts are already split by language). */
  profiled: boolean;
}

/** One import's memory: what it has reported so far and the ids it has handed out. */
export class ImportRun {
  private readonly report: string[];
  private readonly skippedFields = new Map<string, number>();
  private placeholders = 0;
  /** Set when a record carries this project's profile. */
  profiled = false;
  /** Our ids in use (organizations, locations and services share one namespace for slugs). */
  readonly taken = new Set<string>();
  /** HSDS location id → our id ('' for a location that was left out). */
  readonly locationIds = new Map<string, string>();

  constructor(notes: readonly string[]) {
    this.report = [...notes];
  }

  readonly note: Note = (message) => {
    this.report.push(message);
  };

  /** A required value HSDS does not have, filled in and reported per record. */
  placeholder(message: string): void {
    this.placeholders++;
    this.report.push(message);
  }

  /** The value, or the fallback reported as a placeholder with `message`. */
  needed<T>(value: T | undefined, fallback: T, message: string): T {
    if (value !== undefined) return value;
    this.placeholder(message);
    return fallback;
  }

  /** Counts the record's fields the model leaves out; reported once per field at the end. */
  countSkipped(item: Json): void {
    for (const key of Object.keys(item))
      if (SKIPPED[key] && item[key] !== undefined) this.skippedFields.set(key, (this.skippedFields.get(key) ?? 0) + 1);
  }

  finish(organizations: Organization[]): HsdsImport {
    for (const [field, count] of this.skippedFields) {
      this.report.push(`Feld ${field} übersprungen (${count}×): ${SKIPPED[field] ?? 'im Modell nicht vorgesehen'}`);
    }
    // The same remark for several rows of one schedule is said once.
    return {
      organizations,
      report: [...new Set(this.report)],
      placeholders: this.placeholders,
      profiled: this.profiled,
    };
  }
}
