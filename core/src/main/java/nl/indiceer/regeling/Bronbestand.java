package nl.indiceer.regeling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One file of a {@link Regelbron}: its name within the source and its bytes, exactly as stored.
 * The readers parse these bytes, and the content hash of a rulebook version is taken over them.
 *
 * @param naam   the path within the source with '/' between folders, e.g. {@code noord-limburg/2023-01-01.yaml};
 *               the first folder is the region
 * @param inhoud the bytes of the file (copied in and out: a Bronbestand cannot be changed)
 */
public record Bronbestand(String naam, byte[] inhoud) {

    public Bronbestand {
        if (naam == null || naam.isBlank()) {
            throw new IllegalArgumentException("een bronbestand heeft een naam");
        }
        inhoud = inhoud.clone();
    }

    /** Convenience for tests and generated sources: the text as UTF-8 bytes. */
    public static Bronbestand van(String naam, String tekst) {
        return new Bronbestand(naam, tekst.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] inhoud() {
        return inhoud.clone();
    }

    /** The number of bytes, without copying them. */
    public int grootte() {
        return inhoud.length;
    }

    /** The folder part of the name ({@code noord-limburg} for {@code noord-limburg/2023-01-01.yaml}), or "" at the top. */
    public String map() {
        int slash = naam.lastIndexOf('/');
        return slash < 0 ? "" : naam.substring(0, slash);
    }

    /** SHA-256 of the bytes, as 64 lowercase hex digits. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bronbestand b && naam.equals(b.naam) && Arrays.equals(inhoud, b.inhoud);
    }

    @Override
    public int hashCode() {
        return 31 * naam.hashCode() + Arrays.hashCode(inhoud);
    }

    @Override
    public String toString() {
        return naam + " (" + inhoud.length + " bytes)";
    }
}
