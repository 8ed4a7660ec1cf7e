/** How every transport introduces an overview (a question about the coverage as a whole): the same words. */
export const OVERVIEW_HEADING = 'How the coverage opens (each article\u2019s first lines, most recent first):';

/** And an overview of what comes next ("What happens next?"). */
export const OUTLOOK_HEADING = 'What the coverage says comes next (each article\u2019s lines on what lies ahead, from its end, most recent first):';

/** The heading of an overview, of the coverage's openings or of what it says comes next. */
export function overviewHeading(answer: { outlook?: true }): string {
  return answer.outlook ? OUTLOOK_HEADING : OVERVIEW_HEADING;
}
