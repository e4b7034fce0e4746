package fr.etude.dossier;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Dossier: case management of a commissaire de justice's debt recovery. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DossierApplication {

    /**
     * The JDK's own XML factories, named so that they are not looked for: without a name, every new
     * factory scans all the libraries of the application for another one (none is packaged), and the
     * PDF printer asks for three per letter: 7 % of a letter's time in a batch.
     */
    private static final Map<String, String> FABRIQUES_XML = Map.of(
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

    public static void main(String[] args) {
        FABRIQUES_XML.forEach((fabrique, implementation) -> {
            if (System.getProperty(fabrique) == null) {
                System.setProperty(fabrique, implementation);
            }
        });
        SpringApplication.run(DossierApplication.class, args);
    }
}
