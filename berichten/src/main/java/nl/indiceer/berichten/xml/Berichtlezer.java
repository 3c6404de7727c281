package nl.indiceer.berichten.xml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.berichten.AangevraagdProduct;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Adres;
import nl.indiceer.berichten.Antwoordbericht;
import nl.indiceer.berichten.Bericht;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Clientkern;
import nl.indiceer.berichten.Communicatie;
import nl.indiceer.berichten.Contact;
import nl.indiceer.berichten.Declaratieantwoordbericht;
import nl.indiceer.berichten.Geboortedatum;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.Naam;
import nl.indiceer.berichten.NieuwProduct;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.Product;
import nl.indiceer.berichten.Relatie;
import nl.indiceer.berichten.StartProduct;
import nl.indiceer.berichten.Startbericht;
import nl.indiceer.berichten.StopProduct;
import nl.indiceer.berichten.Stopbericht;
import nl.indiceer.berichten.Telefoon;
import nl.indiceer.berichten.TeWijzigenProduct;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.Toewijzingsverzoek;
import nl.indiceer.berichten.Verwijzer;
import nl.indiceer.berichten.Wet;
import nl.indiceer.berichten.Wijzigingsverzoek;

/**
 * Reads a message into the model: the bytes are checked by {@link XmlInlezer}, then every element is taken in the
 * order of its XSD, every date and number checked. A message that is read has the structure of its schema (what the
 * schema checks beyond that, such as code lists, {@link Schemacontrole} does; the rules {@link Berichtregels}).
 */
public final class Berichtlezer {

    /** A message of one client is a few kilobytes; 5 MB leaves room for hundreds of products and refuses a flood. */
    public static final int MAXIMALE_GROOTTE = 5 * 1024 * 1024;

    private static final boolean B = false;
    private static final boolean BASIS = true;
    private static final long NUMMER_MAX = 999_999_999L;
    private static final long VOLUME_MAX = 99_999_999L;
    /** LDT_Bedrag and LDT_TotaalBedrag: eurocents. */
    private static final long BEDRAG_MAX = 99_999_999L;
    private static final long TOTAALBEDRAG_MAX = 999_999_999_999L;

    /** A message read, with the line each part of it started on (for the rules' messages). */
    record Gelezen(Bericht bericht, Map<Object, Integer> regels) {

        int regel(Object deel) {
            Integer r = regels.get(deel);
            return r == null ? 0 : r;
        }
    }

    private final Map<Object, Integer> regels = new IdentityHashMap<>();
    private final Berichtsoort soort;

    private Berichtlezer(Berichtsoort soort) {
        this.soort = soort;
    }

    /**
     * The message in these bytes.
     *
     * @throws OngeldigBerichtException with every reason and its line; the only exception for bad input
     */
    public static Bericht lees(byte[] inhoud) throws OngeldigBerichtException {
        return leesMetRegels(inhoud).bericht();
    }

    static Gelezen leesMetRegels(byte[] inhoud) throws OngeldigBerichtException {
        XmlInlezer.Gelezen xml = XmlInlezer.lees(inhoud);
        Berichtlezer l = new Berichtlezer(xml.soort());
        Bericht b = l.bericht(xml.wortel());
        return new Gelezen(b, l.regels);
    }

    private <T> T onthoud(T deel, Knoop k) {
        regels.put(deel, k.regel);
        return deel;
    }

    private Bericht bericht(Knoop wortel) throws OngeldigBerichtException {
        if (soort.richting() == Berichtsoort.Richting.RETOUR) {
            throw new OngeldigBerichtException(wortel.regel, "SOORT", "een " + soort + " ("
                    + soort.omschrijving().toLowerCase() + ") is een retourbericht; dat leest de Retourlezer");
        }
        Kinderen k = new Kinderen(wortel);
        if (soort.nummer().equals("325")) {
            Bericht b = declaratieantwoord(k);
            k.einde();
            return onthoud(b, wortel);
        }
        Header header = header(k.knoop(B, "Header"));
        Bericht b;
        switch (soort.nummer()) {
            case "301" -> b = toewijzing(header, k.knoop(B, "Client"));
            case "305" -> b = start(header, k.knoop(B, "Client"));
            case "307" -> b = stop(header, k.knoop(B, "Client"));
            case "315" -> b = verzoekOmToewijzing(header, k.knoop(B, "Client"));
            case "317" -> b = verzoekOmWijziging(header, k.knoop(B, "Client"));
            case "319" -> b = antwoord(header, k.knoop(B, "Antwoord"));
            default -> throw new OngeldigBerichtException(wortel.regel, "SOORT", "een " + soort + " ("
                    + soort.omschrijving().toLowerCase() + ") wordt niet hier gelezen maar met 'indiceer declaraties controleer'");
        }
        k.einde();
        return onthoud(b, wortel);
    }

    private Header header(Knoop h) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(h);
        Header header = kop(k, h);
        k.einde();
        return header;
    }

    /** The parts every header starts with; the caller reads what its kind adds and ends the header. */
    private Header kop(Kinderen k, Knoop h) throws OngeldigBerichtException {
        Knoop code = k.knoop(B, "BerichtCode");
        String berichtcode = Kinderen.waarde(code);
        if (!berichtcode.equals(soort.berichtcode())) {
            Berichtsoort bedoeld = null;
            for (Berichtsoort s : Berichtsoort.values()) {
                if (s.berichtcode().equals(berichtcode)) {
                    bedoeld = s;
                }
            }
            throw new OngeldigBerichtException(code.regel, "BERICHTCODE", "BerichtCode " + Meldingtekst.schoon(berichtcode)
                    + (bedoeld == null ? " is onbekend" : " is die van een " + bedoeld) + "; de namespace is die van een "
                    + soort + ", met BerichtCode " + soort.berichtcode());
        }
        versie(k, "BerichtVersie", Berichtsoort.BERICHTVERSIE);
        versie(k, "BerichtSubversie", Berichtsoort.BERICHTSUBVERSIE);
        String afzender = k.tekst(B, "Afzender");
        String ontvanger = k.tekst(B, "Ontvanger");
        Kinderen id = new Kinderen(k.knoop(B, "BerichtIdentificatie"));
        String identificatie = id.tekst(BASIS, "Identificatie");
        var dagtekening = id.datum(BASIS, "Dagtekening");
        id.einde();
        Kinderen x = new Kinderen(k.knoop(B, "XsdVersie"));
        Header.XsdVersie xsd = new Header.XsdVersie(x.tekst(BASIS, "BasisschemaXsdVersie"), x.tekst(BASIS, "BerichtXsdVersie"));
        x.einde();
        return onthoud(new Header(soort, afzender, ontvanger, identificatie, dagtekening, xsd), h);
    }

    private Header.XsdVersie xsdVersie(Knoop v) throws OngeldigBerichtException {
        Kinderen x = new Kinderen(v);
        Header.XsdVersie xsd = new Header.XsdVersie(x.tekst(BASIS, "BasisschemaXsdVersie"), x.tekst(BASIS, "BerichtXsdVersie"));
        x.einde();
        return xsd;
    }

    /** The 325 (IV087): its header names the 323 it answers; the rejected prestaties stand under their client. */
    private Declaratieantwoordbericht declaratieantwoord(Kinderen k) throws OngeldigBerichtException {
        Knoop h = k.knoop(B, "Header");
        Kinderen hk = new Kinderen(h);
        Header header = kop(hk, h);
        Kinderen id = new Kinderen(hk.knoop(B, "DeclaratieIdentificatie"));
        String declaratie = id.tekst(BASIS, "Identificatie");
        var dagtekening = id.datum(BASIS, "Dagtekening");
        id.einde();
        String xslt = hk.optioneel(B, "XsltVersie");
        Header.XsdVersie xsdDeclaratie = xsdVersie(hk.knoop(B, "XsdVersieDeclaratie"));
        List<String> kopcodes = Retourlezer.codes(hk.knoop(B, "RetourCodes"));
        hk.einde();
        Declaratieantwoordbericht.Antwoord antwoord = null;
        Knoop a = k.optioneelKnoop(B, "DeclaratieAntwoord");
        if (a != null) {
            Kinderen ak = new Kinderen(a);
            String nummer = ak.tekst(B, "DeclaratieNummer");
            var ingediend = totaal(ak.knoop(B, "TotaalIngediendBedrag"));
            var toegekend = totaal(ak.knoop(B, "TotaalToegekendBedrag"));
            List<Declaratieantwoordbericht.Client> clienten = new ArrayList<>();
            Knoop c = ak.optioneelKnoop(B, "Clienten");
            if (c != null) {
                Kinderen ck = new Kinderen(c);
                for (Knoop client : ck.herhaald(B, "Client")) {
                    clienten.add(declaratieclient(client));
                }
                ck.einde();
            }
            List<String> codes = Retourlezer.codes(ak.knoop(B, "RetourCodes"));
            ak.einde();
            antwoord = onthoud(new Declaratieantwoordbericht.Antwoord(nummer, ingediend, toegekend, clienten, codes), a);
        }
        return new Declaratieantwoordbericht(header, declaratie, dagtekening, xslt, xsdDeclaratie, kopcodes, antwoord);
    }

    private Declaratieantwoordbericht.Client declaratieclient(Knoop c) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(c);
        String bsn = k.tekst(B, "Bsn");
        List<Declaratieantwoordbericht.Prestatie> prestaties = new ArrayList<>();
        Kinderen pk = new Kinderen(k.knoop(B, "Prestaties"));
        for (Knoop p : pk.herhaald(B, "Prestatie")) {
            prestaties.add(afgewezenPrestatie(p));
        }
        pk.einde();
        List<String> codes = Retourlezer.codes(k.knoop(B, "RetourCodes"));
        k.einde();
        return onthoud(new Declaratieantwoordbericht.Client(bsn, prestaties, codes), c);
    }

    private Declaratieantwoordbericht.Prestatie afgewezenPrestatie(Knoop p) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(p);
        Kinderen r = new Kinderen(k.knoop(B, "ProductReferentie"));
        String referentie = r.tekst(BASIS, "ReferentieNummer");
        String vorige = r.optioneel(BASIS, "VorigReferentieNummer");
        r.einde();
        long toewijzing = k.getal(B, "ToewijzingNummer", NUMMER_MAX);
        String categorie = k.tekst(B, "ProductCategorie");
        String code = k.tekst(B, "ProductCode");
        Kinderen periode = new Kinderen(k.knoop(B, "ProductPeriode"));
        var begin = periode.datum(BASIS, "Begindatum");
        var eind = periode.datum(BASIS, "Einddatum");
        periode.einde();
        long volume = k.getal(B, "GeleverdVolume", VOLUME_MAX);
        String eenheid = k.tekst(B, "Eenheid");
        Long tarief = k.optioneelGetal(B, "ProductTarief", BEDRAG_MAX);
        Kinderen b = new Kinderen(k.knoop(B, "IngediendBedrag"));
        long bedrag = b.getal(BASIS, "Bedrag", BEDRAG_MAX);
        String dc = debetCredit(b.knoop(BASIS, "DebetCredit"));
        b.einde();
        List<String> codes = Retourlezer.codes(k.knoop(B, "RetourCodes"));
        k.einde();
        return onthoud(new Declaratieantwoordbericht.Prestatie(referentie, vorige, toewijzing, categorie, code, begin, eind,
                volume, eenheid, tarief, new Declaratieantwoordbericht.Bedrag(bedrag, dc), codes), p);
    }

    private Declaratieantwoordbericht.Bedrag totaal(Knoop t) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(t);
        long bedrag = k.getal(BASIS, "TotaalBedrag", TOTAALBEDRAG_MAX);
        String dc = debetCredit(k.knoop(BASIS, "DebetCredit"));
        k.einde();
        return new Declaratieantwoordbericht.Bedrag(bedrag, dc);
    }

    /** COD043: D or C; the amounts' sign depends on it, so the reader refuses anything else even without the XSD. */
    private static String debetCredit(Knoop k) throws OngeldigBerichtException {
        String dc = Kinderen.waarde(k);
        if (!dc.equals("D") && !dc.equals("C")) {
            throw new OngeldigBerichtException(k.regel, "WAARDE", "DebetCredit '" + Meldingtekst.schoon(dc)
                    + "' is niet D (debet) of C (credit)");
        }
        return dc;
    }

    private void versie(Kinderen k, String naam, String verwacht) throws OngeldigBerichtException {
        Knoop v = k.knoop(B, naam);
        String waarde = Kinderen.waarde(v);
        if (!waarde.equals(verwacht)) {
            throw new OngeldigBerichtException(v.regel, "BERICHTCODE", naam + " '" + Meldingtekst.schoon(waarde)
                    + "' is niet die van release 3.2 (verwacht " + verwacht + ")");
        }
    }

    private Toewijzingsbericht toewijzing(Header header, Knoop c) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(c);
        String bsn = k.tekst(B, "Bsn");
        Geboortedatum geboortedatum = geboortedatum(k.knoop(B, "Geboortedatum"));
        String geslacht = k.tekst(B, "Geslacht");
        Naam naam = naam(k.knoop(B, "Naam"), true);
        Knoop comm = k.optioneelKnoop(B, "Communicatie");
        Communicatie communicatie = null;
        if (comm != null) {
            Kinderen ck = new Kinderen(comm);
            communicatie = new Communicatie(ck.tekst(BASIS, "Vorm"), ck.optioneel(BASIS, "Taal"));
            ck.einde();
        }
        String juridisch = k.optioneel(B, "JuridischeStatus");
        String vertegenwoordiging = k.optioneel(B, "WettelijkeVertegenwoordiging");
        String commentaar = k.optioneel(B, "Commentaar");
        List<Relatie> relaties = new ArrayList<>();
        Knoop rel = k.optioneelKnoop(B, "Relaties");
        if (rel != null) {
            Kinderen rk = new Kinderen(rel);
            for (Knoop r : rk.herhaald(B, "Relatie")) {
                relaties.add(relatie(r));
            }
            rk.einde();
        }
        List<Contact> contacten = new ArrayList<>();
        Kinderen ck = new Kinderen(k.knoop(B, "Contactgegevens"));
        for (Knoop x : ck.herhaald(B, "Contact")) {
            contacten.add(contact(x));
        }
        ck.einde();
        List<ToegewezenProduct> producten = new ArrayList<>();
        Kinderen pk = new Kinderen(k.knoop(B, "ToegewezenProducten"));
        for (Knoop p : pk.herhaald(B, "ToegewezenProduct")) {
            producten.add(toegewezen(p));
        }
        pk.einde();
        k.einde();
        Toewijzingsbericht.Client client = onthoud(new Toewijzingsbericht.Client(bsn, geboortedatum, geslacht, naam,
                communicatie, juridisch, vertegenwoordiging, commentaar, relaties, contacten), c);
        return new Toewijzingsbericht(header, client, producten);
    }

    private ToegewezenProduct toegewezen(Knoop p) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(p);
        ToegewezenProduct t = new ToegewezenProduct(k.getal(B, "ToewijzingNummer", NUMMER_MAX),
                k.optioneel(B, "ReferentieAanbieder"), product(k.optioneelKnoop(B, "Product")),
                k.datum(B, "Toewijzingsdatum"), k.tijd(B, "Toewijzingstijd"), k.datum(B, "Ingangsdatum"),
                k.optioneleDatum(B, "Einddatum"), k.optioneel(B, "RedenWijziging"), omvang(k.optioneelKnoop(B, "Omvang")),
                k.optioneelGetal(B, "Budget", VOLUME_MAX), k.optioneel(B, "Commentaar"));
        k.einde();
        return onthoud(t, p);
    }

    private Clientkern kern(Kinderen k, Knoop c) throws OngeldigBerichtException {
        return onthoud(new Clientkern(k.tekst(B, "Bsn"), geboortedatum(k.knoop(B, "Geboortedatum")), k.tekst(B, "Geslacht"),
                naam(k.knoop(B, "Naam"), false)), c);
    }

    private Startbericht start(Header header, Knoop c) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(c);
        Clientkern client = kern(k, c);
        List<StartProduct> producten = new ArrayList<>();
        Kinderen pk = new Kinderen(k.knoop(B, "StartProducten"));
        for (Knoop p : pk.herhaald(B, "StartProduct")) {
            Kinderen x = new Kinderen(p);
            producten.add(onthoud(new StartProduct(x.optioneelGetal(B, "ToewijzingNummer", NUMMER_MAX),
                    product(x.optioneelKnoop(B, "Product")), x.optioneleDatum(B, "ToewijzingIngangsdatum"),
                    x.datum(B, "Begindatum"), x.tekst(B, "StatusAanlevering")), p));
            x.einde();
        }
        pk.einde();
        k.einde();
        return new Startbericht(header, client, producten);
    }

    private Stopbericht stop(Header header, Knoop c) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(c);
        Clientkern client = kern(k, c);
        List<StopProduct> producten = new ArrayList<>();
        Kinderen pk = new Kinderen(k.knoop(B, "StopProducten"));
        for (Knoop p : pk.herhaald(B, "StopProduct")) {
            Kinderen x = new Kinderen(p);
            producten.add(onthoud(new StopProduct(x.optioneelGetal(B, "ToewijzingNummer", NUMMER_MAX),
                    product(x.optioneelKnoop(B, "Product")), x.optioneleDatum(B, "ToewijzingIngangsdatum"),
                    x.datum(B, "Begindatum"), x.tekst(B, "RedenBeeindiging"), x.datum(B, "Einddatum"),
                    x.tekst(B, "StatusAanlevering")), p));
            x.einde();
        }
        pk.einde();
        k.einde();
        return new Stopbericht(header, client, producten);
    }

    private Toewijzingsverzoek verzoekOmToewijzing(Header header, Knoop c) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(c);
        Clientkern client = kern(k, c);
        String gezagsdrager = soort.wet() == Wet.JEUGDWET ? k.optioneel(B, "GezagsdragerBekend") : null;
        String commentaar = k.optioneel(B, "Commentaar");
        List<AangevraagdProduct> producten = new ArrayList<>();
        Kinderen pk = new Kinderen(k.knoop(B, "AangevraagdeProducten"));
        for (Knoop p : pk.herhaald(B, "AangevraagdProduct")) {
            Kinderen x = new Kinderen(p);
            String referentie = x.tekst(B, "ReferentieAanbieder");
            Long beschikking = x.optioneelGetal(B, "BeschikkingNummer", NUMMER_MAX);
            Product product = product(x.optioneelKnoop(B, "Product"));
            var beschikkingIngang = x.optioneleDatum(B, "BeschikkingIngangsdatum");
            var ingang = x.datum(B, "ToewijzingIngangsdatum");
            var eind = x.optioneleDatum(B, "ToewijzingEinddatum");
            Omvang omvang = omvang(x.optioneelKnoop(B, "Omvang"));
            Long budget = x.optioneelGetal(B, "Budget", VOLUME_MAX);
            Verwijzer verwijzer = null;
            Knoop v = x.knoop(B, "Verwijzer");
            Kinderen vk = new Kinderen(v);
            verwijzer = new Verwijzer(vk.tekst(BASIS, "Type"), vk.optioneel(BASIS, "Naam"), vk.optioneel(BASIS, "ZorgverlenerCode"));
            vk.einde();
            producten.add(onthoud(new AangevraagdProduct(referentie, beschikking, product, beschikkingIngang, ingang, eind,
                    omvang, budget, verwijzer, x.optioneel(B, "Raamcontract"), x.optioneel(B, "Commentaar")), p));
            x.einde();
        }
        pk.einde();
        k.einde();
        return new Toewijzingsverzoek(header, client, gezagsdrager, commentaar, producten);
    }

    private Wijzigingsverzoek verzoekOmWijziging(Header header, Knoop c) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(c);
        String bsn = k.tekst(B, "Bsn");
        Knoop vz = k.knoop(B, "Verzoek");
        k.einde();
        Kinderen v = new Kinderen(vz);
        String referentie = v.tekst(B, "ReferentieAanbieder");
        String reden = v.tekst(B, "RedenVerzoek");
        List<Long> ongewijzigd = new ArrayList<>();
        Knoop o = v.optioneelKnoop(B, "OngewijzigdeProducten");
        if (o != null) {
            Kinderen ok = new Kinderen(o);
            for (Knoop p : ok.herhaald(B, "OngewijzigdProduct")) {
                Kinderen x = new Kinderen(p);
                ongewijzigd.add(x.getal(B, "ToewijzingNummer", NUMMER_MAX));
                x.einde();
            }
            ok.einde();
        }
        List<TeWijzigenProduct> teWijzigen = new ArrayList<>();
        Knoop t = v.optioneelKnoop(B, "TeWijzigenProducten");
        if (t != null) {
            Kinderen tk = new Kinderen(t);
            for (Knoop p : tk.herhaald(B, "TeWijzigenProduct")) {
                Kinderen x = new Kinderen(p);
                teWijzigen.add(onthoud(new TeWijzigenProduct(x.getal(B, "ToewijzingNummer", NUMMER_MAX),
                        x.datum(B, "GewensteIngangsdatum"), x.optioneleDatum(B, "Einddatum"),
                        omvang(x.optioneelKnoop(B, "Omvang")), x.optioneelGetal(B, "Budget", VOLUME_MAX)), p));
                x.einde();
            }
            tk.einde();
        }
        List<NieuwProduct> nieuw = new ArrayList<>();
        Knoop n = v.optioneelKnoop(B, "NieuweProducten");
        if (n != null) {
            Kinderen nk = new Kinderen(n);
            for (Knoop p : nk.herhaald(B, "NieuwProduct")) {
                Kinderen x = new Kinderen(p);
                nieuw.add(onthoud(new NieuwProduct(product(x.optioneelKnoop(B, "Product")),
                        x.datum(B, "GewensteIngangsdatum"), x.optioneleDatum(B, "Einddatum"),
                        omvang(x.optioneelKnoop(B, "Omvang")), x.optioneelGetal(B, "Budget", VOLUME_MAX)), p));
                x.einde();
            }
            nk.einde();
        }
        v.einde();
        return new Wijzigingsverzoek(header, bsn, referentie, reden, ongewijzigd, teWijzigen, nieuw);
    }

    private Antwoordbericht antwoord(Header header, Knoop a) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(a);
        String referentie = k.tekst(B, "ReferentieAanbieder");
        String antwoord = k.tekst(B, "VerzoekAntwoord");
        String reden = k.optioneel(B, "RedenAfwijzingVerzoek");
        String gemeente = null;
        if (soort.wet() == Wet.JEUGDWET) {
            Knoop w = k.optioneelKnoop(B, "Woonplaatsbeginsel");
            if (w != null) {
                Kinderen wk = new Kinderen(w);
                gemeente = wk.tekst(B, "Gemeente");
                wk.einde();
            }
        }
        k.einde();
        return onthoud(new Antwoordbericht(header, referentie, antwoord, reden, gemeente), a);
    }

    private Geboortedatum geboortedatum(Knoop g) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(g);
        Geboortedatum d = new Geboortedatum(k.datum(BASIS, "Datum"), k.optioneel(BASIS, "DatumGebruik"));
        k.einde();
        return d;
    }

    private Naam naam(Knoop n, boolean volledig) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(n);
        Achternaam geslachtsnaam = achternaam(k.knoop(BASIS, "Geslachtsnaam"));
        Knoop partner = volledig ? k.optioneelKnoop(BASIS, "Partnernaam") : null;
        Naam naam = new Naam(geslachtsnaam, partner == null ? null : achternaam(partner), k.optioneel(BASIS, "Voornamen"),
                k.optioneel(BASIS, "Voorletters"), volledig ? k.tekst(BASIS, "NaamGebruik") : null);
        k.einde();
        return naam;
    }

    private Achternaam achternaam(Knoop a) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(a);
        Achternaam n = new Achternaam(k.tekst(BASIS, "Achternaam"), k.optioneel(BASIS, "Voorvoegsel"));
        k.einde();
        return n;
    }

    private Relatie relatie(Knoop r) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(r);
        long nummer = k.getal(B, "Nummer", NUMMER_MAX);
        Long volgorde = k.optioneelGetal(B, "Volgorde", 99);
        String soortRelatie = k.tekst(B, "Soort");
        Knoop g = k.optioneelKnoop(B, "Geboortedatum");
        Geboortedatum geboortedatum = g == null ? null : geboortedatum(g);
        String geslacht = k.optioneel(B, "Geslacht");
        Naam naam = naam(k.knoop(B, "Naam"), true);
        Contact contact = contact(k.knoop(B, "Contact"));
        k.einde();
        return new Relatie(nummer, volgorde == null ? null : volgorde.intValue(), soortRelatie, geboortedatum, geslacht, naam,
                contact);
    }

    private Contact contact(Knoop c) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(c);
        String soortAdres = k.tekst(B, "Soort");
        Knoop a = k.optioneelKnoop(B, "Adres");
        Adres adres = a == null ? null : adres(a);
        String organisatie = k.optioneel(B, "Organisatie");
        Telefoon t1 = null;
        Telefoon t2 = null;
        Knoop t = k.optioneelKnoop(B, "Telefoon");
        if (t != null) {
            Kinderen tk = new Kinderen(t);
            t1 = telefoon(tk.knoop(BASIS, "Telefoon01"));
            Knoop tweede = tk.optioneelKnoop(BASIS, "Telefoon02");
            t2 = tweede == null ? null : telefoon(tweede);
            tk.einde();
        }
        String email = k.optioneel(B, "Emailadres");
        Contact.Periode periode = null;
        Knoop p = k.optioneelKnoop(B, "Periode");
        if (p != null) {
            Kinderen pk = new Kinderen(p);
            periode = new Contact.Periode(pk.optioneleDatum(BASIS, "Begindatum"), pk.optioneleDatum(BASIS, "Einddatum"));
            pk.einde();
        }
        k.einde();
        return new Contact(soortAdres, adres, organisatie, t1, t2, email, periode);
    }

    private Telefoon telefoon(Knoop t) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(t);
        Telefoon tel = new Telefoon(k.tekst(BASIS, "Telefoonnummer"), k.tekst(BASIS, "Landnummer"));
        k.einde();
        return tel;
    }

    private Adres adres(Knoop a) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(a);
        Knoop huis = k.optioneelKnoop(BASIS, "Huis");
        String nummer = null;
        String letter = null;
        String toevoeging = null;
        String aanduiding = null;
        if (huis != null) {
            Kinderen h = new Kinderen(huis);
            nummer = h.tekst(BASIS, "Huisnummer");
            letter = h.optioneel(BASIS, "Huisletter");
            toevoeging = h.optioneel(BASIS, "HuisnummerToevoeging");
            aanduiding = h.optioneel(BASIS, "AanduidingWoonadres");
            h.einde();
        }
        Adres adres = new Adres(nummer, letter, toevoeging, aanduiding, k.optioneel(BASIS, "Postcode"),
                k.optioneel(BASIS, "Straatnaam"), k.optioneel(BASIS, "Plaatsnaam"), k.optioneel(BASIS, "LandCode"));
        k.einde();
        return adres;
    }

    private Product product(Knoop p) throws OngeldigBerichtException {
        if (p == null) {
            return null;
        }
        Kinderen k = new Kinderen(p);
        Product product = new Product(k.tekst(BASIS, "Categorie"), k.optioneel(BASIS, "Code"));
        k.einde();
        return product;
    }

    private Omvang omvang(Knoop o) throws OngeldigBerichtException {
        if (o == null) {
            return null;
        }
        Kinderen k = new Kinderen(o);
        Omvang omvang = new Omvang(k.getal(BASIS, "Volume", VOLUME_MAX), k.tekst(BASIS, "Eenheid"),
                k.tekst(BASIS, "Frequentie"));
        k.einde();
        return omvang;
    }
}
