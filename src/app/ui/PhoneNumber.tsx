import { Fragment } from 'preact';

/**
 * A phone number that keeps its digit order in right-to-left languages. With large text on a narrow
 * screen it may wrap between its groups of digits ("02306 / 104-2410"), never inside a group.
 */
export function PhoneNumber({ number }: { number: string }) {
  const groups = number.split(/\s+/).filter((group) => group !== '');
  return (
    <span class="phone-number" dir="ltr">
      {groups.map((group, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span class="phone-group">{group}</span>
        </Fragment>
      ))}
    </span>
  );
}
