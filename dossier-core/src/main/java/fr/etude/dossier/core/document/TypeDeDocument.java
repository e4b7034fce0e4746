package fr.etude.dossier.core.document;

import java.util.Optional;

/**
 * The kinds of file a dossier accepts, recognised by their first bytes rather than by their name
 * or by what the browser claims, so that a renamed executable is refused.
 */
public enum TypeDeDocument {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String typeMime;
    private final byte[] signature;

    TypeDeDocument(String typeMime, byte[] signature) {
        this.typeMime = typeMime;
        this.signature = signature;
    }

    public String typeMime() {
        return typeMime;
    }

    public static Optional<TypeDeDocument> reconnaitre(byte[] contenu) {
        for (TypeDeDocument type : values()) {
            if (contenu.length >= type.signature.length && java.util.Arrays.equals(contenu, 0, type.signature.length,
                    type.signature, 0, type.signature.length)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
