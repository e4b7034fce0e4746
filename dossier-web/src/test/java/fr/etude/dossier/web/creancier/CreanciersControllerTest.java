package fr.etude.dossier.web.creancier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/** The administrator keeps the créanciers; what they claim and grant drives the décompte and the payment plans. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class CreanciersControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    @AfterEach
    void lesCreanciersDeLaDemoCommeAvant() {
        jdbc.update("update creancier set penalites_de_retard = true, indemnite_forfaitaire = true, echeancier_duree_max_mois = 24, "
                + "echeance_minimale = 0");
    }

    @Test
    void aCreancierIsRecordedWithItsMandateAndEditedAndEachChangeIsAudited() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        String siren = "7" + String.valueOf(System.nanoTime()).substring(5, 12);
        siren = siren + cle(siren);
        mvc.perform(saisie(post("/admin/creanciers"), admin).param("raisonSociale", "Mutuelle du Test " + siren)
                        .param("siren", siren))
                .andExpect(redirectedUrl("/admin/creanciers"));
        Map<String, Object> ligne = jdbc.queryForMap("select id, version, echeancier_duree_max_mois, echeance_minimale, particulier "
                + "from creancier where siren = ?", siren);
        assertThat(ligne).containsEntry("echeancier_duree_max_mois", 12).containsEntry("particulier", false);
        assertThat(jdbc.queryForObject("select objet from mandat where creancier_id = ?", String.class, ligne.get("id")))
                .isEqualTo("Recouvrement amiable des factures impayées");

        mvc.perform(saisie(post("/admin/creanciers/{id}", ligne.get("id")), admin).param("raisonSociale", "Mutuelle renommée " + siren)
                        .param("siren", siren).param("dureeMaxEcheancierMois", "6").param("version", ligne.get("version").toString()))
                .andExpect(redirectedUrl("/admin/creanciers"));
        assertThat(jdbc.queryForObject("select echeancier_duree_max_mois from creancier where id = ?", Integer.class, ligne.get("id")))
                .isEqualTo(6);
        assertThat(jdbc.queryForList("select action from journal_audit where entite = 'creancier' and entite_id = ? order by id",
                String.class, ligne.get("id").toString())).containsExactly("CREATION", "MODIFICATION");

        mvc.perform(saisie(post("/admin/creanciers/{id}", ligne.get("id")), admin).param("raisonSociale", "Vieille saisie")
                        .param("siren", siren).param("version", ligne.get("version").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a été modifié par quelqu&#39;un d&#39;autre")));
        mvc.perform(get("/admin/creanciers").cookie(admin)).andExpect(content().string(containsString("Mutuelle renommée " + siren)));
    }

    @Test
    void theAdministratorNamesTheClerkOfACreditorsNewDossiersAndOnlyAnActiveClerk() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        String creancier = jdbc.queryForObject("select id::text from creancier order by raison_sociale desc limit 1", String.class);
        String clerc = jdbc.queryForObject("select id::text from utilisateur where identifiant = 'clerc'", String.class);
        String huissier = jdbc.queryForObject("select id::text from utilisateur where identifiant = 'huissier'", String.class);

        mvc.perform(saisie(post("/admin/creanciers/{id}/attribution", creancier), admin).param("gestionnaire", huissier))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chargé de recouvrement : ce compte n&#39;est pas un chargé de recouvrement actif.")));
        mvc.perform(saisie(post("/admin/creanciers/{id}/attribution", creancier), admin).param("gestionnaire", clerc))
                .andExpect(redirectedUrl("/admin/creanciers/" + creancier + "/attribution"));
        assertThat(jdbc.queryForObject("select gestionnaire_attitre_id::text from creancier where id = ?::uuid", String.class, creancier))
                .isEqualTo(clerc);
        mvc.perform(saisie(post("/admin/creanciers/{id}/attribution", creancier), admin).param("gestionnaire", ""))
                .andExpect(redirectedUrl("/admin/creanciers/" + creancier + "/attribution"));
        assertThat(jdbc.queryForObject("select gestionnaire_attitre_id from creancier where id = ?::uuid", String.class, creancier)).isNull();
        assertThat(jdbc.queryForList("select action from journal_audit where entite = 'creancier' and entite_id = ? order by id",
                String.class, creancier)).endsWith("ATTRIBUTION", "ATTRIBUTION");
    }

    @Test
    void badInputIsNamedInFrenchKeptAndNothingIsRecorded() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        int avant = jdbc.queryForObject("select count(*) from creancier", Integer.class);
        mvc.perform(saisie(post("/admin/creanciers"), admin).param("raisonSociale", " ").param("siren", "123456789")
                        .param("email", "pas-un-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nom ou raison sociale : ")))
                .andExpect(content().string(containsString("SIREN : le SIREN « 123456789 » est invalide")))
                .andExpect(content().string(containsString("value=\"pas-un-email\"")));
        mvc.perform(saisie(post("/admin/creanciers"), admin).param("raisonSociale", "Créancier à dates inversées")
                        .param("mandatExpireLe", "01/01/2025"))
                .andExpect(content().string(containsString("Prend fin le : le mandat doit expirer après sa signature.")));
        mvc.perform(saisie(post("/admin/creanciers"), admin).param("raisonSociale", "Créancier trop généreux")
                        .param("dureeMaxEcheancierMois", "120"))
                .andExpect(content().string(containsString("de 1 à 60 mois")));
        mvc.perform(saisie(post("/admin/creanciers"), admin).param("raisonSociale", "Créancier négatif")
                        .param("echeanceMinimale", "-5"))
                .andExpect(content().string(containsString("Échéance minimale : ")));
        assertThat(jdbc.queryForObject("select count(*) from creancier", Integer.class)).isEqualTo(avant);
    }

    @Test
    void theCreditorsLimitsRefuseALongerPlanAndItsWaiverRemovesThe40EurosIndemnity() throws Exception {
        DossierId dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).avecCreance("1200.00", LocalDate.of(2026, 9, 30)).creer();
        UUID creancier = jdbc.queryForObject("select creancier_id from dossier where id = ?", UUID.class, dossier.value());
        jdbc.update("update creancier set echeancier_duree_max_mois = 3 where id = ?", creancier);
        Cookie clerc = ConnexionDeTest.connecter(mvc, "clerc");
        long version = jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier.value());
        mvc.perform(post("/dossiers/{id}/echeancier", dossier.value()).with(csrf()).cookie(clerc)
                        .param("version", String.valueOf(version)).param("mode", "nombre").param("nombre", "6")
                        .param("periodicite", "MENSUELLE").param("premiere", "05/12/2026").param("accordLe", "20/11/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n&#39;en accorde pas plus de 3")));
        assertThat(jdbc.queryForObject("select count(*) from echeancier where dossier_id = ?", Integer.class, dossier.value()))
                .isZero();
    }

    @Test
    void onlyTheAdministratorKeepsTheCreanciers() throws Exception {
        for (String role : new String[]{"clerc", "huissier", "creancier"}) {
            Cookie session = ConnexionDeTest.connecter(mvc, role);
            mvc.perform(get("/admin/creanciers").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/creanciers").with(csrf()).cookie(session).param("raisonSociale", "Intrus"))
                    .andExpect(status().isForbidden());
        }
    }

    /** A complete form; the test's own values for a field replace these. */
    private static MockHttpServletRequestBuilder saisie(MockHttpServletRequestBuilder requete, Cookie admin) {
        Map<String, String> valeurs = Map.of("categorie", "AUTRES_CAS", "email", "contentieux@mutuelle.fr",
                "mandatReference", "M-2026-01", "mandatSigneLe", "15/01/2026", "mandatExpireLe", "31/12/2027",
                "mandatObjet", "Recouvrement amiable des factures impayées", "penalitesDeRetard", "true",
                "indemniteForfaitaire", "true", "dureeMaxEcheancierMois", "12", "echeanceMinimale", "30,00");
        return requete.with(csrf()).cookie(admin).with(demande -> {
            valeurs.forEach((nom, valeur) -> {
                if (demande.getParameter(nom) == null) {
                    demande.addParameter(nom, valeur);
                }
            });
            return demande;
        });
    }

    /** The Luhn key that makes eight digits a valid SIREN. */
    private static int cle(String huit) {
        for (int cle = 0; cle < 10; cle++) {
            String siren = huit + cle;
            int somme = 0;
            for (int i = 0; i < 9; i++) {
                int chiffre = siren.charAt(i) - '0';
                if (i % 2 == 1) {
                    chiffre *= 2;
                    if (chiffre > 9) {
                        chiffre -= 9;
                    }
                }
                somme += chiffre;
            }
            if (somme % 10 == 0) {
                return cle;
            }
        }
        throw new IllegalStateException();
    }
}
