package nl.indiceer.aanvraag;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;

/**
 * Reads a request (aanvraag) from JSON, see docs/aanvraag-formaat.md. Every problem is reported with
 * its JSON path; nothing is guessed.
 */
public final class AanvraagLezer {

    /** LDT_Referentie (ijw basisschema): a provider's reference is 1 to 36 characters. */
    static final int REFERENTIE_MAX = 36;

    private static final String PERIODEN = "WEEK, MAAND, TOTAAL";
    private static final String FINANCIERINGEN = "ZIN, PGB_FORMEEL, PGB_INFORMEEL";
    private static final String[] DUREN = {"minuten", "uren", "dagdelen", "etmalen", "stuks"};
    private static final Eenheid[] DUUR_EENHEDEN = {Eenheid.MINUUT, Eenheid.UUR, Eenheid.DAGDEEL, Eenheid.ETMAAL, Eenheid.STUKS};

    /**
     * Far above any real indication; guards against pasted or generated input that would flood the memory
     * or the result. Checked while reading (docs/aanvraag-formaat.md, "Grenzen").
     */
    public static final int MAXIMAAL_REGELS = 50;
    public static final int MAXIMAAL_POSTEN = 200;
    public static final int MAXIMAAL_LOPENDE = 200;
    public static final int MAXIMAAL_GEZIN = 20;
    /** The longest name of a fact under {@code feiten} (the rulebook allows 60). */
    public static final int MAXIMALE_FEITNAAM = 60;
    static final List<Lijstlimiet> LIMIETEN = List.of(
            new Lijstlimiet("producten", MAXIMAAL_REGELS, "productregels in één aanvraag"),
            new Lijstlimiet("producten[].posten", MAXIMAAL_POSTEN, "posten per productregel"),
            new Lijstlimiet("producten[].gezin", MAXIMAAL_GEZIN, "kinderen in het gezin van één productregel"),
            new Lijstlimiet("lopende_toewijzingen", MAXIMAAL_LOPENDE, "lopende toewijzingen in één aanvraag"),
            new Lijstlimiet("producten[].pauzeert", MAXIMAAL_LOPENDE, "gepauzeerde toewijzingen per productregel"));

    private final List<Invoerfout> fouten = new ArrayList<>();

    private AanvraagLezer() {
    }

    public static Aanvraag lees(String json) {
        JsonNode root = JsonVelden.leesObject(json, "de aanvraag", LIMIETEN);
        AanvraagLezer lezer = new AanvraagLezer();
        Aanvraag aanvraag = lezer.aanvraag(new JsonVelden(root, "", lezer.fouten));
        if (!lezer.fouten.isEmpty()) {
            throw new OngeldigeAanvraagException(lezer.fouten);
        }
        return aanvraag;
    }

    private Aanvraag aanvraag(JsonVelden v) {
        String regio = v.tekst("regio", true);
        LocalDate peildatum = v.datum("peildatum", true);
        String gemeente = v.tekst("gemeente", false);
        JsonVelden c = v.object("client", true);
        Client client = null;
        if (c != null) {
            client = new Client(c.tekst("naam", false), c.datum("geboortedatum", true));
            c.controleerOnbekendeVelden();
        }
        List<LopendeToewijzing> lopende = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (JsonVelden t : v.lijst("lopende_toewijzingen")) {
            LopendeToewijzing l = lopende(t);
            if (l.id() != null) {
                Integer eerder = ids.putIfAbsent(l.id(), lopende.size());
                if (eerder != null) {
                    t.fout("id", "DUBBEL_ID", "'" + l.id() + "' is ook het id van lopende_toewijzingen[" + eerder
                            + "]; geef elke lopende toewijzing een eigen id");
                }
            }
            lopende.add(l);
        }
        List<Productregel> regels = new ArrayList<>();
        for (JsonVelden r : v.lijst("producten")) {
            Productregel regel = regel(r);
            verlengingNaOudeEinde(r, regel, lopende);
            regels.add(regel);
        }
        if (regels.isEmpty()) {
            v.fout("producten", "VERPLICHT", "noem minstens één product");
        }
        Map<String, java.math.BigDecimal> getallen = new java.util.LinkedHashMap<>();
        Map<String, Boolean> feiten = v.feitwaarden("feiten", getallen);
        for (String naam : java.util.stream.Stream.concat(feiten.keySet().stream(), getallen.keySet().stream()).toList()) {
            if (naam.length() > MAXIMALE_FEITNAAM) {
                v.fout("feiten", "TE_LANG", "een feitnaam is hoogstens " + MAXIMALE_FEITNAAM + " tekens");
            }
        }
        for (int i = 0; i < regels.size(); i++) {
            for (String id : regels.get(i).pauzeert()) {
                if (!ids.containsKey(id)) {
                    fouten.add(new Invoerfout("producten[" + i + "].pauzeert", "ONBEKENDE_TOEWIJZING",
                            "geen lopende toewijzing met id '" + id + "'"));
                }
            }
        }
        Verwijzing verwijzing = null;
        JsonVelden w = v.object("verwijzing", false);
        if (w != null) {
            verwijzing = new Verwijzing(w.keuze("verwijzer", true, nl.indiceer.regeling.Verwijzer::vanNaam,
                    nl.indiceer.regeling.Verwijzer.NAMEN), w.datum("datum", false), w.datum("maatregel_tot", false));
            w.controleerOnbekendeVelden();
        }
        v.controleerOnbekendeVelden();
        return new Aanvraag(regio, peildatum, gemeente, client, lopende, regels, feiten, verwijzing, getallen);
    }

    /**
     * A verlenging moves the end date of a running allocation to later: the new line's einddatum must lie
     * after the old one. (An id that names no running allocation is reported by the engine.)
     */
    private static void verlengingNaOudeEinde(JsonVelden r, Productregel regel, List<LopendeToewijzing> lopende) {
        if (!(regel.soort() instanceof Regelsoort.Verlengt verlengt) || regel.einddatum() == null) {
            return;
        }
        for (int i = 0; i < lopende.size(); i++) {
            LopendeToewijzing oud = lopende.get(i);
            if (verlengt.toewijzing().equals(oud.id())) {
                if (oud.einddatum() != null && !regel.einddatum().isAfter(oud.einddatum())) {
                    r.fout("einddatum", "VERLENGING_NIET_LATER", "ligt niet na de einddatum " + oud.einddatum()
                            + " van lopende toewijzing '" + oud.id() + "' (lopende_toewijzingen[" + i + "]); een verlenging "
                            + "verschuift de einddatum naar later");
                }
                return;
            }
        }
    }

    private LopendeToewijzing lopende(JsonVelden t) {
        String id = t.tekst("id", false);
        String product = t.tekst("product", true);
        String aanbieder = t.tekst("aanbieder", false);
        LocalDate begin = t.datum("begindatum", true);
        LocalDate eind = t.datum("einddatum", true);
        einddatumNaBegin(t, begin, eind);
        Financiering financiering = t.keuze("financiering", false, Financiering::vanNaam, FINANCIERINGEN);
        BigDecimal volume = t.positief("volume", false);
        Eenheid eenheid = t.keuze("eenheid", volume != null, Eenheid::vanNaam, "minuut, uur, dagdeel, etmaal, stuks");
        Periode periode = t.keuze("periode", volume != null, Periode::vanNaam, PERIODEN);
        BigDecimal verlengd = t.getal("verlengd", false);
        int keer = 0;
        if (verlengd != null) {
            if (verlengd.signum() < 0 || verlengd.stripTrailingZeros().scale() > 0) {
                t.fout("verlengd", "GEEN_AANTAL", "moet een geheel getal van 0 of meer zijn");
            } else {
                keer = verlengd.intValue();
            }
        }
        t.controleerOnbekendeVelden();
        // Without a volume there is nothing to extend or split; with one, eenheid and periode are required above.
        Omvang omvang = volume == null || eenheid == null || periode == null ? null : new Omvang(volume, eenheid, periode);
        return new LopendeToewijzing(id, product, aanbieder, financiering, new Looptijd(begin, eind), omvang, keer);
    }

    private Productregel regel(JsonVelden r) {
        String product = r.tekst("product", true);
        String variant = r.tekst("variant", false);
        String aanbieder = r.tekst("aanbieder", false);
        String aanbiedertype = r.keuze("aanbiedertype", false,
                a -> a.equals("micro") || a.equals("regulier") ? a : null, "micro, regulier");
        Financiering financiering = r.keuze("financiering", true, Financiering::vanNaam, FINANCIERINGEN);
        LocalDate begin = r.datum("begindatum", true);
        LocalDate eind = r.datum("einddatum", true);
        einddatumNaBegin(r, begin, eind);
        LocalDate inzetTot = r.datum("inzet_tot", false);
        if (inzetTot != null && begin != null && inzetTot.isBefore(begin)) {
            r.fout("inzet_tot", "EINDE_VOOR_BEGIN", "ligt voor de begindatum (" + begin + ")");
        } else if (inzetTot != null && eind != null && inzetTot.isAfter(eind)) {
            r.fout("inzet_tot", "NA_EINDDATUM", "ligt na de einddatum (" + eind + "); de hulp zelf eindigt binnen de "
                    + "geldigheid");
        }
        Periode periode = r.keuze("periode", true, Periode::vanNaam, PERIODEN);
        Eenheid eenheid = r.keuze("eenheid", false,
                e -> Eenheid.vanNaam(e) == Eenheid.MINUUT || Eenheid.vanNaam(e) == Eenheid.UUR ? Eenheid.vanNaam(e) : null,
                "minuut, uur");
        String motivering = r.tekst("motivering", false);
        BigDecimal gemiddeld = null;
        JsonVelden g = r.object("gemiddeld_per_week", false);
        if (g != null) {
            boolean inMinuten = g.heeft("minuten");
            boolean inUren = g.heeft("uren");
            if (inMinuten == inUren) {
                g.fout(inMinuten ? "uren" : "minuten", inMinuten ? "DUBBELE_DUUR" : "VERPLICHT",
                        "geef het gemiddelde weekvolume in minuten of in uren (één van beide)");
            } else if (inMinuten) {
                gemiddeld = g.positief("minuten", true);
            } else {
                BigDecimal uren = g.positief("uren", true);
                gemiddeld = uren == null ? null : uren.multiply(BigDecimal.valueOf(60));
            }
            g.controleerOnbekendeVelden();
        }
        String hardheid = r.tekst("hardheidsclausule", false);
        Regelsoort soort = soort(r);
        List<Gezinslid> gezin = new ArrayList<>();
        for (JsonVelden k : r.lijst("gezin")) {
            gezin.add(new Gezinslid(k.tekst("naam", true), k.datum("geboortedatum", true), clientnummer(k)));
            k.controleerOnbekendeVelden();
        }
        List<Post> posten = new ArrayList<>();
        for (JsonVelden p : r.lijst("posten")) {
            Post post = post(p);
            if (post != null) {
                posten.add(post);
            }
        }
        String normering = normering(r);
        List<String> pauzeert = r.teksten("pauzeert");
        if (new java.util.HashSet<>(pauzeert).size() < pauzeert.size()) {
            r.fout("pauzeert", "DUBBEL_ID", "noemt een lopende toewijzing twee keer");
        }
        String referentie = r.tekst("referentie_aanbieder", false);
        if (referentie != null && referentie.length() > REFERENTIE_MAX) {
            // LDT_Referentie of the iStandaarden: 1 to 36 characters, so that the 301 can carry it (TR379)
            r.fout("referentie_aanbieder", "TE_LANG", "is de ReferentieAanbieder uit het bericht: ten hoogste "
                    + REFERENTIE_MAX + " tekens");
            referentie = null;
        }
        r.controleerOnbekendeVelden();
        return new Productregel(new Productkeuze(product, variant, aanbieder, aanbiedertype, financiering), soort,
                new Looptijd(begin, eind, inzetTot), new Volumeverzoek(periode, eenheid, gemiddeld, posten),
                new Onderbouwing(motivering, hardheid), gezin, pauzeert, normering, referentie);
    }

    /** A family member's link to a client record of the application: a whole number from 1. */
    private static Long clientnummer(JsonVelden k) {
        BigDecimal n = k.positief("client_id", false);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            k.fout("client_id", "GEEN_CLIENTNUMMER", "moet het nummer van een cliënt zijn (een geheel getal vanaf 1)");
            return null;
        }
        return n.longValueExact();
    }

    /**
     * The line's normenkader task form, checked only for its outline here: the normenkader capability reads it whole
     * (it depends on this package, not the other way round) when a decision records the result.
     */
    private static String normering(JsonVelden r) {
        JsonVelden n = r.object("normering", false);
        if (n == null) {
            return null;
        }
        n.tekst("normenkader", true);
        for (String vanDeAanvraag : new String[] {"peildatum", "regio"}) {
            if (n.heeft(vanDeAanvraag)) {
                n.fout(vanDeAanvraag, "NIET_TOEGESTAAN", "hoort bij de aanvraag: de normering gebruikt die van de aanvraag");
            }
        }
        if (!n.heeft("taken")) {
            n.fout("taken", "VERPLICHT", "ontbreekt");
        }
        return n.json();
    }

    /**
     * At most one of verlengt, overgang_van and terugval_na: a line extends, takes over from or resumes after one
     * running allocation, never two of these at once.
     */
    private static Regelsoort soort(JsonVelden r) {
        String verlengt = r.tekst("verlengt", false);
        String overgangVan = r.tekst("overgang_van", false);
        String terugvalNa = r.tekst("terugval_na", false);
        String wijzigt = r.tekst("wijzigt", false);
        String eerste = verlengt != null ? "verlengt" : overgangVan != null ? "overgang_van" : null;
        if (verlengt != null && overgangVan != null) {
            tegenstrijdig(r, "overgang_van", "verlengt");
        }
        if (eerste != null && terugvalNa != null) {
            tegenstrijdig(r, "terugval_na", eerste);
        }
        if (wijzigt != null && (eerste != null || terugvalNa != null)) {
            tegenstrijdig(r, "wijzigt", eerste != null ? eerste : "terugval_na");
        }
        if (verlengt != null) {
            return new Regelsoort.Verlengt(verlengt);
        }
        if (overgangVan != null) {
            return new Regelsoort.OvergangVan(overgangVan);
        }
        if (wijzigt != null) {
            return new Regelsoort.Wijzigt(wijzigt);
        }
        return terugvalNa != null ? new Regelsoort.TerugvalNa(terugvalNa) : Regelsoort.NIEUW;
    }

    private static void tegenstrijdig(JsonVelden r, String veld, String eerder) {
        r.fout(veld, "TEGENSTRIJDIG", "kan niet samen met \"" + eerder + "\" in één productregel: een regel verlengt "
                + "een lopende toewijzing (verlengt), neemt er een deel van over (overgang_van), hervat hulp na een "
                + "terugval (terugval_na) of is de nieuwe inhoud ervan (wijzigt), niet meer dan één daarvan");
    }

    private Post post(JsonVelden p) {
        String omschrijving = p.tekst("omschrijving", false);
        String hulp = p.tekst("hulp", false);
        String keuze = p.tekst("keuze", false);
        if (hulp != null) {
            return hulppost(p, omschrijving, hulp, keuze);
        }
        if (keuze != null) {
            p.fout("hulp", "VERPLICHT", "'keuze' kiest een rij van een hulptabel van de regeling: noem die tabel in 'hulp'");
        }
        Object[] duur = duur(p);
        BigDecimal aantal = p.positief("aantal", false);
        Periode per = p.keuze("per", true, n -> switch (n.toLowerCase()) {
            case "week" -> Periode.WEEK;
            case "maand" -> Periode.MAAND;
            case "totaal" -> Periode.TOTAAL;
            default -> null;
        }, "week, maand, totaal");
        BigDecimal weken = p.positief("weken", false);
        BigDecimal maanden = p.positief("maanden", false);
        Boolean consult = p.jaNee("consult", false);
        BigDecimal fase = null;
        if (weken != null && per != Periode.WEEK) {
            p.fout("weken", "FASE_PAST_NIET", "alleen bij \"per\": \"week\" (aantal weken van deze fase)");
        } else if (maanden != null && per != Periode.MAAND) {
            p.fout("maanden", "FASE_PAST_NIET", "alleen bij \"per\": \"maand\" (aantal maanden van deze fase)");
        } else {
            fase = weken != null ? weken : maanden;
        }
        p.controleerOnbekendeVelden();
        if (Boolean.TRUE.equals(consult) && duur != null && !((Eenheid) duur[1]).isTijd()) {
            p.fout("consult", "EENHEID_PAST_NIET", "een consult heeft een duur: geef minuten, uren of dagdelen, geen "
                    + ((Eenheid) duur[1]).woord(true));
        }
        if (duur == null || per == null) {
            return null;
        }
        return new Post(omschrijving == null ? "" : omschrijving, (BigDecimal) duur[0], (Eenheid) duur[1],
                aantal == null ? BigDecimal.ONE : aantal, per, fase, Boolean.TRUE.equals(consult));
    }

    /**
     * A post that takes its duration from a helper table of the rulebook ({@code "hulp": "contacten_per_week"}): no
     * duration of its own, a whole {@code aantal} (the table counts conversations or days), {@code per} optional when
     * the table has its own period. The engine looks up the table and row (they depend on the rulebook).
     */
    private Post hulppost(JsonVelden p, String omschrijving, String hulp, String keuze) {
        for (String d : DUREN) {
            if (p.heeft(d)) {
                p.fout(d, "TEGENSTRIJDIG", "een post met 'hulp' neemt de duur uit de hulptabel van de regeling; geef "
                        + "geen " + d + " (of laat 'hulp' weg)");
            }
        }
        BigDecimal aantal = p.positief("aantal", false);
        if (aantal != null && aantal.stripTrailingZeros().scale() > 0) {
            p.fout("aantal", "GEEN_AANTAL", "een hulptabel telt hele gesprekken of dagen: geef een geheel getal");
            aantal = null;
        }
        BigDecimal weken = p.positief("weken", false);
        BigDecimal maanden = p.positief("maanden", false);
        Periode per = p.keuze("per", weken != null || maanden != null, n -> switch (n.toLowerCase()) {
            case "week" -> Periode.WEEK;
            case "maand" -> Periode.MAAND;
            case "totaal" -> Periode.TOTAAL;
            default -> null;
        }, "week, maand, totaal");
        Boolean consult = p.jaNee("consult", false);
        BigDecimal fase = null;
        if (weken != null && per != null && per != Periode.WEEK) {
            p.fout("weken", "FASE_PAST_NIET", "alleen bij \"per\": \"week\" (aantal weken van deze fase)");
        } else if (maanden != null && per != null && per != Periode.MAAND) {
            p.fout("maanden", "FASE_PAST_NIET", "alleen bij \"per\": \"maand\" (aantal maanden van deze fase)");
        } else {
            fase = weken != null ? weken : maanden;
        }
        p.controleerOnbekendeVelden();
        if (hulp.length() > 60) {
            p.fout("hulp", "TE_LANG", "de naam van een hulptabel is hoogstens 60 tekens");
            return null;
        }
        return new Post(omschrijving == null ? "" : omschrijving, null, null, aantal == null ? BigDecimal.ONE : aantal, per,
                fase, Boolean.TRUE.equals(consult), Hulpkeuze.gevraagd(hulp, keuze));
    }

    /** Exactly one of minuten, uren, dagdelen, etmalen or stuks; returns {waarde, eenheid} or null. */
    private Object[] duur(JsonVelden p) {
        Object[] gevonden = null;
        int aantal = 0;
        for (int i = 0; i < DUREN.length; i++) {
            if (p.heeft(DUREN[i])) {
                aantal++;
                BigDecimal w = p.positief(DUREN[i], true);
                if (w != null) {
                    gevonden = new Object[] {w, DUUR_EENHEDEN[i]};
                }
            }
        }
        if (aantal == 0) {
            p.fout("uren", "VERPLICHT",
                    "geef de duur in precies één van: minuten, uren, dagdelen, etmalen, stuks");
            return null;
        }
        if (aantal > 1) {
            p.fout("uren", "DUBBELE_DUUR", "geef de duur in precies één eenheid, niet in meerdere");
            return null;
        }
        return gevonden;
    }

    private static void einddatumNaBegin(JsonVelden v, LocalDate begin, LocalDate eind) {
        if (begin != null && eind != null && eind.isBefore(begin)) {
            v.fout("einddatum", "EINDE_VOOR_BEGIN", "ligt voor de begindatum (" + begin + ")");
        }
    }
}
