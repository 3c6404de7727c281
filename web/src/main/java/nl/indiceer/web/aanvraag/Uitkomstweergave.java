package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages show the engine's result JSON (docs/aanvraag-formaat.md, the same JSON {@code POST /api/berekening}
 * answers and the storage keeps): the JSON is read into maps for the templates, and these helpers write its numbers
 * the Dutch way ("1.346,64", "4,5") with the units and periods in the engine's own words. Templates call them as
 * {@code ${@aanvraagWeergave.volume(regel)}}.
 */
@Component("aanvraagWeergave")
public class Uitkomstweergave {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private static final Pattern GEINDEXEERD = Pattern.compile("([a-z_]+)\\[(\\d{1,4})]");
    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private final MessageSource teksten;

    public Uitkomstweergave(MessageSource teksten) {
        this.teksten = teksten;
    }

    private String tekst(String sleutel, Object... args) {
        return teksten.getMessage(sleutel, args, LocaleContextHolder.getLocale());
    }

    /** A JSON object as a map (numbers exact: decimals as BigDecimal); null for null. */
    public static Map<String, Object> alsMap(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("uitkomst is geen JSON", e);
        }
    }

    static BigDecimal getalVan(Object o) {
        if (o instanceof BigDecimal b) {
            return b;
        }
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    /** "1.346,64" with at most {@code decimalen} decimals (2 for money: always two). */
    private static String nl(BigDecimal b, int decimalen, boolean vast) {
        DecimalFormat f = new DecimalFormat(vast ? "#,##0.00" : "#,##0.######", NL);
        f.setMaximumFractionDigits(decimalen);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(b);
    }

    /** A number the Dutch way: "4,5", "3.600"; empty for none. */
    public String getal(Object o) {
        BigDecimal b = getalVan(o);
        return b == null ? "" : nl(b, 6, false);
    }

    /** An amount of money: "€ 1.346,64"; empty for none (unknown cost). */
    public String geld(Object o) {
        BigDecimal b = getalVan(o);
        return b == null ? "" : "€ " + nl(b, 2, true);
    }

    /** "300 minuten per maand" of a line's {@code volume}; empty for a line without one (traject, plek). */
    public String volume(Map<String, Object> regel) {
        if (regel == null || !(regel.get("volume") instanceof Map<?, ?> v)) {
            return "";
        }
        Periode p = Periode.vanNaam(String.valueOf(v.get("periode")));
        return hoeveelheid(v.get("volume"), String.valueOf(v.get("eenheid"))) + (p == null ? "" : " " + p.omschrijving());
    }

    /** "3.600 minuten": the line's volume over its whole validity. */
    public String totaalVolume(Map<String, Object> regel) {
        if (regel == null || !(regel.get("volume") instanceof Map<?, ?> v)) {
            return "";
        }
        return hoeveelheid(v.get("totaal_geldigheidsduur"), String.valueOf(v.get("eenheid")));
    }

    /** "1,5 uur", "300 minuten", "1 minuut". */
    public String hoeveelheid(Object getal, String eenheid) {
        BigDecimal b = getalVan(getal);
        Eenheid e = Eenheid.vanNaam(eenheid);
        if (b == null) {
            return "";
        }
        return getal(b) + " " + (e == null ? eenheid : e.woord(b.compareTo(BigDecimal.ONE) != 0));
    }

    /** A rekensom step's quantity: "2 × 1,5 uur per week", "4 uur per week gedurende 13 weken". */
    public String stap(Map<String, Object> stap) {
        if (stap == null || "BESCHRIJVING".equals(stap.get("soort"))) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        BigDecimal aantal = getalVan(stap.get("aantal"));
        if (aantal != null && aantal.compareTo(BigDecimal.ONE) != 0) {
            s.append(getal(aantal)).append(" × ");
        }
        s.append(hoeveelheid(stap.get("hoeveelheid"), String.valueOf(stap.get("eenheid"))));
        Periode per = Periode.vanNaam(String.valueOf(stap.get("per")));
        if (per != null) {
            s.append(' ').append(per.omschrijving());
        }
        if (stap.get("fase") != null) {
            s.append(' ').append(tekst("aanvraag.stap.fase", getal(stap.get("fase")),
                    tekst(per == Periode.MAAND ? "aanvraag.stap.maanden" : "aanvraag.stap.weken")));
        }
        return s.toString();
    }

    /** The factor bringing a step to the line's period: "× 4,5 weken", "÷ 12 maanden"; empty when none. */
    public String factor(Map<String, Object> stap) {
        if (stap == null || !(stap.get("factor") instanceof Map<?, ?> f)) {
            return "";
        }
        String teken = "GEDEELD_DOOR".equals(f.get("bewerking")) ? "÷ " : "× ";
        Object waarde = f.get("waarde") instanceof Map<?, ?> w ? w.get("decimaal") : null;
        String eenheid = tekst("week".equals(f.get("eenheid")) ? "aanvraag.stap.weken" : "aanvraag.stap.maanden");
        return teken + getal(waarde) + " " + eenheid;
    }

    /** A step's share of the line's volume in its base unit: "270 minuten". */
    public String uitkomst(Map<String, Object> stap) {
        if (stap == null || !(stap.get("uitkomst") instanceof Map<?, ?> u)) {
            return "";
        }
        return hoeveelheid(u.get("decimaal"), String.valueOf(stap.get("basiseenheid")));
    }

    /** The NL Design System status badge of a severity. */
    public String ernstKlasse(Object ernst) {
        return switch (String.valueOf(ernst)) {
            case "FOUT" -> "utrecht-status-badge--danger";
            case "WAARSCHUWING" -> "utrecht-status-badge--warning";
            default -> "utrecht-status-badge--neutral";
        };
    }

    /** A finding about a rule the source leaves unclear (marked {@code onduidelijk} in the rulebook or normenkader). */
    public boolean onduidelijk(Map<String, Object> bevinding) {
        Object code = bevinding == null ? null : bevinding.get("code");
        return "REGEL_ONDUIDELIJK".equals(code) || "NORM_ONDUIDELIJK".equals(code);
    }

    /** An amount in eurocents as money: "€ 1.346,64". */
    public String centen(Long cent) {
        return cent == null ? "" : geld(BigDecimal.valueOf(cent, 2));
    }

    /**
     * The lines of a list as the client page may hand them over: a list of {@link AanvraagOpslag.Lijstregel}, or the
     * {@link AanvraagDienst.Pagina} itself; nothing is an empty list.
     */
    public List<?> regels(Object aanvragen) {
        if (aanvragen instanceof AanvraagDienst.Pagina p) {
            return p.aanvragen();
        }
        return aanvragen instanceof List<?> l ? l : List.of();
    }

    /** "14:05", Dutch time. */
    public String tijd(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(NEDERLAND).format(TIJD);
    }

    /** "3-2-2026 14:05", Dutch time. */
    public String moment(OffsetDateTime moment) {
        return moment == null ? "" : moment.atZoneSameInstant(NEDERLAND).format(MOMENT);
    }

    /**
     * Where a problem is, in words, for the summary above the form: "Productregel 2, post 1, uren". The last name of
     * the path is the field's label where the page has one ({@code aanvraag.veld.*}), else the name itself.
     */
    public String plaats(String pad) {
        if (pad == null || pad.isEmpty() || pad.startsWith("$")) {
            return tekst("aanvraag.plaats.aanvraag");
        }
        List<String> delen = new ArrayList<>();
        for (String deel : pad.split("\\.")) {
            Matcher m = GEINDEXEERD.matcher(deel);
            if (m.matches()) {
                int n = Integer.parseInt(m.group(2)) + 1;
                switch (m.group(1)) {
                    case "producten" -> delen.add(tekst("aanvraag.plaats.regel", n));
                    case "posten" -> delen.add(tekst("aanvraag.plaats.post", n));
                    case "lopende_toewijzingen" -> delen.add(tekst("aanvraag.plaats.lopend", n));
                    case "taken" -> delen.add(tekst("aanvraag.plaats.taak", n));
                    default -> delen.add(m.group(1) + " " + n);
                }
            } else {
                delen.add(teksten.getMessage("aanvraag.veld." + deel, null, deel, LocaleContextHolder.getLocale()));
            }
        }
        return String.join(", ", delen);
    }

    /** Every finding of a normering (its own and those of its tasks), as the JSON of the calculator holds them. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> meldingen(Map<String, Object> normering) {
        List<Map<String, Object>> uit = new ArrayList<>();
        if (normering == null) {
            return uit;
        }
        if (normering.get("meldingen") instanceof List<?> l) {
            uit.addAll((List<Map<String, Object>>) l);
        }
        if (normering.get("taken") instanceof List<?> taken) {
            for (Object t : taken) {
                if (t instanceof Map<?, ?> taak && taak.get("meldingen") instanceof List<?> l) {
                    uit.addAll((List<Map<String, Object>>) l);
                }
            }
        }
        return uit;
    }

    /** The first 12 characters of a SHA-256, as the log lines show it. */
    public String kort(Object hash) {
        String h = hash == null ? "" : hash.toString();
        return h.length() > 12 ? h.substring(0, 12) : h;
    }
}
