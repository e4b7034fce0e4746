package fr.etude.dossier.web.echeancier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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
class EcheancierControllerTest {

    private static final DateTimeFormatter FRANCAIS = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    MockMvc mvc;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;
    private BigDecimal solde;

    @BeforeEach
    void unDossierSansEcheancier() {
        Map<String, Object> ligne = jdbc.queryForMap("select id, solde from dossier where id = ?",
                DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("1234.56").creer().value());
        dossier = (UUID) ligne.get("id");
        solde = (BigDecimal) ligne.get("solde");
    }

    @Test
    void theSimulationCoversTheBalanceAndTheAgreementStartsThePlanThatPaymentsThenFollow() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        String premiere = LocalDate.now(horloge).plusMonths(1).format(FRANCAIS);
        mvc.perform(get("/dossiers/{id}/echeancier", dossier).cookie(session).param("mode", "nombre").param("nombre", "4")
                        .param("periodicite", "MENSUELLE").param("premiere", premiere))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 échéances pour un total de")))
                .andExpect(content().string(containsString("est couvert")));

        mvc.perform(convenir(session, "4", premiere, version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier + "/echeancier"))
                .andExpect(flash().attribute("message", "Échéancier enregistré : le dossier le suivra échéance par échéance."));
        assertThat(jdbc.queryForObject("select statut from echeancier where dossier_id = ?", String.class, dossier))
                .isEqualTo("EN_COURS");
        assertThat(jdbc.queryForObject("select sum(montant) from echeance e join echeancier p on p.id = e.echeancier_id "
                + "where p.dossier_id = ?", BigDecimal.class, dossier)).isEqualByComparingTo(solde);
        assertThat(jdbc.queryForObject("select echeancier_en_cours from dossier where id = ?", Boolean.class, dossier)).isTrue();
        assertThat(jdbc.queryForObject("select prochaine_action from dossier where id = ?", String.class, dossier))
                .isEqualTo("SUIVI_ECHEANCIER");

        mvc.perform(post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(session).param("montant", "100")
                        .param("date", LocalDate.now(horloge).format(FRANCAIS)).param("mode", "VIREMENT").param("version", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier));
        assertThat(jdbc.queryForObject("select paye from echeance e join echeancier p on p.id = e.echeancier_id "
                + "where p.dossier_id = ? and e.rang = 1", BigDecimal.class, dossier)).isEqualByComparingTo("100");
        mvc.perform(get("/dossiers/{id}/echeancier", dossier).cookie(session))
                .andExpect(content().string(containsString("data-test=\"echeancier-courant\"")));

        mvc.perform(convenir(session, "2", premiere, version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un échéancier est déjà en cours sur ce dossier")));
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsSaved() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/echeancier", dossier).with(csrf()).cookie(session).param("mode", "nombre")
                        .param("nombre", "trois").param("periodicite", "MENSUELLE").param("premiere", "31/02/2027")
                        .param("accordLe", "").param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nombre d&#39;échéances : « trois » n&#39;est pas un nombre entier.")))
                .andExpect(content().string(containsString("Première échéance : « 31/02/2027 » n&#39;est pas une date")))
                .andExpect(content().string(containsString("Accord du débiteur le : ce champ est obligatoire.")))
                .andExpect(content().string(containsString("value=\"trois\"")));
        mvc.perform(post("/dossiers/{id}/echeancier", dossier).with(csrf()).cookie(session).param("mode", "montant")
                        .param("montant", "0,50").param("periodicite", "MENSUELLE")
                        .param("premiere", LocalDate.now(horloge).plusDays(10).format(FRANCAIS))
                        .param("accordLe", LocalDate.now(horloge).format(FRANCAIS)).param("version", version()))
                .andExpect(content().string(containsString("au-delà de 120, proposez un montant plus élevé")));
        assertThat(jdbc.queryForObject("select count(*) from echeancier where dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsSaved() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        long perimee = Long.parseLong(version()) - 1;
        mvc.perform(convenir(session, "3", LocalDate.now(horloge).plusMonths(1).format(FRANCAIS), String.valueOf(perimee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a été modifié par quelqu&#39;un d&#39;autre pendant que vous travailliez")));
        assertThat(jdbc.queryForObject("select count(*) from echeancier where dossier_id = ?", Integer.class, dossier)).isZero();
    }

    @Test
    void aCreditorCannotTouchAPlan() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "creancier");
        mvc.perform(get("/dossiers/{id}/echeancier", dossier).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(convenir(session, "3", LocalDate.now(horloge).plusMonths(1).format(FRANCAIS), version()))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder convenir(Cookie session, String nombre, String premiere, String version) {
        return post("/dossiers/{id}/echeancier", dossier).with(csrf()).cookie(session).param("mode", "nombre")
                .param("nombre", nombre).param("periodicite", "MENSUELLE").param("premiere", premiere)
                .param("accordLe", LocalDate.now(horloge).format(FRANCAIS)).param("version", version);
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }
}
