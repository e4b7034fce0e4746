package fr.etude.dossier.web.paiement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
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
import fr.etude.dossier.web.ConnexionDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PaiementControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private UUID dossier;
    private BigDecimal solde;

    @BeforeEach
    void unDossierOuvert() {
        Map<String, Object> ligne = jdbc.queryForMap("""
                select id, solde from dossier where statut = 'OUVERT' and solde > 100 order by random() limit 1
                """);
        dossier = (UUID) ligne.get("id");
        solde = (BigDecimal) ligne.get("solde");
    }

    @Test
    void aPaymentLowersTheBalanceAtOnceAndAReversalGivesItBack() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(session).param("montant", "100,50")
                        .param("date", "18/11/2026").param("mode", "CHEQUE").param("reference", "Chèque n°0042")
                        .param("version", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier))
                .andExpect(flash().attribute("message", "Paiement enregistré : le solde du dossier est à jour."));
        assertThat(soldeActuel()).isEqualByComparingTo(solde.subtract(new BigDecimal("100.50")));

        UUID paiement = jdbc.queryForObject("select id from paiement where dossier_id = ? and reference = 'Chèque n°0042'",
                UUID.class, dossier);
        mvc.perform(post("/dossiers/{id}/paiements/{p}/contrepassation", dossier, paiement).with(csrf()).cookie(session)
                        .param("date", "20/11/2026").param("motif", "Chèque impayé").param("version", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier))
                .andExpect(flash().attribute("message", "Paiement contre-passé : le solde du dossier est rétabli."));
        assertThat(soldeActuel()).isEqualByComparingTo(solde);
        assertThat(jdbc.queryForObject("select count(*) from paiement where id = ?", Integer.class, paiement))
                .as("a reversal is a counter-entry, never a deletion").isEqualTo(1);
    }

    @Test
    void aPaymentInTheFutureOrOfNothingIsRefusedAndNothingChanges() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        mvc.perform(post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(session).param("montant", "50")
                        .param("date", "01/01/2099").param("mode", "VIREMENT").param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date du paiement (01/01/2099) ne peut pas être dans le futur.")))
                .andExpect(content().string(containsString("value=\"01/01/2099\"")));
        mvc.perform(post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(session).param("montant", "0,00")
                        .param("date", "18/11/2026").param("mode", "VIREMENT").param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Montant : le montant doit être positif.")));
        mvc.perform(post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(session).param("montant", "cent")
                        .param("date", "31/11/2026").param("mode", "TROC").param("version", version()))
                .andExpect(content().string(containsString("Montant : « cent » n&#39;est pas un montant")))
                .andExpect(content().string(containsString("Date : « 31/11/2026 » n&#39;est pas une date")))
                .andExpect(content().string(containsString("Mode : choisissez le mode de paiement.")))
                .andExpect(content().string(containsString("value=\"cent\"")));
        assertThat(soldeActuel()).isEqualByComparingTo(solde);
    }

    @Test
    void aPaymentOnAPageReadBeforeSomeoneElsesChangeIsAConflictNotADoubleEntry() throws Exception {
        Cookie session = ConnexionDeTest.connecter(mvc, "clerc");
        String lue = version();
        mvc.perform(post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(session).param("montant", "10")
                .param("date", "18/11/2026").param("mode", "VIREMENT").param("version", lue))
                .andExpect(redirectedUrl("/dossiers/" + dossier));

        mvc.perform(post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(session).param("montant", "10")
                        .param("date", "18/11/2026").param("mode", "VIREMENT").param("version", lue))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pendant que vous travailliez : rien n&#39;a été enregistré")));
        assertThat(soldeActuel()).isEqualByComparingTo(solde.subtract(BigDecimal.TEN));
    }

    @Test
    void aCreditorCannotRecordPayments() throws Exception {
        mvc.perform(post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "creancier"))
                        .param("montant", "10").param("date", "18/11/2026").param("mode", "VIREMENT").param("version", version()))
                .andExpect(status().isForbidden());
        assertThat(soldeActuel()).isEqualByComparingTo(solde);
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }

    private BigDecimal soldeActuel() {
        return jdbc.queryForObject("select solde from dossier where id = ?", BigDecimal.class, dossier);
    }

}
