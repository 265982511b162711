/**
 * One line of opening hours ("Mo.–Fr. 08:30–12:00"): the times stay left to right inside Arabic or
 * Persian text (otherwise "08:30–12:00" would read "12:00–08:30"), the rest follows the page.
 */
const TIMES = /(\d{2}:\d{2}–\d{2}:\d{2}(?:, \d{2}:\d{2}–\d{2}:\d{2})*)/;

export function HoursLine({ line }: { line: string }) {
  return (
    <>
      {line.split(TIMES).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} dir="ltr" class="phone-number">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
