import taxonomy from '../taxonomy.json';
import { picklist } from './messages';

/** The stable codes from taxonomy.json as picklists with German messages. */

function codes(items: readonly { code: string }[]): [string, ...string[]] {
  const list = items.map((item) => item.code);
  if (list.length === 0) throw new Error('taxonomy.json: empty code list');
  return list as [string, ...string[]];
}

export const SECTOR_CODES = codes(taxonomy.sectors);
export const LIFE_STAGE_CODES = codes(taxonomy.lifeStages);
export const TOPIC_CODES = codes(taxonomy.topics);
export const MUNICIPALITY_CODES = codes(taxonomy.municipalities);

export type LifeStageCode = string;
export type TopicCode = string;
export type MunicipalityCode = string;

export const SectorSchema = picklist(SECTOR_CODES, 'Unbekannter Bereich (sector)');
export const LifeStageSchema = picklist(LIFE_STAGE_CODES, 'Unbekannte Lebensphase');
export const TopicSchema = picklist(TOPIC_CODES, 'Unbekanntes Thema');
export const MunicipalitySchema = picklist(MUNICIPALITY_CODES, 'Unbekannte Gemeinde');
