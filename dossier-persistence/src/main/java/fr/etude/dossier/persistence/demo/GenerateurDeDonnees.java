package fr.etude.dossier.persistence.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.identite.Siren;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * Fills the database with realistic dossiers (French names, addresses, amounts, stages), for the
 * demo and for benchmarks. The same seed gives the same data.
 */
@Component
public class GenerateurDeDonnees {

    private static final int LOT = 1_000;
    /** Share of dossiers per stage, amiable first as in a real portfolio. */
    private static final Etape[] REPARTITION = {
            Etape.AMIABLE, Etape.AMIABLE, Etape.AMIABLE, Etape.AMIABLE, Etape.PERSONNALISE, Etape.PERSONNALISE,
            Etape.PERSONNALISE, Etape.PRECONTENTIEUX, Etape.PRECONTENTIEUX, Etape.CONTENTIEUX, Etape.EXECUTION};
    private static final String[] ACTIONS = {"APPEL", "COURRIER", "EMAIL", "RAPPEL_PROMESSE", "SUIVI_ECHEANCIER"};

    private final JdbcTemplate jdbc;

    public GenerateurDeDonnees(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean aDesCreanciers() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from creancier)", Boolean.class));
    }

    /** The demo créanciers, created unless they exist (matched by SIREN). */
    @Transactional
    public List<CreancierId> creerCreanciers() {
        List<CreancierId> ids = new ArrayList<>();
        for (String[] creancier : NomsFrancais.CREANCIERS) {
            jdbc.update("""
                    insert into creancier (id, raison_sociale, siren, email) values (?, ?, ?, ?)
                    on conflict (siren) do nothing
                    """, UUID.randomUUID(), creancier[0], creancier[1], "recouvrement@" + domaine(creancier[0]));
            ids.add(new CreancierId(jdbc.queryForObject("select id from creancier where siren = ?", UUID.class,
                    creancier[1])));
        }
        return ids;
    }

    /**
     * Creates {@code nombre} dossiers, each with its main débiteur, spread over the créanciers and
     * the clerks, with next actions around {@code aujourdhui}.
     */
    @Transactional
    public void genererDossiers(int nombre, List<CreancierId> creanciers, List<UtilisateurId> gestionnaires,
                                LocalDate aujourdhui, long graine) {
        Random hasard = new Random(graine);
        int annee = aujourdhui.getYear();
        int premierNumero = prochainNumero(annee);
        List<Object[]> debiteurs = new ArrayList<>(LOT);
        List<Object[]> dossiers = new ArrayList<>(LOT);
        List<Object[]> liens = new ArrayList<>(LOT);
        for (int i = 0; i < nombre; i++) {
            UUID debiteurId = UUID.randomUUID();
            UUID dossierId = UUID.randomUUID();
            debiteurs.add(debiteur(debiteurId, hasard));
            dossiers.add(dossier(dossierId, String.format("%04d-%06d", annee, premierNumero + i), creanciers,
                    gestionnaires, aujourdhui, hasard));
            liens.add(new Object[] {dossierId, debiteurId, 1});
            if (dossiers.size() == LOT || i == nombre - 1) {
                flush(debiteurs, dossiers, liens);
            }
        }
    }

    private void flush(List<Object[]> debiteurs, List<Object[]> dossiers, List<Object[]> liens) {
        jdbc.batchUpdate("""
                insert into debiteur (id, personne, civilite, nom, prenom, raison_sociale, siren, date_naissance,
                                      adresse, code_postal, ville, telephone, email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, debiteurs);
        jdbc.batchUpdate("""
                insert into dossier (id, reference, creancier_id, etape, statut, motif_cloture, gestionnaire_id,
                                     principal, recouvre, solde, prochaine_action_le, prochaine_action, ouvert_le)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, dossiers);
        jdbc.batchUpdate("insert into dossier_debiteur (dossier_id, debiteur_id, rang) values (?, ?, ?)", liens);
        debiteurs.clear();
        dossiers.clear();
        liens.clear();
    }

    private int prochainNumero(int annee) {
        Integer dernier = jdbc.queryForObject(
                "select max(cast(substring(reference from 6) as integer)) from dossier where reference like ?",
                Integer.class, annee + "-%");
        return dernier == null ? 1 : dernier + 1;
    }

    private static Object[] debiteur(UUID id, Random hasard) {
        String[] ville = choix(NomsFrancais.VILLES, hasard);
        String adresse = (1 + hasard.nextInt(120)) + " " + choix(NomsFrancais.VOIES, hasard);
        String telephone = String.format("0%d %02d %02d %02d %02d", 6 + hasard.nextInt(2), hasard.nextInt(100),
                hasard.nextInt(100), hasard.nextInt(100), hasard.nextInt(100));
        if (hasard.nextInt(5) == 0) {
            String raisonSociale = choix(NomsFrancais.ACTIVITES, hasard) + " " + choix(NomsFrancais.NOMS, hasard)
                    + " " + choix(NomsFrancais.FORMES_SOCIALES, hasard);
            return new Object[] {id, "MORALE", null, null, null, raisonSociale, siren(hasard), null, adresse,
                    ville[1], ville[0], telephone, "contact@" + domaine(raisonSociale)};
        }
        boolean femme = hasard.nextBoolean();
        String prenom = choix(femme ? NomsFrancais.PRENOMS_FEMININS : NomsFrancais.PRENOMS_MASCULINS, hasard);
        String nom = choix(NomsFrancais.NOMS, hasard);
        LocalDate naissance = LocalDate.of(1945 + hasard.nextInt(58), 1 + hasard.nextInt(12), 1 + hasard.nextInt(28));
        String email = hasard.nextInt(3) == 0 ? null
                : ascii(prenom + "." + nom).toLowerCase() + "@exemple.fr";
        return new Object[] {id, "PHYSIQUE", femme ? "MME" : "M", nom, prenom, null, null, Date.valueOf(naissance),
                adresse, ville[1], ville[0], telephone, email};
    }

    private static Object[] dossier(UUID id, String reference, List<CreancierId> creanciers,
                                    List<UtilisateurId> gestionnaires, LocalDate aujourdhui, Random hasard) {
        Etape etape = REPARTITION[hasard.nextInt(REPARTITION.length)];
        // Amounts spread like consumer and trade debts: many small ones, a few large.
        BigDecimal principal = BigDecimal.valueOf(Math.exp(4 + hasard.nextDouble() * 6))
                .setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("45.00"));
        int tirage = hasard.nextInt(20);
        String statut = tirage == 0 ? "CLOS" : tirage == 1 ? "SUSPENDU" : "OUVERT";
        BigDecimal recouvre = statut.equals("CLOS") ? principal
                : principal.multiply(BigDecimal.valueOf(hasard.nextInt(4) == 0 ? hasard.nextInt(60) : 0))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        LocalDate ouverture = aujourdhui.minusDays(5 + hasard.nextInt(900));
        LocalDate prochaineAction = statut.equals("CLOS") ? null : aujourdhui.plusDays(hasard.nextInt(21) - 10);
        UUID gestionnaire = gestionnaires.isEmpty() ? null : choix(gestionnaires, hasard).value();
        return new Object[] {id, reference, choix(creanciers, hasard).value(), etape.name(), statut,
                statut.equals("CLOS") ? "SOLDE" : null, gestionnaire, principal, recouvre,
                principal.subtract(recouvre), prochaineAction == null ? null : Date.valueOf(prochaineAction),
                prochaineAction == null ? null : ACTIONS[hasard.nextInt(ACTIONS.length)], Date.valueOf(ouverture)};
    }

    /** A random SIREN that passes the Luhn check, as real ones do. */
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
