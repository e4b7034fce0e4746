package fr.etude.dossier.web.format;

/**
 * What a user typed cannot be read as the field's type; {@link #code()} names the French message in
 * the bundle, which receives the field's label and the text as typed.
 */
public class SaisieIllisible extends IllegalArgumentException {

    private final String code;

    public SaisieIllisible(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
