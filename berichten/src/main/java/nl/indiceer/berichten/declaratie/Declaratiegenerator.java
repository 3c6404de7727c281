package nl.indiceer.berichten.declaratie;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Adres;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Contact;
import nl.indiceer.berichten.Geboortedatum;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.Naam;
import nl.indiceer.berichten.Product;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtschrijver;
import nl.indiceer.declaratie.Declaratieruimte;
import nl.indiceer.declaratie.Ruimte;
import nl.indiceer.declaratie.ToegewezenProduct;
import nl.indiceer.regeling.Declaratieregels;

/**
 * Writes a realistic test set, the same for the same seed: 301s for N allocations of products with national codes
 * across the regions that have them, 323s with M prestaties (one per allocation per month, per provider per month one
 * 323), and beside them {@code geplande-fouten.csv}: every error planted on purpose with the finding the check must give.
 * Everything not in that list must be approved.
 *
 * <p>How each error is made: TR321 one unit above the month's maximum; TR346 one cent off; a period across a month
 * boundary; a period after the allocation's end; an allocation number that was never granted; a credit of a debit that
 * does not exist; another product code of the same category than the allocation's (TR340); a prestatie on the
 * allocation in the 323 of another provider (TR338), in a month of the allocation without a regular prestatie (so no
 * TR389 comes with it; that 323 is written even when its provider declares nothing else that month). For regions with their own declaration rules, a share of the prestaties gets a leveringsspecificatie
 * ({@code <323>.csv} beside the 323): mostly delivered appointments that add up to the declared volume, and some
 * with a region's error planted (see {@link Regiofouten}). TR322 arises by itself on the allocations declared at the monthly maximum every month (the months'
 * ISO weeks overlap, so their sum exceeds the total, as in the werkwijze's examples): the generator follows the total
 * and lists every prestatie that crosses it. Valid credits (of an earlier approved debit) are mixed in and must pass.
 */
public final class Declaratiegenerator {

    /** The share of the prestaties for each kind of error, and of valid credits. */
    static final double AANDEEL_FOUT = 0.01;
    static final double AANDEEL_VOLLE_TOEWIJZINGEN = 0.01;
    static final double AANDEEL_CREDITS = 0.01;
    private static final int LOOPTIJD_MAANDEN = 12;
    private static final int TOEWIJZINGEN_PER_AANBIEDER = 1000;

    /** What was written. */
    public record Resultaat(int toewijzingen, int clienten, int berichten301, long prestaties, int berichten323,
                            Map<Geplandefout.Soort, Integer> geplandPerSoort) {
    }

    private final List<Productaanbod> aanbod;
    private final Random rnd;
    private final Regiofouten regiofouten;

    public Declaratiegenerator(List<Productaanbod> aanbod, long zaad) {
        this(aanbod, zaad, Map.of());
    }

    /** @param regioregels per region its own declaration rules (regions without are not in it) */
    public Declaratiegenerator(List<Productaanbod> aanbod, long zaad, Map<String, Declaratieregels> regioregels) {
        if (aanbod.isEmpty()) {
            throw new IllegalArgumentException("geen producten met een landelijke productcode om toe te wijzen");
        }
        this.aanbod = List.copyOf(aanbod);
        this.rnd = new Random(zaad);
        // its own random source: the set without specifications stays what it was for the same seed
        this.regiofouten = new Regiofouten(regioregels, new Random(zaad * 31 + 7));
    }

    private static final class Toewijzing {
        long nummer;
        Productaanbod product;
        String gemeente;
        String agb;
        String bsn;
        ToegewezenProduct controle;
        int maanden;
        int looptijd;
        boolean vol;
        Extra extra = Extra.GEEN;
        long goedgekeurd;
        GedeclareerdePrestatie eersteDebet;
    }

    private enum Extra { GEEN, ONBEKEND, CREDIT_ZONDER_DEBET, CREDIT, NA_EINDE, PRODUCT_ANDERS, AANBIEDER_ANDERS }

    /** Writes {@code toewijzingen/}, {@code declaraties/} and {@code geplande-fouten.csv} into the folder. */
    public Resultaat genereer(int aantalToewijzingen, long aantalPrestaties, Path map) throws IOException {
        if (aantalToewijzingen < 1 || aantalPrestaties < 1) {
            throw new IllegalArgumentException("ten minste één toewijzing en één prestatie");
        }
        Path map301 = Files.createDirectories(map.resolve("toewijzingen"));
        Path map323 = Files.createDirectories(map.resolve("declaraties"));
        // providers: each in one region and one municipality of it (a 323 goes from one provider to one municipality),
        // the regions in turn; each allocation a product of its provider's region
        List<String> regios = aanbod.stream().map(Productaanbod::regio).distinct().toList();
        int aanbieders = Math.max(regios.size(), aantalToewijzingen / TOEWIJZINGEN_PER_AANBIEDER);
        List<Toewijzing> alle = new ArrayList<>(aantalToewijzingen);
        String[] agb = new String[aanbieders];
        List<List<Productaanbod>> productenVan = new ArrayList<>();
        String[] gemeenteVan = new String[aanbieders];
        for (int a = 0; a < aanbieders; a++) {
            String regio = regios.get(a % regios.size());
            List<Productaanbod> vanRegio = aanbod.stream().filter(p -> p.regio().equals(regio)).toList();
            agb[a] = String.format("7%07d", a + 1);
            productenVan.add(vanRegio);
            gemeenteVan[a] = vanRegio.get(0).gemeenten().get(rnd.nextInt(vanRegio.get(0).gemeenten().size()));
        }
        // extras: a fixed number of each, counted within M
        long perSoort = Math.round(aantalPrestaties * AANDEEL_FOUT);
        long credits = Math.round(aantalPrestaties * AANDEEL_CREDITS);
        long extras = 5 * perSoort + credits;
        if (extras > aantalToewijzingen / 2 || extras >= aantalPrestaties / 2) {
            perSoort = 0;
            credits = 0;
            extras = 0;
        }
        long regulier = aantalPrestaties - extras;
        int looptijd = (int) Math.max(LOOPTIJD_MAANDEN, (regulier + aantalToewijzingen - 1) / aantalToewijzingen + 1);
        int clienten = 0;
        int nummer = 0;
        List<List<Toewijzing>> perClient = new ArrayList<>();
        while (nummer < aantalToewijzingen) {
            int a = rnd.nextInt(aanbieders);
            String bsn = bsn(clienten++);
            int hoeveel = Math.min(1 + rnd.nextInt(2), aantalToewijzingen - nummer);
            List<Toewijzing> vanClient = new ArrayList<>();
            LocalDate ingang = LocalDate.of(2026, 1 + rnd.nextInt(3), 1);
            for (int i = 0; i < hoeveel; i++) {
                Toewijzing t = new Toewijzing();
                t.nummer = 100_000 + ++nummer;
                t.agb = agb[a];
                t.product = productenVan.get(a).get(rnd.nextInt(productenVan.get(a).size()));
                t.gemeente = gemeenteVan[a];
                t.bsn = bsn;
                t.maanden = (int) (regulier / aantalToewijzingen + (nummer - 1 < regulier % aantalToewijzingen ? 1 : 0));
                t.vol = t.maanden >= 2 && rnd.nextDouble() < AANDEEL_VOLLE_TOEWIJZINGEN;
                // declared at the maximum every month of its whole run: the allocation runs exactly those months
                t.looptijd = t.vol ? t.maanden : looptijd;
                nl.indiceer.berichten.ToegewezenProduct p = new nl.indiceer.berichten.ToegewezenProduct(t.nummer, null,
                        new Product(t.product.categorie(), t.product.code()), LocalDate.of(2025, 12, 15), LocalTime.NOON,
                        ingang, ingang.plusMonths(t.looptijd).minusDays(1), null,
                        new nl.indiceer.berichten.Omvang(weekvolume(t.product.eenheid()), t.product.eenheid(),
                                nl.indiceer.berichten.Omvang.PER_WEEK), null, null);
                t.controle = Toewijzingsregister.voorControle(bericht301(t, List.of(p)), p);
                alle.add(t);
                vanClient.add(t);
            }
            perClient.add(vanClient);
        }
        for (List<Toewijzing> c : perClient) {
            List<nl.indiceer.berichten.ToegewezenProduct> producten = new ArrayList<>();
            for (Toewijzing t : c) {
                producten.add(new nl.indiceer.berichten.ToegewezenProduct(t.nummer, null,
                        new Product(t.product.categorie(), t.product.code()), LocalDate.of(2025, 12, 15), LocalTime.NOON,
                        t.controle.ingangsdatum(), t.controle.einddatum(), null,
                        new nl.indiceer.berichten.Omvang(t.controle.omvang().volume(), t.product.eenheid(),
                                nl.indiceer.berichten.Omvang.PER_WEEK), null, null));
            }
            Files.write(map301.resolve("301-" + c.get(0).bsn + "-" + c.get(0).agb + ".xml"),
                    Berichtschrijver.schrijf(bericht301(c.get(0), producten)));
        }
        // the extras, on allocations that are not declared at the maximum
        List<Toewijzing> vrij = new ArrayList<>(alle.stream().filter(t -> !t.vol).toList());
        java.util.Collections.shuffle(vrij, rnd);
        Map<String, Toewijzing> anderVan = andereAanbieders(alle);
        int k = 0;
        for (Extra e : List.of(Extra.ONBEKEND, Extra.CREDIT_ZONDER_DEBET, Extra.NA_EINDE, Extra.CREDIT,
                Extra.PRODUCT_ANDERS, Extra.AANBIEDER_ANDERS)) {
            long n = e == Extra.CREDIT ? credits : perSoort;
            for (long j = 0; j < n && k < vrij.size(); k++) {
                Toewijzing t = vrij.get(k);
                if (e == Extra.CREDIT && t.maanden < 2
                        || e == Extra.AANBIEDER_ANDERS && anderVan.get(t.agb + "/" + t.product.wet()) == null) {
                    continue;
                }
                t.extra = e;
                j++;
            }
        }
        // month by month, so the 323s come in the order a municipality receives them
        YearMonth eerste = YearMonth.of(2026, 1);
        YearMonth laatste = YearMonth.of(2026, 3).plusMonths(looptijd);
        List<Geplandefout> gepland = new ArrayList<>();
        Map<Geplandefout.Soort, Integer> perSoortGeteld = new EnumMap<>(Geplandefout.Soort.class);
        long[] teller = {0};
        int berichten = 0;
        long geschreven = 0;
        for (YearMonth m = eerste; !m.isAfter(laatste); m = m.plusMonths(1)) {
            Map<String, List<GedeclareerdePrestatie>> perAanbieder = new TreeMap<>();
            Map<String, java.io.StringWriter> specificatiePerAanbieder = new TreeMap<>();
            Map<String, String> gemeenteVanAgb = new TreeMap<>();
            String bestandsdeel = m.toString();
            for (Toewijzing t : alle) {
                YearMonth start = YearMonth.from(t.controle.ingangsdatum());
                int j = (int) (m.getYear() * 12L + m.getMonthValue() - start.getYear() * 12L - start.getMonthValue());
                if (t.extra == Extra.AANBIEDER_ANDERS && j == t.maanden) {
                    // the first month after its regular prestaties, still within the allocation (a non-full allocation
                    // runs longer than it is declared): nothing approved for this period, so only TR338 can fire
                    Toewijzing ander = anderVan.get(t.agb + "/" + t.product.wet());
                    GedeclareerdePrestatie p = debet(t, m, 1, ++teller[0]);
                    perAanbieder.computeIfAbsent(ander.agb, x -> new ArrayList<>()).add(p);
                    gemeenteVanAgb.put(ander.agb, ander.gemeente);
                    plant(gepland, perSoortGeteld, p, t, bestandsdeel + "-" + ander.agb + ".xml", Geplandefout.Soort.AANBIEDER_ANDERS);
                    continue;
                }
                List<GedeclareerdePrestatie> lijst = null;
                if (j >= 0 && j < t.maanden || t.extra == Extra.NA_EINDE && j == t.looptijd) {
                    lijst = perAanbieder.computeIfAbsent(t.agb, x -> new ArrayList<>());
                    gemeenteVanAgb.put(t.agb, t.gemeente);
                }
                if (lijst == null) {
                    continue;
                }
                String bestand = bestandsdeel + "-" + t.agb + ".xml";
                if (j == t.looptijd) {
                    GedeclareerdePrestatie p = debet(t, m, 1, ++teller[0]);
                    lijst.add(p);
                    plant(gepland, perSoortGeteld, p, t, bestand, Geplandefout.Soort.NA_EINDE_TOEWIJZING);
                    continue;
                }
                if (j == 1 && t.extra == Extra.CREDIT && t.eersteDebet != null) {
                    GedeclareerdePrestatie d = t.eersteDebet;
                    lijst.add(new GedeclareerdePrestatie(d.bsn(), "R" + ++teller[0], d.referentieNummer(), d.toewijzingNummer(),
                            d.productCategorie(), d.productCode(), d.begin(), d.eind(), d.geleverdVolume(), d.eenheid(),
                            d.productTarief(), d.bedrag(), "C", 0));
                    t.goedgekeurd -= d.geleverdVolume();
                }
                if (j == 0 && t.extra == Extra.ONBEKEND) {
                    GedeclareerdePrestatie p = debet(t, m, 1, ++teller[0]);
                    p = met(p, 900_000_000L + t.nummer);
                    lijst.add(p);
                    plant(gepland, perSoortGeteld, p, t, bestand, Geplandefout.Soort.ONBEKENDE_TOEWIJZING);
                }
                if (j == 0 && t.extra == Extra.PRODUCT_ANDERS) {
                    GedeclareerdePrestatie d = debet(t, m, 1, ++teller[0]);
                    GedeclareerdePrestatie p = new GedeclareerdePrestatie(d.bsn(), d.referentieNummer(), null,
                            d.toewijzingNummer(), d.productCategorie(), andereCode(t.product), d.begin(), d.eind(),
                            d.geleverdVolume(), d.eenheid(), d.productTarief(), d.bedrag(), "D", 0);
                    lijst.add(p);
                    plant(gepland, perSoortGeteld, p, t, bestand, Geplandefout.Soort.PRODUCTCODE_ANDERS);
                }
                if (j == 0 && t.extra == Extra.CREDIT_ZONDER_DEBET) {
                    GedeclareerdePrestatie d = debet(t, m, 1, ++teller[0]);
                    GedeclareerdePrestatie c = new GedeclareerdePrestatie(d.bsn(), d.referentieNummer(), "BESTAATNIET" + t.nummer,
                            d.toewijzingNummer(), d.productCategorie(), d.productCode(), d.begin(), d.eind(), d.geleverdVolume(),
                            d.eenheid(), d.productTarief(), d.bedrag(), "C", 0);
                    lijst.add(c);
                    plant(gepland, perSoortGeteld, c, t, bestand, Geplandefout.Soort.CREDIT_ZONDER_DEBET);
                }
                // the regular prestatie of this month
                long maximum = Declaratieruimte.productperiode(t.controle, m.atDay(1), m.atEndOfMonth()).maximum();
                Ruimte totaal = Declaratieruimte.toewijzingsperiode(t.controle);
                boolean beschermd = t.extra == Extra.CREDIT && j == 0;
                double r = rnd.nextDouble();
                GedeclareerdePrestatie p;
                Geplandefout.Soort soort = null;
                if (t.vol) {
                    p = debet(t, m, maximum, ++teller[0]);
                } else if (!beschermd && r < AANDEEL_FOUT) {
                    p = debet(t, m, maximum + 1, ++teller[0]);
                    soort = Geplandefout.Soort.BOVEN_TR321;
                } else if (!beschermd && r < 2 * AANDEEL_FOUT) {
                    p = debet(t, m, 1 + rnd.nextInt((int) Math.max(1, maximum * 3 / 4)), ++teller[0]);
                    p = new GedeclareerdePrestatie(p.bsn(), p.referentieNummer(), null, p.toewijzingNummer(), p.productCategorie(),
                            p.productCode(), p.begin(), p.eind(), p.geleverdVolume(), p.eenheid(), p.productTarief(),
                            p.bedrag() + 1, "D", 0);
                    soort = Geplandefout.Soort.BEDRAG_TR346;
                } else if (!beschermd && r < 3 * AANDEEL_FOUT) {
                    p = debet(t, m, 1, ++teller[0]);
                    p = new GedeclareerdePrestatie(p.bsn(), p.referentieNummer(), null, p.toewijzingNummer(), p.productCategorie(),
                            p.productCode(), m.atDay(15), m.plusMonths(1).atDay(14), p.geleverdVolume(), p.eenheid(),
                            p.productTarief(), p.bedrag(), "D", 0);
                    soort = Geplandefout.Soort.OVER_MAANDGRENS;
                } else {
                    p = debet(t, m, 1 + rnd.nextInt((int) Math.max(1, maximum * 3 / 4)), ++teller[0]);
                }
                if (soort == null && totaal != null && t.goedgekeurd + p.geleverdVolume() > totaal.maximum()) {
                    soort = Geplandefout.Soort.BOVEN_TR322;
                }
                // not on the debit a valid credit will take back next month: it must be approved
                if (soort == null && !beschermd) {
                    java.io.StringWriter spec = specificatiePerAanbieder.computeIfAbsent(t.agb, x -> new java.io.StringWriter());
                    soort = regiofouten.specificeer(t.product, m, p, spec);
                }
                if (soort == null) {
                    t.goedgekeurd += p.geleverdVolume();
                    if (j == 0) {
                        t.eersteDebet = p;
                    }
                } else {
                    plant(gepland, perSoortGeteld, p, t, bestand, soort);
                }
                lijst.add(p);
            }
            for (var e : perAanbieder.entrySet()) {
                List<GedeclareerdePrestatie> lijst = e.getValue();
                // one Client element per client: stable sort by BSN keeps each client's order (a credit before the
                // regular debit of the month)
                lijst.sort(Comparator.comparing(GedeclareerdePrestatie::bsn));
                long som = 0;
                for (GedeclareerdePrestatie p : lijst) {
                    som += p.isCredit() ? -p.bedrag() : p.bedrag();
                }
                berichten++;
                String id = "D" + berichten;
                Declaratiekop kop = new Declaratiekop(Berichtsoort.van(wetVan(e.getKey(), alle), "323"), e.getKey(),
                        gemeenteVanAgb.get(e.getKey()), id, m.plusMonths(1).atDay(5), Header.XsdVersie.RELEASE_3_2, id,
                        m.atDay(1), m.atEndOfMonth(), m.plusMonths(1).atDay(5), Math.abs(som), som < 0 ? "C" : "D");
                try (OutputStream uit = new java.io.BufferedOutputStream(
                        Files.newOutputStream(map323.resolve(bestandsdeel + "-" + e.getKey() + ".xml")), 1 << 16)) {
                    Declaratieschrijver.schrijf(kop, lijst, uit);
                }
                java.io.StringWriter spec = specificatiePerAanbieder.get(e.getKey());
                if (spec != null && spec.getBuffer().length() > 0) {
                    Files.writeString(map323.resolve(bestandsdeel + "-" + e.getKey() + ".csv"),
                            String.join(";", Leveringsspecificatielezer.KOLOMMEN) + "\n" + spec, StandardCharsets.UTF_8);
                }
                geschreven += lijst.size();
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(map.resolve("geplande-fouten.csv"), StandardCharsets.UTF_8)) {
            w.write(Geplandefout.CSV_KOP);
            w.newLine();
            for (Geplandefout g : gepland) {
                w.write(g.csv());
                w.newLine();
            }
        }
        return new Resultaat(alle.size(), clienten, perClient.size(), geschreven, berichten, perSoortGeteld);
    }

    private final Map<String, nl.indiceer.berichten.Wet> wetPerAgb = new java.util.HashMap<>();

    private nl.indiceer.berichten.Wet wetVan(String agb, List<Toewijzing> alle) {
        return wetPerAgb.computeIfAbsent(agb, a -> alle.stream().filter(t -> t.agb.equals(a)).findFirst()
                .map(t -> t.product.wet()).orElseThrow());
    }

    /**
     * Per provider and law ({@code agb/wet}) an allocation of another provider of that law, whose 323 carries the
     * provider mismatches: of the same municipality when there is one (as it would arrive in practice), else the first
     * other. The same law, so the 323's BerichtCode fits the line. None when the provider is the only one of its law.
     */
    private static Map<String, Toewijzing> andereAanbieders(List<Toewijzing> alle) {
        Map<String, Toewijzing> eerstePerAanbieder = new TreeMap<>();
        for (Toewijzing t : alle) {
            eerstePerAanbieder.putIfAbsent(t.agb, t);
        }
        Map<String, Toewijzing> uit = new java.util.HashMap<>();
        for (Toewijzing t : alle) {
            uit.computeIfAbsent(t.agb + "/" + t.product.wet(), x -> {
                Toewijzing gekozen = null;
                for (Toewijzing b : eerstePerAanbieder.values()) {
                    // the 323's law is its provider's first allocation's (wetVan)
                    if (b.agb.equals(t.agb) || b.product.wet() != t.product.wet()) {
                        continue;
                    }
                    if (b.gemeente.equals(t.gemeente)) {
                        return b;
                    }
                    if (gekozen == null) {
                        gekozen = b;
                    }
                }
                return gekozen;
            });
        }
        return uit;
    }

    /**
     * Another product code of the allocation's category: one the rulebooks allocate when there is one (its own region's
     * first), else the code with its last two digits changed (still the ProductCode format).
     */
    private String andereCode(Productaanbod product) {
        String elders = null;
        for (Productaanbod a : aanbod) {
            if (a.categorie().equals(product.categorie()) && !a.code().equals(product.code())) {
                if (a.regio().equals(product.regio())) {
                    return a.code();
                }
                if (elders == null) {
                    elders = a.code();
                }
            }
        }
        if (elders != null) {
            return elders;
        }
        int laatste = Integer.parseInt(product.code().substring(3));
        return product.code().substring(0, 3) + String.format("%02d", (laatste + 1) % 100);
    }

    private static void plant(List<Geplandefout> gepland, Map<Geplandefout.Soort, Integer> geteld, GedeclareerdePrestatie p,
                              Toewijzing t, String bestand, Geplandefout.Soort soort) {
        gepland.add(new Geplandefout(p.referentieNummer(), p.toewijzingNummer(), bestand, soort));
        geteld.merge(soort, 1, Integer::sum);
    }

    private static GedeclareerdePrestatie met(GedeclareerdePrestatie p, long toewijzing) {
        return new GedeclareerdePrestatie(p.bsn(), p.referentieNummer(), p.vorigReferentieNummer(), toewijzing,
                p.productCategorie(), p.productCode(), p.begin(), p.eind(), p.geleverdVolume(), p.eenheid(), p.productTarief(),
                p.bedrag(), p.debetCredit(), 0);
    }

    private static GedeclareerdePrestatie debet(Toewijzing t, YearMonth m, long volume, long referentie) {
        return new GedeclareerdePrestatie(t.bsn, "R" + referentie, null, t.nummer, t.product.categorie(), t.product.code(),
                m.atDay(1), m.atEndOfMonth(), volume, t.product.eenheid(), t.product.tariefCenten(),
                volume * t.product.tariefCenten(), "D", 0);
    }

    private long weekvolume(String eenheid) {
        return switch (eenheid) {
            case "01" -> 30 + 15L * rnd.nextInt(12);
            case "14" -> 1 + rnd.nextInt(7);
            default -> 1 + rnd.nextInt(6);
        };
    }

    private Toewijzingsbericht bericht301(Toewijzing t, List<nl.indiceer.berichten.ToegewezenProduct> producten) {
        Berichtsoort soort = Berichtsoort.van(t.product.wet(), "301");
        Header header = new Header(soort, t.gemeente, t.agb, "T" + t.nummer, LocalDate.of(2025, 12, 15),
                Header.XsdVersie.RELEASE_3_2);
        Adres adres = new Adres(Integer.toString(1 + (int) (t.nummer % 200)), null, null, null, "1234AB", "Kerkstraat",
                "Almere", "NL");
        Toewijzingsbericht.Client client = new Toewijzingsbericht.Client(t.bsn, Geboortedatum.van(LocalDate.of(2010 + (int) (t.nummer % 10), 1 + (int) (t.nummer % 12), 1)), "2",
                new Naam(new Achternaam("Jansen", null), null, null, "A", "1"), null, null, null, null, List.of(),
                List.of(new Contact("01", adres, null, null, null, null, null)));
        return new Toewijzingsbericht(header, client, producten);
    }

    /** A valid BSN (11-proef) for the n-th client: 8 digits from n, the last one making the sum divisible by 11. */
    static String bsn(int n) {
        for (long basis = 10_000_000L + n * 7L; ; basis++) {
            String acht = Long.toString(basis % 100_000_000L);
            acht = "0".repeat(8 - acht.length()) + acht;
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (acht.charAt(i) - '0');
            }
            int laatste = som % 11;
            if (laatste < 10) {
                return acht + laatste;
            }
        }
    }
}
