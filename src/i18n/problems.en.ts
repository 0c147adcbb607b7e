/** English words for every problem code (see src/domain/dataset/problems.ts). */
import type { ProblemTexts } from './problems';

export const problemsEn: ProblemTexts = {
  notObject: {
    message: 'The file is not a JSON object.',
    hint: 'Export the dataset again from the app.',
  },
  versionUnknown: {
    message: 'Unknown format version.',
    hint: 'Export the file again from the app, or set "schemaVersion": 1.',
  },
  versionNewer: {
    message:
      'Made by a newer version of the app (format {version}); this app reads up to {current}.',
    hint: 'Update the app, or export the file again.',
  },
  wrongType: {
    message: (p) =>
      ({
        string: 'This should be text.',
        number: 'This should be a number.',
        boolean: 'This should be true or false.',
        array: 'This should be a list.',
        object: 'This should be a record (an object).',
        other: 'This value has the wrong type.',
      })[p.expected],
    hint: 'Correct the value at this place in the file.',
  },
  required: {
    message: 'A required value is missing.',
    hint: 'Add the value at this place in the file.',
  },
  tooShort: {
    message:
      '{minimum, plural, one {This needs at least # item or character.} other {This needs at least # items or characters.}}',
    hint: 'Fill in the value.',
  },
  tooLong: {
    message:
      '{maximum, plural, one {This is longer than # item or character.} other {This is longer than # items or characters.}}',
    hint: 'Shorten the value.',
  },
  tooSmall: { message: 'This number is below {minimum}.', hint: 'Correct the number.' },
  tooBig: { message: 'This number is above {maximum}.', hint: 'Correct the number.' },
  notAllowed: {
    message: 'This value is not one of: {values}.',
    hint: 'Use one of the listed values.',
  },
  notIsoDay: {
    message: 'This should be a calendar date written YYYY-MM-DD.',
    hint: 'Write the date as 2025-02-24.',
  },
  notHttpUrl: {
    message: 'Links must be http(s) addresses.',
    hint: 'Write a full address starting with https://.',
  },
  badId: {
    message: 'Ids use letters, digits and _ . : - only.',
    hint: 'Correct the id.',
  },
  badColor: { message: 'A colour is written like #1f77b4.', hint: 'Correct the colour.' },
  badCountry: {
    message: 'A country is written as its two-letter ISO code (FR, RU…).',
    hint: 'Correct the country code.',
  },
  invalidValue: {
    message: 'This does not match the data format.',
    hint: 'Correct the value at this place in the file.',
  },
  duplicateId: {
    message: 'The id “{id}” is a duplicate: it is used twice.',
    hint: 'Give each record its own id.',
  },
  unknownPlace: {
    message: 'No place has the id “{id}”.',
    hint: 'Add the place to "places" or correct the id.',
  },
  unknownActor: {
    message: 'No person has the id “{id}”.',
    hint: 'Add the person to "actors" or correct the id.',
  },
  unknownEvent: {
    message: 'No event has the id “{id}”.',
    hint: 'Point the step at an event id of this dataset.',
  },
  eventEndBeforeStart: {
    message: 'The end date is before the start date.',
    hint: 'Swap the dates or correct the end date.',
  },
  callNeedsTwoPlaces: {
    message: 'A call links two places.',
    hint: 'List both ends of the call.',
  },
  recordMissing: {
    message: 'The saved data is missing.',
    hint: 'Import the file again.',
  },
  recordNewer: {
    message: 'Saved by a newer version of the app (record version {version}).',
    hint: 'Open it with the newer version, or update this app.',
  },
  linkFailed: {
    message: 'The file could not be opened.',
    hint: 'Check the connection and try again.',
  },
  empty: { message: 'The file is empty.', hint: 'Choose a file with a header row and some rows.' },
  binary: {
    message: (p) =>
      p.reason === 'unreadable'
        ? 'The file could not be read as text.'
        : 'The file is not text (a spreadsheet, an image or an archive?).',
    hint: 'Save it as CSV or JSON from your spreadsheet and import that.',
  },
  tooLarge: {
    message: 'The file is larger than {limit} MB.',
    hint: 'Split the file or remove columns you do not need.',
  },
  unknownFormat: {
    message: 'This kind of file cannot be imported.',
    hint: 'Use CSV, GeoJSON or this app’s JSON.',
  },
  csvMalformed: {
    message: (p) =>
      ({
        unreadable: 'The file could not be read as CSV.',
        extraCells: 'This row has more cells than the header; the extra cells are ignored.',
        unclosedQuote: 'A quoted value is not closed.',
      })[p.reason],
    hint: (p) =>
      ({
        unreadable: 'Save it again as CSV from your spreadsheet.',
        extraCells: 'Check for a separator inside an unquoted value.',
        unclosedQuote: 'Close the quote ("…") or remove it.',
      })[p.reason],
  },
  noRows: {
    message: (p) =>
      ({
        headerOnly: 'The file has a header row but no data rows.',
        noPoints: 'The GeoJSON has no Point features.',
        noneImported: 'No row could be imported.',
      })[p.reason],
    hint: (p) =>
      ({
        headerOnly: 'A CSV needs a header row, then one row per event.',
        noPoints: 'A FeatureCollection of Points with a date property is expected.',
        noneImported: 'Check the column choices and the problems listed.',
      })[p.reason],
  },
  jsonInvalid: {
    message: 'The file starts like JSON but is not valid JSON.',
    hint: 'Check the file in a JSON validator.',
  },
  jsonShape: {
    message: 'This JSON is neither a dataset of this app nor GeoJSON.',
    hint: 'Export a dataset from the app, or use a GeoJSON FeatureCollection of Points.',
  },
  schemaNewer: {
    message:
      'Made by a newer version of the app (format {version}); this app reads up to {current}.',
    hint: 'Update the app, or export the file again.',
  },
  schemaUnknown: {
    message: 'Unknown format version.',
    hint: 'Export the file again from the app.',
  },
  schemaMigrated: {
    message: 'Updated from format version {from} to {to}.',
    hint: 'Nothing to do.',
  },
  geojsonNotPoint: {
    message: 'Only Point features are imported; this one is left out.',
    hint: 'Give each event a Point geometry.',
  },
  columnarInvalid: {
    message: ({ column, reason }) =>
      `The compact file's “${column}” column ${
        {
          missing: 'is missing',
          length: 'does not have one value per event',
          notInteger: 'holds a value that is not a whole number',
          outOfRange: 'holds a value out of range (no such place, actor, text or date)',
          wrongType: 'is not a list of the right kind',
        }[reason]
      }.`,
    hint: 'Write the file again with the app or the tool that made it; it cannot be repaired here.',
  },
  noDateColumn: {
    message: 'No column is used for the date.',
    hint: 'Choose the column that holds the dates.',
  },
  noPlaceColumn: {
    message: 'No column is used for the place.',
    hint: 'Choose the city column, or latitude and longitude.',
  },
  dateMissing: { message: 'No date: the row is left out.', hint: 'Add the date in the file.' },
  dateInvalid: {
    message: (p) =>
      p.reason === 'twoDigitYear'
        ? 'The year has two digits: it could be in any century. The row is left out.'
        : 'This is not a date the importer can read. The row is left out.',
    hint: (p) =>
      p.reason === 'twoDigitYear'
        ? 'Write the year with four digits (1975, not 75).'
        : 'Write it as YYYY-MM-DD (or 12/02/2025, February 2025, 2025).',
  },
  dateNoYear: {
    message: 'This date has no year.',
    hint: 'Choose the column that holds the year in the column step.',
  },
  dateAmbiguous: {
    message: 'This date reads both as day/month and month/day.',
    hint: 'Choose day/month or month/day in the column step.',
  },
  endInvalid: {
    message: 'The end date cannot be read; the start date is kept.',
    hint: 'Write it as YYYY-MM-DD.',
  },
  endBeforeStart: {
    message: 'The end date is before the start date; the start date is kept.',
    hint: 'Swap the dates or correct the end date.',
  },
  placeMissing: {
    message: 'No place: the row is left out.',
    hint: 'Add a city (and country) or coordinates.',
  },
  capitalUsed: {
    message: 'No city: the event is placed at the capital, {place}.',
    hint: 'Add the city if the event was elsewhere.',
  },
  placeUnknown: {
    message: (p) =>
      p.others === 'kept'
        ? 'This place was not found; the row keeps its other places.'
        : 'This place was not found.',
    hint: (p) =>
      p.others === 'kept'
        ? 'Pick a suggestion or type its coordinates under “Places to fix”.'
        : 'Pick a suggestion or type its coordinates under “Places to fix”, or the row is left out.',
  },
  countryUnknown: {
    message: 'This country is not known; the city was looked for everywhere.',
    hint: 'Write the country in English or French, or its ISO code.',
  },
  coordsInvalid: {
    message: 'These coordinates are not numbers.',
    hint: 'Write decimal degrees, e.g. 48.8566 and 2.3522.',
  },
  coordsOutOfRange: {
    message: 'Latitude must be within ±90 and longitude within ±180.',
    hint: 'Correct the coordinates.',
  },
  coordsSwapped: {
    message: (p) =>
      p.reason === 'range'
        ? 'Latitude and longitude look swapped (out of range as written); they were swapped back.'
        : 'Latitude and longitude look swapped (outside the named country as written); they were swapped back.',
    hint: 'Check the place on the map; fix the file if the swap is wrong.',
  },
  coordsOutsideCountry: {
    message: 'The point lies outside {country}.',
    hint: 'Check the coordinates and the country.',
  },
  urlNotHttp: {
    message: 'Only http(s) links are kept; this one was left out.',
    hint: 'Write a full address starting with https://.',
  },
  gazetteerUnavailable: {
    message: 'The list of world cities could not be loaded: only rows with coordinates are placed.',
    hint: 'Reload the page and try again, or add latitude and longitude.',
  },
};
