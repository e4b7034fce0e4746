package fr.etude.dossier.persistence.demo;

import java.util.List;

/** Common French names and places, to make generated data look like an office's real files. */
final class NomsFrancais {

    static final List<String> NOMS = List.of(
            "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
            "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
            "Bonnet", "Dupont", "Dupond", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre",
            "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand",
            "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
            "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer",
            "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard",
            "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin",
            "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix",
            "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Lecomte",
            "Hoarau", "Jacquet", "Mallet", "Hébert", "Boucher", "Bouvier", "Carré", "Marty", "Perrot", "Besnard");

    static final List<String> PRENOMS_FEMININS = List.of(
            "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Valérie", "Christine", "Sandrine",
            "Sophie", "Céline", "Stéphanie", "Émilie", "Julie", "Aurélie", "Camille", "Laura", "Léa", "Manon",
            "Chloé", "Inès", "Hélène", "Élodie", "Mélanie", "Agnès", "Béatrice", "Noémie", "Maëlle", "Anaïs", "Zoé");

    static final List<String> PRENOMS_MASCULINS = List.of(
            "Jean", "Philippe", "Michel", "Alain", "Patrick", "Nicolas", "Christophe", "Pierre", "Christian",
            "Éric", "Frédéric", "Laurent", "Stéphane", "David", "Sébastien", "Julien", "Thomas", "Olivier",
            "Jérôme", "Mathieu", "Hugo", "Lucas", "Théo", "Léo", "Gabriel", "Raphaël", "Noël", "Hervé", "Gaël",
            "François");

    static final List<String> VOIES = List.of(
            "rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
            "rue Pasteur", "place de l'Église", "rue du Général de Gaulle", "allée des Tilleuls",
            "chemin des Vignes", "rue de la Gare", "impasse des Lilas", "avenue de la Libération",
            "rue Émile Zola", "quai des Chartrons", "rue Nationale", "rue des Écoles");

    /** City and postcode, spread over metropolitan France, Alsace-Moselle included. */
    static final List<String[]> VILLES = List.of(
            new String[] {"Paris", "75011"}, new String[] {"Lyon", "69003"}, new String[] {"Marseille", "13005"},
            new String[] {"Toulouse", "31000"}, new String[] {"Nice", "06000"}, new String[] {"Nantes", "44000"},
            new String[] {"Strasbourg", "67000"}, new String[] {"Metz", "57000"}, new String[] {"Mulhouse", "68100"},
            new String[] {"Montpellier", "34000"}, new String[] {"Bordeaux", "33000"}, new String[] {"Lille", "59000"},
            new String[] {"Rennes", "35000"}, new String[] {"Reims", "51100"}, new String[] {"Saint-Étienne", "42000"},
            new String[] {"Le Havre", "76600"}, new String[] {"Grenoble", "38000"}, new String[] {"Dijon", "21000"},
            new String[] {"Angers", "49000"}, new String[] {"Nîmes", "30000"}, new String[] {"Clermont-Ferrand", "63000"},
            new String[] {"Limoges", "87000"}, new String[] {"Tours", "37000"}, new String[] {"Amiens", "80000"},
            new String[] {"Perpignan", "66000"}, new String[] {"Besançon", "25000"}, new String[] {"Orléans", "45000"},
            new String[] {"Rouen", "76000"}, new String[] {"Caen", "14000"}, new String[] {"Nancy", "54000"});

    /** Creditor clients of the kinds an étude works for: utilities, telecoms, landlords, banks, trade. */
    static final List<String[]> CREANCIERS = List.of(
            new String[] {"Énergies du Rhône SA", "552081317"},
            new String[] {"Télécom Atlantique SAS", "380129866"},
            new String[] {"Habitat Provence OPH", "273400150"},
            new String[] {"Crédit Mutuel des Pays de Loire", "786047886"},
            new String[] {"Pharmacie Centrale de Lyon SARL", "412345670"},
            new String[] {"Fournitures Dumas & Fils", "327543211"},
            new String[] {"Clinique Vétérinaire des Alpes", "501234561"},
            new String[] {"Auto-École Gambetta", "443061841"});

    static final List<String> FORMES_SOCIALES = List.of("SARL", "SAS", "EURL", "SA", "SCI", "SASU");

    static final List<String> ACTIVITES = List.of(
            "Boulangerie", "Garage", "Plomberie", "Transports", "Menuiserie", "Restaurant", "Imprimerie",
            "Électricité", "Maçonnerie", "Informatique", "Coiffure", "Fleurs");

    private NomsFrancais() {
    }
}
