package fr.etude.dossier.web.tarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;
import fr.etude.dossier.core.tarif.Tarifs;
import fr.etude.dossier.web.ConnexionDeTest;

/** The administrator adds a recovery tariff with all its bands, or confirms one; the fee function reads it from its date. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class TarifsControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tarifs tarifs;

    private List<Map<String, Object>> tarifsDeLaMigration;

    @BeforeEach
    void lireLesTarifsDeLaMigration() {
        tarifsDeLaMigration = jdbc.queryForList("select * from tarif");
    }

    @AfterEach
    void remettreLesTarifsDeLaMigration() {
        jdbc.update("delete from tarif");
        for (Map<String, Object> ligne : tarifsDeLaMigration) {
            jdbc.update("insert into tarif (id, code, libelle, cote, nature, tranche_de, tranche_a, taux_pourcent, montant_fixe, "
                            + "plafond, en_vigueur_le, source, publie_le, confirme) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ligne.get("id"), ligne.get("code"), ligne.get("libelle"), ligne.get("cote"), ligne.get("nature"),
                    ligne.get("tranche_de"), ligne.get("tranche_a"), ligne.get("taux_pourcent"), ligne.get("montant_fixe"),
                    ligne.get("plafond"), ligne.get("en_vigueur_le"), ligne.get("source"), ligne.get("publie_le"),
                    ligne.get("confirme"));
        }
    }

    @Test
    void aNewTariffWithAllItsBandsIsUsedByTheFeeFunctionFromItsDate() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(tarif(post("/admin/tarifs"), "01/03/2027", "7,00", "550").cookie(admin)).andExpect(redirectedUrl("/admin/tarifs"));

        // 500 € recovered on 20/11/2026 (tariff of 2024): 125 × 9,75 % + 375 × 6,34 % = 12,1875 + 23,775 = 35,9625 → 35,96 €
        assertThat(tarifs.enVigueur(TarifDeRecouvrement.Cote.DEBITEUR, LocalDate.of(2026, 11, 20)).orElseThrow()
                .emolument(Montant.of("500"))).isEqualTo(Montant.of("35.96"));
        // on 01/03/2027 (the tariff added): 12,1875 + 375 × 7 % = 12,1875 + 26,25 = 38,4375 → 38,44 €
        TarifDeRecouvrement nouveau = tarifs.enVigueur(TarifDeRecouvrement.Cote.DEBITEUR, LocalDate.of(2027, 3, 1)).orElseThrow();
        assertThat(nouveau.emolument(Montant.of("500"))).isEqualTo(Montant.of("38.44"));
        assertThat(nouveau.emolument(Montant.of("40"))).as("fixed amount up to 44 €").isEqualTo(Montant.of("4.29"));
        assertThat(jdbc.queryForObject("select jsonb_array_length(apres->'lignes') from journal_audit where entite = 'tarif' "
                + "and entite_id = 'A444-31 2027-03-01' and action = 'AJOUT'", Integer.class)).as("forfait + 4 bands").isEqualTo(5);
        mvc.perform(get("/admin/tarifs").cookie(admin))
                .andExpect(content().string(containsString("du 01/03/2024 au 28/02/2027")))
                .andExpect(content().string(containsString("de 125,00\u00a0€ à 610,00\u00a0€ : 7,00 %")));
    }

    @Test
    void aTariffThatWouldOverlapAnotherIsRefusedInFrench() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(tarif(post("/admin/tarifs"), "01/01/2023", "7,00", "550").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En vigueur le : un tarif du 01/01/2023 chevaucherait celui du 01/03/2024")));
        assertThat(jdbc.queryForObject("select count(*) from tarif where en_vigueur_le = '2023-01-01'", Integer.class)).isZero();
    }

    @Test
    void badInputIsNamedInFrenchAndKeptAsTyped() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(tarif(post("/admin/tarifs"), "01/03/2027", "neuf", null).cookie(admin)
                        .param("tranches[4].jusqua", "9 000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tranche 2, taux (%) : « neuf » n&#39;est pas un taux")))
                .andExpect(content().string(containsString("value=\"neuf\"")))
                .andExpect(content().string(containsString("Plafond (€) : ce champ est obligatoire.")))
                .andExpect(content().string(containsString("Tranche 5, taux (%) : ce champ est obligatoire.")));
        assertThat(jdbc.queryForObject("select count(*) from tarif where en_vigueur_le = '2027-03-01'", Integer.class)).isZero();
    }

    @Test
    void confirmingATariffInForceAsksForAReasonAndIsAudited() throws Exception {
        Cookie admin = ConnexionDeTest.connecter(mvc, "admin");
        mvc.perform(post("/admin/tarifs/CREANCIER/2024-03-01").with(csrf()).cookie(admin)
                        .param("source", "arrêté du 26 février 2024").param("confirme", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dites pourquoi vous le modifiez.")));
        mvc.perform(post("/admin/tarifs/CREANCIER/2024-03-01").with(csrf()).cookie(admin)
                        .param("source", "arrêté du 26 février 2024").param("publieLe", "28/02/2024").param("confirme", "true")
                        .param("motif", "Vérifié au Journal officiel"))
                .andExpect(redirectedUrl("/admin/tarifs"));

        TarifDeRecouvrement confirme = tarifs.enVigueur(TarifDeRecouvrement.Cote.CREANCIER, LocalDate.of(2026, 11, 20)).orElseThrow();
        assertThat(confirme.confirme()).isTrue();
        assertThat(confirme.publieLe()).contains(LocalDate.of(2024, 2, 28));
        assertThat(confirme.emolument(Montant.of("200.00"))).as("bands kept").isEqualTo(Montant.of("22.67"));
        assertThat(jdbc.queryForMap("select avant->'lignes'->0->>'confirme' as avant, apres->'lignes'->0->>'confirme' as apres, "
                + "apres->>'motif' as motif from journal_audit where entite = 'tarif' and entite_id = 'A444-32 2024-03-01' "
                + "order by id desc limit 1"))
                .containsEntry("avant", "false").containsEntry("apres", "true").containsEntry("motif", "Vérifié au Journal officiel");
        mvc.perform(get("/admin").cookie(admin))
                .andExpect(content().string(containsString("Tarif de recouvrement (art. A444-31 C. com.) du 01/03/2024 : à confirmer")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("(art. A444-32 C. com.) du 01/03/2024 : à confirmer"))));
    }

    @Test
    void onlyTheAdministratorKeepsTheTariffs() throws Exception {
        for (String identifiant : new String[]{"clerc", "huissier", "creancier"}) {
            Cookie session = ConnexionDeTest.connecter(mvc, identifiant);
            mvc.perform(get("/admin/tarifs").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(tarif(post("/admin/tarifs"), "01/03/2027", "7", "550").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/tarifs/CREANCIER/2024-03-01").with(csrf()).cookie(session).param("source", "x")
                    .param("confirme", "true").param("motif", "x")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from tarif where en_vigueur_le = '2027-03-01' or confirme", Integer.class))
                .isZero();
    }

    /** The A444-31 tariff of 2024 with another rate for the second band (and no cap when {@code plafond} is null). */
    private static MockHttpServletRequestBuilder tarif(MockHttpServletRequestBuilder requete, String le, String tauxDeLaDeuxieme,
                                                       String plafond) {
        if (plafond != null) {
            requete.param("plafond", plafond);
        }
        return requete.with(csrf()).param("cote", "DEBITEUR").param("enVigueurLe", le).param("seuilDuForfait", "44")
                .param("forfait", "4,29")
                .param("tranches[0].jusqua", "125").param("tranches[0].taux", "9,75")
                .param("tranches[1].jusqua", "610").param("tranches[1].taux", tauxDeLaDeuxieme)
                .param("tranches[2].jusqua", "1 525").param("tranches[2].taux", "3,41")
                .param("tranches[3].taux", "0,29").param("source", "tarif de test");
    }
}
