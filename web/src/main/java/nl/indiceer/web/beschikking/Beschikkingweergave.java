package nl.indiceer.web.beschikking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;
import nl.indiceer.web.aanvraag.Uitkomstweergave;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the decision pages show in words: a soort, a missing item, a decided volume, a date. */
@Component("beschikkingWeergave")
public class Beschikkingweergave {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final MessageSource teksten;
    private final Uitkomstweergave uitkomst;

    public Beschikkingweergave(MessageSource teksten, Uitkomstweergave uitkomst) {
        this.teksten = teksten;
        this.uitkomst = uitkomst;
    }

    private String tekst(String sleutel, Object... args) {
        return teksten.getMessage(sleutel, args, LocaleContextHolder.getLocale());
    }

    public String soort(Object soort) {
        Beschikkingsoort s = soort instanceof Beschikkingsoort b ? b : Beschikkingsoort.valueOf(String.valueOf(soort));
        return tekst(switch (s) {
            case EERSTE -> "beschikking.soort.eerste";
            case WIJZIGING -> "beschikking.soort.wijziging";
            case VERLENGING -> "beschikking.soort.verlenging";
            case BEEINDIGING -> "beschikking.soort.beeindiging";
            case INTREKKING -> "beschikking.soort.intrekking";
        });
    }

    public String melding(Besluitmelding m) {
        return tekst(m.sleutel(), m.argumenten().toArray());
    }

    /** All messages of one field, one after the other. */
    public String meldingen(List<Besluitmelding> lijst) {
        return String.join(" ", lijst.stream().map(this::melding).toList());
    }

    /** The summary's line: "Productregel 2: ..." or the message alone. */
    public String samenvatting(Besluitmelding m) {
        return m.regel() == null ? melding(m) : tekst("beschikking.samenvatting.regel", m.regel() + 1, melding(m));
    }

    /** "300 minuten per maand" of a decided line's {@code volume} (whole number, eenheid, frequentie). */
    public String volume(Map<String, Object> regel) {
        if (!(regel.get("volume") instanceof Map<?, ?> v)) {
            return tekst("beschikking.geen-volume");
        }
        Periode p = Periode.valueOf(String.valueOf(v.get("frequentie")));
        return hoeveelheid(v.get("volume"), v.get("eenheid")) + " " + p.omschrijving();
    }

    /** "3.600 minuten": a decided line's volume over its whole validity. */
    public String totaal(Map<String, Object> regel) {
        return regel.get("volume") instanceof Map<?, ?> v ? hoeveelheid(v.get("totaal_geldigheidsduur"), v.get("eenheid")) : "";
    }

    private String hoeveelheid(Object getal, Object eenheid) {
        BigDecimal b = getal instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(getal));
        Eenheid e = Eenheid.valueOf(String.valueOf(eenheid));
        return uitkomst.getal(b) + " " + e.woord(b.compareTo(BigDecimal.ONE) != 0);
    }

    public String datum(Object iso) {
        if (iso instanceof LocalDate d) {
            return d.format(DATUM);
        }
        return iso == null ? "" : LocalDate.parse(String.valueOf(iso)).format(DATUM);
    }

    public String moment(OffsetDateTime moment) {
        return uitkomst.moment(moment);
    }

    public boolean toegekend(Map<String, Object> regel) {
        return "TOEKENNING".equals(regel.get("besluit"));
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> lijst(Object o) {
        return o instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
