package fr.etude.dossier.web.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.etude.dossier.web.DossierDeTest;
import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class SituationControllerTest {


    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;

    @BeforeEach
    void unDossierOuvert() {
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("1800.00").creer().value();
    }

    @Test
    void aDeclarationGivesTheCapacityThatTheSimulationThenProposes() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(declarer(session, "2 400,00", "900", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/situation"))
                .andExpect(flash().attribute("message", "Situation enregistrée : capacité de remboursement de 380,00\u00a0€ par mois."));

        mvc.perform(get("/dossiers/{id}/echeancier", dossier).cookie(session))
                .andExpect(content().string(containsString("Capacité de remboursement déclarée : 380,00\u00a0€ par mois")))
                .andExpect(content().string(containsString("value=\"380,00\"")));
        assertThat(jdbc.queryForObject("select count(*) from evenement where dossier_id = ? and resume like 'Situation déclarée%'",
                Integer.class, dossier)).isEqualTo(1);
    }

    @Test
    void everyWrongFieldIsNamedTypedValuesAreKeptAndNothingIsSaved() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/situation", dossier).with(csrf()).cookie(session).param("ressources", "beaucoup")
                        .param("charges", "12,345").param("autresDettes", "0").param("personnesACharge", "-2")
                        .param("emploi", "").param("declareeLe", aujourdhui()).param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ressources : « beaucoup » n&#39;est pas un montant")))
                .andExpect(content().string(containsString("Charges : « 12,345 » a plus de deux décimales")))
                .andExpect(content().string(containsString("Personnes à charge : au moins 0.")))
                .andExpect(content().string(containsString("Emploi : ce champ est obligatoire.")))
                .andExpect(content().string(containsString("value=\"beaucoup\"")));
        mvc.perform(post("/dossiers/{id}/solutions", dossier).with(csrf()).cookie(session).param("nature", "VENTE_VOLONTAIRE")
                        .param("decideeLe", aujourdhui()).param("version", version()))
                .andExpect(content().string(containsString("Indiquez le montant convenu pour cette solution.")));
        mvc.perform(post("/dossiers/{id}/solutions", dossier).with(csrf()).cookie(session).param("nature", "REFUS")
                        .param("commentaire", "Ne paiera pas").param("version", version())
                        .param("decideeLe", LocalDate.now(horloge).plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .andExpect(content().string(containsString("ne peut pas être datée du futur.")));
        assertThat(jdbc.queryForObject("select count(*) from situation_financiere where dossier_id = ?", Integer.class, dossier)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from solution_negociee where dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void aSolutionIsRecordedAndAStaleVersionIsRefused() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/solutions", dossier).with(csrf()).cookie(session).param("nature", "RACHAT_PAR_UN_PROCHE")
                        .param("decideeLe", aujourdhui()).param("montant", "1 500").param("commentaire", "son frère")
                        .param("version", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/situation"));
        mvc.perform(get("/dossiers/{id}/situation", dossier).cookie(session))
                .andExpect(content().string(containsString("Rachat de la créance par un proche")));

        long perimee = Long.parseLong(version()) - 1;
        mvc.perform(declarer(session, "2000", "800", String.valueOf(perimee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pendant que vous travailliez")));
        assertThat(jdbc.queryForObject("select count(*) from situation_financiere where dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void aCreditorSeesNoSituation() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "creancier");
        mvc.perform(get("/dossiers/{id}/situation", dossier).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(declarer(session, "2000", "800", version())).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder declarer(Cookie session, String ressources, String charges, String version) {
        return post("/dossiers/{id}/situation", dossier).with(csrf()).cookie(session).param("ressources", ressources)
                .param("charges", charges).param("autresDettes", "150").param("personnesACharge", "1")
                .param("emploi", "CDI").param("declareeLe", aujourdhui()).param("version", version);
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }

    private String aujourdhui() {
        return LocalDate.now(horloge).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
