package nl.indiceer.web.voorbeeld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.declaratie.Declaratiekop;
import nl.indiceer.berichten.declaratie.Declaratieschrijver;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;

/**
 * The 323s a provider would send for the allocations the municipality really sent (the 301s from the outbox): per
 * allocation one prestatie per month of its validity up to {@code totEnMet}, a share (50-100 %, drawn per allocation)
 * of what the allocation allows in a month, at the region's tariff; for one in {@link #ELKE_TE_VEEL} declared
 * allocations (counted, not drawn) the first month declares more than the whole allocation allows, so that the check rejects that line (TR321/TR322) and the figures show a rejection.
 * One 323 per municipality, provider, law and month. The same input and the same {@link Random} give the same bytes.
 */
final class Voorbeelddeclaraties {

    /** Every this-many-th declared allocation (the first, the 11th, ...) has its first month over-declared. */
    static final int ELKE_TE_VEEL = 10;

    /** The tariff in eurocents per unit of the allocation's unit; null when the rulebook has none for it. */
    interface Tarieven {
        Long centen(String gemeente, ToegewezenProduct product);
    }

    /** The written 323s and how many prestaties were over-declared on purpose. */
    record Resultaat(List<byte[]> berichten, int prestaties, int teVeel, int zonderTarief) {
    }

    private record Sleutel(String gemeente, String aanbieder, Berichtsoort soort, YearMonth maand) implements Comparable<Sleutel> {
        @Override
        public int compareTo(Sleutel o) {
            return (gemeente + aanbieder + soort + maand).compareTo(o.gemeente + o.aanbieder + o.soort + o.maand);
        }
    }

    private final Random rnd;
    private final Tarieven tarieven;
    private long volgnummer;

    Voorbeelddeclaraties(Random rnd, Tarieven tarieven) {
        this.rnd = rnd;
        this.tarieven = tarieven;
    }

    Resultaat schrijf(List<Toewijzingsbericht> toewijzingen, YearMonth totEnMet, LocalDate dagtekening) {
        Map<Sleutel, List<GedeclareerdePrestatie>> perBericht = new TreeMap<>();
        int prestaties = 0;
        int teVeel = 0;
        int zonderTarief = 0;
        int gedeclareerd = 0;
        for (Toewijzingsbericht t : toewijzingen) {
            String gemeente = t.header().afzender();
            String aanbieder = t.header().ontvanger();
            Berichtsoort soort = Berichtsoort.van(t.header().soort().wet(), "323");
            for (ToegewezenProduct p : t.producten()) {
                Long tarief = p.omvang() == null ? null : tarieven.centen(gemeente, p);
                if (tarief == null) {
                    zonderTarief++;
                    continue;
                }
                boolean overschrijden = gedeclareerd++ % ELKE_TE_VEEL == 0;
                // providers rarely use everything: each allocation uses a share of 50 to 100 % of its room, by the seed
                int procent = 50 + rnd.nextInt(51);
                YearMonth eerste = YearMonth.from(p.ingangsdatum());
                YearMonth laatste = p.einddatum() == null ? totEnMet : min(YearMonth.from(p.einddatum()), totEnMet);
                long maanden = eerste.until(laatste, java.time.temporal.ChronoUnit.MONTHS) + 1;
                for (YearMonth m = eerste; !m.isAfter(laatste); m = m.plusMonths(1)) {
                    boolean teveel = overschrijden && m.equals(eerste);
                    long volume = teveel ? boven(p) : ruimtePerMaand(p, maanden) * procent / 100;
                    if (volume <= 0) {
                        continue;
                    }
                    LocalDate begin = max(p.ingangsdatum(), m.atDay(1));
                    LocalDate eind = p.einddatum() == null ? m.atEndOfMonth() : min(p.einddatum(), m.atEndOfMonth());
                    perBericht.computeIfAbsent(new Sleutel(gemeente, aanbieder, soort, m), k -> new ArrayList<>())
                            .add(new GedeclareerdePrestatie(t.client().bsn(), "V" + Long.toString(++volgnummer, 36), null,
                                    p.toewijzingNummer(), p.product().categorie(), p.product().code(), begin, eind, volume,
                                    p.omvang().eenheid(), tarief, volume * tarief, "D", 0));
                    prestaties++;
                    teVeel += teveel ? 1 : 0;
                }
            }
        }
        List<byte[]> berichten = new ArrayList<>();
        for (Map.Entry<Sleutel, List<GedeclareerdePrestatie>> e : perBericht.entrySet()) {
            berichten.add(bericht(e.getKey(), e.getValue(), dagtekening));
        }
        return new Resultaat(berichten, prestaties, teVeel, zonderTarief);
    }

    /** What the allocation allows in any month (a per-week allocation: 4 weeks, a month has at least that many). */
    private static long ruimtePerMaand(ToegewezenProduct p, long maanden) {
        long v = p.omvang().volume();
        return switch (p.omvang().frequentie()) {
            case "1" -> v * 28;
            case "2" -> v * 4;
            case "4" -> v;
            default -> v / maanden;
        };
    }

    /** More than the allocation allows in any month or in total. */
    private static long boven(ToegewezenProduct p) {
        long v = p.omvang().volume();
        return switch (p.omvang().frequentie()) {
            case "1" -> v * 32;
            case "2" -> v * 6;
            default -> v;
        } + 1;
    }

    private byte[] bericht(Sleutel s, List<GedeclareerdePrestatie> prestaties, LocalDate dagtekening) {
        long totaal = prestaties.stream().mapToLong(GedeclareerdePrestatie::bedrag).sum();
        String nummer = "VD" + Long.toString(++volgnummer, 36);
        Declaratiekop kop = new Declaratiekop(s.soort(), s.aanbieder(), s.gemeente(), "VI" + Long.toString(++volgnummer, 36),
                dagtekening, Header.XsdVersie.RELEASE_3_2, nummer, s.maand().atDay(1), s.maand().atEndOfMonth(), dagtekening,
                totaal, "D");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            Declaratieschrijver.schrijf(kop, prestaties, uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
