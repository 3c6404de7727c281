package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one granted decision line commits, as far as it still runs: the line's cost over its own validity
 * ({@code eigenBegin} to {@code eigenEind}, as decided) and the stretch of it that is not changed, ended or withdrawn
 * by a later decision ({@code begin} to {@code eind}, inclusive). The cost of a day is the line's cost divided by the
 * days of its own validity (pro rata by days).
 *
 * @param wet       {@code jeugdwet} or {@code wmo}: the law of the rulebook the line was decided on
 * @param aanbieder null when the decision names none
 * @param kosten    the line's cost over its own validity, as decided; null when no tariff was known
 * @param toewijzing the allocation the line starts or changes (what a 301 and so a declared prestatie refer to); null
 *                   when not known (lines made by hand in a test)
 * @param consulent  the user who decided it (the decision's {@code besluitnemer}); null when not known
 */
public record Verplichtingsregel(String gemeente, String wet, String product, String productnaam, String aanbieder,
                                 long clientId, LocalDate eigenBegin, LocalDate eigenEind, BigDecimal kosten,
                                 LocalDate begin, LocalDate eind, String toewijzing, String consulent) {

    /** A line of no known allocation or consultant. */
    public Verplichtingsregel(String gemeente, String wet, String product, String productnaam, String aanbieder,
                              long clientId, LocalDate eigenBegin, LocalDate eigenEind, BigDecimal kosten,
                              LocalDate begin, LocalDate eind) {
        this(gemeente, wet, product, productnaam, aanbieder, clientId, eigenBegin, eigenEind, kosten, begin, eind, null, null);
    }

    public Verplichtingsregel {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(eigenBegin, "eigenBegin");
        Objects.requireNonNull(eigenEind, "eigenEind");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(eind, "eind");
        if (eigenEind.isBefore(eigenBegin)) {
            throw new IllegalArgumentException("einde voor begin");
        }
    }

    /** The same line, running only from {@code van} to {@code tot} (inclusive). */
    public Verplichtingsregel tussen(LocalDate van, LocalDate tot) {
        return new Verplichtingsregel(gemeente, wet, product, productnaam, aanbieder, clientId, eigenBegin, eigenEind,
                kosten, van, tot, toewijzing, consulent);
    }

    /** Whether any day of it still runs. */
    public boolean loopt() {
        return !eind.isBefore(begin);
    }
}
