package nl.indiceer.toetsing;

import nl.indiceer.regeling.Ernst;

/**
 * The catalogue of findings: every code the engine can emit, declared once, with its default severity,
 * its Dutch text template and where it comes from. The engine emits a code with parameters; the text is
 * rendered at the edge ({@link Bevindingtekst}), so the CLI, the web page and the letter say the same.
 *
 * <p>Template syntax: {@code {naam}} is a parameter; {@code {naam?A|B}} renders A when the parameter is
 * present (not null, not false, not empty) and B otherwise, and both may hold parameters again;
 * {@code {naam* of }} joins a list with " of " (default ", "). The table in docs/aanvraag-formaat.md is
 * checked against this catalogue by {@code BevindingcatalogusTest}.
 */
public enum Bevindingcode {

    // --- the request against the product ---
    PERIODE_NIET_TOEGESTAAN(Ernst.FOUT, "product: perioden",
            "{product} kan niet {periode} worden toegewezen; wel: {toegestaan}."),
    PERIODEVOORWAARDE(Ernst.INFO, "regeling: periodevoorwaarden (ernst volgens de regeling)",
            "{melding}"),
    PRODUCT_NIET_INGEKOCHT(Ernst.FOUT, "product: gemeenten",
            "{gemeente} koopt {product} niet in; alleen {gemeenten}."),
    FINANCIERING_NIET_TOEGESTAAN(Ernst.FOUT, "product: financiering_niet_toegestaan",
            "{product} kan niet als {financiering} worden toegekend."),
    GEEN_TARIEVEN_IN_REGELING(Ernst.INFO, "product: tarieven (leeg)",
            "De bron van deze regeling geeft geen tarieven voor {product}; de kosten zijn niet te berekenen."),
    TARIEF_ONBEKEND(Ernst.WAARSCHUWING, "product: tarieven",
            "Er is geen gepubliceerd tarief voor {product} als {financiering}; de kosten zijn niet te berekenen."),
    DUUR_TE_LANG(Ernst.FOUT, "product of variant: duur (WAARSCHUWING als de duur een richtlijn is)",
            "{product}: de geldigheidsduur van {duur} is langer dan {richtlijn?de richtlijn|het maximum} van {maximum}."
                    + "{richtlijn? Langer kan in afstemming; motiveer waarom." + Teksten.RICHTLIJNBRON + "|}"),
    LEEFTIJD_BIJ_START(Ernst.FOUT, "product: leeftijd",
            "{vanaf?{product} is vanaf {vanaf} jaar; de cliënt is bij de start {leeftijd}."
                    + "|{product} is tot {tot} jaar; de cliënt is bij de start al {leeftijd}.}"),
    LEEFTIJD_BIJ_EINDE(Ernst.WAARSCHUWING, "product: leeftijd",
            "{product} is tot {tot} jaar; de cliënt wordt {tot} op {verjaardag}, voor de einddatum {einddatum}. "
                    + "Beoordeel wat daarna voorliggend is."),
    JEUGDWET_18_PLUS(Ernst.WAARSCHUWING, "Jeugdwet art. 1.1 (product zonder eigen leeftijdsgrens)",
            "De cliënt is bij de start {leeftijd} jaar. Jeugdhulp na 18 jaar is verlengde jeugdhulp en kan alleen onder "
                    + "voorwaarden (Jeugdwet art. 1.1); beoordeel of de Wmo, Zvw of Wlz voorliggend is."),
    JEUGDWET_WORDT_18(Ernst.WAARSCHUWING, "Jeugdwet art. 1.1 (product zonder eigen leeftijdsgrens)",
            "De cliënt wordt 18 op {verjaardag}, voor de einddatum {einddatum}. Daarna is het verlengde jeugdhulp "
                    + "(Jeugdwet art. 1.1); beoordeel wat voorliggend is."),
    LEEFTIJD_UITZONDERING(Ernst.INFO, "product: leeftijd.uitzonderingen, of regeling: verlengde_jeugdhulp (een feit in de "
            + "aanvraag)",
            "{product}: {uitzondering} kan bij uitzondering, en die geldt: in de aanvraag staat ja op '{vraag}' (feiten.{feit})."),
    LEEFTIJD_UITZONDERING_MOTIVEREN(Ernst.WAARSCHUWING, "product: leeftijd.uitzonderingen (zonder voorwaarde)",
            "{product} is {norm}; {uitzondering} alleen bij uitzondering. De cliënt is {leeftijd}: motiveer waarom de "
                    + "uitzondering geldt."),
    GARANTIEFASE(Ernst.FOUT, "regeling: garantiefase (feit: dezelfde hulpvraag)",
            "{aanbieder} had {eerder} in {segment} tot {einde}, minder dan {maanden} maanden voor de start van {product}; "
                    + "in de aanvraag staat ja op '{vraag}' (feiten.{feit}). Dat is de garantiefase: geen nieuwe indicatie, "
                    + "de aanbieder neemt de cliënt opnieuw in zorg binnen het eerder toegewezen traject. Rek de einddatum "
                    + "van die toewijzing op (verlengt: {toewijzing}); er komt geen nieuw trajectbedrag bij (bij PxQ mag "
                    + "de aanbieder wel nieuwe declaraties indienen)."),
    GARANTIEFASE_MOGELIJK(Ernst.WAARSCHUWING, "regeling: garantiefase",
            "{aanbieder} had {eerder} in {segment} tot {einde}, minder dan {maanden} maanden voor de start van {product}: "
                    + "mogelijk de garantiefase (geen nieuwe indicatie, geen nieuw geld). Geef op: '{vraag}' "
                    + "(feiten.{feit}, true of false)."),
    GARANTIEFASE_NIET_VAN_TOEPASSING(Ernst.INFO, "regeling: garantiefase (feit: dezelfde hulpvraag)",
            "{aanbieder} had {eerder} in {segment} tot {einde}; in de aanvraag staat nee op '{vraag}' (feiten.{feit}), dus "
                    + "geen garantiefase: een nieuwe indicatie kan."),
    TARIEF_PER_DEEL(Ernst.INFO, "tarievenbestand: tarieven per datum (regelingen/<regio>/tarieven-<datum>.yaml)",
            "{product} loopt over {delen} tariefperioden (tariefwissel op {wissels* en }): elk deel is geprijsd met het "
                    + "tarief dat dan geldt; zie de stappen van de kostenberekening."),
    LIFE_EVENT_NAAR_RATO(Ernst.INFO, "regeling: life_event (feit: voortijdig afgebroken door een life-event)",
            "{product} eindigt op {einddatum}, voor het einde van de toewijzing ({oorspronkelijk}), en in de aanvraag staat "
                    + "ja op '{vraag}' (feiten.{feit}): het traject wordt naar rato betaald, {maanden} van {looptijd} "
                    + "maanden: {bedrag} in plaats van {trajectprijs}; er wordt niet afgerekend."),
    LIFE_EVENT_ONBEKEND(Ernst.WAARSCHUWING, "regeling: life_event",
            "{product} eindigt op {einddatum}, voor het einde van toewijzing {toewijzing} ({oorspronkelijk}). Komt dat door "
                    + "een life-event, dan wordt het traject naar rato betaald (alleen de maanden waarin hulp is geleverd); "
                    + "anders blijft het volle trajectbedrag. Geef op: '{vraag}' (feiten.{feit}, true of false)."),
    LIFE_EVENT_NIET_VAN_TOEPASSING(Ernst.INFO, "regeling: life_event (feit: voortijdig afgebroken door een life-event)",
            "{product} eindigt op {einddatum}, voor het einde van de toewijzing ({oorspronkelijk}), maar in de aanvraag "
                    + "staat nee op '{vraag}' (feiten.{feit}): het volle trajectbedrag ({trajectprijs}) blijft, "
                    + "ongeacht de looptijd."),
    LEEFTIJD_UITZONDERING_NIET_VOLDAAN(Ernst.INFO, "product: leeftijd.uitzonderingen, of regeling: verlengde_jeugdhulp",
            "{product}: {uitzondering} kan alleen als het antwoord op een van deze vragen ja is: '{vragen*' of '}'; in de "
                    + "aanvraag staat overal nee."),
    START_VOOR_REGELING(Ernst.WAARSCHUWING, "regeling: geldig_vanaf",
            "De toewijzing begint op {begindatum}, voor de regeling die hier is toegepast (geldig vanaf {geldigVanaf}). "
                    + "Voor de periode daarvoor kan een andere regeling gelden."),
    VOORWAARDE(Ernst.INFO, "product: voorwaarden (wat de tool niet zelf kan toetsen)",
            "{tekst}"),

    // --- the volume ---
    VOLUME_ONMOGELIJK(Ernst.FOUT, "een week heeft 168 uur",
            "{product}: {uurPerWeek} uur per week is meer dan een week heeft (168 uur). Controleer de posten."),
    LIMIET_PER_WEEK_OVERSCHREDEN(Ernst.FOUT, "product of variant: limieten per week (WAARSCHUWING bij een richtlijn)",
            Teksten.LIMIET),
    LIMIET_PER_MAAND_OVERSCHREDEN(Ernst.FOUT, "product of variant: limieten per maand (WAARSCHUWING bij een richtlijn)",
            Teksten.LIMIET),
    LIMIET_TOTAAL_OVERSCHREDEN(Ernst.FOUT, "product of variant: limieten totaal (WAARSCHUWING bij een richtlijn)",
            Teksten.LIMIET),
    LIMIET_NIET_TOETSBAAR(Ernst.WAARSCHUWING, "product of variant: limieten",
            "De limiet van {maximum} {per} is niet te vergelijken met een volume in {eenheid}."),
    MAAND_BOVEN_FACTOR_WEEKVOLUME(Ernst.WAARSCHUWING, "constanten: maximaal_maand_factor_weekgemiddelde (000:222)",
            "{product}: {maandvolume} minuten per maand is meer dan {factor} × het "
                    + "{opgegeven?opgegeven gemiddelde weekvolume|weekvolume uit de posten per week (geef gemiddeld_per_week "
                    + "op als het gemiddelde anders is)} van {weekvolume} minuten (= {maximum} minuten). Motiveer de "
                    + "flexibiliteit in het ondersteuningsplan."),
    WEEKGEMIDDELDE_ONBEKEND(Ernst.INFO, "constanten: maximaal_maand_factor_weekgemiddelde (000:222)",
            "Geef het gemiddelde weekvolume op (gemiddeld_per_week) om de regel 'per maand maximaal {factor} × het "
                    + "weekvolume' te toetsen."),
    AFWIJKING_VAST_VOLUME(Ernst.WAARSCHUWING, "product of variant: vast_volume",
            "{product} heeft een afgesproken volume van {afgesproken} {per}; de opbouw geeft {gevraagd} {eenheid}. "
                    + "Motiveer de afwijking."),
    AFGEROND_NAAR_BOVEN(Ernst.INFO, "CRvB: nooit naar beneden afronden (WAARSCHUWING bij een grovere eenheid dan minuten)",
            "Het volume is naar boven afgerond op {toegewezen} {periode}; er wordt nooit naar beneden afgerond."
                    + "{grof?{tijdseenheid? Toewijzen in minuten voorkomt dat meer wordt toegewezen dan de opbouw geeft."
                    + "| Kies een langere periode (per maand of totaal) om niet meer toe te wijzen dan de opbouw geeft.}|}"),
    NIET_IN_PRODUCTEENHEID(Ernst.WAARSCHUWING, "product: eenheid",
            "{product} wordt geïndiceerd in {producteenheid}; {opVerzoek?op verzoek toegewezen in minuten."
                    + "|de opbouw geeft geen heel aantal {producteenheid} {periode}, dus toegewezen in minuten.}"),
    WEKEN_PER_MAAND_NIET_IN_REGELING(Ernst.WAARSCHUWING, "constanten: weken_per_maand ontbreekt",
            "De regeling noemt niet hoeveel weken een maand telt; omgerekend met weken per jaar ÷ 12 = {wekenPerMaand} "
                    + "weken. Controleer dit met het beleid van de regio."),

    CONSULTDUUR_BUITEN_GRENZEN(Ernst.FOUT, "product: consult (WAARSCHUWING bij een richtlijn)",
            "{product}: een consult{post? ({post})|} van {duur} ligt buiten de duur per consult: "
                    + "{minimum?minimaal {minimum}|}{maximum?{minimum? en |}maximaal {maximum}|}." + Teksten.RICHTLIJN),
    CONSULTEN_ONBEKEND(Ernst.WAARSCHUWING, "product: consult",
            "{product} heeft regels per consult ({minimum?minimaal {minimum}|}{maximum?{minimum? en |}maximaal {maximum}|} "
                    + "per consult). Geef aan welke posten consulten zijn (\"consult\": true), dan worden ze getoetst."),

    // --- over time and over several products ---
    PERIODELIMIET_OVERSCHREDEN(Ernst.FOUT, "regeling: periodelimieten (WAARSCHUWING bij een richtlijn)",
            "{producten* en }: {volume} {eenheid} in de {maanden} maanden van {van} tot en met {tot} ({betrokkenen}) is "
                    + "meer dan {richtlijn?de richtlijn|het maximum} van {maximum} {eenheid} per {maanden} maanden."
                    + "{totaalGeheel? Een toewijzing totaal binnen de geldigheidsduur telt helemaal mee in elke periode die "
                    + "zij raakt: zij kan er in haar geheel in vallen.|}"
                    + Teksten.RICHTLIJN),
    VERHOUDING_OVERSCHREDEN(Ernst.FOUT, "regeling: verhoudingen (WAARSCHUWING bij een richtlijn)",
            "{product}: {aantal} van {van} tot en met {tot} naast {basis} {met* of } is meer dan {richtlijn?de richtlijn van |}"
                    + "{maximum} per {per}.{omrekening? Omrekening volgens de bron: {omrekening*; }.|}" + Teksten.RICHTLIJN),
    GEZAMENLIJKE_DUUR_TE_LANG(Ernst.FOUT, "regeling: gezamenlijke_duur (WAARSCHUWING bij een richtlijn)",
            "{producten* en } duren samen {duur} maanden, van {van} tot en met {tot}{inzet? (tot het einde van de hulp "
                    + "zelf)|}: langer dan {richtlijn?de richtlijn|het maximum} van {maximum} maanden ({betrokkenen})."
                    + Teksten.RICHTLIJN),
    GEZAMENLIJKE_DUUR_INZET_ONBEKEND(Ernst.WAARSCHUWING, "regeling: gezamenlijke_duur (meten_tot: inzet)",
            "{producten* en } duren samen maximaal {maximum} maanden tot het einde van de hulp zelf; tot de einddatum is "
                    + "het {duur} maanden. Geef met \"inzet_tot\" aan tot wanneer de hulp zelf loopt ({betrokkenen})."),
    NIET_MEEGETELD(Ernst.WAARSCHUWING, "regeling: periodelimieten, verhoudingen",
            "{wie} telt niet mee voor {regel}: {consulten?het aantal consulten is niet bekend; tel ze zelf mee."
                    + "|geef volume, eenheid en periode van de toewijzing.}"),

    // --- cost ---
    AANBIEDERTYPE_AANGENOMEN(Ernst.INFO, "regeling: aanbiedertype_standaard (WAARSCHUWING zonder standaard)",
            "{financiering?Het tarief van een {aanbiedertype}-aanbieder is gebruikt: dat is bij {financiering} het "
                    + "uitgangspunt. Vul 'aanbiedertype' in als de aanbieder aantoonbaar anders is."
                    + "|Het tarief hangt af van de aanbieder (micro of regulier); gerekend is met het reguliere tarief. "
                    + "Vul 'aanbiedertype' in.}"),
    TARIEF_DAGDEEL_NAAR_MINUTEN(Ernst.WAARSCHUWING, "product: tarieven (alleen per dagdeel)",
            "Het volume is in minuten toegewezen; de kosten zijn berekend als minuten × dagdeeltarief ÷ "
                    + "{minutenPerDagdeel}. Overweeg een heel aantal dagdelen."),
    TARIEF_UIT_MINUTEN(Ernst.INFO, "product: tarieven (alleen per minuut)",
            "Er is geen uurtarief; de uren zijn geprijsd als 60 × het minuuttarief."),
    PLEKTARIEF_ONBEKEND(Ernst.WAARSCHUWING, "gemeente: bekostiging als plek",
            "{gemeente} koopt {product} in als plek, tegen een eigen plektarief dat de bron niet publiceert. De kosten "
                    + "zijn onbekend; er wordt geen prijs afgeleid van het trajecttarief. Vraag het plektarief op bij de "
                    + "gemeente."),

    // --- family products ---
    GEZINSPRODUCT_KINDEREN_ONBEKEND(Ernst.INFO, "product: gezinsproduct",
            "{product} is een gezinsproduct: noem de direct betrokken kinderen (gezin) om te bepalen wie de toewijzing "
                    + "met minuten krijgt."),
    GEZINSPRODUCT_CLIENT_NIET_IN_GEZIN(Ernst.WAARSCHUWING, "product: gezinsproduct",
            "De cliënt ({client}) staat niet bij de betrokken kinderen (gezin) en krijgt dus geen toewijzing. Voeg de "
                    + "cliënt toe als die direct betrokken is."),

    // --- combinations ---
    STAPELING_VOORWAARDELIJK(Ernst.WAARSCHUWING, "combinaties: paren (voorwaardelijk)",
            "{a} met {b} kan alleen onder voorwaarden.{toelichting}"),
    STAPELING_ONBEKEND(Ernst.WAARSCHUWING, "combinaties: paren of standaard (onbekend)",
            "{a} met {b}: de regeling geeft geen oordeel over deze combinatie (bijvoorbeeld omdat de kleur van de "
                    + "stapelingsmatrix in de bron verloren is). Controleer het originele document.{toelichting}"),
    STAPELING_NIET_MOGELIJK(Ernst.FOUT, "combinaties: paren (niet_mogelijk)",
            "{a} met {b} is niet mogelijk.{toelichting}{clausule? In uitzonderlijke situaties kan de hardheidsclausule "
                    + "worden toegepast: {clausule} (vul 'hardheidsclausule' met de gemaakte afspraak).|}"),
    STAPELING_HARDHEIDSCLAUSULE(Ernst.WAARSCHUWING, "combinaties: hardheidsclausule",
            "{a} met {b} is in principe niet mogelijk; toegestaan met een beroep op de hardheidsclausule: "
                    + "{afspraak}{toelichting}"),
    VEREISTE_COMBINATIE_ONTBREEKT(Ernst.FOUT, "combinaties: vereist",
            "{a} kan alleen samen met {met* of } in dezelfde periode; die staat niet in de aanvraag of de lopende "
                    + "toewijzingen."),
    VEREISTE_COMBINATIE_DEELS(Ernst.WAARSCHUWING, "combinaties: vereist",
            "{a} kan alleen samen met {met* of }; die loopt maar {gedekt} van de {dagen} dagen mee. Stem de perioden af."),
    VEREISTE_COMBINATIE_NIET_BIJ_START(Ernst.FOUT, "combinaties: vereist (bij_start)",
            "{a} begint op {begindatum} zonder {met* of} op die dag; die hulp moet er bij de start al zijn."),
    VEREISTE_COMBINATIE_NIET_IN_AANVRAAG(Ernst.WAARSCHUWING, "combinaties: vereist (in_aanvraag)",
            "{a} hoort in dezelfde beschikking als de hulp waarvoor het is ({met* of}); nu staat die hulp alleen als "
                    + "lopende toewijzing ernaast ({lopend*}). Neem ze samen in deze aanvraag op of motiveer waarom niet."),
    UITZONDERING_OPGEGEVEN(Ernst.INFO, "combinaties: tenzij (een feit in de aanvraag)",
            "{a}{b? naast {b}|}: de uitzondering geldt, want in de aanvraag staat ja op '{vraag}' (feiten.{feit})."),
    FEIT_ONBEKEND(Ernst.WAARSCHUWING, "combinaties: feiten",
            "{a}{b? naast {b}|}: dit kan alleen als het antwoord op '{vraag}' ja is. Geef dat op in de aanvraag: "
                    + "feiten.{feit} (true of false)."),
    NIET_OP_DEZELFDE_DAG(Ernst.WAARSCHUWING, "combinaties: paren (niet_op_dezelfde_dag)",
            "{a} en {b} lopen tegelijk van {van} tot en met {tot}; ze mogen niet op dezelfde dag worden ingezet of "
                    + "gedeclareerd.{toelichting} Leg vast dat de dagen niet samenvallen."),
    VOLGORDE_ONJUIST(Ernst.FOUT, "combinaties: volgorde",
            "{dan} begint op {danBegin}, maar {eerst} begint pas op {eerstBegin}; {eerst} moet al lopen voordat {dan} "
                    + "begint."),
    PAUZE_ONTBREEKT(Ernst.FOUT, "combinaties: pauzeert_andere_hulp",
            "Tijdens {a} staat alle andere hulp op pauze, maar {b} loopt van {van} tot en met {tot} tegelijk. "
                    + "{lopend?Zet de toewijzing op pauze (pauzeert in de regel van {a}).|Laat deze hulp na {a} beginnen.}"),
    PAUZE_HERVAT(Ernst.INFO, "combinaties: pauzeert_andere_hulp",
            "{b} staat op pauze tijdens {a} (tot en met {tot}) en loopt daarna door vanuit de eerdere indicatie, tot "
                    + "{einddatum}."),
    AFSCHALING_OVERLAP(Ernst.FOUT, "combinaties: afschaling",
            "Afschalen van {van} naar {naar}: ze lopen {maanden} maanden samen{begin? ({begin} tot en met {eind})|}; dat moet "
                    + "{minimum?minimaal {minimum}|}{minimum?{maximum? en |}|}{maximum?maximaal {maximum}|} maanden."),
    STAPELING_ZELFDE_AANBIEDER(Ernst.FOUT, "combinaties: paren (aanbieder: verschillend; WAARSCHUWING bij "
            + "in_principe_verschillend)",
            "{a} en {b} zijn bij dezelfde aanbieder ({aanbieder}); deze combinatie kan {inPrincipe?in principe |}alleen bij "
                    + "twee verschillende aanbieders.{toelichting}{clausule? In uitzonderlijke situaties kan de "
                    + "hardheidsclausule worden toegepast: {clausule} (vul 'hardheidsclausule' met de gemaakte afspraak).|}"),
    STAPELING_AANBIEDER_ONBEKEND(Ernst.WAARSCHUWING, "combinaties: paren (aanbieder)",
            "{a} met {b} kan {inPrincipe?in principe |}alleen bij twee verschillende aanbieders, maar de aanbieder van "
                    + "{onbekend* en } staat niet in de aanvraag. Vul 'aanbieder' in, dan wordt dit getoetst."),
    STAPELING_VOORWAARDE_NIET_VERVULD(Ernst.FOUT, "combinaties: paren (alleen_als)",
            "{a} met {b} kan alleen als het antwoord op '{vraag}' ja is; in de aanvraag staat nee (feiten.{feit})."
                    + "{toelichting}{clausule? In uitzonderlijke situaties kan de hardheidsclausule worden toegepast: "
                    + "{clausule} (vul 'hardheidsclausule' met de gemaakte afspraak).|}"),
    STAPELING_VOORWAARDEN_VERVULD(Ernst.INFO, "combinaties: paren (aanbieder, alleen_als, voorwaarden_volledig)",
            "{a} met {b} kan: aan de voorwaarden is voldaan{aanbieders? (twee verschillende aanbieders: {aanbieders* en })|}"
                    + "{vragen?; in de aanvraag staat ja op '{vragen*' en '}'|}.{toelichting}"),
    VERWIJZER_NIET_BEVOEGD(Ernst.FOUT, "regeling: verwijzing.alleen_door (WAARSCHUWING met anders_in_afstemming)",
            "{product} kan alleen worden ingezet door {verwijzers* of }{afstemming? (of in nadrukkelijke afstemming daarmee: "
                    + "leg die afstemming vast in de motivering)|}; de verwijzer is {verwijzer}."),
    VERWIJZER_ONBEKEND(Ernst.WAARSCHUWING, "regeling: verwijzing.alleen_door",
            "{product} kan alleen worden ingezet door {verwijzers* of }{afstemming? (of in nadrukkelijke afstemming daarmee)|}. "
                    + "Geef de verwijzer op in de aanvraag: verwijzing.verwijzer."),
    EINDE_NA_MAATREGEL(Ernst.FOUT, "regeling: verwijzing.einde_uiterlijk_maatregel",
            "Een bepaling van de {verwijzer} eindigt uiterlijk op de einddatum van de maatregel ({maatregelTot}); {product} "
                    + "loopt tot {einddatum}."),
    MAATREGEL_EINDE_ONBEKEND(Ernst.WAARSCHUWING, "regeling: verwijzing.einde_uiterlijk_maatregel",
            "Een bepaling van de {verwijzer} eindigt uiterlijk op de einddatum van de maatregel. Geef die op in de aanvraag: "
                    + "verwijzing.maatregel_tot."),
    INTAKE_NA_TERMIJN(Ernst.FOUT, "regeling: verwijzing.intake_binnen",
            "Na een verwijzing door de {verwijzer} op {datum} moet de hulp binnen {maanden} maanden gestart zijn (uiterlijk "
                    + "{uiterlijk}); {product} begint op {begindatum}. Vraag een nieuwe verwijzing."),
    VERWIJSDATUM_ONBEKEND(Ernst.WAARSCHUWING, "regeling: verwijzing.intake_binnen",
            "Na een verwijzing door de {verwijzer} moet de hulp binnen {maanden} maanden gestart zijn. Geef de datum van de "
                    + "verwijzing op in de aanvraag: verwijzing.datum."),
    OP043_PGB_EN_ZIN(Ernst.FOUT, "iStandaarden OP043",
            "{a} en {b}: voor hetzelfde product mag niet tegelijk een pgb en zorg in natura bestaan (iStandaarden OP043)."),
    OP259_GESTAPELDE_TOEWIJZING(Ernst.FOUT, "iStandaarden OP259",
            "{a} en {b}: hetzelfde product bij dezelfde aanbieder ({aanbieder}) voor een overlappende periode is niet "
                    + "toegestaan (iStandaarden OP259)."),
    OP259_AANBIEDER_ONBEKEND(Ernst.WAARSCHUWING, "iStandaarden OP259",
            "{a} en {b}: hetzelfde product voor een overlappende periode; bij dezelfde aanbieder is dat niet toegestaan "
                    + "(iStandaarden OP259). Vul de aanbieder in."),

    // --- changes to running allocations ---
    VERLENGING_GEEN_REGEL(Ernst.WAARSCHUWING, "regeling of product: verlenging (ontbreekt)",
            "De regeling kent geen regel voor het verschuiven van de einddatum; beoordeel de verlenging als nieuwe "
                    + "indicatie."),
    VERLENGING_NIET_TOEGESTAAN(Ernst.FOUT, "regeling of product: verlenging (toegestaan: nee)",
            "{product} kan niet worden verlengd."),
    VERLENGING_AANTAL_OVERSCHREDEN(Ernst.FOUT, "regeling of product: verlenging (maximaal_aantal)",
            "De einddatum mag {maximaal} keer worden verschoven; dat is al {verlengd} keer gebeurd."),
    VERLENGING_MET_VOLUME(Ernst.FOUT, "regeling of product: verlenging",
            "Een verlenging verschuift alleen de einddatum, zonder extra volume; laat de posten weg of vraag een nieuwe "
                    + "indicatie aan."),
    VERLENGING_UITERLIJKE_EINDDATUM(Ernst.INFO, "regeling of product: verlenging (maximaal_fractie, maximaal_maanden)",
            "Nieuwe einddatum uiterlijk {uiterlijk} ({fractie?{procent}% van {oorspronkelijk} maanden = {fractiemaanden} "
                    + "maanden{maximaalMaanden?, |}|}{maximaalMaanden?maximaal {maximaalMaanden} maanden|} na {oudeEinddatum})."),
    VERLENGING_TE_LANG(Ernst.FOUT, "regeling of product: verlenging",
            "De nieuwe einddatum {einddatum} ligt na de uiterlijke einddatum {uiterlijk}."),
    OVERGANG_EINDDATUM_NA_ORIGINEEL(Ernst.FOUT, "overgang individueel naar groep (002:406-420)",
            "{product} loopt tot {einddatum}, na de einddatum {oudeEinddatum} van de toewijzing waaruit het volume komt."),
    OVERGANG_VOLUME_ONBEKEND(Ernst.WAARSCHUWING, "overgang individueel naar groep (002:406-420)",
            "Geef het volume van lopende toewijzing {toewijzing} als totaal in minuten of uren om te toetsen dat het "
                    + "totaal gelijk blijft."),
    OVERGANG_TOTAAL_GEWIJZIGD(Ernst.FOUT, "overgang individueel naar groep (002:406-420)",
            "Bij een overgang blijft het totaal gelijk: de nieuwe regels geven samen {nieuw} minuten, de toewijzing "
                    + "{toewijzing} had {oud} minuten."),
    OVERGANG_TOTAAL_GELIJK(Ernst.INFO, "overgang individueel naar groep (002:406-420)",
            "Het totaal blijft {oud} minuten, verdeeld over {regels} regels."),
    TERUGVAL_GEEN_REGEL(Ernst.WAARSCHUWING, "regeling: terugval (ontbreekt)",
            "De regeling kent geen terugvalregeling; beoordeel de aanvraag als nieuwe indicatie."),
    TERUGVAL_TE_LAAT(Ernst.FOUT, "regeling: terugval (binnen_maanden)",
            "De terugvalregeling geldt tot {binnenMaanden} maanden na het einde ({oudeEinddatum}, dus tot {uiterlijk}); "
                    + "daarna is een nieuwe indicatie nodig."),
    TERUGVAL_DUUR(Ernst.FOUT, "regeling: terugval (duur_maanden)",
            "Een terugvaltoewijzing duurt maximaal {maximum} maanden, niet {maanden}."),
    TERUGVAL_VOLUME_AFWIJKEND(Ernst.WAARSCHUWING, "regeling: terugval (volume)",
            "De terugvalregeling geeft {afgesproken}; gevraagd is {gevraagd}. Voor meer of andere hulp: neem contact op "
                    + "met de procesregisseur."),

    // --- normenkader (indiceer normeer) ---
    NORMENKADER_VOORBEELD(Ernst.WAARSCHUWING, "normenkader: status voorbeeld",
            "Status van het normenkader: {status}. Deze uitkomst laat zien hoe de berekening werkt; ze is geen "
                    + "onderbouwing voor een beschikking. Vervang dit normenkader door het normenkader dat uw gemeente "
                    + "heeft vastgesteld."),
    NORMENKADER_ONVOLLEDIG(Ernst.WAARSCHUWING, "normenkader: status onvolledig, ontbreekt",
            "Status van het normenkader: {status}. Ontbreekt: {ontbreekt}"),
    NORMENKADER_ONTBREEKT(Ernst.INFO, "normenkader: ontbreekt (status vastgesteld)",
            "Niet in dit bestand: {ontbreekt}"),
    NORM_ONDUIDELIJK(Ernst.WAARSCHUWING, "normenkader, taak, norm of factor: onduidelijk",
            "Onduidelijk {wat?bij '{wat}'|in het normenkader}: {onduidelijk}"),
    NORM_VOORWAARDE(Ernst.INFO, "norm: voorwaarde",
            "Voorwaarde bij deze norm: {voorwaarde}"),
    NORM_REFERENTIEPUNT(Ernst.WAARSCHUWING, "taak: referenties (taken.json: basis referentie)",
            "Basis voor '{taak}' is een referentiepunt, geen normtijd uit onafhankelijk onderzoek: {toelichting} "
                    + "Motiveer waarom dit getal bij deze cliënt past."),
    AFWIJKING(Ernst.INFO, "taken.json: afwijking",
            "Afwijking van de norm: {tijd} {per}. Motivering: {motivering}"),
    TAAK_NUL(Ernst.INFO, "taken.json: capaciteit en afwijking",
            "Voor '{taak}' blijven 0 minuten over: de taak wordt volledig door anderen of de cliënt zelf gedaan."),
    WEKEN_PER_MAAND(Ernst.INFO, "regeling: constanten.weken_per_maand, of taken.json: weken_per_maand, of 52/12 "
            + "(WAARSCHUWING als de regeling het onduidelijk noemt)",
            "{regio?Weken per maand: {wekenPerMaand}, uit de regeling van {regio} ({bestand}, geldig vanaf {geldigVanaf})."
                    + "{onduidelijk? Onduidelijk: {onduidelijk}|}"
                    + "|{opgegeven?Weken per maand: {wekenPerMaand}, opgegeven in de invoer."
                    + "|Geen regio opgegeven: een maand telt hier als 52/12 weken (52 weken per jaar ÷ 12 maanden, ongeveer "
                    + "4,33). Geef \"regio\" op om het getal uit de regeling van de regio te gebruiken.}}"),
    WEKEN_PER_MAAND_WIJKT_AF(Ernst.WAARSCHUWING, "taken.json: weken_per_maand naast de regeling van de regio",
            "De opgegeven {wekenPerMaand} weken per maand wijkt af van de {wekenPerMaandRegeling} van de regeling van "
                    + "{regio}; de indicatiemotor rekent met die van de regeling."),
    WEKEN_PER_MAAND_JAAR(Ernst.INFO, "normenkader: constanten.weken_per_jaar (een norm per jaar)",
            "Let op: 12 maanden × {wekenPerMaand} weken = {wekenInJaar} weken, niet {wekenPerJaar}. Een norm per jaar "
                    + "geeft per maand daardoor een ander getal dan de jaarnorm ÷ 12; de maand volgt hier de regel van de "
                    + "regio (week × weken per maand)."),

    // --- facts about the client that a product requires (combinaties: vereiste_feiten) ---
    VEREIST_FEIT_NIET_VOLDAAN(Ernst.FOUT, "combinaties: vereiste_feiten",
            Teksten.VEREIST_FEIT + ": dit kan alleen als {groterDan?het antwoord op '{vraag}' meer is dan {groterDan}|het antwoord op "
                    + "'{vraag}' ja is}; in de aanvraag staat {waarde} (feiten.{feit})."),
    VEREIST_FEIT_ONBEKEND(Ernst.WAARSCHUWING, "combinaties: vereiste_feiten",
            Teksten.VEREIST_FEIT + ": dit kan alleen als {groterDan?het antwoord op '{vraag}' meer is dan {groterDan}|het antwoord op "
                    + "'{vraag}' ja is}. {waarde?In de aanvraag staat {waarde} (feiten.{feit}).|Geef dat op in de aanvraag: "
                    + "feiten.{feit} ({groterDan?een getal|true of false}).}"),

    // --- the request as a whole ---
    GEMEENTE_ONTBREEKT(Ernst.INFO, "regeling: gemeenten",
            "Vul de gemeente in om te toetsen of zij het product inkoopt en hoe (pxq, traject of plek)."),
    REGEL_ONDUIDELIJK(Ernst.WAARSCHUWING, "elke waarde met 'onduidelijk' in de regeling",
            "Onduidelijk in de bron: {onduidelijk}"),
    MOTIVERING_ONTBREEKT(Ernst.WAARSCHUWING, "elke regel met een WAARSCHUWING",
            "Deze regel heeft waarschuwingen; leg de afweging vast in de motivering.");

    private final Ernst standaardErnst;
    private final String herkomst;
    private final String sjabloon;

    Bevindingcode(Ernst standaardErnst, String herkomst, String sjabloon) {
        this.standaardErnst = standaardErnst;
        this.herkomst = herkomst;
        this.sjabloon = sjabloon;
    }

    /** The severity unless the rule says otherwise (a guideline, a rulebook's own severity). */
    public Ernst standaardErnst() {
        return standaardErnst;
    }

    /** Where the finding comes from: the rulebook field or the law it checks. */
    public String herkomst() {
        return herkomst;
    }

    /** The Dutch text with named parameters; see the class comment for the syntax. */
    public String sjabloon() {
        return sjabloon;
    }

    /** Templates shared by several codes. */
    private static final class Teksten {
        /** The rulebook's line that makes a limit a guideline (aard_bron), when it is one. */
        static final String RICHTLIJNBRON = "{richtlijnbron? De bron noemt dit een richtlijn ({richtlijnbron}).|}";
        /** Exceeding a guideline asks for a motivation. */
        static final String RICHTLIJN = "{richtlijn? Afwijken kan bij uitzondering; motiveer waarom." + RICHTLIJNBRON + "|}";
        /** The product and when a required fact applies: from an age, or when another fact is true. */
        static final String VEREIST_FEIT = "{product}{vanaf?{verjaardag? (vanaf {vanaf} jaar; de cliënt is {vanaf} op "
                + "{verjaardag})| (vanaf {vanaf} jaar; geef de geboortedatum van de cliënt op)}|}{alsVraag?{alsOnbekend? "
                + "(als het antwoord op '{alsVraag}' ja is; geef dat op: feiten.{als})| (het antwoord op '{alsVraag}' is "
                + "ja)}|}";
        static final String LIMIET = "{product}: {volume} {eenheid} {per} is meer dan {richtlijn?de richtlijn|het maximum} "
                + "van {maximum} {per}." + RICHTLIJN
                + "{variant? (variant {variant}{variantomschrijving?: {variantomschrijving}|})|}";
    }
}
