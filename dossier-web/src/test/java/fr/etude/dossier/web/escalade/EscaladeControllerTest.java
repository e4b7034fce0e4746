package fr.etude.dossier.web.escalade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import fr.etude.dossier.web.DossierDeTest;
import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class EscaladeControllerTest {

    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theClerkAsksTheCommissaireApprovesAndChoosesTheProcedure() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("justification", "Mise en demeure restée sans effet").param("version", version(dossier)))
                .andExpect(redirectedUrl("/dossiers/" + dossier))
                .andExpect(flash().attribute("message", "Demande transmise au commissaire de justice."));

        Cookie commissaire = ConnexionDeTest.connecter(mvc, "huissier");
        mvc.perform(get("/escalades").cookie(commissaire))
                .andExpect(content().string(containsString("Mise en demeure restée sans effet")));
        mvc.perform(post("/dossiers/{id}/escalade/approbation", dossier).with(csrf()).cookie(commissaire)
                        .param("procedure", "INJONCTION_DE_PAYER").param("version", version(dossier)))
                .andExpect(redirectedUrl("/escalades"))
                .andExpect(flash().attribute("message", "Passage au contentieux approuvé."));

        assertThat(jdbc.queryForMap("select etape, procedure from dossier where id = ?", dossier))
                .containsEntry("etape", "CONTENTIEUX").containsEntry("procedure", "INJONCTION_DE_PAYER");
    }

    @Test
    void aRequestOnAPageReadBeforeSomeoneElsesChangeIsAConflict() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        long perimee = Long.parseLong(version(dossier)) - 1;

        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(session)
                        .param("justification", "Relances sans réponse").param("version", String.valueOf(perimee)))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#escalade"));
        mvc.perform(get("/dossiers/{id}", dossier).cookie(session))
                .andExpect(content().string(containsString("pendant que vous travailliez")))
                .andExpect(content().string(containsString("value=\"Relances sans r")));
        assertThat(jdbc.queryForObject("select demande_escalade_le is null from dossier where id = ?", Boolean.class, dossier))
                .isTrue();
    }

    @Test
    void theCommissaireSendsARequestBackWithAComment() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                .param("justification", "Relances sans réponse").param("version", version(dossier)));

        mvc.perform(post("/dossiers/{id}/escalade/renvoi", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "huissier"))
                        .param("commentaire", "Proposer d'abord un échéancier.").param("version", version(dossier)))
                .andExpect(flash().attribute("message", "Demande renvoyée au chargé de recouvrement."));

        assertThat(jdbc.queryForObject("select demande_escalade_le is null from dossier where id = ?", Boolean.class, dossier))
                .isTrue();
    }

    @Test
    void aRefusalSaysWhyAndTheStageStays() throws Exception {
        UUID dossier = unDossier("CONTENTIEUX");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("justification", "Jugement obtenu").param("version", version(dossier)))
                .andExpect(flash().attribute("alerte", "Passage refusé : titre exécutoire absent."));

        assertThat(jdbc.queryForObject("select etape from dossier where id = ?", String.class, dossier)).isEqualTo("CONTENTIEUX");
    }

    @Test
    void aRequestWithoutJustificationOrAnApprovalWithoutProcedureIsNamed() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(session)
                        .param("justification", " ").param("version", version(dossier)))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "#escalade"));
        mvc.perform(get("/dossiers/{id}", dossier).cookie(session))
                .andExpect(content().string(containsString("Justification : ce champ est obligatoire.")));

        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(session)
                .param("justification", "Relances sans réponse").param("version", version(dossier)));
        mvc.perform(post("/dossiers/{id}/escalade/approbation", dossier).with(csrf())
                        .cookie(ConnexionDeTest.connecter(mvc, "huissier")).param("procedure", "PROCES").param("version", version(dossier)))
                .andExpect(redirectedUrl("/escalades"))
                .andExpect(flash().attribute("alerte", "Procédure : « PROCES » n'est pas une valeur possible."));
        assertThat(jdbc.queryForObject("select etape from dossier where id = ?", String.class, dossier)).isEqualTo("PRECONTENTIEUX");
    }

    @Test
    void onlyTheCommissaireApproves() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        mvc.perform(post("/dossiers/{id}/escalade/approbation", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("procedure", "ASSIGNATION").param("version", version(dossier)))
                .andExpect(status().isForbidden());
    }

    @org.junit.jupiter.api.AfterEach
    void sansLeSemestreDeTest() {
        jdbc.update("delete from taux_interet_legal where debut >= '2026-07-01'");
    }

    @Test
    void theQueueWeighsEachRequestTodayAndOffersOnlyTheProceduresTheRulesAllow() throws Exception {
        jdbc.update("""
                insert into taux_interet_legal (debut, fin, taux_particulier, taux_autres_cas, source, confirme)
                values ('2026-07-01', '2026-12-31', 6.67, 3.16, 'arrêté de test', true)
                """);
        UUID gros = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Montgolfier", "69003")
                .avecCreanceMiseEnDemeure("21201.02", java.time.LocalDate.now(horloge).minusDays(60))
                .alEtape(fr.etude.dossier.core.dossier.Etape.PRECONTENTIEUX).creer().value();
        demander(gros, "Mise en demeure restée sans effet");
        UUID petit = unDossier("PRECONTENTIEUX");
        demander(petit, "Relances sans réponse");
        Cookie commissaire = ConnexionDeTest.connecter(mvc, "huissier");

        String page = mvc.perform(get("/escalades").cookie(commissaire)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String carte = carte(page, gros);
        assertThat(carte).contains("Montgolfier", "Reste dû", "21\u202f201,02\u00a0€", "Mise en demeure envoyée, son délai écoulé",
                "délai de 8 jours écoulé le", "(art. 1344 et 1231-6 C. civ.)", "pas de titre : une procédure doit l&#39;obtenir",
                "Contrôles satisfaits");
        assertThat(select(carte)).contains("INJONCTION_DE_PAYER", "ASSIGNATION").doesNotContain("PETITES_CREANCES");
        assertThat(select(carte(page, petit))).contains("PETITES_CREANCES");
        assertThat(carte(page, petit)).contains("aucune mise en demeure enregistrée", "À vérifier");

        // The rule holds even if a request is forged: art. L125-1 CPCE.
        mvc.perform(post("/dossiers/{id}/escalade/approbation", gros).with(csrf()).cookie(commissaire)
                        .param("procedure", "PETITES_CREANCES").param("version", version(gros)))
                .andExpect(flash().attribute("alerte", containsString("réservée aux créances jusqu'à 5\u202f000,00\u00a0€")));
        assertThat(jdbc.queryForObject("select etape from dossier where id = ?", String.class, gros)).isEqualTo("PRECONTENTIEUX");
    }

    @Test
    void theQueueFiltersByCheckAmountAndClerkAndNamesAWrongFilterInFrench() throws Exception {
        UUID conforme = DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("Conforme", "69003")
                .avecCreanceMiseEnDemeure("3000.00", java.time.LocalDate.now(horloge).minusDays(60))
                .alEtape(fr.etude.dossier.core.dossier.Etape.PRECONTENTIEUX).creer().value();
        demander(conforme, "Mise en demeure restée sans effet");
        UUID aVerifier = unDossier("PRECONTENTIEUX");
        demander(aVerifier, "Relances sans réponse");
        Cookie commissaire = ConnexionDeTest.connecter(mvc, "huissier");

        String conformes = file(mvc.perform(get("/escalades").cookie(commissaire).param("controle", "CONFORMES"))
                .andReturn().getResponse().getContentAsString());
        assertThat(conformes).contains(reference(conforme)).doesNotContain(reference(aVerifier));
        String aVerifierSeulement = file(mvc.perform(get("/escalades").cookie(commissaire).param("controle", "A_VERIFIER"))
                .andReturn().getResponse().getContentAsString());
        assertThat(aVerifierSeulement).contains(reference(aVerifier)).doesNotContain(reference(conforme));
        String parMontant = file(mvc.perform(get("/escalades").cookie(commissaire).param("min", "2 000,00").param("max", "5000"))
                .andReturn().getResponse().getContentAsString());
        assertThat(parMontant).contains(reference(conforme)).doesNotContain(reference(aVerifier));
        String autreClerc = file(mvc.perform(get("/escalades").cookie(commissaire).param("clerc", "Personne d'autre"))
                .andReturn().getResponse().getContentAsString());
        assertThat(autreClerc).contains("Aucune demande ne répond à ces filtres.");

        mvc.perform(get("/escalades").cookie(commissaire).param("min", "deux mille").param("controle", "TOUT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Solde minimum : « deux mille » n&#39;est pas un montant")))
                .andExpect(content().string(containsString("« TOUT »")))
                .andExpect(content().string(containsString("value=\"deux mille\"")))
                .andExpect(content().string(containsString(reference(conforme))));
    }

    @Test
    void aRequestSentBackComesBackIntoTheClerksDayToday() throws Exception {
        UUID dossier = unDossier("PRECONTENTIEUX");
        jdbc.update("update dossier set prochaine_action = 'APPEL', prochaine_action_le = ? where id = ?",
                java.time.LocalDate.now(horloge).plusDays(20), dossier);
        demander(dossier, "Relances sans réponse");

        mvc.perform(post("/dossiers/{id}/escalade/renvoi", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "huissier"))
                .param("commentaire", "Vérifier d'abord l'adresse.").param("version", version(dossier)));

        assertThat(jdbc.queryForMap("select prochaine_action, prochaine_action_le from dossier where id = ?", dossier))
                .containsEntry("prochaine_action", "REVUE")
                .containsEntry("prochaine_action_le", java.sql.Date.valueOf(java.time.LocalDate.now(horloge)));
        mvc.perform(get("/dossiers/{id}", dossier).cookie(ConnexionDeTest.connecter(mvc, "clerc")))
                .andExpect(content().string(containsString("Vérifier d&#39;abord l&#39;adresse.")));
    }

    private void demander(UUID dossier, String justification) throws Exception {
        mvc.perform(post("/dossiers/{id}/escalade", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "clerc"))
                        .param("justification", justification).param("version", version(dossier)))
                .andExpect(flash().attribute("message", "Demande transmise au commissaire de justice."));
    }

    private String reference(UUID dossier) {
        return jdbc.queryForObject("select reference from dossier where id = ?", String.class, dossier);
    }

    /** The queue of requests, without the list of dossiers in précontentieux under it. */
    private static String file(String page) {
        return page.substring(0, page.indexOf("data-test=\"precontentieux\""));
    }

    /** The request's card in the queue, from its heading to the next one. */
    private static String carte(String page, UUID dossier) {
        int debut = page.indexOf("href=\"/dossiers/" + dossier + "\"");
        assertThat(debut).as("the request of %s is in the queue", dossier).isPositive();
        int fin = page.indexOf("</article>", debut);
        return page.substring(debut, fin);
    }

    private static String select(String carte) {
        int debut = carte.indexOf("data-test=\"procedure\"");
        return carte.substring(debut, carte.indexOf("</select>", debut));
    }

    private UUID unDossier(String etape) {
        return DossierDeTest.unDossier(dossiers, jdbc, horloge).alEtape(fr.etude.dossier.core.dossier.Etape.valueOf(etape))
                .creer().value();
    }

    private String version(UUID dossier) {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }

}
