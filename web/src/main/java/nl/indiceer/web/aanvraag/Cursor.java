package nl.indiceer.web.aanvraag;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a list page ends: the (gewijzigd, id) of its last line. The next page is every line before it in the order
 * (gewijzigd desc, id desc). Written as an opaque text ({@code na=...}): URL-safe base64 of
 * {@code "<microseconds since 1970>:<id>"}, so that callers pass it on rather than build one. It holds no personal
 * data. A line saved again while someone pages moves to the top: it may be missed or seen twice, as in any list.
 */
public record Cursor(OffsetDateTime gewijzigd, long id) {

    private static final Pattern VORM = Pattern.compile("-?[0-9]{1,19}:[0-9]{1,19}");

    public static Cursor na(OffsetDateTime gewijzigd, long id) {
        return new Cursor(gewijzigd, id);
    }

    public String tekst() {
        Instant i = gewijzigd.toInstant();
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, i);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor of a text made by {@link #tekst()}; empty for anything else. */
    public static Optional<Cursor> van(String tekst) {
        if (tekst == null || tekst.length() > 60) {
            return Optional.empty();
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(tekst.trim()), StandardCharsets.US_ASCII);
            if (!VORM.matcher(s).matches()) {
                return Optional.empty();
            }
            int dubbelepunt = s.indexOf(':');
            long micros = Long.parseLong(s.substring(0, dubbelepunt));
            long id = Long.parseLong(s.substring(dubbelepunt + 1));
            OffsetDateTime moment = Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            if (moment.getYear() < 2000 || moment.getYear() > 9999) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(moment, id));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
