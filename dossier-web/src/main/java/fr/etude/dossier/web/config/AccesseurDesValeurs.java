package fr.etude.dossier.web.config;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Reads {@code ${fiche.reference}} on the application's own records and beans for the pages, and keeps
 * its lookups. SpEL's reflective accessor finds the same method again on every evaluation: the faster
 * accessor it caches after a read is not in the evaluation context's list, so the cache never hits
 * (spring-expression 7.0, {@code PropertyOrFieldReference.readProperty}). This one, being in the list,
 * is reused by each expression from one page to the next. Only classes of {@code fr.etude.dossier}:
 * anything else goes on to Thymeleaf's own accessors and their restrictions.
 */
final class AccesseurDesValeurs implements PropertyAccessor {

    static final AccesseurDesValeurs INSTANCE = new AccesseurDesValeurs();

    private static final String PAQUET = "fr.etude.dossier.";

    private final ClassValue<Map<String, Optional<Method>>> lectures = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private AccesseurDesValeurs() {
    }

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return null;
    }

    @Override
    public boolean canRead(EvaluationContext contexte, Object cible, String nom) {
        return cible != null && cible.getClass().getName().startsWith(PAQUET) && lecture(cible.getClass(), nom).isPresent();
    }

    @Override
    public TypedValue read(EvaluationContext contexte, Object cible, String nom) throws AccessException {
        Method methode = lecture(cible.getClass(), nom).orElseThrow(() -> new AccessException("Pas de propriété " + nom));
        try {
            return new TypedValue(methode.invoke(cible));
        } catch (ReflectiveOperationException erreur) {
            throw new AccessException("Lecture de " + nom + " impossible", erreur);
        }
    }

    @Override
    public boolean canWrite(EvaluationContext contexte, Object cible, String nom) {
        return false;
    }

    @Override
    public void write(EvaluationContext contexte, Object cible, String nom, Object valeur) throws AccessException {
        throw new AccessException("Les pages ne modifient rien : " + nom);
    }

    private Optional<Method> lecture(Class<?> type, String nom) {
        return lectures.get(type).computeIfAbsent(nom, propriete -> trouver(type, propriete));
    }

    /** A record's component, else the bean's getter: public, without parameters, made callable. */
    private static Optional<Method> trouver(Class<?> type, String nom) {
        String majuscule = nom.isEmpty() ? nom : Character.toUpperCase(nom.charAt(0)) + nom.substring(1);
        for (String candidat : type.isRecord() ? new String[]{nom, "get" + majuscule, "is" + majuscule}
                : new String[]{"get" + majuscule, "is" + majuscule}) {
            try {
                Method methode = type.getMethod(candidat);
                if (!Modifier.isStatic(methode.getModifiers()) && methode.getReturnType() != void.class && methode.trySetAccessible()) {
                    return Optional.of(methode);
                }
            } catch (NoSuchMethodException absente) {
                // the next form of the name
            }
        }
        return Optional.empty();
    }
}
