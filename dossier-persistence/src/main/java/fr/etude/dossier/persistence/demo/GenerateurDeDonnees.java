package fr.etude.dossier.persistence.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.demo.DonneesFictives;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.copie.LotDeCopie;
import fr.etude.dossier.persistence.dossier.CompteurDeReferences;

/**
 * Fills the database with realistic dossiers (French names and addresses, amounts, every stage, a
 * history of calls, letters, payments, promises and payment plans), for the demo and for
 * benchmarks. Rows go through PostgreSQL's COPY in chunks. The same seed gives the same data.
 */
@Component
class GenerateurDeDonnees implements DonneesFictives {

    private static final Logger log = LoggerFactory.getLogger(GenerateurDeDonnees.class);
    private static final int LOT = 10_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Share of dossiers per stage, amiable first as in a real portfolio. */
    private static final Etape[] REPARTITION = {
            Etape.AMIABLE, Etape.AMIABLE, Etape.AMIABLE, Etape.AMIABLE, Etape.PERSONNALISE, Etape.PERSONNALISE,
            Etape.PERSONNALISE, Etape.PRECONTENTIEUX, Etape.PRECONTENTIEUX, Etape.CONTENTIEUX, Etape.EXECUTION};
    private static final ProchaineAction.Type[] ACTIONS = {ProchaineAction.Type.APPEL, ProchaineAction.Type.COURRIER,
            ProchaineAction.Type.EMAIL, ProchaineAction.Type.RAPPEL_PROMESSE, ProchaineAction.Type.SUIVI_ECHEANCIER};
    private static final String[] MODES = {"VIREMENT", "CHEQUE", "CARTE", "PRELEVEMENT"};
    private static final String[] ISSUES_D_APPEL = {"messagerie", "pas de réponse", "débiteur joint, s'engage à rappeler",
            "débiteur joint, conteste le montant", "faux numéro", "débiteur joint, promet un règlement"};

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final CompteurDeReferences compteur;

    GenerateurDeDonnees(JdbcTemplate jdbc, DataSource dataSource, CompteurDeReferences compteur) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.compteur = compteur;
    }

    /** The demo créanciers, created unless they exist (matched by SIREN). */
    @Override
    @Transactional
    public List<CreancierId> creerCreanciers() {
        List<CreancierId> ids = new ArrayList<>();
        for (String[] creancier : NomsFrancais.CREANCIERS) {
            jdbc.update("""
                    insert into creancier (id, raison_sociale, siren, email) values (?, ?, ?, ?)
                    on conflict (siren) do nothing
                    """, UUID.randomUUID(), creancier[0], creancier[1], "recouvrement@" + domaine(creancier[0]));
            CreancierId id = new CreancierId(jdbc.queryForObject("select id from creancier where siren = ?", UUID.class,
                    creancier[1]));
            jdbc.update("""
                    insert into mandat (id, creancier_id, reference, signe_le) values (?, ?, ?, ?)
                    on conflict (creancier_id, reference) do nothing
                    """, UUID.randomUUID(), id.value(), "MANDAT-" + creancier[1], LocalDate.of(2024, 1, 2));
            ids.add(id);
        }
        return ids;
    }

    /**
     * Creates {@code nombre} dossiers spread over the créanciers and the clerks, with next actions
     * around {@code aujourdhui}, in one transaction.
     */
    @Override
    @Transactional
    public void genererDossiers(int nombre, List<CreancierId> creanciers, List<UtilisateurId> clercs,
                                LocalDate aujourdhui, long graine) {
        Random hasard = new Random(graine);
        Connection connexion = DataSourceUtils.getConnection(dataSource);
        try {
            long debut = System.nanoTime();
            for (int fait = 0; fait < nombre; fait += LOT) {
                Lot lot = new Lot();
                // Opening dates first: each dossier is numbered in the year it was opened.
                List<LocalDate> ouvertures = new ArrayList<>();
                for (int i = fait; i < Math.min(nombre, fait + LOT); i++) {
                    ouvertures.add(aujourdhui.minusDays(5 + hasard.nextInt(900)));
                }
                Map<Integer, Integer> prochainNumero = new java.util.TreeMap<>();
                ouvertures.stream().collect(java.util.stream.Collectors.groupingBy(LocalDate::getYear,
                                java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                        .forEach((annee, combien) -> prochainNumero.put(annee, compteur.reserver(annee, combien.intValue())));
                for (LocalDate ouverture : ouvertures) {
                    int annee = ouverture.getYear();
                    int numero = prochainNumero.merge(annee, 1, Integer::sum) - 1;
                    genererUnDossier(lot, String.format("%04d-%06d", annee, numero), ouverture, creanciers,
                            clercs, aujourdhui, hasard);
                }
                lot.copier(connexion);
                if (nombre >= 100_000 && (fait / LOT) % 10 == 9) {
                    log.info("{} dossiers générés en {} s", fait + LOT, (System.nanoTime() - debut) / 1_000_000_000);
                }
            }
            // The planner's statistics for the rows just written: without them, the first pages of a
            // generated million ran plans made for small tables, and the dossier page used up the pool.
            try (java.sql.Statement analyse = connexion.createStatement()) {
                analyse.execute("analyze");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("La génération des données a échoué", e);
        } finally {
            DataSourceUtils.releaseConnection(connexion, dataSource);
        }
    }

    private static void genererUnDossier(Lot lot, String reference, LocalDate ouverture, List<CreancierId> creanciers,
                                         List<UtilisateurId> clercs, LocalDate aujourdhui, Random hasard) {
        UUID dossierId = UUID.randomUUID();
        UUID debiteurId = UUID.randomUUID();
        boolean morale = hasard.nextInt(5) == 0;
        lot.debiteur(debiteurId, morale, hasard);

        Etape etape = REPARTITION[hasard.nextInt(REPARTITION.length)];
        int nombreDeCreances = 1 + (hasard.nextInt(10) == 0 ? 1 + hasard.nextInt(2) : 0);
        String nature = morale ? "COMMERCIALE" : hasard.nextInt(4) == 0 ? "CIVILE" : "CONSOMMATION";
        BigDecimal principal = BigDecimal.ZERO;
        LocalDate premiereExigibilite = null;
        List<UUID> creances = new ArrayList<>();
        for (int rang = 1; rang <= nombreDeCreances; rang++) {
            // Amounts spread like consumer and trade debts: many small ones, a few large.
            BigDecimal montant = BigDecimal.valueOf(Math.exp(4 + hasard.nextDouble() * 6))
                    .setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("45.00"));
            LocalDate exigibilite = ouverture.minusDays(30 + hasard.nextInt(300));
            premiereExigibilite = premiereExigibilite == null || exigibilite.isBefore(premiereExigibilite)
                    ? exigibilite : premiereExigibilite;
            UUID creanceId = UUID.randomUUID();
            creances.add(creanceId);
            lot.creance(creanceId, dossierId, rang, "F-" + reference.substring(5) + "-" + rang, montant, exigibilite,
                    nature, hasard.nextBoolean() ? exigibilite.plusDays(15 + hasard.nextInt(30)) : null);
            principal = principal.add(montant);
        }

        int tirage = hasard.nextInt(20);
        String statut = tirage == 0 ? "CLOS" : tirage == 1 ? "SUSPENDU" : "OUVERT";
        UUID gestionnaire = clercs.isEmpty() ? null : clercs.get(hasard.nextInt(clercs.size())).value();
        String auteur = "Chargé de recouvrement";

        lot.evenement(dossierId, "OUVERTURE", ouverture.atTime(9, 0), gestionnaire, auteur,
                "Dossier " + reference + " ouvert à l'étape amiable.");
        LocalDate jour = ouverture;
        int contacts = 2 + hasard.nextInt(5);
        for (int c = 0; c < contacts && jour.isBefore(aujourdhui); c++) {
            jour = jour.plusDays(3 + hasard.nextInt(25));
            if (!jour.isBefore(aujourdhui)) {
                break;
            }
            LocalDateTime moment = jour.atTime(9 + hasard.nextInt(10), hasard.nextInt(60));
            switch (hasard.nextInt(3)) {
                case 0 -> lot.evenement(dossierId, "APPEL", moment, gestionnaire, auteur,
                        "Appel sortant : " + ISSUES_D_APPEL[hasard.nextInt(ISSUES_D_APPEL.length)] + ".");
                case 1 -> lot.evenement(dossierId, "COURRIER", moment, gestionnaire, auteur,
                        c == 0 ? "Lettre de relance amiable envoyée." : "Mise en demeure envoyée en recommandé.");
                default -> lot.evenement(dossierId, "EMAIL", moment, gestionnaire, auteur, "Relance par e-mail envoyée.");
            }
        }

        BigDecimal recouvre = BigDecimal.ZERO;
        if (statut.equals("CLOS")) {
            recouvre = principal;
            lot.paiement(dossierId, creances.get(0), aujourdhui.minusDays(1 + hasard.nextInt(60)), principal, hasard);
        } else if (hasard.nextInt(3) == 0) {
            int versements = 1 + hasard.nextInt(3);
            for (int v = 0; v < versements; v++) {
                BigDecimal part = principal.subtract(recouvre).multiply(BigDecimal.valueOf(5 + hasard.nextInt(25)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                if (part.signum() > 0) {
                    LocalDate date = ouverture.plusDays(10 + hasard.nextInt(Math.max(1, (int) (aujourdhui.toEpochDay()
                            - ouverture.toEpochDay()) - 10)));
                    lot.paiement(dossierId, creances.get(0), date.isAfter(aujourdhui) ? aujourdhui : date, part, hasard);
                    recouvre = recouvre.add(part);
                }
            }
        }

        boolean echeancierEnCours = false;
        if (!statut.equals("CLOS") && (etape == Etape.PERSONNALISE || etape == Etape.PRECONTENTIEUX) && hasard.nextInt(4) == 0) {
            echeancierEnCours = lot.echeancier(dossierId, principal.subtract(recouvre), aujourdhui, hasard);
        } else if (!statut.equals("CLOS") && hasard.nextInt(8) == 0) {
            lot.promesse(dossierId, aujourdhui, principal.subtract(recouvre), hasard);
        }

        LocalDate prochaineAction = statut.equals("CLOS") ? null : aujourdhui.plusDays(hasard.nextInt(21) - 10);
        ProchaineAction.Type action = echeancierEnCours && hasard.nextInt(3) == 0 ? ProchaineAction.Type.ECHEANCE_IMPAYEE
                : ACTIONS[hasard.nextInt(ACTIONS.length)];
        LocalDate prescription = premiereExigibilite.plusYears(nature.equals("CONSOMMATION") ? 2 : 5);
        lot.dossier(dossierId, reference, creanciers.get(hasard.nextInt(creanciers.size())).value(), etape.name(), statut,
                statut.equals("CLOS") ? "SOLDE" : null, gestionnaire, principal, recouvre, principal.subtract(recouvre),
                prochaineAction, prochaineAction == null ? null : action.name(),
                prochaineAction == null ? 3 : action.priorite(), ouverture,
                echeancierEnCours, statut.equals("SUSPENDU"), prescription);
        lot.lien(dossierId, debiteurId);
    }

    /** Rows of one chunk, as CSV text per table, sent with COPY. */
    private static final class Lot {

        private final LotDeCopie copie = new LotDeCopie(java.util.Arrays.stream(Table.values())
                .map(table -> table.colonnes).toArray(String[]::new));

        enum Table {
            DEBITEUR("debiteur (id, personne, civilite, nom, prenom, raison_sociale, siren, forme_juridique, date_naissance, adresse, code_postal, ville, telephone, email)"),
            DOSSIER("dossier (id, reference, creancier_id, etape, statut, motif_cloture, gestionnaire_id, principal, recouvre, solde, prochaine_action_le, prochaine_action, priorite, ouvert_le, echeancier_en_cours, surendettement, prescription_le)"),
            DOSSIER_DEBITEUR("dossier_debiteur (dossier_id, debiteur_id, rang)"),
            CREANCE("creance (id, dossier_id, rang, reference_creancier, principal, exigibilite, nature, mise_en_demeure)"),
            EVENEMENT("evenement (dossier_id, type, moment, auteur_id, auteur_nom, resume)"),
            PAIEMENT("paiement (id, dossier_id, date_paiement, montant, mode, reference)"),
            IMPUTATION("imputation (paiement_id, creance_id, composante, montant)"),
            PROMESSE("promesse (id, dossier_id, faite_le, echeance, montant, etat)"),
            ECHEANCIER("echeancier (id, dossier_id, statut, montant_couvert, jours_de_grace, accepte_le)"),
            ECHEANCE("echeance (echeancier_id, rang, date_echeance, montant, paye)");

            private final String colonnes;

            Table(String colonnes) {
                this.colonnes = colonnes;
            }
        }

        void debiteur(UUID id, boolean morale, Random hasard) {
            String[] ville = NomsFrancais.VILLES.get(hasard.nextInt(NomsFrancais.VILLES.size()));
            String adresse = (1 + hasard.nextInt(120)) + " " + choix(NomsFrancais.VOIES, hasard);
            String telephone = String.format("+33%d%08d", 6 + hasard.nextInt(2), hasard.nextInt(100_000_000));
            if (morale) {
                String nom = choix(NomsFrancais.NOMS, hasard);
                String raison = choix(NomsFrancais.ACTIVITES, hasard) + " " + nom;
                String forme = choix(NomsFrancais.FORMES_SOCIALES, hasard);
                ligne(Table.DEBITEUR, id, "MORALE", null, null, null, raison, siren(hasard), forme, null, adresse,
                        ville[1], ville[0], telephone, "contact@" + domaine(raison));
                return;
            }
            boolean femme = hasard.nextBoolean();
            String prenom = choix(femme ? NomsFrancais.PRENOMS_FEMININS : NomsFrancais.PRENOMS_MASCULINS, hasard);
            String nom = choix(NomsFrancais.NOMS, hasard);
            LocalDate naissance = LocalDate.of(1945 + hasard.nextInt(58), 1 + hasard.nextInt(12), 1 + hasard.nextInt(28));
            String email = hasard.nextInt(3) == 0 ? null
                    : ascii(prenom + "." + nom).toLowerCase().replace(' ', '-') + hasard.nextInt(100) + "@exemple.fr";
            ligne(Table.DEBITEUR, id, "PHYSIQUE", femme ? "MME" : "M", nom, prenom, null, null, null, naissance,
                    adresse, ville[1], ville[0], telephone, email);
        }

        void creance(UUID id, UUID dossier, int rang, String reference, BigDecimal principal, LocalDate exigibilite,
                     String nature, LocalDate miseEnDemeure) {
            ligne(Table.CREANCE, id, dossier, rang, reference, principal, exigibilite, nature, miseEnDemeure);
        }

        void dossier(Object... valeurs) {
            ligne(Table.DOSSIER, valeurs);
        }

        void lien(UUID dossier, UUID debiteur) {
            ligne(Table.DOSSIER_DEBITEUR, dossier, debiteur, 1);
        }

        void evenement(UUID dossier, String type, LocalDateTime moment, UUID auteurId, String auteur, String resume) {
            ligne(Table.EVENEMENT, dossier, type, moment.atZone(PARIS).toOffsetDateTime(), auteurId, auteur, resume);
        }

        void paiement(UUID dossier, UUID creance, LocalDate date, BigDecimal montant, Random hasard) {
            UUID id = UUID.randomUUID();
            ligne(Table.PAIEMENT, id, dossier, date, montant, MODES[hasard.nextInt(MODES.length)],
                    "REG-" + Integer.toHexString(hasard.nextInt()).toUpperCase());
            ligne(Table.IMPUTATION, id, creance, "CAPITAL", montant);
            evenement(dossier, "PAIEMENT", date.atTime(12, 0), null, "Encaissement",
                    "Paiement de " + montant.toPlainString().replace('.', ',') + " € reçu.");
        }

        void promesse(UUID dossier, LocalDate aujourdhui, BigDecimal reste, Random hasard) {
            LocalDate faiteLe = aujourdhui.minusDays(hasard.nextInt(20));
            LocalDate echeance = faiteLe.plusDays(3 + hasard.nextInt(20));
            BigDecimal montant = reste.multiply(BigDecimal.valueOf(20 + hasard.nextInt(80)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN).max(new BigDecimal("10.00"));
            String etat = echeance.isBefore(aujourdhui) ? (hasard.nextBoolean() ? "TENUE" : "ROMPUE") : "EN_ATTENTE";
            ligne(Table.PROMESSE, UUID.randomUUID(), dossier, faiteLe, echeance, montant, etat);
            evenement(dossier, "PROMESSE", faiteLe.atTime(10, 30), null, "Chargé de recouvrement",
                    "Promesse de paiement de " + montant.toPlainString().replace('.', ',') + " € pour le " + echeance + ".");
        }

        boolean echeancier(UUID dossier, BigDecimal reste, LocalDate aujourdhui, Random hasard) {
            int nombre = 3 + hasard.nextInt(10);
            BigDecimal mensualite = reste.divide(BigDecimal.valueOf(nombre), 2, RoundingMode.DOWN);
            if (mensualite.signum() <= 0) {
                return false;
            }
            UUID id = UUID.randomUUID();
            LocalDate premiere = aujourdhui.minusMonths(hasard.nextInt(nombre)).withDayOfMonth(5);
            ligne(Table.ECHEANCIER, id, dossier, "EN_COURS", reste, 5, premiere.minusDays(10));
            for (int rang = 1; rang <= nombre; rang++) {
                BigDecimal montant = rang < nombre ? mensualite
                        : reste.subtract(mensualite.multiply(BigDecimal.valueOf(nombre - 1L)));
                LocalDate date = premiere.plusMonths(rang - 1L);
                ligne(Table.ECHEANCE, id, rang, date, montant, date.isBefore(aujourdhui) ? montant : BigDecimal.ZERO);
            }
            evenement(dossier, "ECHEANCIER", premiere.minusDays(10).atTime(11, 0), null, "Chargé de recouvrement",
                    "Échéancier accepté : " + nombre + " échéances mensuelles.");
            return true;
        }

        private void ligne(Table table, Object... valeurs) {
            copie.ligne(table.colonnes, valeurs);
        }

        void copier(Connection connexion) throws SQLException {
            copie.copier(connexion);
        }
    }

    private static String siren(Random hasard) {
        return Siren.avecCle(String.format("%08d", hasard.nextInt(100_000_000))).valeur();
    }

    private static String domaine(String nom) {
        return ascii(nom).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".fr";
    }

    private static String ascii(String texte) {
        return java.text.Normalizer.normalize(texte, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static <T> T choix(List<T> valeurs, Random hasard) {
        return valeurs.get(hasard.nextInt(valeurs.size()));
    }
}
