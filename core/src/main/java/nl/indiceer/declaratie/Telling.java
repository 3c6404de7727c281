package nl.indiceer.declaratie;

/** How a maximum volume was counted: shown in the reason of a rejection, so a provider can recount it. */
public enum Telling {
    /** IV077 inspanningsgericht: the calendar (ISO) weeks the period touches within the allocation. */
    KALENDERWEKEN,
    /** IV077 outputgericht: the Sundays in the period, plus 1 when the allocation's last Sunday lies in it and its end is no Sunday. */
    ZONDAGEN,
    /** TR321/IV077 iWmo: huishoudelijke hulp (Wmo category 01) per week, always 6 x the week volume per product period. */
    ZESMAAL_WEEKVOLUME,
    /** Per day: the days of the period within the allocation. */
    DAGEN,
    /** Per month: the whole month volume, also for a broken month (IV078 example 2); over the allocation the months touched. */
    MAANDEN,
    /** Totaal binnen geldigheidsduur: the allocated volume itself. */
    TOTAAL
}
