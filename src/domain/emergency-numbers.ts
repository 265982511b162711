/**
 * National emergency and help numbers (REGION.md). They ship inside the app so the emergency
 * screen works on the very first start, before the directory has been synced, and offline.
 * A unit test checks that the sample directory lists each of them as a real entry.
 */
type EmergencyKey =
  | 'ambulance'
  | 'police'
  | 'doctorOnCall'
  | 'poison'
  | 'parentLine'
  | 'childLine'
  | 'violenceAgainstWomen'
  | 'pregnantInNeed'
  | 'crisisLine';

interface DialNumber {
  /** The number as people write and say it. */
  display: string;
  /** Digits only (with + for the international form), ready for a tel: link. */
  tel: string;
}

export interface EmergencyNumber {
  key: EmergencyKey;
  numbers: readonly DialNumber[];
  /** Life-threatening situations come first and are shown larger. */
  urgent: boolean;
}

const dial = (display: string, tel: string): DialNumber => ({ display, tel });

export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = [
  { key: 'ambulance', numbers: [dial('112', '112')], urgent: true },
  { key: 'police', numbers: [dial('110', '110')], urgent: true },
  { key: 'doctorOnCall', numbers: [dial('116 117', '116117')], urgent: false },
  { key: 'poison', numbers: [dial('0228 19240', '+4922819240')], urgent: false },
  { key: 'parentLine', numbers: [dial('0800 111 0 550', '+498001110550')], urgent: false },
  { key: 'childLine', numbers: [dial('116 111', '116111')], urgent: false },
  { key: 'violenceAgainstWomen', numbers: [dial('116 016', '116016')], urgent: false },
  { key: 'pregnantInNeed', numbers: [dial('0800 40 40 020', '+498004040020')], urgent: false },
  {
    key: 'crisisLine',
    numbers: [dial('0800 111 0 111', '+498001110111'), dial('0800 111 0 222', '+498001110222')],
    urgent: false,
  },
];
