package nl.indiceer.declaratie;

import static nl.indiceer.declaratie.Proefdata.d;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The worked examples of IV077, IV078, IV076 and werkwijze-frequentie-per-week.md (../shared/istandaarden), each
 * recounted by hand on a calendar before it became an expectation. Where the text slips, the test says which and why
 * and expects what the rule itself gives.
 */
class WerkvoorbeeldenTest {

    // ------------------------------------------------------------------ IV077 (ijw and iwmo invulinstructie_IV077)

    /** IV077 "Voorbeeld bij inspanningsgerichte toewijzing": 3 uur per week, 07-10-2025 t/m 30-12-2025. */
    @Test
    void iv077Inspanningsgericht() {
        ToegewezenProduct t = Proefdata.perWeek("07-10-2025", "30-12-2025", 3, Eenheid.UUR);
        // October: Tue 7-10 is in week 41, Fri 31-10 in week 44: 41..44 = 4 weeks
        assertThat(Declaratieruimte.productperiode(t, d("01-10-2025"), d("31-10-2025")).maximum()).isEqualTo(12);
        // November: Sat 1-11 in week 44, Sun 30-11 in week 48: 5 weeks
        assertThat(Declaratieruimte.productperiode(t, d("01-11-2025"), d("30-11-2025")).maximum()).isEqualTo(15);
        // December: slip in the text, "week 48 t/m 52,01": Mon 1-12-2025 starts week 49 (week 48 is 24-30 November);
        // 30-12-2025 is in week 1 of 2026. The weeks are 49, 50, 51, 52 and 1: still 5, so the 15 uur stands.
        assertThat(Declaratieruimte.kalenderweken(d("01-12-2025"), d("30-12-2025"))).isEqualTo(5);
        assertThat(Declaratieruimte.productperiode(t, d("01-12-2025"), d("31-12-2025")).maximum()).isEqualTo(15);
        // over the allocation: week 41 to 52 plus week 1 = 13 weeks x 3 = 39 uur (not 12 + 15 + 15 = 42: week 44 and
        // week 48/49's neighbours are counted once)
        Ruimte totaal = Declaratieruimte.toewijzingsperiode(t);
        assertThat(totaal.aantal()).isEqualTo(13);
        assertThat(totaal.maximum()).isEqualTo(39);
    }

    /**
     * IV077 "Voorbeeld 1 bij Outputgerichte toewijzing": 300 euro per week, 01-10-2025 t/m 31-12-2025. Two slips:
     * October counts "07-10 t/m 31-10 -> 3 zondagen" (900 euro), but this allocation starts on 01-10: October 2025 has
     * the Sundays 5, 12, 19 and 26, so 4 x 300 = 1200 euro (the 900 belongs to the inspanningsgericht example's start
     * 07-10, which the test checks too). November says "telt 5 zondagen" and then "4 zondagen: 5 x weekvolume": November
     * 2025 has 5 Sundays (2, 9, 16, 23, 30), so 5 x 300 = 1500 euro as the text's amount says.
     */
    @Test
    void iv077OutputgerichtVoorbeeld1() {
        ToegewezenProduct t = Proefdata.output("01-10-2025", "31-12-2025", 300, Eenheid.EURO);
        assertThat(Declaratieruimte.productperiode(t, d("01-10-2025"), d("31-10-2025")).maximum()).isEqualTo(1200);
        ToegewezenProduct vanaf7 = Proefdata.output("07-10-2025", "31-12-2025", 300, Eenheid.EURO);
        assertThat(Declaratieruimte.productperiode(vanaf7, d("07-10-2025"), d("31-10-2025")).maximum()).isEqualTo(900);
        assertThat(Declaratieruimte.zondagen(d("01-11-2025"), d("30-11-2025"))).isEqualTo(5);
        assertThat(Declaratieruimte.productperiode(t, d("01-11-2025"), d("30-11-2025")).maximum()).isEqualTo(1500);
        // December: 4 Sundays (7, 14, 21, 28); 31-12 is a Wednesday and the last Sunday (28-12) lies in December: + 1
        Ruimte december = Declaratieruimte.productperiode(t, d("01-12-2025"), d("31-12-2025"));
        assertThat(december.aantal()).isEqualTo(4);
        assertThat(december.plusEen()).isTrue();
        assertThat(december.maximum()).isEqualTo(1500);
    }

    /** IV077 "Voorbeeld 2 bij Outputgerichte toewijzing": 300 euro per week, 07-07-2025 t/m 05-09-2025 (checked: right). */
    @Test
    void iv077OutputgerichtVoorbeeld2() {
        ToegewezenProduct t = Proefdata.output("07-07-2025", "05-09-2025", 300, Eenheid.EURO);
        assertThat(Declaratieruimte.productperiode(t, d("07-07-2025"), d("31-07-2025")).maximum()).isEqualTo(900);
        // August: Sundays 3, 10, 17, 24, 31; the allocation ends on Friday 5-9 and its last Sunday is 31-8: 5 + 1
        assertThat(Declaratieruimte.productperiode(t, d("01-08-2025"), d("31-08-2025")).maximum()).isEqualTo(1800);
        // September 1-5 has no Sunday and the broken last week is already in August
        assertThat(Declaratieruimte.productperiode(t, d("01-09-2025"), d("05-09-2025")).maximum()).isZero();
    }

    // ------------------------------------------------------------------ IV078

    /**
     * IV078 Voorbeeld 1, iWmo copy: 3 uur per week, 12-11-2025 t/m 13-12-2025; the period 12-11 t/m 30-11-2025 touches
     * weeks 46 (Wed 12-11 to Sun 16-11), 47 and 48: 9 uur, as the text says. The iJw copy moved the dates to 2026
     * without recounting (a slip): 12-11-2026 is a Thursday in week 46 and 30-11-2026 a Monday in week 49, so that
     * period touches 4 weeks and allows 12 uur, not 9; and its "eerste week 12-11-2026 t/m 16-11-2026" runs into week 47.
     */
    @Test
    void iv078Voorbeeld1Week() {
        ToegewezenProduct wmo = Proefdata.perWeek("12-11-2025", "13-12-2025", 3, Eenheid.UUR);
        assertThat(Declaratieruimte.productperiode(wmo, d("12-11-2025"), d("30-11-2025")).maximum()).isEqualTo(9);
        ToegewezenProduct jw = Proefdata.perWeek("12-11-2026", "13-12-2026", 3, Eenheid.UUR);
        assertThat(Declaratieruimte.productperiode(jw, d("12-11-2026"), d("30-11-2026")).maximum()).isEqualTo(12);
    }

    /** IV078 Voorbeeld 2: 15 uur per maand from 14-10; the broken month 14-10 t/m 31-10 still allows the full 15 uur. */
    @Test
    void iv078Voorbeeld2Maand() {
        for (int jaar : new int[] {2025, 2026}) {
            ToegewezenProduct t = Proefdata.toewijzing("T1", Wet.JEUGDWET, "45", "45A48", "14-10-" + jaar, "13-12-" + jaar,
                    new Omvang(15, Eenheid.UUR, Frequentie.PER_MAAND), Uitvoeringsvariant.INSPANNINGSGERICHT, null);
            assertThat(Declaratieruimte.productperiode(t, d("14-10-" + jaar), d("31-10-" + jaar)).maximum()).isEqualTo(15);
            // over the allocation: October, November and December are touched
            assertThat(Declaratieruimte.toewijzingsperiode(t).maximum()).isEqualTo(45);
        }
    }

    // ------------------------------------------------------------------ IV076 (not in the brief's list, same counting)

    /**
     * IV076 inspanningsgericht: 3 uur per week, 07-07-2025 t/m 07-09-2025. July's "Controle maximaal volume 9 (4 weken x
     * 3 uur = 12 uur)" is a slip (the README names it): Mon 7-7 to Thu 31-7 touches weeks 28 to 31, 4 weeks, 12 uur
     * (its "Volume: 7,5 (4 leveringen x 2,5 uur = 10 uur)" likewise: 10). August 5 weeks (31 to 35), 15; September
     * 1-7 one week, 3; over the allocation weeks 28 to 36, 9 x 3 = 27 uur.
     */
    @Test
    void iv076Inspanningsgericht() {
        ToegewezenProduct t = Proefdata.perWeek("07-07-2025", "07-09-2025", 3, Eenheid.UUR);
        assertThat(Declaratieruimte.productperiode(t, d("07-07-2025"), d("31-07-2025")).maximum()).isEqualTo(12);
        assertThat(Declaratieruimte.productperiode(t, d("01-08-2025"), d("31-08-2025")).maximum()).isEqualTo(15);
        assertThat(Declaratieruimte.productperiode(t, d("01-09-2025"), d("07-09-2025")).maximum()).isEqualTo(3);
        assertThat(Declaratieruimte.toewijzingsperiode(t).maximum()).isEqualTo(27);
    }

    /** IV076 outputgericht, voorbeeld 1 (ends on Sunday 07-09) and 2 (ends on Saturday 06-09): checked, right. */
    @Test
    void iv076Outputgericht() {
        ToegewezenProduct zondag = Proefdata.output("07-07-2025", "07-09-2025", 300, Eenheid.EURO);
        assertThat(Declaratieruimte.productperiode(zondag, d("07-07-2025"), d("31-07-2025")).maximum()).isEqualTo(900);
        assertThat(Declaratieruimte.productperiode(zondag, d("01-08-2025"), d("31-08-2025")).maximum()).isEqualTo(1500);
        assertThat(Declaratieruimte.productperiode(zondag, d("01-09-2025"), d("07-09-2025")).maximum()).isEqualTo(300);
        ToegewezenProduct zaterdag = Proefdata.output("07-07-2025", "06-09-2025", 300, Eenheid.EURO);
        assertThat(Declaratieruimte.productperiode(zaterdag, d("01-08-2025"), d("31-08-2025")).maximum()).isEqualTo(1800);
        assertThat(Declaratieruimte.productperiode(zaterdag, d("01-09-2025"), d("06-09-2025")).maximum()).isZero();
    }

    // ------------------------------------------------------------------ werkwijze-frequentie-per-week.md

    /** Werkwijze r. 49-61 "Voorbeeld 1": 02A16 3 uur per week, 13-4-2022 t/m 30-06-2022 (checked: right). */
    @Test
    void werkwijzeInspanningsgerichtVoorbeeld1() {
        ToegewezenProduct t = Proefdata.perWeek("13-04-2022", "30-06-2022", 3, Eenheid.UUR);
        assertThat(Declaratieruimte.productperiode(t, d("13-04-2022"), d("30-04-2022")).maximum()).isEqualTo(9);
        assertThat(Declaratieruimte.productperiode(t, d("01-05-2022"), d("31-05-2022")).maximum()).isEqualTo(18);
        assertThat(Declaratieruimte.productperiode(t, d("01-06-2022"), d("30-06-2022")).maximum()).isEqualTo(15);
        assertThat(Declaratieruimte.toewijzingsperiode(t).maximum()).isEqualTo(36);
    }

    /**
     * Werkwijze r. 63-75 "Voorbeeld 2": 01A05 huishoudelijke hulp (Wmo category 01) 1 uur per week, 01-05-2022 t/m
     * 31-07-2022: 6 x 1 uur every month whatever the weeks (May touches 6, June and July 5), 14 weeks over the allocation
     * (checked: right). So three full months of 6 uur (18) cannot all pass: TR322 stops at 14.
     */
    @Test
    void werkwijzeHuishoudelijkeHulpVoorbeeld2() {
        ToegewezenProduct t = Proefdata.toewijzing("T1", Wet.WMO, "01", "01A05", "01-05-2022", "31-07-2022",
                new Omvang(1, Eenheid.UUR, Frequentie.PER_WEEK), Uitvoeringsvariant.INSPANNINGSGERICHT, null);
        for (String[] maand : new String[][] {{"01-05-2022", "31-05-2022"}, {"01-06-2022", "30-06-2022"},
                {"01-07-2022", "31-07-2022"}}) {
            Ruimte r = Declaratieruimte.productperiode(t, d(maand[0]), d(maand[1]));
            assertThat(r.telling()).isEqualTo(Telling.ZESMAAL_WEEKVOLUME);
            assertThat(r.maximum()).isEqualTo(6);
        }
        assertThat(Declaratieruimte.kalenderweken(d("01-05-2022"), d("31-05-2022"))).isEqualTo(6);
        assertThat(Declaratieruimte.toewijzingsperiode(t).maximum()).isEqualTo(14);
        // the same product under the Jeugdwet has no such exception: May counts its 6 weeks, June its 5
        ToegewezenProduct jw = Proefdata.toewijzing("T1", Wet.JEUGDWET, "01", "01A05", "01-05-2022", "31-07-2022",
                new Omvang(1, Eenheid.UUR, Frequentie.PER_WEEK), Uitvoeringsvariant.INSPANNINGSGERICHT, null);
        assertThat(Declaratieruimte.productperiode(jw, d("01-06-2022"), d("30-06-2022")).maximum()).isEqualTo(5);
    }

    /**
     * Werkwijze r. 136-146 "Voorbeeld (1)" outputgericht: 150 euro per week, 15-4-2022 t/m 4-6-2022: April 2 Sundays
     * (300), May 5 + 1 (900: the last Sunday of the allocation, 29-5, is in May and 4-6 is a Saturday), June nothing.
     * The rule text above the table (r. 134) says "plus 1 indien in die productperiode de einddatum van de toewijzing
     * ligt": that would put the extra week in June (150) and leave May at 750, contradicting its own table, r. 98 and
     * IV077 ("de laatste zondag van de toewijzing"): a slip; the table and IV077 are followed.
     */
    @Test
    void werkwijzeOutputgerichtVoorbeeld1() {
        ToegewezenProduct t = Proefdata.output("15-04-2022", "04-06-2022", 150, Eenheid.EURO);
        assertThat(Declaratieruimte.productperiode(t, d("15-04-2022"), d("30-04-2022")).maximum()).isEqualTo(300);
        assertThat(Declaratieruimte.productperiode(t, d("01-05-2022"), d("31-05-2022")).maximum()).isEqualTo(900);
        assertThat(Declaratieruimte.productperiode(t, d("01-06-2022"), d("04-06-2022")).maximum()).isZero();
        // 8 weeks touched (15 to 22) x 150 = 1200 = 300 + 900
        assertThat(Declaratieruimte.toewijzingsperiode(t).maximum()).isEqualTo(1200);
    }

    /** Werkwijze r. 148-161 "Voorbeeld (2)": 15-4-2022 t/m Sunday 31-7-2022: 300, 750, 600, 750 (checked: right). */
    @Test
    void werkwijzeOutputgerichtVoorbeeld2() {
        ToegewezenProduct t = Proefdata.output("15-04-2022", "31-07-2022", 150, Eenheid.EURO);
        assertThat(Declaratieruimte.productperiode(t, d("15-04-2022"), d("30-04-2022")).maximum()).isEqualTo(300);
        assertThat(Declaratieruimte.productperiode(t, d("01-05-2022"), d("31-05-2022")).maximum()).isEqualTo(750);
        assertThat(Declaratieruimte.productperiode(t, d("01-06-2022"), d("30-06-2022")).maximum()).isEqualTo(600);
        assertThat(Declaratieruimte.productperiode(t, d("01-07-2022"), d("31-07-2022")).maximum()).isEqualTo(750);
        assertThat(Declaratieruimte.toewijzingsperiode(t).maximum()).isEqualTo(2400);
    }

    /** Werkwijze r. 35-39: week 22 of 2022 is Monday 30-05 to Sunday 05-06 (r. 39's "01-06-2021" is a slip for 2022). */
    @Test
    void werkwijzeWeek22() {
        assertThat(d("30-05-2022").get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(22);
        assertThat(Declaratieruimte.kalenderweken(d("30-05-2022"), d("05-06-2022"))).isEqualTo(1);
    }
}
