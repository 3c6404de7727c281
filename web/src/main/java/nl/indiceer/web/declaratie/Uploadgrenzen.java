package nl.indiceer.web.declaratie;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits, derived from the declaration limit ({@code indiceer.declaraties.maximum-mb},
 * {@link Declaratiegrootte}) so that the two can never disagree: before this, Spring's own limit (a separate setting)
 * could refuse an upload the application allows, with Spring's error instead of the Dutch one. A file may be the
 * maximum; a request a 323 and its leveringsspecificatie at the maximum each plus the form's fields. An explicit
 * {@code spring.servlet.multipart.max-file-size} or {@code max-request-size} is still honoured when it is at least that,
 * and refused at start-up with a message naming both settings when it is smaller.
 */
@Configuration(proxyBeanMethods = false)
public class Uploadgrenzen {

    /** Room for the form's other fields (gemeente, _csrf) and the multipart boundaries. */
    static final long VELDEN = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties instellingen, Declaratiegrootte grootte,
                                                  Environment omgeving) {
        long bestand = grens(omgeving, "spring.servlet.multipart.max-file-size", grootte.maximum(), grootte);
        long verzoek = grens(omgeving, "spring.servlet.multipart.max-request-size", 2L * grootte.maximum() + VELDEN, grootte);
        DataSize drempel = instellingen.getFileSizeThreshold();
        return new MultipartConfigElement(instellingen.getLocation() == null ? "" : instellingen.getLocation(), bestand,
                verzoek, drempel == null ? 0 : (int) drempel.toBytes());
    }

    private static long grens(Environment omgeving, String sleutel, long nodig, Declaratiegrootte grootte) {
        String gezet = omgeving.getProperty(sleutel);
        if (gezet == null || gezet.isBlank()) {
            return nodig;
        }
        long waarde = DataSize.parse(gezet.trim()).toBytes();
        if (waarde >= 0 && waarde < nodig) {
            throw new IllegalStateException(sleutel + "=" + gezet.trim() + " is kleiner dan indiceer.declaraties.maximum-mb="
                    + grootte.megabytes() + " vraagt (" + nodig + " bytes): laat " + sleutel
                    + " weg (Indiceer leidt hem af van indiceer.declaraties.maximum-mb) of maak hem groter");
        }
        return waarde;
    }
}
