package fr.etude.dossier.web.format;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's French messages (messages.properties). A field of a list, such as
 * {@code creances[2].principal}, has no label of its own: it takes the list's,
 * {@code creances.principal}, so that a form with several lines names each field as the first.
 */
@Configuration(proxyBeanMethods = false)
class MessagesDesChamps {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new SansIndices();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static final class SansIndices extends ResourceBundleMessageSource {

        private static final Pattern INDICE = Pattern.compile("\\[\\d+]");

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat format = super.resolveCode(code, locale);
            return format != null || code.indexOf('[') < 0 ? format : super.resolveCode(sansIndice(code), locale);
        }

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            String texte = super.resolveCodeWithoutArguments(code, locale);
            return texte != null || code.indexOf('[') < 0 ? texte : super.resolveCodeWithoutArguments(sansIndice(code), locale);
        }

        private static String sansIndice(String code) {
            return INDICE.matcher(code).replaceAll("");
        }
    }
}
