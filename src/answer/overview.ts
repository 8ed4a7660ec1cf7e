/** How every transport introduces an overview (a question about the coverage as a whole): the same words. */
export const OVERVIEW_HEADING = 'How the coverage opens (each article\u2019s first lines, most recent first):';
