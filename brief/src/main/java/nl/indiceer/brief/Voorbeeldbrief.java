package nl.indiceer.brief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.aanvraag.Client;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.Onderbouwing;
import nl.indiceer.aanvraag.Productkeuze;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.aanvraag.Volumeverzoek;
import nl.indiceer.berekening.Productaanduiding;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.ToegepasteRegeling;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.getal.Breuk;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.RegelingVersie;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.rekensom.Postmaat;
import nl.indiceer.rekensom.Rekeneenheid;
import nl.indiceer.rekensom.Rekenfactor;
import nl.indiceer.rekensom.Rekensom;
import nl.indiceer.rekensom.Rekenstap;
import nl.indiceer.rekensom.Volumeberekening;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * The built-in letter that every template folder must render at load: a change of an earlier decision with a granted
 * line in minutes per month (a rekensom of two posten), a granted pgb line with budget and tariff, and a refused
 * line, so that every branch of the template is filled in once. Independent of any rulebook: made from the engine's
 * result types directly.
 */
final class Voorbeeldbrief {

    /** The kenmerk the sample letter's text must show: proof that the PDF has text at all (fonts embedded). */
    static final String KENMERK = "VOORBEELD-2026-0001";

    private static final LocalDate BEGIN = LocalDate.of(2026, 3, 1);
    private static final LocalDate EIND = LocalDate.of(2027, 2, 28);
    private static final BigDecimal MINUTEN_PER_DAGDEEL = BigDecimal.valueOf(240);

    private Voorbeeldbrief() {
    }

    static Beschikkingsbrief voor(String gemeentecode) {
        Geldigheidsduur duur = Geldigheidsduur.van(BEGIN, EIND, BigDecimal.valueOf(52));
        // 1 uur per week (begeleiding) × 4,5 weken + 0,5 uur per maand (afstemming) = 300 minuten per maand
        Toewijzingsvolume maand = Toewijzingsvolume.bepaal(Breuk.van(300), Eenheid.MINUUT, null, MINUTEN_PER_DAGDEEL,
                Periode.MAAND, duur);
        Rekensom som1 = Rekensom.volume(List.of(
                        new Rekenstap(Rekenstap.Soort.POST, new Postmaat(BigDecimal.ONE, BigDecimal.ONE, Eenheid.UUR, Periode.WEEK, null),
                                "begeleiding", Rekenfactor.maal(Breuk.van(9, 2), Periode.WEEK), Breuk.van(60), Breuk.van(270), null),
                        new Rekenstap(Rekenstap.Soort.POST, new Postmaat(BigDecimal.ONE, new BigDecimal("0.5"), Eenheid.UUR, Periode.MAAND,
                                null), "afstemming met het netwerk", null, Breuk.van(30), Breuk.van(30), null)),
                Periode.MAAND, new Rekeneenheid(Eenheid.MINUUT, Eenheid.MINUUT, MINUTEN_PER_DAGDEEL), Breuk.van(300), maand, duur);
        Tarief perMinuut = new Tarief(Financiering.ZIN, Eenheid.MINUUT, new BigDecimal("1.25"), null, null, null);
        Regeluitkomst r1 = new Regeluitkomst(0, new Productaanduiding("VB001", "Begeleiding individueel (voorbeeld)", null,
                Financiering.ZIN), BEGIN, EIND, Bekostiging.PXQ, new Volumeberekening(Periode.MAAND, duur, maand, som1),
                new Kosten(new BigDecimal("375.00"), new BigDecimal("4500.00"),
                        "300 minuten × € 1,25 = € 375,00 per maand; × 12 maanden = € 4.500,00", perMinuut), List.of(), List.of());
        // 2 uur per week as a pgb: 104 uur over the year
        Toewijzingsvolume week = Toewijzingsvolume.bepaal(Breuk.van(120), Eenheid.UUR, null, MINUTEN_PER_DAGDEEL, Periode.WEEK, duur);
        Rekensom som2 = Rekensom.volume(List.of(new Rekenstap(Rekenstap.Soort.POST,
                        new Postmaat(BigDecimal.ONE, BigDecimal.valueOf(2), Eenheid.UUR, Periode.WEEK, null), "ondersteuning thuis",
                        null, Breuk.van(120), Breuk.van(120), null)),
                Periode.WEEK, new Rekeneenheid(Eenheid.MINUUT, Eenheid.UUR, MINUTEN_PER_DAGDEEL), Breuk.van(120), week, duur);
        Tarief perUur = new Tarief(Financiering.PGB_FORMEEL, Eenheid.UUR, new BigDecimal("60.00"), null, null, null);
        Regeluitkomst r2 = new Regeluitkomst(1, new Productaanduiding("VB002", "Ondersteuning thuis (voorbeeld)", null,
                Financiering.PGB_FORMEEL), BEGIN, EIND, Bekostiging.PXQ, new Volumeberekening(Periode.WEEK, duur, week, som2),
                new Kosten(new BigDecimal("120.00"), new BigDecimal("6240.00"),
                        "2 uur × € 60,00 = € 120,00 per week; × 52 weken = € 6.240,00", perUur), List.of(), List.of());
        Regeluitkomst r3 = new Regeluitkomst(2, new Productaanduiding("VB003", "Vervoer (voorbeeld)", null, Financiering.ZIN),
                BEGIN, EIND, Bekostiging.TRAJECT, new Volumeberekening(Periode.TOTAAL, duur, null,
                Rekensom.bedrag("Vervoer (voorbeeld)", Bekostiging.TRAJECT, duur)), Kosten.onbekend("geen tarief bekend"),
                List.of(), List.of());
        Uitkomst uitkomst = new Uitkomst(new ToegepasteRegeling("Voorbeeldregeling", new RegelingVersie("voorbeeld",
                LocalDate.of(2026, 1, 1), "0".repeat(64))), BEGIN, null, new Client("J. de Vries", LocalDate.of(2012, 5, 1)),
                List.of(r1, r2, r3), List.of(), List.of());
        List<Besluitregel> regels = List.of(
                new Besluitregel(r1, regel("VB001", Financiering.ZIN, Periode.MAAND,
                        "Gemiddeld 1 uur per week begeleiding; eens per maand afstemming met het netwerk."),
                        Regelbesluit.Toekenning.gewoon(), Wet.JEUGDWET, null),
                new Besluitregel(r2, regel("VB002", Financiering.PGB_FORMEEL, Periode.WEEK,
                        "Twee uur per week ondersteuning thuis, door de eigen hulp van het gezin."),
                        Regelbesluit.Toekenning.gewoon(), Wet.JEUGDWET, null),
                new Besluitregel(r3, regel("VB003", Financiering.ZIN, Periode.TOTAAL, null),
                        new Regelbesluit.Afwijzing("De school ligt op loopafstand; vervoer is niet nodig."), Wet.WMO, null));
        return new Beschikkingsbrief(KENMERK, LocalDate.of(2026, 2, 20), Beschikkingsoort.WIJZIGING, "VOORBEELD-2025-0042",
                gemeentecode, new Geadresseerde("J. de Vries (voorbeeld)", List.of("Voorbeeldstraat 1", "1234 AB Voorbeeldplaats")),
                uitkomst, regels);
    }

    private static Productregel regel(String code, Financiering f, Periode periode, String motivering) {
        return new Productregel(new Productkeuze(code, null, "Zorgaanbieder Voorbeeld", null, f), Regelsoort.NIEUW,
                new Looptijd(BEGIN, EIND), new Volumeverzoek(periode, null, null, List.of()), new Onderbouwing(motivering, null),
                List.of());
    }
}
