package nl.indiceer.berichten.toewijzing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Gezinslid;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Toewijzing;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Contact;
import nl.indiceer.berichten.Geboortedatum;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.Product;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.Wet;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Regeling;

/**
 * The 301s that granting a request sends: one per client and provider, each with the full current set of that
 * provider's allocations for the client (OP087). Per line:
 * <ul>
 * <li>new help (also an overgang or a terugval): a new allocation with a new ToewijzingNummer and no RedenWijziging
 *     (IV066);</li>
 * <li>a verlenging with the same volume: the running allocation's number, its Ingangsdatum, the new Einddatum,
 *     RedenWijziging 04; with another volume per week or month it is a new allocation beside it (IV066);</li>
 * <li>a beëindiging: the running allocation's number with the earlier Einddatum, RedenWijziging 05;</li>
 * <li>an intrekking: the running allocation's number with Einddatum = Ingangsdatum, RedenWijziging 13 (CS335);</li>
 * <li>a wijziging of the volume: the running allocation ends the day before the change (05), or is removed (13) when the
 *     change starts on its first day, and the new volume is a new allocation (IV066).</li>
 * </ul>
 * The client's unchanged running allocations at the same provider that are valid on or after the decision date are
 * repeated as they were (OP087). A family product puts the volume on the youngest child and a 1-stuks dummy product on
 * each other child (002:551-563), each in the 301 of that child. Where a 301 cannot be made the result says why.
 */
public final class Toewijzingsberichten {

    /** A national product code (JZ020 / WMO020 categorie + 3): 2 digits, a letter, 2 digits. */
    private static final String PRODUCTCODE = "[0-9]{2}[A-Z][0-9]{2}";
    private static final long VOLUME_MAX = 99_999_999L;

    /** The messages, and for everything that could not become a message the reason, in Dutch. */
    public record Resultaat(List<Toewijzingsbericht> berichten, List<String> redenen) {

        public Resultaat {
            berichten = List.copyOf(berichten);
            redenen = List.copyOf(redenen);
        }
    }

    private record Sleutel(Wet wet, String agb, String bsn) {
    }

    private static final class Opbouw {
        final Persoon persoon;
        final LocalDate geboortedatum;
        final Map<Long, ToegewezenProduct> producten = new LinkedHashMap<>();

        Opbouw(Persoon persoon, LocalDate geboortedatum) {
            this.persoon = persoon;
            this.geboortedatum = geboortedatum;
        }
    }

    private final Aanvraag aanvraag;
    private final Uitkomst uitkomst;
    private final Regeling regeling;
    private final Berichtgegevens gegevens;
    private final List<String> redenen = new ArrayList<>();
    /** The ReferentieAanbieder of the line being made into allocations (TR379); null between lines and without one. */
    private String referentie;
    private final Map<Sleutel, Opbouw> berichten = new LinkedHashMap<>();
    private final List<String> behandeld = new ArrayList<>();
    private String gemeente;

    private Toewijzingsberichten(Aanvraag aanvraag, Uitkomst uitkomst, Regeling regeling, Berichtgegevens gegevens) {
        this.aanvraag = aanvraag;
        this.uitkomst = uitkomst;
        this.regeling = regeling;
        this.gegevens = gegevens;
    }

    /** The 301s of granting every line of the request as the engine computed it ({@code uitkomst} on {@code regeling}). */
    public static Resultaat maak(Aanvraag aanvraag, Uitkomst uitkomst, Regeling regeling, Berichtgegevens gegevens) {
        Toewijzingsberichten t = new Toewijzingsberichten(aanvraag, uitkomst, regeling, gegevens);
        return t.maak();
    }

    private Resultaat maak() {
        if (regeling.producten().stream().noneMatch(p -> p.code().matches(PRODUCTCODE))) {
            redenen.add("Geen 301: de regeling van " + regeling.regio() + " (" + regeling.naam() + ") heeft geen landelijke "
                    + "productcodes (iStandaarden JZ020/WMO020, zoals 45A01), alleen eigen codes zoals '"
                    + regeling.producten().get(0).code() + "'. Een toewijzingsbericht noemt het product met categorie en "
                    + "code; zonder die codes in de regeling kan Indiceer geen 301 maken.");
            return new Resultaat(List.of(), redenen);
        }
        gemeente = gegevens.gemeentecode();
        if (gemeente == null && aanvraag.gemeente() != null) {
            Gemeente g = regeling.gemeente(aanvraag.gemeente());
            gemeente = g == null ? null : g.cbs();
        }
        if (gemeente == null || !gemeente.matches("[0-9]{4}")) {
            redenen.add("Geen 301: de aanvraag noemt geen gemeente met een CBS-code in de regeling"
                    + (aanvraag.gemeente() == null ? "" : " ('" + aanvraag.gemeente() + "')")
                    + "; de Afzender van een 301 is de gemeentecode van vier cijfers.");
            return new Resultaat(List.of(), redenen);
        }
        for (Regeluitkomst r : uitkomst.regels()) {
            regel(r, aanvraag.producten().get(r.index()));
        }
        ongewijzigdeLopende();
        List<Toewijzingsbericht> lijst = new ArrayList<>();
        for (var e : berichten.entrySet()) {
            if (e.getValue().producten.isEmpty()) {
                continue; // every allocation for this person was refused with its reason: no empty 301
            }
            lijst.add(bericht(e.getKey(), e.getValue()));
        }
        return new Resultaat(lijst, redenen);
    }

    private String naam(Regeluitkomst r) {
        return "regel " + (r.index() + 1) + " (" + r.productnaam() + ")";
    }

    private void regel(Regeluitkomst r, Productregel regel) {
        // every allocation this line makes answers the provider's request it came from, if any (TR379)
        referentie = regel.referentieAanbieder();
        try {
            regelZonderReferentie(r, regel);
        } finally {
            referentie = null;
        }
    }

    private void regelZonderReferentie(Regeluitkomst r, Productregel regel) {
        nl.indiceer.regeling.Product p = regeling.product(r.productcode());
        if (p == null || !p.code().matches(PRODUCTCODE)) {
            redenen.add(naam(r) + ": het product '" + r.productcode() + "' heeft in de regeling geen landelijke productcode; "
                    + "daarvoor kan geen 301 worden gemaakt.");
            return;
        }
        Wet wet = Wet.van(p.identiteit().wet() != null ? p.identiteit().wet() : regeling.wet());
        if (wet == null) {
            redenen.add(naam(r) + ": de regeling zegt niet of het product onder de Jeugdwet of de Wmo valt ('"
                    + regeling.wet() + "'); daarvan hangt af of het een JW301 of WMO301 wordt.");
            return;
        }
        String agb = agb(regel.productkeuze().aanbieder(), naam(r));
        if (agb == null) {
            return;
        }
        if (r.toewijzingen().isEmpty()) {
            redenen.add(naam(r) + ": er is geen volume of bedrag berekend; een toewijzing heeft een Omvang nodig (CD041).");
            return;
        }
        for (Toewijzing t : r.toewijzingen()) {
            Ontvanger o = ontvanger(t, regel, naam(r));
            Omvang omvang = omvang(t, naam(r));
            if (o == null || omvang == null) {
                continue;
            }
            Opbouw opbouw = berichten.computeIfAbsent(new Sleutel(wet, agb, o.persoon().bsn()),
                    k -> new Opbouw(o.persoon(), o.geboortedatum()));
            Product product = product(t.productcode());
            // a family product's dummy (another code than the line's product, 1 stuks) only follows the line's period
            boolean dummy = !t.productcode().equals(p.code());
            if (regel.soort() instanceof Regelsoort.Verlengt v) {
                vervolg(r, regel, v.toewijzing(), Beschikkingsoort.VERLENGING, product, omvang, opbouw, wet, dummy);
            } else if (regel.soort() instanceof Regelsoort.Wijzigt w) {
                vervolg(r, regel, w.toewijzing(), gegevens.soort(), product, omvang, opbouw, wet, dummy);
            } else {
                nieuw(opbouw, wet, product, regel.begindatum(), regel.einddatum(), omvang);
            }
        }
    }

    private record Ontvanger(Persoon persoon, LocalDate geboortedatum) {
    }

    /** The client, or for a family product the child the allocation is for (with the client's address and family name). */
    private Ontvanger ontvanger(Toewijzing t, Productregel regel, String naam) {
        String clientnaam = aanvraag.client() == null ? null : aanvraag.client().naam();
        boolean isClient = regel.gezin().isEmpty() || t.ontvanger().equals("cliënt")
                || t.ontvanger().equalsIgnoreCase(clientnaam);
        if (isClient) {
            if (gegevens.client() == null) {
                redenen.add(naam + ": het BSN, de naam en het adres van de cliënt ontbreken; die staan niet in de aanvraag.");
                return null;
            }
            if (gegevens.client().adres() == null) {
                redenen.add(naam + ": het adres van de cliënt ontbreekt; een 301 noemt het BRP-adres (CD034).");
                return null;
            }
            if (aanvraag.client() == null || aanvraag.client().geboortedatum() == null) {
                redenen.add(naam + ": de geboortedatum van de cliënt ontbreekt in de aanvraag.");
                return null;
            }
            return new Ontvanger(gegevens.client(), aanvraag.client().geboortedatum());
        }
        Persoon kind = gegevens.gezinsleden().get(t.ontvanger());
        if (kind == null) {
            redenen.add(naam + ": gezinsproduct: voor gezinslid " + t.ontvanger() + " is geen BSN gegeven; de "
                    + (t.toelichting() == null ? "toewijzing" : t.toelichting()) + " komt in een eigen 301 op naam van dat kind.");
            return null;
        }
        LocalDate geboren = regel.gezin().stream().filter(g -> g.naam().equals(t.ontvanger())).map(Gezinslid::geboortedatum)
                .findFirst().orElse(null);
        if (geboren == null) {
            redenen.add(naam + ": de geboortedatum van gezinslid " + t.ontvanger() + " ontbreekt.");
            return null;
        }
        if (kind.adres() == null && (gegevens.client() == null || gegevens.client().adres() == null)) {
            redenen.add(naam + ": het adres van gezinslid " + t.ontvanger() + " ontbreekt; een 301 noemt het BRP-adres (CD034).");
            return null;
        }
        // a child of the family lives at the client's address unless told otherwise
        Persoon metAdres = kind.adres() != null ? kind : new Persoon(kind.bsn(), kind.naam(), kind.geslacht(), gegevens.client().adres());
        return new Ontvanger(metAdres, geboren);
    }

    private String agb(String aanbieder, String naam) {
        if (aanbieder == null || aanbieder.isBlank()) {
            redenen.add(naam + ": de aanvraag noemt geen aanbieder; een 301 gaat naar één aanbieder (AGB-code).");
            return null;
        }
        if (aanbieder.strip().matches("[0-9]{8}")) {
            return aanbieder.strip();
        }
        String agb = gegevens.agbCodes().get(aanbieder);
        if (agb == null || !agb.matches("[0-9]{8}")) {
            redenen.add(naam + ": van aanbieder '" + aanbieder + "' is de AGB-code (8 cijfers) niet bekend; de Ontvanger "
                    + "van een 301 is die code.");
            return null;
        }
        return agb;
    }

    private Omvang omvang(Toewijzing t, String naam) {
        BigDecimal v = t.volume().stripTrailingZeros();
        if (v.signum() < 0 || v.scale() > 0 || v.compareTo(BigDecimal.valueOf(VOLUME_MAX)) > 0) {
            redenen.add(naam + ": het volume " + t.volume().toPlainString() + " is geen geheel getal van 0 tot "
                    + VOLUME_MAX + " (IV042).");
            return null;
        }
        return new Omvang(v.longValueExact(), t.eenheid().istandaardCode(), t.periode().istandaardCode());
    }

    private static Omvang omvang(nl.indiceer.aanvraag.Omvang o) {
        if (o == null) {
            return null;
        }
        BigDecimal v = o.volume().stripTrailingZeros();
        if (v.signum() < 0 || v.scale() > 0 || v.compareTo(BigDecimal.valueOf(VOLUME_MAX)) > 0) {
            return null;
        }
        return new Omvang(v.longValueExact(), o.eenheid().istandaardCode(), o.periode().istandaardCode());
    }

    /** Categorie as the rulebook gives it, else the code's first two digits (docs/regeling-formaat.md). */
    private Product product(String code) {
        nl.indiceer.regeling.Product p = regeling.product(code);
        String categorie = p != null && p.identiteit().categorie() != null ? p.identiteit().categorie() : code.substring(0, 2);
        return new Product(categorie, code);
    }

    private void nieuw(Opbouw opbouw, Wet wet, Product product, LocalDate begin, LocalDate eind, Omvang omvang) {
        long nummer = gegevens.nummering().toewijzingnummer(gemeente, wet);
        opbouw.producten.put(nummer, toegewezen(nummer, product, begin, eind, null, omvang, gegevens.moment()));
    }

    private ToegewezenProduct toegewezen(long nummer, Product product, LocalDate begin, LocalDate eind, String reden,
                                         Omvang omvang, java.time.LocalDateTime moment) {
        // only what this decision allocates answers the request (its moment); a repeated allocation keeps its own
        String ref = moment.equals(gegevens.moment()) ? referentie : null;
        return new ToegewezenProduct(nummer, ref, product, moment.toLocalDate(),
                moment.toLocalTime().truncatedTo(ChronoUnit.SECONDS), begin, eind, reden, omvang, null, null);
    }

    /** A line that changes running allocation {@code id}: its number stays, the reason says what changed (IV066). */
    private void vervolg(Regeluitkomst r, Productregel regel, String id, Beschikkingsoort soort, Product product,
                         Omvang omvang, Opbouw opbouw, Wet wet, boolean dummy) {
        LopendeToewijzing l = aanvraag.lopende(id);
        boolean vanClient = gegevens.client() != null && gegevens.client().bsn().equals(opbouw.persoon.bsn());
        EerdereToewijzing eerder = vanClient ? gegevens.lopende().get(id)
                : gegevens.gezinslopende().getOrDefault(id, Map.of()).get(opbouw.persoon.bsn());
        if (l == null || eerder == null) {
            redenen.add(naam(r) + ": van lopende toewijzing " + id + (vanClient ? "" : " voor gezinslid met BSN eindigend op "
                    + opbouw.persoon.bsn().substring(Math.max(0, opbouw.persoon.bsn().length() - 3)))
                    + " is het ToewijzingNummer niet bekend; een wijziging houdt het nummer van de eerste toewijzing (IV066).");
            return;
        }
        behandeld.add(id);
        Omvang oud = dummy ? omvang : omvang(l.omvang());
        Product oudProduct = dummy ? product : product(l.product());
        if (dummy && soort != Beschikkingsoort.INTREKKING) {
            // the dummy has no volume to change: it only ends earlier, runs longer, or stays as it was
            soort = regel.einddatum().isBefore(l.einddatum()) ? Beschikkingsoort.BEEINDIGING
                    : regel.einddatum().isAfter(l.einddatum()) ? Beschikkingsoort.VERLENGING : null;
        }
        if (soort == null) {
            soort = !omvang.equals(oud) ? Beschikkingsoort.WIJZIGING
                    : regel.einddatum().isBefore(l.einddatum()) ? Beschikkingsoort.BEEINDIGING
                    : regel.einddatum().isAfter(l.einddatum()) ? Beschikkingsoort.VERLENGING : null;
        }
        Omvang blijft = oud != null ? oud : omvang;
        java.time.LocalDateTime moment = gegevens.moment();
        if (soort == null) {
            opbouw.producten.put(eerder.nummer(), toegewezen(eerder.nummer(), oudProduct, l.begindatum(), l.einddatum(), null,
                    blijft, eerder.moment()));
            return;
        }
        switch (soort) {
            case INTREKKING -> opbouw.producten.put(eerder.nummer(), toegewezen(eerder.nummer(), oudProduct, l.begindatum(),
                    l.begindatum(), ToegewezenProduct.VERWIJDERD, blijft, moment));
            case BEEINDIGING -> opbouw.producten.put(eerder.nummer(), toegewezen(eerder.nummer(), oudProduct, l.begindatum(),
                    regel.einddatum(), ToegewezenProduct.VERKORTING, blijft, moment));
            case VERLENGING -> {
                if (oud == null || oud.equals(omvang)) {
                    opbouw.producten.put(eerder.nummer(), toegewezen(eerder.nummer(), oudProduct, l.begindatum(),
                            regel.einddatum(), ToegewezenProduct.VERLENGING, blijft, moment));
                } else {
                    // another volume per period is a new allocation (IV066); the running one keeps its own end
                    if (!l.einddatum().isBefore(gegevens.moment().toLocalDate())) {
                        opbouw.producten.put(eerder.nummer(), toegewezen(eerder.nummer(), oudProduct, l.begindatum(),
                                l.einddatum(), null, oud, eerder.moment()));
                    }
                    nieuw(opbouw, wet, product, regel.begindatum(), regel.einddatum(), omvang);
                }
            }
            case WIJZIGING, EERSTE -> {
                if (regel.begindatum().isAfter(l.begindatum())) {
                    opbouw.producten.put(eerder.nummer(), toegewezen(eerder.nummer(), oudProduct, l.begindatum(),
                            regel.begindatum().minusDays(1), ToegewezenProduct.VERKORTING, blijft, moment));
                } else {
                    opbouw.producten.put(eerder.nummer(), toegewezen(eerder.nummer(), oudProduct, l.begindatum(),
                            l.begindatum(), ToegewezenProduct.VERWIJDERD, blijft, moment));
                }
                nieuw(opbouw, wet, product, regel.begindatum(), regel.einddatum(), omvang);
            }
            default -> throw new IllegalStateException();
        }
    }

    /** OP087: the client's other current allocations at a provider that gets a 301 are repeated as they were. */
    private void ongewijzigdeLopende() {
        for (LopendeToewijzing l : aanvraag.lopendeToewijzingen()) {
            if (behandeld.contains(l.id()) || l.aanbieder() == null || l.einddatum().isBefore(gegevens.moment().toLocalDate())) {
                continue;
            }
            String agb = l.aanbieder().strip().matches("[0-9]{8}") ? l.aanbieder().strip() : gegevens.agbCodes().get(l.aanbieder());
            nl.indiceer.regeling.Product p = regeling.product(l.product());
            Wet wet = p == null ? null : Wet.van(p.identiteit().wet() != null ? p.identiteit().wet() : regeling.wet());
            Persoon client = gegevens.client();
            if (agb == null || wet == null || client == null) {
                continue;
            }
            Opbouw opbouw = berichten.get(new Sleutel(wet, agb, client.bsn()));
            if (opbouw == null) {
                continue; // nothing changes at this provider: no 301
            }
            EerdereToewijzing eerder = gegevens.lopende().get(l.id());
            Omvang omvang = omvang(l.omvang());
            if (eerder == null || omvang == null || !l.product().matches(PRODUCTCODE)) {
                redenen.add("Lopende toewijzing " + l.id() + " (" + l.product() + ") bij dezelfde aanbieder hoort in de 301 "
                        + "(OP087), maar " + (eerder == null ? "haar ToewijzingNummer en toewijzingsmoment zijn niet bekend"
                        : omvang == null ? "haar omvang (volume, eenheid, periode) staat niet in de aanvraag"
                        : "zij heeft geen landelijke productcode") + "; de 301 is daardoor onvolledig.");
                continue;
            }
            opbouw.producten.putIfAbsent(eerder.nummer(), toegewezen(eerder.nummer(), product(l.product()), l.begindatum(),
                    l.einddatum(), null, omvang, eerder.moment()));
        }
    }

    private Toewijzingsbericht bericht(Sleutel s, Opbouw o) {
        Berichtsoort soort = Berichtsoort.van(s.wet(), "301");
        Header header = new Header(soort, gemeente, s.agb(), gegevens.nummering().berichtidentificatie(gemeente),
                gegevens.moment().toLocalDate(), Header.XsdVersie.RELEASE_3_2);
        Persoon p = o.persoon;
        Toewijzingsbericht.Client client = new Toewijzingsbericht.Client(p.bsn(),
                Geboortedatum.van(o.geboortedatum), p.geslacht(), p.naam(), null,
                null, null, null, List.of(), List.of(new Contact("01", p.adres(), null, null, null, null, null)));
        List<ToegewezenProduct> producten = new ArrayList<>(o.producten.values());
        producten.sort(Comparator.comparingLong(ToegewezenProduct::toewijzingNummer));
        return new Toewijzingsbericht(header, client, producten);
    }
}
