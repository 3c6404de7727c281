package nl.indiceer.web.sturing;

/**
 * The smallest group a report may show (issue 12: no client identifiable below a group size of 10). A privacy rule of
 * the application, the same for every region, so it is not in a rulebook.
 */
public final class Kleinecellen {

    /** A cell based on fewer clients than this is suppressed ("< 10"); an empty cell (0) reveals no one and is shown. */
    public static final int MINIMUM = 10;

    private Kleinecellen() {
    }

    public static boolean teKlein(int clienten) {
        return clienten < MINIMUM;
    }
}
