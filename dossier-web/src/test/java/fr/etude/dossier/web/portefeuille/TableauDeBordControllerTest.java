package fr.etude.dossier.web.portefeuille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.MotifCloture;
import fr.etude.dossier.web.ConnexionDeTest;
import fr.etude.dossier.web.DossierDeTest;

/**
 * The creditor's dashboard reads its own dossiers and only them: each test gives two fresh créanciers their
 * dossiers and payments (recorded by the clerk through the payment form), and signs in as A's user.
 * Dates are relative to the application's clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class TableauDeBordControllerTest {

    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Clock horloge;

    private LocalDate aujourdhui;
    private Cookie clerc;
    private Cookie creancierA;
    private UUID amiable;
    private UUID ancien;
    private UUID payeEnTrop;
    private UUID retire;
    private UUID deB;

    @BeforeEach
    void deuxCreanciersEtLeursDossiers() throws Exception {
        aujourdhui = LocalDate.now(horloge);
        String suffixe = UUID.randomUUID().toString().substring(0, 8);
        UUID a = nouveauCreancier("Zz Tableau A " + suffixe);
        UUID b = nouveauCreancier("Zz Tableau B " + suffixe);
        String identifiant = "tableau-a-" + suffixe;
        jdbc.update("""
                insert into utilisateur (id, identifiant, mot_de_passe, nom_affiche, role, creancier_id)
                select ?, ?, mot_de_passe, 'Créancier A', 'CREDITOR', ? from utilisateur where identifiant = 'creancier'
                """, UUID.randomUUID(), identifiant, a);

        LocalDate ilYaDeuxMois = aujourdhui.minusMonths(2);
        amiable = dossierDe(a, DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("TableauAmiable", "69003")
                .avecCreance("900.00", ilYaDeuxMois));
        ancien = dossierDe(a, DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("TableauAncien", "69003")
                .avecCreanceMiseEnDemeure("1500.00", aujourdhui.minusMonths(15)).alEtape(Etape.CONTENTIEUX));
        payeEnTrop = dossierDe(a, DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("TableauSolde", "69003")
                .avecCreance("300.00", ilYaDeuxMois));
        retire = dossierDe(a, DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("TableauRetire", "69003")
                .avecCreance("700.00", ilYaDeuxMois).clos(MotifCloture.RETIRE));
        deB = dossierDe(b, DossierDeTest.unDossier(dossiers, jdbc, horloge).contre("TableauDeB", "69003")
                .avecCreance("5000.00", ilYaDeuxMois));

        clerc = ConnexionDeTest.connecter(mvc, "clerc");
        LocalDate debutDuMoisDernier = aujourdhui.minusMonths(1).withDayOfMonth(1);
        payer(amiable, "120,00", debutDuMoisDernier);
        payer(amiable, "50,00", debutDuMoisDernier);
        UUID impaye = jdbc.queryForObject("select id from paiement where dossier_id = ? and montant = 50", UUID.class, amiable);
        mvc.perform(post("/dossiers/{id}/paiements/{p}/contrepassation", amiable, impaye).with(csrf()).cookie(clerc)
                        .param("date", FormatFrancais.date(aujourdhui)).param("motif", "Chèque impayé").param("version", version(amiable)))
                .andExpect(status().is3xxRedirection());
        payer(payeEnTrop, "350,00", aujourdhui, "tropPercu", "true");
        payer(deB, "999,99", debutDuMoisDernier);
        assertThat(jdbc.queryForObject("select count(*) from paiement where dossier_id in (?, ?, ?)", Integer.class, amiable,
                payeEnTrop, deB)).as("every payment recorded").isEqualTo(4);

        creancierA = ConnexionDeTest.connecter(mvc, identifiant);
    }

    @Test
    void eachMonthShowsWhatItsPaymentsRecoveredWithoutReversedPaymentsOrTropPercu() throws Exception {
        String page = tableauDeBord();

        String recouvre = table(page, "recouvre-par-mois");
        assertThat(recouvre).contains("data-graphique=\"graphique-recouvre\"", "<caption>", "<th scope=\"row\">");
        assertThat(ligne(recouvre, MOIS.format(aujourdhui.minusMonths(1))))
                .contains(">" + euros("120.00") + "<", "data-valeur=\"120.00\"", ">1<");
        assertThat(ligne(recouvre, MOIS.format(aujourdhui))).as("350,00 € received, 50,00 € of it to be returned")
                .contains(">" + euros("300.00") + "<", "data-valeur=\"300.00\"");
        assertThat(ligne(recouvre, MOIS.format(aujourdhui.minusMonths(11)))).contains("data-valeur=\"0.00\"");
        assertThat(recouvre).doesNotContain(MOIS.format(aujourdhui.minusMonths(12)));
        assertThat(ligne(recouvre, "Total")).contains(euros("420.00"));
        // Static files are linked under names carrying their content's hash.
        assertThat(page).containsPattern("/webjars/echarts/5\\.3\\.1/dist/echarts\\.min-[0-9a-f]{32}\\.js")
                .containsPattern("/ressources/js/graphiques-[0-9a-f]{32}\\.js");
    }

    @Test
    void theOutstandingBalanceIsAgedFromTheOldestCreanceOfTheDossiersInProgress() throws Exception {
        String anciennete = table(tableauDeBord(), "anciennete");

        assertThat(ligne(anciennete, "Moins de 3 mois")).as("900,00 € less 120,00 €; the settled and the closed dossiers are not owed")
                .contains(">1<", euros("780.00"), "data-valeur=\"780.00\"");
        assertThat(ligne(anciennete, "1 à 2 ans")).contains(">1<", euros("1500.00"));
        assertThat(ligne(anciennete, "3 à 6 mois")).contains(">0<", "data-valeur=\"0.00\"");
        assertThat(ligne(anciennete, "2 ans et plus")).contains(">0<");
        assertThat(ligne(anciennete, "Total")).contains(euros("2280.00"));
    }

    @Test
    void theDossiersInProgressAreCountedByStageAndTheRateIsRecoveredOverPrincipal() throws Exception {
        String page = tableauDeBord();

        String etapes = table(page, "par-etape");
        assertThat(ligne(etapes, "Amiable")).contains(">2<");
        assertThat(ligne(etapes, "Contentieux")).contains(">1<", euros("1500.00"));
        assertThat(ligne(etapes, "Précontentieux")).contains(">0<");
        assertThat(ligne(etapes, "Exécution")).contains(">0<");

        // 420,00 € recovered of 3 400,00 € entrusted (the withdrawn dossier's principal included): 12,352… %.
        assertThat(page.substring(page.indexOf("data-test=\"taux-global\""))).startsWith("data-test=\"taux-global\">12,35 %<");
        LocalDate ouverture = jdbc.queryForObject("select ouvert_le from dossier where id = ?", LocalDate.class, amiable);
        String trimestre = "T" + ((ouverture.getMonthValue() - 1) / 3 + 1) + " " + ouverture.getYear();
        String taux = table(page, "taux-par-trimestre");
        assertThat(ligne(taux, trimestre)).contains(">4<", euros("3400.00"), euros("420.00"), "data-valeur=\"12.35\"", "12,35 %");
        assertThat(ligne(taux, "Ensemble du portefeuille")).contains("12,35 %");
    }

    @Test
    void anotherCreditorsDossiersAndPaymentsAreInNoFigure() throws Exception {
        String page = tableauDeBord();

        assertThat(page).doesNotContain(euros("999.99"), "999.99", euros("5000.00"), "TableauDeB");
        assertThat(ligne(table(page, "recouvre-par-mois"), MOIS.format(aujourdhui.minusMonths(1)))).contains(">1<");
        assertThat(ligne(table(page, "par-etape"), "Amiable")).contains(">2<");

        mvc.perform(get("/portefeuille/tableau-de-bord").cookie(clerc)).andExpect(status().isForbidden());
        mvc.perform(get("/portefeuille/tableau-de-bord").cookie(ConnexionDeTest.connecter(mvc, "admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portefeuille/tableau-de-bord")).andExpect(status().is3xxRedirection());
    }

    @Test
    void thePortfolioLinksToTheDashboard() throws Exception {
        assertThat(mvc.perform(get("/portefeuille").cookie(creancierA)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/portefeuille/tableau-de-bord\"");
    }

    private String tableauDeBord() throws Exception {
        return mvc.perform(get("/portefeuille/tableau-de-bord").cookie(creancierA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private UUID nouveauCreancier(String raisonSociale) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into creancier (id, raison_sociale) values (?, ?)", id, raisonSociale);
        return id;
    }

    private UUID dossierDe(UUID creancier, DossierDeTest dossier) {
        UUID id = dossier.creer().value();
        jdbc.update("update dossier set creancier_id = ? where id = ?", creancier, id);
        return id;
    }

    private void payer(UUID dossier, String montant, LocalDate le, String... autres) throws Exception {
        var requete = post("/dossiers/{id}/paiements", dossier).with(csrf()).cookie(clerc).param("montant", montant)
                .param("date", FormatFrancais.date(le)).param("mode", "VIREMENT").param("version", version(dossier));
        for (int i = 0; i < autres.length; i += 2) {
            requete.param(autres[i], autres[i + 1]);
        }
        mvc.perform(requete).andExpect(status().is3xxRedirection());
    }

    private String version(UUID dossier) {
        return String.valueOf(jdbc.queryForObject("select version from dossier where id = ?", Long.class, dossier));
    }

    private static String euros(String montant) {
        return FormatFrancais.euros(Montant.of(montant));
    }

    private static String table(String page, String nom) {
        int debut = page.indexOf("data-test=\"" + nom + "\"");
        assertThat(debut).as("table " + nom).isPositive();
        return page.substring(debut, page.indexOf("</table>", debut));
    }

    /** The row whose header cell reads {@code libelle}. */
    private static String ligne(String table, String libelle) {
        int entete = table.indexOf(">" + libelle + "</th>");
        assertThat(entete).as("row " + libelle).isPositive();
        return table.substring(table.lastIndexOf("<tr", entete), table.indexOf("</tr>", entete));
    }
}
