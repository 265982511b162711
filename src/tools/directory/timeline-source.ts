/**
 * directory/timeline.yaml: the child's timeline the editorial team keeps (check-ups, vaccination
 * appointments, errands, milestones). Read and checked here for `validate` and for the build,
 * which bundles it with the timeline screen; every problem names the file, the item and the field.
 */
import * as v from 'valibot';
import { toIssues, type Issue } from '../../domain/directory/issues';
import { germanFallback } from '../../domain/directory/messages';
import { checkTimeline } from '../../domain/timeline/check';
import { TimelineSchema, type Timeline } from '../../domain/timeline/schema';
import { parseYamlFile } from './yaml-source';

export const TIMELINE_FILE = 'timeline.yaml';

export function readTimeline(text: string): { timeline?: Timeline; issues: Issue[] } {
  const parsed = parseYamlFile(TIMELINE_FILE, text);
  if (!parsed.ok) return { issues: parsed.messages.map((message) => ({ path: TIMELINE_FILE, message })) };
  const result = v.safeParse(TimelineSchema, parsed.data, { message: germanFallback });
  const where = (issue: Issue): Issue => ({
    ...issue,
    path: issue.path === '' ? TIMELINE_FILE : `${TIMELINE_FILE}: ${issue.path}`,
  });
  if (!result.success) return { issues: toIssues(result.issues, parsed.data).map(where) };
  const issues = checkTimeline(result.output).map(where);
  return issues.length > 0 ? { issues } : { timeline: result.output, issues };
}
