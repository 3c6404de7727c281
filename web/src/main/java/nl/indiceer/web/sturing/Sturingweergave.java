package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How the steering pages write amounts, months and cells ({@code @sturingWeergave} in the templates). */
@Component("sturingWeergave")
public class Sturingweergave {

    static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMM yyyy", NL);

    private final MessageSource teksten;

    Sturingweergave(MessageSource teksten) {
        this.teksten = teksten;
    }

    /** "€ 1.234,56"; a dash for unknown. */
    public String euro(BigDecimal b) {
        if (b == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(NL);
        return f.format(b.setScale(2, RoundingMode.HALF_UP));
    }

    /** The amount of a cell, or "< 10" when suppressed. */
    public String bedrag(Cel c) {
        return c.onderdrukt() ? onderdrukt() : euro(c.bedrag());
    }

    public String clienten(Cel c) {
        return c.onderdrukt() ? onderdrukt() : Integer.toString(c.clienten());
    }

    /** The row header of a utilisation cell; an unknown consultant or provider in words. */
    public String benuttingkop(String soort, Benuttingscel c) {
        if ("consulent".equals(soort)) {
            return c.sleutel() == null ? teksten.getMessage("sturing.geen-consulent", null, NL) : c.sleutel();
        }
        return rijkop(soort, new Cel(c.sleutel(), c.naam(), null, null, false, 0));
    }

    /** A utilisation as a percentage with one decimal ("47,0%"); a dash when nothing is committed. */
    public String benutting(BigDecimal fractie) {
        if (fractie == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getPercentInstance(NL);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(fractie);
    }

    /** The months of an observed figure ("2025-03/2025-05") as "mrt. 2025 tot en met mei 2025". */
    public String maanden(String interval) {
        String[] delen = interval.split("/");
        return teksten.getMessage("sturing.benutting.maanden", new Object[] {maand(delen[0]), maand(delen[1])}, NL);
    }

    public String onderdrukt() {
        return teksten.getMessage("sturing.onderdrukt", new Object[] {Kleinecellen.MINIMUM}, NL);
    }

    /** "mrt. 2026" for "2026-03". */
    public String maand(String jaarMaand) {
        return YearMonth.parse(jaarMaand).format(MAAND);
    }

    public String wet(String wet) {
        String sleutel = switch (wet == null ? "" : wet) {
            case "jeugdwet" -> "sturing.wet.jeugdwet";
            case "wmo" -> "sturing.wet.wmo";
            case "beide" -> "sturing.wet.beide";
            case "onbekend" -> "sturing.wet.onbekend";
            default -> null;
        };
        return sleutel == null ? wet : teksten.getMessage(sleutel, null, NL);
    }

    /** The Dutch message of a stable error code of a filter or the budget form. */
    public String fout(String code) {
        String sleutel = switch (code) {
            case "GEMEENTE_ONBEKEND" -> "sturing.fout.gemeente";
            case "WET_ONBEKEND" -> "sturing.fout.wet";
            case "JAAR_BUITEN_BEREIK" -> "sturing.fout.jaar";
            case "BEDRAG_ONTBREEKT" -> "sturing.fout.bedrag-ontbreekt";
            case "GEEN_BEDRAG" -> "sturing.fout.geen-bedrag";
            case "BEDRAG_TE_GROOT" -> "sturing.fout.bedrag-te-groot";
            case "MAAND_ONTBREEKT" -> "sturing.fout.maand-ontbreekt";
            case "GEEN_MAAND" -> "sturing.fout.geen-maand";
            case "TOT_VOOR_VAN" -> "sturing.fout.tot-voor-van";
            case "PERIODE_TE_LANG" -> "sturing.fout.periode-te-lang";
            default -> "sturing.fout.onbekend";
        };
        return teksten.getMessage(sleutel, new Object[] {Rapportfilter.MAXIMAAL_MAANDEN}, NL);
    }

    public String aanbieder(String aanbieder) {
        return aanbieder == null ? teksten.getMessage("sturing.geen-aanbieder", null, NL) : aanbieder;
    }

    /** The row header of a cell: the month, the product code and name, the provider, the law. */
    public String rijkop(String soort, Cel c) {
        return switch (soort) {
            case "maand" -> maand(c.sleutel());
            case "aanbieder" -> aanbieder(c.sleutel());
            case "wet" -> wet(c.sleutel());
            default -> c.naam() == null || c.naam().equals(c.sleutel()) ? c.sleutel() : c.sleutel() + " " + c.naam();
        };
    }

    /** A bar's label in the forecast chart: "Jeugdwet: prognose", "Jeugdwet: budget". */
    public String prognoselabel(String wet, boolean budget) {
        return teksten.getMessage(budget ? "sturing.diagram.budget" : "sturing.diagram.prognose", new Object[] {wet(wet)}, NL);
    }

    /** Whether a total of the comparison rests on too few requests to be shown. */
    public boolean teKlein(nl.indiceer.vergelijking.Kostentotaal t) {
        return Kleinecellen.teKlein((int) Math.min(Integer.MAX_VALUE, t.aanvragen()));
    }

    /** A volume as "40 uur per week (totaal 400)"; a dash when there is none (a traject, a plek). */
    public String volume(nl.indiceer.volume.Toewijzingsvolume v) {
        if (v == null) {
            return "–";
        }
        String sleutel = v.periode() == nl.indiceer.regeling.Periode.TOTAAL
                ? "sturing.regelwijziging.volume-totaal" : "sturing.regelwijziging.volume";
        return teksten.getMessage(sleutel, new Object[] {v.volume().toPlainString(),
                v.eenheid().name().toLowerCase(NL), v.periode().name().toLowerCase(NL),
                v.totaal() == null ? "–" : v.totaal().toPlainString()}, NL);
    }

    public String rekensom(nl.indiceer.rekensom.Rekensom r) {
        return r == null ? "–" : nl.indiceer.rekensom.RekensomTekst.zin(r);
    }

    /** "100%". */
    public String procent(BigDecimal fractie) {
        return fractie.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP) + "%";
    }
}
