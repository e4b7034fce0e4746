package fr.etude.dossier.web.paiement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.MotifCloture;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PaiementControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    private DossierId dossier;
    private Cookie clerc;
    private String hier;

    @BeforeEach
    void unDossierDe900Euros() throws Exception {
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("900.00").creer();
        clerc = ConnexionDeTest.connecter(mvc, "clerc");
        hier = FormatFrancais.date(LocalDate.now(horloge).minusDays(1));
    }

    @Test
    void aPaymentLowersTheBalanceAtOnceAndAReversalGivesItBack() throws Exception {
        mvc.perform(paiement("100,50", hier, "mode", "CHEQUE", "reference", "Chèque n°0042"))
                .andExpect(redirectedUrl("/dossiers/" + dossier.value()))
                .andExpect(flash().attribute("message", "Paiement enregistré : le solde du dossier est à jour."));
        assertThat(solde()).isEqualByComparingTo("799.50");

        UUID paiement = jdbc.queryForObject("select id from paiement where dossier_id = ?", UUID.class, dossier.value());
        mvc.perform(post("/dossiers/{id}/paiements/{p}/contrepassation", dossier.value(), paiement).with(csrf()).cookie(clerc)
                        .param("date", FormatFrancais.date(LocalDate.now(horloge))).param("motif", "Chèque impayé")
                        .param("version", version()))
                .andExpect(redirectedUrl("/dossiers/" + dossier.value() + "#paiements"))
                .andExpect(flash().attribute("message", "Paiement contre-passé : le solde du dossier est rétabli."));
        assertThat(solde()).isEqualByComparingTo("900.00");
        assertThat(jdbc.queryForObject("select count(*) from paiement where id = ?", Integer.class, paiement))
                .as("a reversal is a counter-entry, never a deletion").isEqualTo(1);
    }

    @Test
    void aPaymentInTheFutureOrOfNothingIsRefusedAndNothingChanges() throws Exception {
        String demain = FormatFrancais.date(LocalDate.now(horloge).plusDays(1));
        mvc.perform(paiement("50", demain))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("la date du paiement (" + demain + ") ne peut pas être dans le futur.")))
                .andExpect(content().string(containsString("value=\"" + demain + "\"")));
        mvc.perform(paiement("0,00", hier))
                .andExpect(content().string(containsString("Montant : le montant doit être positif.")));
        mvc.perform(paiement("cent", "31/11/2026", "mode", "TROC"))
                .andExpect(content().string(containsString("Montant : « cent » n&#39;est pas un montant")))
                .andExpect(content().string(containsString("Date : « 31/11/2026 » n&#39;est pas une date")))
                .andExpect(content().string(containsString("Mode : « TROC » n&#39;est pas une valeur possible.")))
                .andExpect(content().string(containsString("value=\"cent\"")));
        assertThat(solde()).isEqualByComparingTo("900.00");
    }

    @Test
    void anAmountInScientificNotationOrWithAThirdDecimalIsNotAnAmount() throws Exception {
        mvc.perform(paiement("1e5", hier))
                .andExpect(content().string(containsString("Montant : « 1e5 » n&#39;est pas un montant")));
        mvc.perform(paiement("10,005", hier))
                .andExpect(content().string(containsString("Montant : « 10,005 » a plus de deux décimales")));
        mvc.perform(paiement("99999999999999", hier))
                .andExpect(content().string(containsString("est trop grand pour un montant")));
        assertThat(solde()).isEqualByComparingTo("900.00");
    }

    @Test
    void aPaymentBeforeTheDebtWasDueIsRefusedNamingTheRule() throws Exception {
        mvc.perform(paiement("50", "01/01/1900"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("précède l&#39;exigibilité de la créance la plus ancienne")));
        assertThat(solde()).isEqualByComparingTo("900.00");
    }

    @Test
    void aPaymentAboveTheBalanceIsRefusedUnlessMarkedAsTropPercu() throws Exception {
        mvc.perform(paiement("9 999 999", hier))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dépasse le solde dû (900,00")))
                .andExpect(content().string(containsString("value=\"" + FormatFrancais.montant(Montant.of("9999999")) + "\"")));
        assertThat(solde()).isEqualByComparingTo("900.00");

        mvc.perform(paiement("1 000,00", hier, "tropPercu", "true"))
                .andExpect(redirectedUrl("/dossiers/" + dossier.value()));
        assertThat(jdbc.queryForMap("select solde, recouvre, trop_percu from dossier where id = ?", dossier.value()))
                .containsEntry("solde", new BigDecimal("0.00")).containsEntry("recouvre", new BigDecimal("900.00"))
                .containsEntry("trop_percu", new BigDecimal("100.00"));
    }

    @Test
    void aClosedDossierReceivesNoPayment() throws Exception {
        dossier = DossierDeTest.unDossier(dossiers, jdbc, horloge).clos(MotifCloture.RETIRE).creer();
        mvc.perform(paiement("1,00", hier))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("est clos (retiré par le créancier) : il ne peut plus recevoir un paiement.")));
        assertThat(solde()).isEqualByComparingTo("900.00");
    }

    @Test
    void aTooLongReferenceIsNamedAndWhatWasTypedIsKept() throws Exception {
        String longue = "R".repeat(101);
        mvc.perform(paiement("10", hier, "reference", longue))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Référence : 100 caractères au plus.")))
                .andExpect(content().string(containsString("value=\"" + longue + "\"")));
    }

    @Test
    void aMalformedVersionIsAFrenchErrorNotAJavaMessage() throws Exception {
        mvc.perform(post("/dossiers/{id}/paiements", dossier.value()).with(csrf()).cookie(clerc).param("montant", "10")
                        .param("date", hier).param("mode", "VIREMENT").param("version", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("« abc » n&#39;est pas un nombre entier.")))
                .andExpect(content().string(not(containsString("For input string"))));
    }

    @Test
    void aReversalWithATooLongReasonComesBackWithWhatWasTyped() throws Exception {
        mvc.perform(paiement("100", hier)).andExpect(redirectedUrl("/dossiers/" + dossier.value()));
        UUID paiement = jdbc.queryForObject("select id from paiement where dossier_id = ?", UUID.class, dossier.value());
        String motif = "m".repeat(301);
        mvc.perform(post("/dossiers/{id}/paiements/{p}/contrepassation", dossier.value(), paiement).with(csrf()).cookie(clerc)
                        .param("date", hier).param("motif", motif).param("version", version()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Motif : 300 caractères au plus.")))
                .andExpect(content().string(containsString(motif)));
        assertThat(solde()).isEqualByComparingTo("800.00");
    }

    @Test
    void aPaymentOnAPageReadBeforeSomeoneElsesChangeIsAConflictNotADoubleEntry() throws Exception {
        String lue = version();
        mvc.perform(paiement("10", hier, "version", lue)).andExpect(redirectedUrl("/dossiers/" + dossier.value()));

        mvc.perform(paiement("10", hier, "version", lue))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pendant que vous travailliez : rien n&#39;a été enregistré")))
                .andExpect(content().string(containsString("value=\"10,00\"")));
        assertThat(solde()).isEqualByComparingTo("890.00");
    }

    @Test
    void aCreditorCannotRecordPayments() throws Exception {
        mvc.perform(post("/dossiers/{id}/paiements", dossier.value()).with(csrf()).cookie(ConnexionDeTest.connecter(mvc, "creancier"))
                        .param("montant", "10").param("date", hier).param("mode", "VIREMENT").param("version", version()))
                .andExpect(status().isForbidden());
        assertThat(solde()).isEqualByComparingTo("900.00");
    }

    /** The payment form as posted; {@code autres}: more fields, name then value, over the defaults. */
    private MockHttpServletRequestBuilder paiement(String montant, String date, String... autres) {
        java.util.Map<String, String> champs = new java.util.LinkedHashMap<>();
        champs.put("montant", montant);
        champs.put("date", date);
        champs.put("mode", "VIREMENT");
        champs.put("version", version());
        for (int i = 0; i < autres.length; i += 2) {
            champs.put(autres[i], autres[i + 1]);
        }
        MockHttpServletRequestBuilder requete = post("/dossiers/{id}/paiements", dossier.value()).with(csrf()).cookie(clerc);
        champs.forEach(requete::param);
        return requete;
    }

    private String version() {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier.value()));
    }

    private BigDecimal solde() {
        return jdbc.queryForObject("select solde from dossier where id = ?", BigDecimal.class, dossier.value());
    }
}
