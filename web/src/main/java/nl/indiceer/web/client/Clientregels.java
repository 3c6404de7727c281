package nl.indiceer.web.client;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The rules for a client's fields, in one place for the API and the pages. Only the rules: each channel words its
 * own errors (the API in its problem+json, the pages in the message bundle), so a rule cannot differ between them.
 */
public final class Clientregels {

    public static final int MAX_NAAM = 200;
    public static final LocalDate VROEGSTE_GEBOORTEDATUM = LocalDate.of(1900, 1, 1);

    private Clientregels() {
    }

    /** The name without surrounding spaces; empty when it is blank, too long or holds a line break or control character. */
    public static Optional<String> naam(String naam) {
        String n = naam == null ? "" : naam.strip();
        if (n.isEmpty() || n.length() > MAX_NAAM || n.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** A date JJJJ-MM-DD, not before {@link #VROEGSTE_GEBOORTEDATUM} and not in the future; else empty. */
    public static Optional<LocalDate> geboortedatum(String tekst) {
        try {
            LocalDate d = LocalDate.parse(tekst == null ? "" : tekst.trim());
            if (!d.isBefore(VROEGSTE_GEBOORTEDATUM) && !d.isAfter(LocalDate.now())) {
                return Optional.of(d);
            }
        } catch (DateTimeParseException e) {
            // not a date
        }
        return Optional.empty();
    }

    /**
     * A BSN as a person types it into a form: spaces and dots between the digits are left out ("123 456 782",
     * "1234.56.782"). Whether it is valid is {@link Bsn#geldig}'s to say.
     */
    public static String bsnUitFormulier(String invoer) {
        return invoer == null ? "" : invoer.replaceAll("[\\s.]", "");
    }

    public static final int MAX_STRAAT = 200;
    public static final int MAX_WOONPLAATS = 100;

    /** Whether anything of an address was typed: then all of it has to be right. */
    public static boolean adresGegeven(String straat, String postcode, String woonplaats) {
        return !leeg(straat) || !leeg(postcode) || !leeg(woonplaats);
    }

    /** Street and house number on one line, at most {@link #MAX_STRAAT} characters; else empty. */
    public static Optional<String> straat(String straat) {
        return regel(straat, MAX_STRAAT);
    }

    /** Place on one line, at most {@link #MAX_WOONPLAATS} characters; else empty. */
    public static Optional<String> woonplaats(String woonplaats) {
        return regel(woonplaats, MAX_WOONPLAATS);
    }

    /**
     * A Dutch postcode as people type it ("1234ab", "1234 AB"), written the way PostNL asks for it on a letter:
     * "1234 AB". Four digits not starting with 0 and two letters; else empty.
     */
    public static Optional<String> postcode(String postcode) {
        String p = postcode == null ? "" : postcode.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (!p.matches("[1-9][0-9]{3}[A-Z]{2}")) {
            return Optional.empty();
        }
        return Optional.of(p.substring(0, 4) + " " + p.substring(4));
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static Optional<String> regel(String tekst, int max) {
        String t = tekst == null ? "" : tekst.strip();
        if (t.isEmpty() || t.length() > max || t.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(t);
    }
}
