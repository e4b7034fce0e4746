package fr.etude.dossier.web.admin;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * The password an administrator hands over when he opens an account or resets one: random, read
 * aloud or copied without ambiguity (no 0/O, 1/l/I), long enough for the sign-in policy; the person
 * replaces it at the first sign-in.
 */
@Component
class MotsDePasseProvisoires {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GROUPES = 4;
    private static final int PAR_GROUPE = 4;

    private final SecureRandom hasard = new SecureRandom();

    /** Four groups of four characters joined by dashes: about 94 bits of chance. */
    String nouveau() {
        StringBuilder motDePasse = new StringBuilder();
        for (int groupe = 0; groupe < GROUPES; groupe++) {
            if (groupe > 0) {
                motDePasse.append('-');
            }
            for (int i = 0; i < PAR_GROUPE; i++) {
                motDePasse.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
            }
        }
        return motDePasse.toString();
    }
}
