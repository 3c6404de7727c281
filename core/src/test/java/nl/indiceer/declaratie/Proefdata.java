package nl.indiceer.declaratie;

import java.time.LocalDate;

/** Small builders for allocations and prestaties in tests. */
final class Proefdata {

    static final String AANBIEDER = "12345678";
    static final String CLIENT = "999990019";

    private Proefdata() {
    }

    static LocalDate d(String ddmmjjjj) {
        String[] p = ddmmjjjj.split("-");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
    }

    static ToegewezenProduct toewijzing(String nummer, Wet wet, String categorie, String code, String van, String tot,
                                        Omvang omvang, Uitvoeringsvariant variant, Producttarief tarief) {
        return new ToegewezenProduct(nummer, CLIENT, wet, categorie, code, AANBIEDER, d(van), tot == null ? null : d(tot),
                omvang, variant, tarief);
    }

    /** Inspanningsgericht Jeugdwet, volume per week. */
    static ToegewezenProduct perWeek(String van, String tot, long volume, Eenheid eenheid) {
        return toewijzing("T1", Wet.JEUGDWET, "45", "45A48", van, tot, new Omvang(volume, eenheid, Frequentie.PER_WEEK),
                Uitvoeringsvariant.INSPANNINGSGERICHT, null);
    }

    static ToegewezenProduct output(String van, String tot, long volume, Eenheid eenheid) {
        return toewijzing("T1", Wet.JEUGDWET, "45", "45A48", van, tot, new Omvang(volume, eenheid, Frequentie.PER_WEEK),
                Uitvoeringsvariant.OUTPUTGERICHT, null);
    }

    static Prestatie debet(ToegewezenProduct t, String referentie, String van, String tot, long volume, Eenheid eenheid,
                           long tarief, long bedrag) {
        return new Prestatie(referentie, null, t.toewijzingNummer(), CLIENT, AANBIEDER, t.productcategorie(),
                t.productcode(), d(van), d(tot), volume, eenheid, tarief, bedrag, DebetCredit.DEBET);
    }

    /** A debit whose amount is volume x tariff, so that only the rule under test can reject it. */
    static Prestatie debet(ToegewezenProduct t, String referentie, String van, String tot, long volume, Eenheid eenheid) {
        return debet(t, referentie, van, tot, volume, eenheid, 100, volume * 100);
    }

    static Prestatie credit(Prestatie debet, String referentie) {
        return new Prestatie(referentie, debet.referentie(), debet.toewijzingNummer(), debet.client(), debet.aanbieder(),
                debet.productcategorie(), debet.productcode(), debet.begin(), debet.eind(), debet.geleverdVolume(),
                debet.eenheid(), debet.productTarief(), debet.ingediendBedrag(), DebetCredit.CREDIT);
    }
}
