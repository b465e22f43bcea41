/**
 * The addresses of a workshop's pages (CONTRACT.md, "Pages"), built in one
 * place for the server's join and facilitator links and the client's routes.
 * Paths are relative to the site; `workshopLinks` prefixes the public base.
 */
const workshopBase = (workshopId: string) => `/w/${encodeURIComponent(workshopId)}`;

export const pagePaths = {
  /** Where a participant types the code (the short address on the projector). */
  joinByCode: () => '/join',
  /** A workshop's join page; with the code filled in when given. */
  join: (workshopId: string, joinCode?: string) =>
    `${workshopBase(workshopId)}/join${joinCode ? `?code=${encodeURIComponent(joinCode)}` : ''}`,
  board: (workshopId: string) => `${workshopBase(workshopId)}/board`,
  /** The board with the view on one breakout group's frame (a visit; issue 19). */
  boardGroup: (workshopId: string, groupId: string) =>
    `${workshopBase(workshopId)}/board?group=${encodeURIComponent(groupId)}`,
  console: (workshopId: string) => `${workshopBase(workshopId)}/console`,
  screen: (workshopId: string) => `${workshopBase(workshopId)}/screen`,
  /** The facilitator's page of the case's meetups (issue 18). */
  series: (workshopId: string) => `${workshopBase(workshopId)}/series`,
  /**
   * The facilitator's way in. The key travels in the fragment, so it never
   * reaches a server log or a Referer header (AUTH-2).
   */
  facilitatorEntry: (workshopId: string, facilitatorKey: string) =>
    `${workshopBase(workshopId)}/facilitator#key=${encodeURIComponent(facilitatorKey)}`,
} as const;

/** The absolute links a new (or imported) workshop's creator is given. */
export function workshopLinks(
  base: string,
  workshop: { id: string; joinCode: string },
  facilitatorKey: string,
): { participantUrl: string; facilitatorUrl: string } {
  return {
    participantUrl: `${base}${pagePaths.join(workshop.id, workshop.joinCode)}`,
    facilitatorUrl: `${base}${pagePaths.facilitatorEntry(workshop.id, facilitatorKey)}`,
  };
}
