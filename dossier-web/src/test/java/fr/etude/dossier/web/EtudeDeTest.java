package fr.etude.dossier.web;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a letter needs besides its dossier: the office's identity, and a confirmed legal rate for the
 * second half of 2026 (an invented value: the tests' dates fall in it). Removed after each test.
 */
public final class EtudeDeTest {

    private EtudeDeTest() {
    }

    public static void installer(JdbcTemplate jdbc) {
        jdbc.update("delete from etude");
        jdbc.update("""
                insert into etude (id, nom, adresse, code_postal, ville, siret, telephone, email, iban, bic, commissaire)
                values (1, 'Étude Garnier, commissaires de justice', '12 quai Perrache', '69002', 'Lyon', '73282932000074',
                        '+33478000000', 'contact@etude-garnier.fr', 'FR7630006000011234567890189', 'AGRIFRPP', 'Me Hélène Garnier')
                """);
        jdbc.update("""
                insert into taux_interet_legal (debut, fin, taux_particulier, taux_autres_cas, source, confirme)
                values ('2026-07-01', '2026-12-31', 4, 4, 'arrêté de test (valeur fictive)', true)
                """);
    }

    public static void retirer(JdbcTemplate jdbc) {
        jdbc.update("delete from etude");
        jdbc.update("delete from taux_interet_legal where debut >= '2026-07-01'");
    }
}
