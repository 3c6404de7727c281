package nl.indiceer.berichten.xml;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import nl.indiceer.berichten.AangevraagdProduct;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Adres;
import nl.indiceer.berichten.Antwoordbericht;
import nl.indiceer.berichten.Bericht;
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
 * Writes a message of the model as the XML of its XSD, element by element in the schema's order. The result is the
 * file's bytes: UTF-8 without BOM, CR/LF line ends (OP192).
 */
public final class Berichtschrijver {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Berichtschrijver() {
    }

    public static byte[] schrijf(Bericht bericht) {
        return tekst(bericht).getBytes(StandardCharsets.UTF_8);
    }

    /** The message as text (what {@link #schrijf} encodes). */
    public static String tekst(Bericht bericht) {
        if (bericht instanceof Declaratieantwoordbericht d) {
            return XmlSchrijver.schrijf(d.soort(), declaratieantwoord(d));
        }
        Knoop wortel = Knoop.bericht("Bericht").kind(header(bericht.header()));
        if (bericht instanceof Toewijzingsbericht t) {
            wortel.kind(client301(t));
        } else if (bericht instanceof Startbericht s) {
            Knoop producten = Knoop.bericht("StartProducten");
            s.producten().forEach(p -> producten.kind(start(p)));
            wortel.kind(kern(s.client()).kind(producten));
        } else if (bericht instanceof Stopbericht s) {
            Knoop producten = Knoop.bericht("StopProducten");
            s.producten().forEach(p -> producten.kind(stop(p)));
            wortel.kind(kern(s.client()).kind(producten));
        } else if (bericht instanceof Toewijzingsverzoek v) {
            Knoop producten = Knoop.bericht("AangevraagdeProducten");
            v.producten().forEach(p -> producten.kind(aangevraagd(p)));
            Knoop client = kern(v.client());
            client.tekst("GezagsdragerBekend", v.soort().wet() == Wet.JEUGDWET ? v.gezagsdragerBekend() : null)
                    .tekst("Commentaar", v.commentaar()).kind(producten);
            wortel.kind(client);
        } else if (bericht instanceof Wijzigingsverzoek v) {
            wortel.kind(Knoop.bericht("Client").tekst("Bsn", v.bsn()).kind(verzoek(v)));
        } else if (bericht instanceof Antwoordbericht a) {
            wortel.kind(antwoord(a));
        }
        return XmlSchrijver.schrijf(bericht.soort(), wortel);
    }

    private static Knoop header(Header h) {
        return Knoop.bericht("Header")
                .tekst("BerichtCode", h.soort().berichtcode())
                .tekst("BerichtVersie", nl.indiceer.berichten.Berichtsoort.BERICHTVERSIE)
                .tekst("BerichtSubversie", nl.indiceer.berichten.Berichtsoort.BERICHTSUBVERSIE)
                .tekst("Afzender", h.afzender())
                .tekst("Ontvanger", h.ontvanger())
                .kind(Knoop.bericht("BerichtIdentificatie").basistekst("Identificatie", h.identificatie())
                        .basistekst("Dagtekening", h.dagtekening()))
                .kind(Knoop.bericht("XsdVersie").basistekst("BasisschemaXsdVersie", h.xsdVersie().basisschema())
                        .basistekst("BerichtXsdVersie", h.xsdVersie().bericht()));
    }

    /** The 325 from its model (Indiceer writes its own 325s streaming, with {@code Antwoordschrijver}). */
    private static Knoop declaratieantwoord(Declaratieantwoordbericht d) {
        Knoop kop = header(d.header())
                .kind(Knoop.bericht("DeclaratieIdentificatie").basistekst("Identificatie", d.declaratieIdentificatie())
                        .basistekst("Dagtekening", d.declaratieDagtekening()))
                .tekst("XsltVersie", d.xsltVersie())
                .kind(Knoop.bericht("XsdVersieDeclaratie")
                        .basistekst("BasisschemaXsdVersie", d.xsdVersieDeclaratie().basisschema())
                        .basistekst("BerichtXsdVersie", d.xsdVersieDeclaratie().bericht()))
                .kind(retourcodes(d.retourcodes()));
        Knoop wortel = Knoop.bericht("Bericht").kind(kop);
        Declaratieantwoordbericht.Antwoord a = d.antwoord();
        if (a != null) {
            Knoop antwoord = Knoop.bericht("DeclaratieAntwoord").tekst("DeclaratieNummer", a.declaratieNummer())
                    .kind(totaal("TotaalIngediendBedrag", a.totaalIngediend()))
                    .kind(totaal("TotaalToegekendBedrag", a.totaalToegekend()));
            if (!a.clienten().isEmpty()) {
                Knoop clienten = Knoop.bericht("Clienten");
                for (Declaratieantwoordbericht.Client c : a.clienten()) {
                    Knoop prestaties = Knoop.bericht("Prestaties");
                    c.prestaties().forEach(p -> prestaties.kind(afgewezen(p)));
                    clienten.kind(Knoop.bericht("Client").tekst("Bsn", c.bsn()).kind(prestaties)
                            .kind(retourcodes(c.retourcodes())));
                }
                antwoord.kind(clienten);
            }
            wortel.kind(antwoord.kind(retourcodes(a.retourcodes())));
        }
        return wortel;
    }

    private static Knoop afgewezen(Declaratieantwoordbericht.Prestatie p) {
        return Knoop.bericht("Prestatie")
                .kind(Knoop.bericht("ProductReferentie").basistekst("ReferentieNummer", p.referentieNummer())
                        .basistekst("VorigReferentieNummer", p.vorigReferentieNummer()))
                .tekst("ToewijzingNummer", p.toewijzingNummer()).tekst("ProductCategorie", p.productCategorie())
                .tekst("ProductCode", p.productCode())
                .kind(Knoop.bericht("ProductPeriode").basistekst("Begindatum", p.begindatum())
                        .basistekst("Einddatum", p.einddatum()))
                .tekst("GeleverdVolume", p.geleverdVolume()).tekst("Eenheid", p.eenheid())
                .tekst("ProductTarief", p.productTarief())
                .kind(Knoop.bericht("IngediendBedrag").basistekst("Bedrag", p.ingediendBedrag().eurocent())
                        .basistekst("DebetCredit", p.ingediendBedrag().debetCredit()))
                .kind(retourcodes(p.retourcodes()));
    }

    private static Knoop totaal(String naam, Declaratieantwoordbericht.Bedrag b) {
        return Knoop.bericht(naam).basistekst("TotaalBedrag", b.eurocent()).basistekst("DebetCredit", b.debetCredit());
    }

    private static Knoop retourcodes(java.util.List<String> codes) {
        Knoop k = Knoop.bericht("RetourCodes");
        codes.forEach(c -> k.tekst("RetourCode", c));
        return k;
    }

    private static Knoop client301(Toewijzingsbericht t) {
        Toewijzingsbericht.Client c = t.client();
        Knoop client = Knoop.bericht("Client").tekst("Bsn", c.bsn()).kind(geboortedatum(c.geboortedatum()))
                .tekst("Geslacht", c.geslacht()).kind(naam(c.naam()))
                .kind(communicatie(c.communicatie()))
                .tekst("JuridischeStatus", c.juridischeStatus())
                .tekst("WettelijkeVertegenwoordiging", c.wettelijkeVertegenwoordiging())
                .tekst("Commentaar", c.commentaar());
        if (!c.relaties().isEmpty()) {
            Knoop relaties = Knoop.bericht("Relaties");
            c.relaties().forEach(r -> relaties.kind(relatie(r)));
            client.kind(relaties);
        }
        Knoop contacten = Knoop.bericht("Contactgegevens");
        c.contactgegevens().forEach(x -> contacten.kind(contact(x)));
        Knoop producten = Knoop.bericht("ToegewezenProducten");
        t.producten().forEach(p -> producten.kind(toegewezen(p)));
        return client.kind(contacten).kind(producten);
    }

    private static Knoop kern(Clientkern c) {
        return Knoop.bericht("Client").tekst("Bsn", c.bsn()).kind(geboortedatum(c.geboortedatum()))
                .tekst("Geslacht", c.geslacht()).kind(naam(c.naam()));
    }

    private static Knoop geboortedatum(Geboortedatum g) {
        return g == null ? null : Knoop.bericht("Geboortedatum").basistekst("Datum", g.datum())
                .basistekst("DatumGebruik", g.datumGebruik());
    }

    private static Knoop naam(Naam n) {
        if (n == null) {
            return null;
        }
        return Knoop.bericht("Naam").kind(achternaam("Geslachtsnaam", n.geslachtsnaam()))
                .kind(achternaam("Partnernaam", n.partnernaam()))
                .basistekst("Voornamen", n.voornamen()).basistekst("Voorletters", n.voorletters())
                .basistekst("NaamGebruik", n.naamGebruik());
    }

    private static Knoop achternaam(String element, Achternaam a) {
        return a == null ? null : Knoop.basis(element).basistekst("Achternaam", a.achternaam())
                .basistekst("Voorvoegsel", a.voorvoegsel());
    }

    private static Knoop communicatie(Communicatie c) {
        return c == null ? null : Knoop.bericht("Communicatie").basistekst("Vorm", c.vorm()).basistekst("Taal", c.taal());
    }

    private static Knoop relatie(Relatie r) {
        return Knoop.bericht("Relatie").tekst("Nummer", r.nummer()).tekst("Volgorde", r.volgorde())
                .tekst("Soort", r.soort()).kind(geboortedatum(r.geboortedatum())).tekst("Geslacht", r.geslacht())
                .kind(naam(r.naam())).kind(contact(r.contact()));
    }

    private static Knoop contact(Contact c) {
        if (c == null) {
            return null;
        }
        Knoop k = Knoop.bericht("Contact").tekst("Soort", c.soort()).kind(adres(c.adres()))
                .tekst("Organisatie", c.organisatie());
        if (c.telefoon01() != null) {
            k.kind(Knoop.bericht("Telefoon").kind(telefoon("Telefoon01", c.telefoon01()))
                    .kind(telefoon("Telefoon02", c.telefoon02())));
        }
        k.tekst("Emailadres", c.emailadres());
        if (c.periode() != null) {
            k.kind(Knoop.bericht("Periode").basistekst("Begindatum", c.periode().begindatum())
                    .basistekst("Einddatum", c.periode().einddatum()));
        }
        return k;
    }

    private static Knoop telefoon(String element, Telefoon t) {
        return t == null ? null : Knoop.basis(element).basistekst("Telefoonnummer", t.telefoonnummer())
                .basistekst("Landnummer", t.landnummer());
    }

    private static Knoop adres(Adres a) {
        if (a == null) {
            return null;
        }
        Knoop k = Knoop.bericht("Adres");
        if (a.huisnummer() != null) {
            k.kind(Knoop.basis("Huis").basistekst("Huisnummer", a.huisnummer()).basistekst("Huisletter", a.huisletter())
                    .basistekst("HuisnummerToevoeging", a.huisnummerToevoeging())
                    .basistekst("AanduidingWoonadres", a.aanduidingWoonadres()));
        }
        return k.basistekst("Postcode", a.postcode()).basistekst("Straatnaam", a.straatnaam())
                .basistekst("Plaatsnaam", a.plaatsnaam()).basistekst("LandCode", a.landCode());
    }

    private static Knoop product(Product p) {
        return p == null ? null : Knoop.bericht("Product").basistekst("Categorie", p.categorie()).basistekst("Code", p.code());
    }

    private static Knoop omvang(Omvang o) {
        return o == null ? null : Knoop.bericht("Omvang").basistekst("Volume", o.volume()).basistekst("Eenheid", o.eenheid())
                .basistekst("Frequentie", o.frequentie());
    }

    private static Knoop toegewezen(ToegewezenProduct p) {
        return Knoop.bericht("ToegewezenProduct").tekst("ToewijzingNummer", p.toewijzingNummer())
                .tekst("ReferentieAanbieder", p.referentieAanbieder()).kind(product(p.product()))
                .tekst("Toewijzingsdatum", p.toewijzingsdatum()).tekst("Toewijzingstijd", tijd(p.toewijzingstijd()))
                .tekst("Ingangsdatum", p.ingangsdatum()).tekst("Einddatum", p.einddatum())
                .tekst("RedenWijziging", p.redenWijziging()).kind(omvang(p.omvang())).tekst("Budget", p.budget())
                .tekst("Commentaar", p.commentaar());
    }

    /** Toewijzingstijd without fractions or a time zone (RS034). */
    private static String tijd(LocalTime t) {
        return t == null ? null : t.format(TIJD);
    }

    private static Knoop start(StartProduct p) {
        return Knoop.bericht("StartProduct").tekst("ToewijzingNummer", p.toewijzingNummer()).kind(product(p.product()))
                .tekst("ToewijzingIngangsdatum", p.toewijzingIngangsdatum()).tekst("Begindatum", p.begindatum())
                .tekst("StatusAanlevering", p.statusAanlevering());
    }

    private static Knoop stop(StopProduct p) {
        return Knoop.bericht("StopProduct").tekst("ToewijzingNummer", p.toewijzingNummer()).kind(product(p.product()))
                .tekst("ToewijzingIngangsdatum", p.toewijzingIngangsdatum()).tekst("Begindatum", p.begindatum())
                .tekst("RedenBeeindiging", p.redenBeeindiging()).tekst("Einddatum", p.einddatum())
                .tekst("StatusAanlevering", p.statusAanlevering());
    }

    private static Knoop aangevraagd(AangevraagdProduct p) {
        Verwijzer v = p.verwijzer();
        return Knoop.bericht("AangevraagdProduct").tekst("ReferentieAanbieder", p.referentieAanbieder())
                .tekst("BeschikkingNummer", p.beschikkingNummer()).kind(product(p.product()))
                .tekst("BeschikkingIngangsdatum", p.beschikkingIngangsdatum())
                .tekst("ToewijzingIngangsdatum", p.toewijzingIngangsdatum())
                .tekst("ToewijzingEinddatum", p.toewijzingEinddatum()).kind(omvang(p.omvang()))
                .tekst("Budget", p.budget())
                .kind(v == null ? null : Knoop.bericht("Verwijzer").basistekst("Type", v.type()).basistekst("Naam", v.naam())
                        .basistekst("ZorgverlenerCode", v.zorgverlenerCode()))
                .tekst("Raamcontract", p.raamcontract()).tekst("Commentaar", p.commentaar());
    }

    private static Knoop verzoek(Wijzigingsverzoek v) {
        Knoop k = Knoop.bericht("Verzoek").tekst("ReferentieAanbieder", v.referentieAanbieder())
                .tekst("RedenVerzoek", v.redenVerzoek());
        if (!v.ongewijzigd().isEmpty()) {
            Knoop o = Knoop.bericht("OngewijzigdeProducten");
            v.ongewijzigd().forEach(n -> o.kind(Knoop.bericht("OngewijzigdProduct").tekst("ToewijzingNummer", n)));
            k.kind(o);
        }
        if (!v.teWijzigen().isEmpty()) {
            Knoop t = Knoop.bericht("TeWijzigenProducten");
            for (TeWijzigenProduct p : v.teWijzigen()) {
                t.kind(Knoop.bericht("TeWijzigenProduct").tekst("ToewijzingNummer", p.toewijzingNummer())
                        .tekst("GewensteIngangsdatum", p.gewensteIngangsdatum()).tekst("Einddatum", p.einddatum())
                        .kind(omvang(p.omvang())).tekst("Budget", p.budget()));
            }
            k.kind(t);
        }
        if (!v.nieuw().isEmpty()) {
            Knoop n = Knoop.bericht("NieuweProducten");
            for (NieuwProduct p : v.nieuw()) {
                n.kind(Knoop.bericht("NieuwProduct").kind(product(p.product()))
                        .tekst("GewensteIngangsdatum", p.gewensteIngangsdatum()).tekst("Einddatum", p.einddatum())
                        .kind(omvang(p.omvang())).tekst("Budget", p.budget()));
            }
            k.kind(n);
        }
        return k;
    }

    private static Knoop antwoord(Antwoordbericht a) {
        Knoop k = Knoop.bericht("Antwoord").tekst("ReferentieAanbieder", a.referentieAanbieder())
                .tekst("VerzoekAntwoord", a.verzoekAntwoord()).tekst("RedenAfwijzingVerzoek", a.redenAfwijzingVerzoek());
        if (a.woonplaatsbeginselGemeente() != null && a.soort().wet() == Wet.JEUGDWET) {
            k.kind(Knoop.bericht("Woonplaatsbeginsel").tekst("Gemeente", a.woonplaatsbeginselGemeente()));
        }
        return k;
    }
}
