package fr.etude.dossier.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.LigneDeChiffre;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.ContexteDEscalade;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.MotifCloture;
import fr.etude.dossier.core.dossier.Procedure;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * Builds a dossier of its own for one test, through the same port as the application: no test
 * depends on which demo row it happens to pick. Dates are relative to the application's clock.
 */
public final class DossierDeTest {

    private final Dossiers dossiers;
    private final JdbcTemplate jdbc;
    private final LocalDate aujourdhui;
    private final List<Creance> creances = new ArrayList<>();
    private String gestionnaire = "clerc";
    private String nomDuDebiteur = "Roussel";
    private String codePostal = "69003";
    private MotifCloture clos;
    private Etape etape = Etape.AMIABLE;

    private DossierDeTest(Dossiers dossiers, JdbcTemplate jdbc, Clock horloge) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.aujourdhui = LocalDate.now(horloge);
    }

    public static DossierDeTest unDossier(Dossiers dossiers, JdbcTemplate jdbc, Clock horloge) {
        return new DossierDeTest(dossiers, jdbc, horloge);
    }

    /** A consumer créance of that principal, due 90 days ago. */
    public DossierDeTest dePrincipal(String principal) {
        return avecCreance(principal, aujourdhui.minusDays(90));
    }

    public DossierDeTest avecCreance(String principal, LocalDate exigibilite) {
        creances.add(Creance.simple(Montant.of(principal), exigibilite, NatureCreance.CONSOMMATION, "F-" + (creances.size() + 1)));
        return this;
    }

    /** A consumer créance whose formal demand, sent the day it fell due, starts the legal interest (1344-1 C. civ.). */
    public DossierDeTest avecCreanceMiseEnDemeure(String principal, LocalDate exigibleEtMiseEnDemeureLe) {
        creances.add(Creance.simple(Montant.of(principal), exigibleEtMiseEnDemeureLe, NatureCreance.CONSOMMATION,
                "F-" + (creances.size() + 1)).avecMiseEnDemeure(exigibleEtMiseEnDemeureLe));
        return this;
    }

    /** Worked by that user (an identifiant: clerc, clerc2…). */
    public DossierDeTest gerePar(String identifiant) {
        this.gestionnaire = identifiant;
        return this;
    }

    public DossierDeTest contre(String nom, String codePostalDuDebiteur) {
        this.nomDuDebiteur = nom;
        this.codePostal = codePostalDuDebiteur;
        return this;
    }

    /** Brought to that stage by the clerk's requests, and the commissaire's approval for contentieux. */
    public DossierDeTest alEtape(Etape cible) {
        this.etape = cible;
        return this;
    }

    public DossierDeTest clos(MotifCloture motif) {
        this.clos = motif;
        return this;
    }

    public DossierId creer() {
        if (creances.isEmpty()) {
            dePrincipal("900.00");
        }
        UUID debiteur = UUID.randomUUID();
        jdbc.update("""
                insert into debiteur (id, personne, civilite, nom, prenom, adresse, code_postal, ville, telephone)
                values (?, 'PHYSIQUE', 'MME', ?, 'Agnès', '3 rue des Lilas', ?, 'Lyon', '+33612345678')
                """, debiteur, nomDuDebiteur, codePostal);
        UUID creancier = jdbc.queryForObject("select id from creancier order by raison_sociale limit 1", UUID.class);
        UUID clerc = jdbc.queryForObject("select id from utilisateur where identifiant = ?", UUID.class, gestionnaire);
        Auteur auteur = new Auteur(new UtilisateurId(clerc), "Test");
        java.time.Instant moment = aujourdhui.minusDays(30).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant();
        Dossier dossier = Dossier.ouvrir(DossierId.nouveau(), dossiers.prochaineReference(aujourdhui.getYear()),
                new CreancierId(creancier), List.of(new DebiteurId(debiteur)), creances, auteur, moment);
        dossier.attribuer(new UtilisateurId(clerc), gestionnaire, auteur, moment);
        ContexteDEscalade contexte = new ContexteDEscalade(aujourdhui, Montant.of("900.00"), java.util.Map.of(),
                Montant.of("450.00"), new TableDuChiffre(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES,
                        List.of(new LigneDeChiffre(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES, LocalDate.of(2022, 1, 1),
                                new BigDecimal("5000.00"), "art. R125-1 CPCE", Optional.empty(), true))),
                java.time.Period.ofMonths(6), 8);
        while (dossier.etape().compareTo(etape) < 0) {
            if (dossier.demandeEnAttente().isPresent()) {
                dossier.approuverEscalade(Procedure.INJONCTION_DE_PAYER, contexte, auteur, moment);
            } else {
                dossier.demanderEscalade("Préparation du test", contexte, auteur, moment);
            }
        }
        if (clos != null) {
            dossier.clore(clos, "", auteur, moment);
        }
        dossiers.ajouter(dossier);
        return dossier.id();
    }
}
