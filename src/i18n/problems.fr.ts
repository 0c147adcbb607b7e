/** Les mots de chaque code de problème, en français (voir src/domain/dataset/problems.ts). */
import type { ProblemTexts } from './problems';

export const problemsFr: ProblemTexts = {
  notObject: {
    message: 'Le fichier n’est pas un objet JSON.',
    hint: 'Exportez à nouveau le jeu de données depuis l’application.',
  },
  versionUnknown: {
    message: 'Version de format inconnue.',
    hint: 'Exportez à nouveau le fichier depuis l’application, ou donnez à "schemaVersion" la valeur 1.',
  },
  versionNewer: {
    message:
      'Fait par une version plus récente de l’application (format {version}) ; celle-ci lit jusqu’au format {current}.',
    hint: 'Mettez l’application à jour, ou exportez à nouveau le fichier.',
  },
  wrongType: {
    message: (p) =>
      ({
        string: 'Ceci devrait être du texte.',
        number: 'Ceci devrait être un nombre.',
        boolean: 'Ceci devrait être vrai ou faux (true, false).',
        array: 'Ceci devrait être une liste.',
        object: 'Ceci devrait être un enregistrement (un objet).',
        other: 'Cette valeur n’est pas du bon type.',
      })[p.expected],
    hint: 'Corrigez la valeur à cet endroit du fichier.',
  },
  required: {
    message: 'Une valeur obligatoire manque.',
    hint: 'Ajoutez la valeur à cet endroit du fichier.',
  },
  tooShort: {
    message:
      '{minimum, plural, one {Il faut au moins # élément ou caractère.} other {Il faut au moins # éléments ou caractères.}}',
    hint: 'Remplissez la valeur.',
  },
  tooLong: {
    message:
      '{maximum, plural, one {Ceci dépasse # élément ou caractère.} other {Ceci dépasse # éléments ou caractères.}}',
    hint: 'Raccourcissez la valeur.',
  },
  tooSmall: { message: 'Ce nombre est inférieur à {minimum}.', hint: 'Corrigez le nombre.' },
  tooBig: { message: 'Ce nombre est supérieur à {maximum}.', hint: 'Corrigez le nombre.' },
  notAllowed: {
    message: 'Cette valeur n’est pas l’une de celles-ci : {values}.',
    hint: 'Utilisez l’une des valeurs indiquées.',
  },
  notIsoDay: {
    message: 'Ceci devrait être une date écrite AAAA-MM-JJ.',
    hint: 'Écrivez la date ainsi : 2025-02-24.',
  },
  notHttpUrl: {
    message: 'Les liens doivent être des adresses http(s).',
    hint: 'Écrivez une adresse complète commençant par https://.',
  },
  badId: {
    message: 'Les identifiants n’utilisent que des lettres, des chiffres et _ . : -',
    hint: 'Corrigez l’identifiant.',
  },
  badColor: { message: 'Une couleur s’écrit comme #1f77b4.', hint: 'Corrigez la couleur.' },
  badCountry: {
    message: 'Un pays s’écrit avec son code ISO à deux lettres (FR, RU…).',
    hint: 'Corrigez le code du pays.',
  },
  invalidValue: {
    message: 'Ceci ne respecte pas le format de données.',
    hint: 'Corrigez la valeur à cet endroit du fichier.',
  },
  duplicateId: {
    message: 'L’identifiant « {id} » est utilisé deux fois.',
    hint: 'Donnez à chaque enregistrement son propre identifiant.',
  },
  unknownPlace: {
    message: 'Aucun lieu n’a l’identifiant « {id} ».',
    hint: 'Ajoutez le lieu à "places" ou corrigez l’identifiant.',
  },
  unknownActor: {
    message: 'Aucune personne n’a l’identifiant « {id} ».',
    hint: 'Ajoutez la personne à "actors" ou corrigez l’identifiant.',
  },
  unknownEvent: {
    message: 'Aucun événement n’a l’identifiant « {id} ».',
    hint: 'Faites pointer l’étape vers un événement de ce jeu de données.',
  },
  eventEndBeforeStart: {
    message: 'La date de fin précède la date de début.',
    hint: 'Inversez les dates ou corrigez la date de fin.',
  },
  callNeedsTwoPlaces: {
    message: 'Un appel relie deux lieux.',
    hint: 'Indiquez les deux bouts de l’appel.',
  },
  recordMissing: {
    message: 'Les données enregistrées manquent.',
    hint: 'Importez à nouveau le fichier.',
  },
  recordNewer: {
    message:
      'Enregistré par une version plus récente de l’application (version d’enregistrement {version}).',
    hint: 'Ouvrez-le avec la version récente, ou mettez cette application à jour.',
  },
  linkFailed: {
    message: 'Le fichier n’a pas pu être ouvert.',
    hint: 'Vérifiez la connexion et réessayez.',
  },
  empty: {
    message: 'Le fichier est vide.',
    hint: 'Choisissez un fichier avec une ligne d’en-tête et des lignes.',
  },
  binary: {
    message: (p) =>
      ({
        unreadable: 'Le fichier n’a pas pu être lu comme du texte.',
        signature: 'Le fichier n’est pas du texte (un classeur, une image, une archive ?).',
      })[p.reason],
    hint: 'Enregistrez-le en CSV ou en JSON depuis votre tableur et importez ce fichier.',
  },
  tooLarge: {
    message: 'Le fichier dépasse {limit} Mo.',
    hint: 'Découpez le fichier ou retirez les colonnes inutiles.',
  },
  unknownFormat: {
    message: 'Ce type de fichier ne peut pas être importé.',
    hint: 'Utilisez du CSV, du GeoJSON ou le JSON de l’application.',
  },
  csvMalformed: {
    message: (p) =>
      ({
        unreadable: 'Le fichier n’a pas pu être lu comme du CSV.',
        extraCells:
          'Cette ligne a plus de cellules que l’en-tête ; les cellules en trop sont ignorées.',
        unclosedQuote: 'Une valeur entre guillemets n’est pas refermée.',
      })[p.reason],
    hint: (p) =>
      ({
        unreadable: 'Enregistrez-le à nouveau en CSV depuis votre tableur.',
        extraCells: 'Cherchez un séparateur dans une valeur sans guillemets.',
        unclosedQuote: 'Fermez le guillemet ("…") ou retirez-le.',
      })[p.reason],
  },
  noRows: {
    message: (p) =>
      ({
        headerOnly: 'Le fichier a une ligne d’en-tête mais aucune ligne de données.',
        noPoints: 'Le GeoJSON n’a aucun objet Point.',
        noneImported: 'Aucune ligne n’a pu être importée.',
      })[p.reason],
    hint: (p) =>
      ({
        headerOnly: 'Un CSV a une ligne d’en-tête, puis une ligne par événement.',
        noPoints: 'Une FeatureCollection de points avec une propriété de date est attendue.',
        noneImported: 'Vérifiez le choix des colonnes et les problèmes listés.',
      })[p.reason],
  },
  jsonInvalid: {
    message: 'Le fichier ressemble à du JSON mais n’est pas du JSON valide.',
    hint: 'Vérifiez le fichier avec un validateur JSON.',
  },
  jsonShape: {
    message: 'Ce JSON n’est ni un jeu de données de l’application ni du GeoJSON.',
    hint: 'Exportez un jeu de données depuis l’application, ou utilisez une FeatureCollection GeoJSON de points.',
  },
  schemaNewer: {
    message:
      'Fait par une version plus récente de l’application (format {version}) ; celle-ci lit jusqu’au format {current}.',
    hint: 'Mettez l’application à jour, ou exportez à nouveau le fichier.',
  },
  schemaUnknown: {
    message: 'Version de format inconnue.',
    hint: 'Exportez à nouveau le fichier depuis l’application.',
  },
  schemaMigrated: {
    message: 'Mis à jour de la version de format {from} à la version {to}.',
    hint: 'Rien à faire.',
  },
  geojsonNotPoint: {
    message: 'Seuls les objets Point sont importés ; celui-ci est écarté.',
    hint: 'Donnez à chaque événement une géométrie Point.',
  },
  columnarInvalid: {
    message: ({ column, reason }) =>
      `La colonne «\u202f${column}\u202f» du fichier compact ${
        {
          missing: 'manque',
          length: 'n’a pas une valeur par événement',
          notInteger: 'contient une valeur qui n’est pas un nombre entier',
          outOfRange:
            'contient une valeur hors limites (lieu, personne, texte ou date qui n’existe pas)',
          wrongType: 'n’est pas une liste du bon type',
        }[reason]
      }.`,
    hint: 'Écrivez à nouveau le fichier avec l’application ou l’outil qui l’a produit ; il ne peut pas être réparé ici.',
  },
  noDateColumn: {
    message: 'Aucune colonne n’est choisie pour la date.',
    hint: 'Choisissez la colonne des dates.',
  },
  noPlaceColumn: {
    message: 'Aucune colonne n’est choisie pour le lieu.',
    hint: 'Choisissez la colonne des villes, ou latitude et longitude.',
  },
  dateMissing: {
    message: 'Pas de date : la ligne est écartée.',
    hint: 'Ajoutez la date dans le fichier.',
  },
  dateInvalid: {
    message: (p) =>
      ({
        twoDigitYear:
          'L’année a deux chiffres : elle pourrait être de n’importe quel siècle. La ligne est écartée.',
        invalid: 'Ce n’est pas une date que l’importateur sait lire. La ligne est écartée.',
      })[p.reason],
    hint: (p) =>
      ({
        twoDigitYear: 'Écrivez l’année avec quatre chiffres (1975, pas 75).',
        invalid: 'Écrivez-la AAAA-MM-JJ (ou 12/02/2025, février 2025, 2025).',
      })[p.reason],
  },
  dateNoYear: {
    message: 'Cette date n’a pas d’année.',
    hint: 'Choisissez la colonne des années à l’étape des colonnes.',
  },
  dateAmbiguous: {
    message: 'Cette date se lit jour/mois comme mois/jour.',
    hint: 'Choisissez jour/mois ou mois/jour à l’étape des colonnes.',
  },
  endInvalid: {
    message: 'La date de fin est illisible ; la date de début est gardée.',
    hint: 'Écrivez-la AAAA-MM-JJ.',
  },
  endBeforeStart: {
    message: 'La date de fin précède la date de début ; la date de début est gardée.',
    hint: 'Inversez les dates ou corrigez la date de fin.',
  },
  placeMissing: {
    message: 'Pas de lieu : la ligne est écartée.',
    hint: 'Ajoutez une ville (et un pays) ou des coordonnées.',
  },
  capitalUsed: {
    message: 'Pas de ville : l’événement est placé à la capitale, {place}.',
    hint: 'Ajoutez la ville si l’événement a eu lieu ailleurs.',
  },
  placeUnknown: {
    message: (p) =>
      ({
        kept: 'Ce lieu n’a pas été trouvé ; la ligne garde ses autres lieux.',
        none: 'Ce lieu n’a pas été trouvé.',
      })[p.others],
    hint: (p) =>
      ({
        kept: 'Choisissez une suggestion ou tapez ses coordonnées dans « Lieux à corriger ».',
        none: 'Choisissez une suggestion ou tapez ses coordonnées dans « Lieux à corriger », sinon la ligne est écartée.',
      })[p.others],
  },
  countryUnknown: {
    message: 'Ce pays est inconnu ; la ville a été cherchée partout.',
    hint: 'Écrivez le pays en français ou en anglais, ou son code ISO.',
  },
  coordsInvalid: {
    message: 'Ces coordonnées ne sont pas des nombres.',
    hint: 'Écrivez des degrés décimaux, par ex. 48.8566 et 2.3522.',
  },
  coordsOutOfRange: {
    message: 'La latitude doit rester dans ±90 et la longitude dans ±180.',
    hint: 'Corrigez les coordonnées.',
  },
  coordsSwapped: {
    message: (p) =>
      ({
        range:
          'Latitude et longitude semblent inversées (hors limites telles qu’écrites) ; elles ont été remises dans l’ordre.',
        country:
          'Latitude et longitude semblent inversées (hors du pays indiqué telles qu’écrites) ; elles ont été remises dans l’ordre.',
      })[p.reason],
    hint: 'Vérifiez le lieu sur la carte ; corrigez le fichier si l’inversion est fausse.',
  },
  coordsOutsideCountry: {
    message: 'Le point est hors du pays indiqué ({country}).',
    hint: 'Vérifiez les coordonnées et le pays.',
  },
  urlNotHttp: {
    message: 'Seuls les liens http(s) sont gardés ; celui-ci a été écarté.',
    hint: 'Écrivez une adresse complète commençant par https://.',
  },
  gazetteerUnavailable: {
    message:
      'La liste des villes du monde n’a pas pu être chargée : seules les lignes avec coordonnées sont placées.',
    hint: 'Rechargez la page et réessayez, ou ajoutez latitude et longitude.',
  },
};
