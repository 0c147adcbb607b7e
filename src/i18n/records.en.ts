/** English text of the built-in record, search, filters and charts (merged into the main catalogue). */
export const recordsEn = {
  datasetsRecordTitle: 'Travels of the US Secretaries of State, 1866–2025',
  relatedHeading: 'Also in another dataset',
  relatedOpen: 'Open in “{title}”',
  careerHeading: 'Trips of {name} ({n})',
  chartsLoading: 'Loading the charts…',
  placeVisits:
    '{place}: {n, plural, one {# visit} other {# visits}} by {m, plural, one {# person} other {# people}}',
  listLeavesOutHidden: 'Events of the people you hid are left out of this list.',
};
