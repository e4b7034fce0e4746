package fr.etude.dossier.core.contact;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A contact already made, in Paris time.
 *
 * @param conversation the debtor was actually reached (not voicemail, not a wrong number)
 * @param modele       for a letter or an e-mail, which one (relance, mise en demeure…)
 */
public record ContactPasse(Canal canal, LocalDateTime moment, boolean conversation, Optional<String> modele) {

    public static ContactPasse appel(LocalDateTime moment, boolean conversation) {
        return new ContactPasse(Canal.APPEL, moment, conversation, Optional.empty());
    }

    public static ContactPasse courrier(LocalDateTime moment, String modele) {
        return new ContactPasse(Canal.COURRIER, moment, false, Optional.of(modele));
    }
}
