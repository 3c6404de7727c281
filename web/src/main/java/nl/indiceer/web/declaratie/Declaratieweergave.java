package nl.indiceer.web.declaratie;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the declaration pages show: the text key of a status or a unit, an amount in euros, a date, a share. */
@Component("declaratieWeergave")
public class Declaratieweergave {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private static final Map<String, String> STATUS = Map.of(
            "AFGEKEURD", "declaratie.status.AFGEKEURD",
            "GECONTROLEERD", "declaratie.status.GECONTROLEERD",
            "BEANTWOORD", "declaratie.status.BEANTWOORD");

    private static final Map<String, String> EENHEID = Map.of(
            "01", "declaratie.eenheid.01", "04", "declaratie.eenheid.04", "14", "declaratie.eenheid.14",
            "16", "declaratie.eenheid.16", "82", "declaratie.eenheid.82", "83", "declaratie.eenheid.83",
            "84", "declaratie.eenheid.84");

    public String status(Object status) {
        String sleutel = STATUS.get(String.valueOf(status));
        if (sleutel == null) {
            throw new IllegalArgumentException("onbekende status " + status);
        }
        return sleutel;
    }

    /** The key of a WJ756 unit code; an unknown code cannot be stored (the reader refuses it). */
    public String eenheid(String code) {
        String sleutel = EENHEID.get(code);
        if (sleutel == null) {
            throw new IllegalArgumentException("onbekende eenheid " + code);
        }
        return sleutel;
    }

    /** Eurocents as "€ 1.234,56"; null as a dash. Exact: cents are never rounded. */
    public String bedrag(Long centen) {
        if (centen == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(NL);
        return f.format(BigDecimal.valueOf(centen).movePointLeft(2));
    }

    public String datum(LocalDate d) {
        return d == null ? "–" : d.format(DATUM);
    }

    /** The share used, in whole percents rounded up (a share is never shown lower than it is). */
    public String aandeel(long gebruikt, Long maximum) {
        if (maximum == null || maximum == 0) {
            return "–";
        }
        return BigDecimal.valueOf(gebruikt).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(maximum), 0, RoundingMode.CEILING).toPlainString() + " %";
    }
}
