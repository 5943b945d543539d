package lv.pietura.shared;

/**
 * Text that goes into a cell of an exported CSV or XLSX file. A cell that begins with {@code = + - @}, a tab
 * or a carriage return is read by spreadsheet programs as a formula, so text users wrote (a service's name,
 * a client's name) could run one on the computer of whoever opens the export (CSV injection); such text is
 * written with a leading apostrophe, which shows it as the text it is.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
