/** The buttons of a message the bot sent, as Discord holds it (shared by the end-to-end tests). */

export interface ButtonJson {
  label?: string;
  emoji?: { name: string };
  custom_id: string;
}

/** Every button of every row of a message body. */
export function buttonsOf(message: { components?: unknown }): ButtonJson[] {
  const rows = (message.components ?? []) as { components: ButtonJson[] }[];
  return rows.flatMap((row) => row.components);
}

/** The custom ids of a message body's buttons. */
export function customIds(message: { components?: unknown }): string[] {
  return buttonsOf(message).map((b) => b.custom_id);
}

/** The custom id of the button with this label or emoji; fails loudly when there is none. */
export function buttonId(message: { components?: unknown }, which: string): string {
  const found = buttonsOf(message).find((b) => b.label === which || b.emoji?.name === which);
  if (!found) throw new Error(`no ${which} button in ${JSON.stringify(message.components)}`);
  return found.custom_id;
}
