package fr.etude.dossier.core.utilisateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.regle.RegleEnfreinte;

class UtilisateurTest {

    private final UtilisateurId administrateur = UtilisateurId.nouveau();

    @Test
    void aLoginIsTypedTheSameWayOnEveryKeyboard() {
        assertThat(Utilisateur.ouvrir(" lea.martin ", "Léa Martin", Role.CLERK, Optional.empty()).identifiant())
                .isEqualTo("lea.martin");
        for (String refuse : new String[]{"Léa", "lea martin", "LEA", "l", ".lea", "a".repeat(101)}) {
            assertThatThrownBy(() -> Utilisateur.ouvrir(refuse, "Léa Martin", Role.CLERK, Optional.empty()))
                    .as(refuse).isInstanceOf(RegleEnfreinte.class)
                    .extracting(refus -> ((RegleEnfreinte) refus).sujet().orElseThrow())
                    .isEqualTo(RegleEnfreinte.Sujet.IDENTIFIANT);
        }
    }

    @Test
    void onlyACreditorUserIsBoundToACreancierAndHeMustBe() {
        assertThatThrownBy(() -> Utilisateur.ouvrir("portail", "Portail", Role.CREDITOR, Optional.empty()))
                .hasMessage("Un utilisateur créancier doit être rattaché à un créancier.");
        assertThatThrownBy(() -> Utilisateur.ouvrir("clerc", "Clerc", Role.CLERK, Optional.of(CreancierId.nouveau())))
                .hasMessage("Seul un utilisateur créancier est rattaché à un créancier.");
    }

    @Test
    void anAdministratorNeverTakesAwayHisOwnRoleButMayAnothers() {
        Utilisateur lui = new Utilisateur(administrateur, "admin", "Administrateur", Role.ADMIN, Optional.empty(), true);
        assertThatThrownBy(() -> lui.modifier("Administrateur", Role.CLERK, Optional.empty(), administrateur))
                .isInstanceOf(RegleEnfreinte.class).hasMessageStartingWith("Vous ne pouvez pas retirer votre propre rôle");
        assertThat(lui.modifier("Ancien administrateur", Role.CLERK, Optional.empty(), UtilisateurId.nouveau()).role())
                .isEqualTo(Role.CLERK);
        assertThat(lui.modifier("  Nouveau nom ", Role.ADMIN, Optional.empty(), administrateur).nomAffiche())
                .isEqualTo("Nouveau nom");
    }
}
