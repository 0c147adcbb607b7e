/** Text of the layouts, themes, header menu and first-visit hint (merged into the main catalogue). */
export const screensEn = {
  headerMenu: 'Menu',
  headerMenuLabel: 'More controls',
  headerMenuLoading: 'Loading the controls…',
  panelTabsLabel: 'Panel',
  panelEvents: 'Events',
  panelShow: 'Show the panel',
  panelHide: 'Hide the panel',
  chosenEvent: 'Chosen',
  hintTitle: 'Getting started',
  hintDrag: 'Drag the timeline to move through the days.',
  hintPlace: 'Click a place to see what happened there.',
  hintPresent: 'Press Present (or P) to show the story to a class.',
  hintDismiss: 'Got it',
};
