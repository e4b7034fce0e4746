package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

@SpringBootTest
class UtilisateursAdapterTest {

    @Autowired
    Utilisateurs utilisateurs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesAUserAndFindsHimBySignInName() {
        utilisateurs.creer(clerc("c.roux"), "{bcrypt}hash");

        Utilisateurs.Identification identification = utilisateurs.pourConnexion("c.roux").orElseThrow();

        assertThat(identification.utilisateur().role()).isEqualTo(Role.CLERK);
        assertThat(identification.utilisateur().nomAffiche()).isEqualTo("Claire Roux");
        assertThat(identification.motDePasseHache()).isEqualTo("{bcrypt}hash");
        assertThat(utilisateurs.pourConnexion("inconnu")).isEmpty();
    }

    @Test
    void theSchemaRefusesACreditorUserWithoutCreditor() {
        assertThatThrownBy(() -> jdbc.update("""
                insert into utilisateur (id, identifiant, mot_de_passe, nom_affiche, role)
                values (gen_random_uuid(), 'sans.creancier', 'x', 'Sans Créancier', 'CREDITOR')
                """))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_utilisateur_creancier");
    }

    private static Utilisateur clerc(String identifiant) {
        String[] parts = identifiant.split("\\.");
        String prenom = switch (parts[0]) {
            case "c" -> "Claire";
            case "p" -> "Paul";
            default -> "Jeanne";
        };
        String nom = Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
        return new Utilisateur(UtilisateurId.nouveau(), identifiant, prenom + " " + nom, Role.CLERK,
                Optional.empty(), true);
    }
}
