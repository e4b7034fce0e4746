package fr.etude.dossier.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.expression.AccessException;

import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.web.transmission.ImportSaisi;

/** The pages' accessor reads the application's records and beans, and nothing else. */
class AccesseurDesValeursTest {

    private final AccesseurDesValeurs accesseur = AccesseurDesValeurs.INSTANCE;

    @Test
    void itReadsARecordsComponentAndABeansGetterOfTheApplication() throws AccessException {
        UUID valeur = UUID.randomUUID();
        ImportSaisi saisie = new ImportSaisi();

        assertThat(accesseur.canRead(null, new DossierId(valeur), "value")).isTrue();
        assertThat(accesseur.read(null, new DossierId(valeur), "value").getValue()).isEqualTo(valeur);
        assertThat(accesseur.read(null, saisie, "mode").getValue()).isEqualTo(saisie.getMode());
    }

    @Test
    void itLeavesOtherClassesAndUnknownPropertiesToThymeleafsOwnAccessorsAndWritesNothing() {
        assertThat(accesseur.canRead(null, "texte", "bytes")).isFalse();
        assertThat(accesseur.canRead(null, new DossierId(UUID.randomUUID()), "inconnue")).isFalse();
        assertThat(accesseur.canRead(null, null, "value")).isFalse();
        assertThat(accesseur.canWrite(null, new ImportSaisi(), "mode")).isFalse();
        assertThatThrownBy(() -> accesseur.write(null, new ImportSaisi(), "mode", null)).isInstanceOf(AccessException.class);
    }
}
