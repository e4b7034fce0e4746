package fr.etude.dossier.web.portefeuille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * The creditor's portfolio: found by its own references, narrowed by stage and status, ordered by
 * balance page after page (the next page's link keeps the filter), and a wrong parameter is named.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PortefeuilleTest {

    private static final Pattern LIGNE = Pattern.compile("/portefeuille/dossiers/([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Cookie creancier;
    private String prefixe;

    @BeforeEach
    void connecte() throws Exception {
        creancier = ConnexionDeTest.connecter(mvc, "creancier");
        prefixe = "P" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @Test
    void theCreditorFindsItsDossierByItsOwnReferenceOrInvoiceNumber() throws Exception {
        mvc.perform(post("/portefeuille/dossiers/nouveau").cookie(creancier).with(csrf()).param("reference", prefixe + "CONTRAT")
                        .param("personne", "PHYSIQUE").param("nom", "Chercheur").param("creances[0].nature", "CIVILE")
                        .param("creances[0].principal", "321").param("creances[0].exigibilite", "01/09/2026")
                        .param("creances[0].reference", prefixe + "FACTURE"))
                .andExpect(status().is3xxRedirection());

        for (String cherche : List.of(prefixe + "CONTRAT", prefixe.substring(0, 6), prefixe + "FACTURE")) {
            assertThat(mvc.perform(get("/portefeuille").param("q", cherche).cookie(creancier)).andReturn().getResponse()
                    .getContentAsString()).as(cherche).contains("Chercheur");
        }
    }

    @Test
    void thePortfolioNarrowedToAStageAndOrderedByBalanceKeepsBothOnItsNextPage() throws Exception {
        String page = mvc.perform(get("/portefeuille").param("statut", "OUVERT").param("tri", "SOLDE").cookie(creancier))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<BigDecimal> soldes = soldes(page);
        assertThat(soldes).isNotEmpty().isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(statuts(page)).containsOnly("OUVERT");

        Matcher suivante = Pattern.compile("data-test=\"page-suivante\" href=\"([^\"]+)\"").matcher(page);
        if (suivante.find()) {
            String lien = suivante.group(1).replace("&amp;", "&");
            assertThat(lien).contains("statut=OUVERT", "tri=SOLDE", "apres=");
            String deuxieme = mvc.perform(get(java.net.URI.create(lien)).cookie(creancier)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(soldes(deuxieme).get(0)).isLessThanOrEqualTo(soldes.get(soldes.size() - 1));
            assertThat(statuts(deuxieme)).containsOnly("OUVERT");
        }
    }

    @Test
    void anUnknownStageOrOrderIsNamedAndTheListStillShows() throws Exception {
        String page = mvc.perform(get("/portefeuille").param("etape", "LUNE").param("tri", "HASARD").cookie(creancier))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("« LUNE » n&#39;est pas une étape.", "« HASARD » n&#39;est pas un ordre possible.",
                "data-test=\"dossiers\"");
    }

    @Test
    void aForgedPageLinkIsNamedNotAFailure() throws Exception {
        mvc.perform(get("/portefeuille").param("tri", "SOLDE").param("apres", "abc~2026-000001").cookie(creancier))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("Lien de page invalide : recommencez depuis la première page.")));
    }

    @Test
    void thePortfolioStatementAtADateCountsWhatWasRecoveredByThenAndAFutureDateIsNamed() throws Exception {
        mvc.perform(post("/portefeuille/dossiers/nouveau").cookie(creancier).with(csrf()).param("reference", prefixe + "RELEVE")
                        .param("personne", "PHYSIQUE").param("nom", "Releveur").param("creances[0].nature", "CIVILE")
                        .param("creances[0].principal", "321").param("creances[0].exigibilite", "01/06/2026"))
                .andExpect(status().is3xxRedirection());
        UUID dossier = jdbc.queryForObject("select id from dossier where reference_creancier = ?", UUID.class, prefixe + "RELEVE");
        jdbc.update("update dossier set ouvert_le = '2026-09-01' where id = ?", dossier);
        jdbc.update("insert into paiement (id, dossier_id, date_paiement, montant, mode) values (gen_random_uuid(), ?, '2026-10-01', 100, 'VIREMENT')", dossier);
        jdbc.update("""
                insert into paiement (id, dossier_id, date_paiement, montant, mode, contrepasse_le, motif_contrepassation)
                values (gen_random_uuid(), ?, '2026-11-10', 50, 'CHEQUE', '2026-11-15', 'Chèque impayé')
                """, dossier);
        fr.etude.dossier.web.EtudeDeTest.installer(jdbc);
        try {
            assertThat(texte(releve("12/11/2026"))).contains("Relevé du portefeuille au 12/11/2026", "Releveur", "171,00");
            assertThat(texte(releve("20/11/2026"))).contains("Releveur", "221,00");
            assertThat(texte(releve("31/08/2026"))).doesNotContain("Releveur");
        } finally {
            fr.etude.dossier.web.EtudeDeTest.retirer(jdbc);
        }
        mvc.perform(get("/portefeuille/releve.pdf").param("au", "01/01/2027").cookie(creancier))
                .andExpect(status().isSeeOther())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("alerte",
                        "Le relevé du portefeuille ne peut être établi : la date du relevé est dans le futur."));
        mvc.perform(get("/portefeuille/releve.pdf").param("au", "31/02/2026").cookie(creancier)).andExpect(status().isBadRequest());
    }

    private byte[] releve(String au) throws Exception {
        return mvc.perform(get("/portefeuille/releve.pdf").param("au", au).cookie(creancier)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String texte(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private List<BigDecimal> soldes(String page) {
        return ids(page).stream().map(id -> jdbc.queryForObject("select solde from dossier where id = ?::uuid", BigDecimal.class, id))
                .toList();
    }

    private List<String> statuts(String page) {
        return ids(page).stream().map(id -> jdbc.queryForObject("select statut from dossier where id = ?::uuid", String.class, id))
                .toList();
    }

    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher ligne = LIGNE.matcher(page);
        while (ligne.find()) {
            ids.add(ligne.group(1));
        }
        return ids;
    }
}
