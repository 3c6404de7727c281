package nl.indiceer.declaratie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.indiceer.regeling.Declaratieregels;

/**
 * Checks prestaties against their allocations, one after another, and remembers per allocation what it approved
 * (TR322's running total, the debits a credit may take back). Memory grows with the allocations that received a
 * prestatie (and their months), not with the number of prestaties: a rejected line leaves nothing behind.
 *
 * <p>The allocation source must answer the same for a number during the life of one instance (an allocation with
 * approved prestaties is kept with its state, not asked again).
 *
 * <p>Not thread-safe: one instance checks one stream of messages in order. Earlier approved prestaties (from earlier
 * 325s) are loaded with {@link #neemOpAlsGoedgekeurd} before checking new ones.
 */
public final class Declaratiecontrole {

    private final Function<String, ToegewezenProduct> toewijzingen;
    private final Function<ToegewezenProduct, Declaratieregels> regioregels;
    private final Standen standen = new Standen();
    private final Map<String, Integer> noShows = new HashMap<>();
    /** While a message is open: how to undo each booking of it, so a message rejected halfway leaves nothing behind. */
    private List<Runnable> ongedaan;

    /**
     * @param toewijzingen the allocation of a ToewijzingNummer, or null when unknown
     * @param regioregels  the region's own rules for an allocation (by its municipality and date), or null/empty for none
     */
    public Declaratiecontrole(Function<String, ToegewezenProduct> toewijzingen,
                              Function<ToegewezenProduct, Declaratieregels> regioregels) {
        this.toewijzingen = Objects.requireNonNull(toewijzingen);
        this.regioregels = regioregels == null ? t -> Declaratieregels.GEEN : regioregels;
    }

    /** Without a region's own rules: the iStandaarden rules only. */
    public Declaratiecontrole(Function<String, ToegewezenProduct> toewijzingen) {
        this(toewijzingen, null);
    }

    /** Checks one prestatie and, when approved, counts it. */
    public Controleuitkomst controleer(Prestatie p) {
        return controleer(p, null);
    }

    /** Checks one prestatie with the appointments behind it (for the region's own rules) and, when approved, counts it. */
    public Controleuitkomst controleer(Prestatie p, Leveringsspecificatie specificatie) {
        return p.isCredit() ? credit(p, true) : debet(p, specificatie, null, true);
    }

    /**
     * As {@link #controleer(Prestatie, Leveringsspecificatie)}, with the region's rules chosen by the caller: the
     * municipality a 323 is addressed to and the prestatie's date decide the rulebook, which the allocation alone does
     * not say. Null: the rules of the constructor's function.
     */
    public Controleuitkomst controleer(Prestatie p, Leveringsspecificatie specificatie, Declaratieregels regels) {
        return p.isCredit() ? credit(p, true) : debet(p, specificatie, regels, true);
    }

    /**
     * Checks the prestaties of one message: credits first, then debits (OP366), and no credit of a debit in the same
     * message (TR316). The outcomes come back in the order of the message.
     */
    public List<Controleuitkomst> controleerBericht(List<Prestatie> bericht) {
        Set<String> debetsHierin = new HashSet<>();
        for (Prestatie p : bericht) {
            if (!p.isCredit()) {
                debetsHierin.add(p.referentie());
            }
        }
        Controleuitkomst[] uit = new Controleuitkomst[bericht.size()];
        for (int i = 0; i < bericht.size(); i++) {
            Prestatie p = bericht.get(i);
            if (p.isCredit()) {
                uit[i] = p.vorigeReferentie() != null && debetsHierin.contains(p.vorigeReferentie())
                        ? new Controleuitkomst(p, List.of(Declaratiebevinding.van(Declaratiecode.CREDIT_IN_ZELFDE_BERICHT,
                        "debet", p.vorigeReferentie())))
                        : credit(p, true);
            }
        }
        for (int i = 0; i < bericht.size(); i++) {
            if (!bericht.get(i).isCredit()) {
                uit[i] = debet(bericht.get(i), null, null, true);
            }
        }
        return List.of(uit);
    }

    /** Records a prestatie approved earlier (an earlier 325) without checking it again. */
    public void neemOpAlsGoedgekeurd(Prestatie p) {
        neemOpAlsGoedgekeurd(p, Map.of());
    }

    /**
     * Records a prestatie approved earlier with the no-shows per calendar year it declared then (a region's maximum
     * counts across months and messages).
     */
    public void neemOpAlsGoedgekeurd(Prestatie p, Map<Integer, Integer> noShowsPerJaar) {
        ToegewezenProduct t = toewijzingen.apply(p.toewijzingNummer());
        if (t == null) {
            return;
        }
        if (p.isCredit()) {
            credit(p, false);
        } else {
            boeking(t, p, volumeBasis(p), noShowsPerJaar, standen.get(t.toewijzingNummer()));
        }
    }

    /** The no-shows per calendar year an approved debit declared (to store beside it); empty when none or unknown. */
    public Map<Integer, Integer> noShowsVan(String toewijzingNummer, String referentie) {
        Toewijzingsstand s = standen.get(toewijzingNummer);
        int d = s == null ? -1 : s.index(referentie);
        return d < 0 ? Map.of() : s.noShowsPerJaar(d);
    }

    /**
     * Opens a message: what it books from now on can be taken back as a whole with {@link #draaiBerichtTerug()} (a 323
     * that turns out to be cut off or malformed halfway must leave no approved prestatie behind).
     */
    public void beginBericht() {
        ongedaan = new ArrayList<>();
    }

    /** Keeps what the open message booked. */
    public void bevestigBericht() {
        ongedaan = null;
    }

    /** Takes back everything the open message booked, newest first. */
    public void draaiBerichtTerug() {
        if (ongedaan != null) {
            for (int i = ongedaan.size() - 1; i >= 0; i--) {
                ongedaan.get(i).run();
            }
        }
        ongedaan = null;
    }

    /** How much of the allocation the approved prestaties have used; null when the allocation is unknown. */
    public Verbruik verbruik(String toewijzingNummer) {
        ToegewezenProduct t = toewijzingen.apply(toewijzingNummer);
        if (t == null) {
            return null;
        }
        Toewijzingsstand s = standen.get(toewijzingNummer);
        long gebruikt = s == null ? 0 : s.gebruiktBasis;
        Eenheid eenheid = t.omvang() == null ? null : t.omvang().eenheid().isTijd() ? Eenheid.MINUUT : t.omvang().eenheid();
        Ruimte totaal = Declaratieruimte.toewijzingsperiode(t);
        return new Verbruik(gebruikt, eenheid,
                totaal == null ? null : totaal.maximum() * t.omvang().eenheid().basisPerEenheid());
    }

    /** The number of allocations this check holds state for (the memory bound). */
    public int aantalToewijzingenMetStand() {
        return standen.size();
    }

    private Controleuitkomst debet(Prestatie p, Leveringsspecificatie specificatie, Declaratieregels gegeven,
                                   boolean boeken) {
        List<Declaratiebevinding> b = new ArrayList<>();
        // an allocation with approved prestaties is found with its state in one lookup; otherwise ask the source
        Toewijzingsstand stand = standen.get(p.toewijzingNummer());
        ToegewezenProduct t = stand != null ? stand.toewijzing : toewijzingen.apply(p.toewijzingNummer());
        if (t == null) {
            return new Controleuitkomst(p, List.of(Declaratiebevinding.van(Declaratiecode.TOEWIJZING_ONBEKEND,
                    "toewijzing", p.toewijzingNummer())));
        }
        if (stand == null) {
            stand = standen.get(t.toewijzingNummer());
        }
        koppeling(t, p, b);
        boolean eenheidPast = eenheidPast(t, p, b);
        periode(t, p, b);
        if (stand != null) {
            String referentie = p.referentie();
            int hash = referentie.hashCode();
            long periode = Toewijzingsstand.periodesleutel(p.begin().toEpochDay(), p.eind().toEpochDay());
            for (int i = 0; i < stand.aantal(); i++) {
                if (stand.heeftReferentie(i, referentie, hash)) {
                    b.add(Declaratiebevinding.van(Declaratiecode.REFERENTIE_AL_INGEDIEND, "referentie", referentie));
                } else if (stand.heeftPeriode(i, periode)) {
                    if (!stand.gecrediteerd(i) && Objects.equals(stand.productcode(i), p.productcode())
                            && Objects.equals(stand.productcategorie(i), p.productcategorie())) {
                        b.add(Declaratiebevinding.van(Declaratiecode.DEBET_AL_INGEDIEND, "referentie", stand.referentie(i),
                                "begin", p.begin(), "eind", p.eind()));
                    }
                }
            }
        }
        long basis = volumeBasis(p);
        if (eenheidPast && !p.eind().isBefore(p.begin())) {
            volume(t, p, basis, stand, b);
        }
        bedrag(t, p, b);
        Map<Integer, Integer> noShowsHierin = Map.of();
        // the region's rules only for a prestatie with its appointments: nothing to ask for the others
        Declaratieregels regels = specificatie == null ? null : gegeven != null ? gegeven : regioregels.apply(t);
        if (regels != null && !regels.isLeeg()) {
            Regiotoets.Uitkomst r = Regiotoets.toets(t, p, specificatie, regels,
                    (client, product, jaar) -> noShows.getOrDefault(noShowSleutel(client, product, jaar), 0));
            b.addAll(r.bevindingen());
            noShowsHierin = r.noShowsPerJaar();
        }
        Controleuitkomst uitkomst = new Controleuitkomst(p, b);
        if (boeken && uitkomst.goedgekeurd()) {
            boeking(t, p, basis, noShowsHierin, stand);
        }
        return uitkomst;
    }

    private Controleuitkomst credit(Prestatie p, boolean controleren) {
        ToegewezenProduct t = toewijzingen.apply(p.toewijzingNummer());
        if (t == null) {
            return new Controleuitkomst(p, List.of(Declaratiebevinding.van(Declaratiecode.TOEWIJZING_ONBEKEND,
                    "toewijzing", p.toewijzingNummer())));
        }
        Toewijzingsstand stand = standen.get(t.toewijzingNummer());
        int d = stand == null || p.vorigeReferentie() == null ? -1 : stand.index(p.vorigeReferentie());
        if (controleren) {
            if (d < 0) {
                return new Controleuitkomst(p, List.of(Declaratiebevinding.van(Declaratiecode.CREDIT_ZONDER_DEBET,
                        "debet", p.vorigeReferentie())));
            }
            if (stand.gecrediteerd(d)) {
                return new Controleuitkomst(p, List.of(Declaratiebevinding.van(Declaratiecode.AL_GECREDITEERD,
                        "debet", p.vorigeReferentie())));
            }
            String verschil = stand.verschil(d, p);
            if (verschil != null) {
                return new Controleuitkomst(p, List.of(Declaratiebevinding.van(Declaratiecode.CREDIT_WIJKT_AF_VAN_DEBET,
                        "debet", p.vorigeReferentie(), "veld", verschil)));
            }
        } else if (d < 0 || stand.gecrediteerd(d)) {
            return new Controleuitkomst(p, List.of());
        }
        stand.zetGecrediteerd(d, true);
        long volumeBasis = stand.volumeBasis(d);
        stand.gebruiktBasis -= volumeBasis;
        String productcode = stand.productcode(d);
        Map<Integer, Integer> noShowsVanDebet = stand.noShowsPerJaar(d);
        noShowsVanDebet.forEach((jaar, n) -> noShows.merge(noShowSleutel(t.client(), productcode, jaar), -n, Integer::sum));
        if (ongedaan != null) {
            ongedaan.add(() -> {
                stand.zetGecrediteerd(d, false);
                stand.gebruiktBasis += volumeBasis;
                noShowsVanDebet.forEach((jaar, n) ->
                        noShows.merge(noShowSleutel(t.client(), productcode, jaar), n, Integer::sum));
            });
        }
        return new Controleuitkomst(p, List.of());
    }

    /** @param bestaand the allocation's state when it has one already (the caller looked it up), else null */
    private void boeking(ToegewezenProduct t, Prestatie p, long basis, Map<Integer, Integer> noShowsHierin,
                         Toewijzingsstand bestaand) {
        Toewijzingsstand stand = bestaand != null ? bestaand : new Toewijzingsstand(t);
        if (bestaand == null) {
            standen.put(t.toewijzingNummer(), stand);
        }
        stand.gebruiktBasis += basis;
        stand.voegToe(p, noShowsHierin);
        noShowsHierin.forEach((jaar, n) -> noShows.merge(noShowSleutel(t.client(), p.productcode(), jaar), n, Integer::sum));
        if (ongedaan != null) {
            ongedaan.add(() -> {
                stand.gebruiktBasis -= basis;
                stand.verwijderLaatste();
                if (stand.aantal() == 0) {
                    standen.remove(t.toewijzingNummer());
                }
                noShowsHierin.forEach((jaar, n) ->
                        noShows.merge(noShowSleutel(t.client(), p.productcode(), jaar), -n, Integer::sum));
            });
        }
    }

    /** TR304, TR338, TR339, TR340: the prestatie belongs to this allocation's client, provider and product. */
    private static void koppeling(ToegewezenProduct t, Prestatie p, List<Declaratiebevinding> b) {
        if (t.client() != null && p.client() != null && !t.client().equals(p.client())) {
            b.add(Declaratiebevinding.van(Declaratiecode.CLIENT_ANDERS, "toewijzing", t.toewijzingNummer()));
        }
        if (t.aanbieder() != null && !t.aanbieder().equals(p.aanbieder())) {
            b.add(Declaratiebevinding.van(Declaratiecode.AANBIEDER_ANDERS, "toewijzing", t.toewijzingNummer(),
                    "aanbieder", p.aanbieder(), "toegewezenAan", t.aanbieder()));
        }
        if (!t.productcategorie().equals(p.productcategorie())) {
            b.add(Declaratiebevinding.van(Declaratiecode.PRODUCTCATEGORIE_ANDERS, "gedeclareerd", p.productcategorie(),
                    "toegewezen", t.productcategorie()));
        }
        if (t.productcode() != null && !t.productcode().equals(p.productcode())) {
            b.add(Declaratiebevinding.van(Declaratiecode.PRODUCTCODE_ANDERS, "gedeclareerd", p.productcode(),
                    "toegewezen", t.productcode()));
        }
    }

    /** TR341/IV081: the prestatie's unit is the allocation's, or minutes for hours and the other way round. */
    private static boolean eenheidPast(ToegewezenProduct t, Prestatie p, List<Declaratiebevinding> b) {
        if (t.omvang() == null) {
            return true;
        }
        Eenheid te = t.omvang().eenheid();
        if (te == p.eenheid() || te.isTijd() && p.eenheid().isTijd()) {
            return true;
        }
        b.add(Declaratiebevinding.van(Declaratiecode.EENHEID_ANDERS, "gedeclareerd", p.eenheid(), "toegewezen", te));
        return false;
    }

    /** OP367 (CS337, TR387, TR388) and OP279 (TR307, TR308). */
    private static void periode(ToegewezenProduct t, Prestatie p, List<Declaratiebevinding> b) {
        LocalDate begin = p.begin();
        LocalDate eind = p.eind();
        if (eind.isBefore(begin) || !zelfdeMaand(begin, eind)) {
            b.add(Declaratiebevinding.van(Declaratiecode.PERIODE_NIET_IN_EEN_MAAND, "begin", begin, "eind", eind));
        } else {
            // TR387/TR388: a product period is the whole month, unless the allocation starts or ends within it
            boolean toewijzingBegintLater = zelfdeMaand(t.ingangsdatum(), begin) && t.ingangsdatum().getDayOfMonth() > 1;
            if (begin.getDayOfMonth() != 1 && !toewijzingBegintLater) {
                b.add(Declaratiebevinding.van(Declaratiecode.PERIODE_BEGIN_NIET_EERSTE_VAN_MAAND, "begin", begin,
                        "ingangsdatum", t.ingangsdatum()));
            }
            {
                int laatsteDag = begin.lengthOfMonth();
                boolean toewijzingEindigtEerder = t.einddatum() != null && zelfdeMaand(t.einddatum(), begin)
                        && t.einddatum().getDayOfMonth() < laatsteDag;
                if (eind.getDayOfMonth() != laatsteDag && !toewijzingEindigtEerder) {
                    b.add(Declaratiebevinding.van(Declaratiecode.PERIODE_EIND_NIET_LAATSTE_VAN_MAAND, "eind", eind,
                            "einddatum", t.einddatum()));
                }
            }
        }
        if (begin.isBefore(t.ingangsdatum())) {
            b.add(Declaratiebevinding.van(Declaratiecode.BEGIN_VOOR_TOEWIJZING, "begin", begin, "ingangsdatum",
                    t.ingangsdatum()));
        }
        if (t.einddatum() != null && eind.isAfter(t.einddatum())) {
            b.add(Declaratiebevinding.van(Declaratiecode.EIND_NA_TOEWIJZING, "eind", eind, "einddatum", t.einddatum()));
        }
    }

    /** Year and month compared as numbers: a YearMonth per comparison was garbage for every prestatie. */
    private static boolean zelfdeMaand(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
    }

    /** TR321 per product period and TR322 over the allocation, both in the base unit (minutes for time). */
    private static void volume(ToegewezenProduct t, Prestatie p, long basis, Toewijzingsstand stand,
                               List<Declaratiebevinding> b) {
        if (t.omvang() == null) {
            return;
        }
        long perEenheid = t.omvang().eenheid().basisPerEenheid();
        Ruimte periode = Declaratieruimte.productperiode(t, p.begin(), p.eind());
        if (periode == null) {
            b.add(Declaratiebevinding.van(Declaratiecode.VOLUME_NIET_GETOETST, "variant", t.variant(),
                    "frequentie", t.omvang().frequentie()));
            return;
        }
        if (basis > Math.multiplyExact(periode.maximum(), perEenheid)) {
            b.add(Declaratiebevinding.van(Declaratiecode.VOLUME_PRODUCTPERIODE_TE_HOOG, "gedeclareerd", p.geleverdVolume(),
                    "eenheid", p.eenheid(), "maximum", periode.maximum(), "toegewezenEenheid", t.omvang().eenheid(),
                    "telling", periode.telling(), "aantal", periode.aantal(), "plusEen", periode.plusEen() ? Boolean.TRUE : null,
                    "omvang", t.omvang().volume(), "frequentie", t.omvang().frequentie()));
        }
        Ruimte totaal = Declaratieruimte.toewijzingsperiode(t);
        long eerder = stand == null ? 0 : stand.gebruiktBasis;
        if (totaal != null && Math.addExact(eerder, basis) > Math.multiplyExact(totaal.maximum(), perEenheid)) {
            b.add(Declaratiebevinding.van(Declaratiecode.VOLUME_TOEWIJZING_TE_HOOG, "gedeclareerd", p.geleverdVolume(),
                    "eenheid", p.eenheid(), "eerder", eerder, "maximum", Math.multiplyExact(totaal.maximum(), perEenheid),
                    "basiseenheid", t.omvang().eenheid().isTijd() ? Eenheid.MINUUT : t.omvang().eenheid(),
                    "telling", totaal.telling(), "aantal", totaal.aantal()));
        }
    }

    /** TR346: amount = volume x tariff (the contractual one when known, else the prestatie's), unless euro. */
    private static void bedrag(ToegewezenProduct t, Prestatie p, List<Declaratiebevinding> b) {
        if (p.eenheid() == Eenheid.EURO) {
            return;
        }
        Producttarief tarief = t.tarief() != null ? t.tarief()
                : p.productTarief() != null ? new Producttarief(p.productTarief(), p.eenheid()) : null;
        Long verwacht = tarief == null ? null : Bedragberekening.verwacht(p.geleverdVolume(), p.eenheid(), tarief);
        if (verwacht == null) {
            b.add(Declaratiebevinding.van(Declaratiecode.TARIEF_ONBEKEND, "eenheid", p.eenheid()));
        } else if (verwacht != p.ingediendBedrag()) {
            b.add(Declaratiebevinding.van(Declaratiecode.BEDRAG_ONJUIST, "ingediend", p.ingediendBedrag(),
                    "verwacht", verwacht, "volume", p.geleverdVolume(), "eenheid", p.eenheid(),
                    "tarief", tarief.eurocenten(), "tariefeenheid", tarief.eenheid()));
        }
    }

    private static long volumeBasis(Prestatie p) {
        return Math.multiplyExact(p.geleverdVolume(), p.eenheid().basisPerEenheid());
    }

    private static String noShowSleutel(String client, String product, int jaar) {
        return client + '\u0000' + product + '\u0000' + jaar;
    }
}
