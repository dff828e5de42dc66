package k2explorer.ui.print;

import java.util.Locale;
import java.util.Set;
import javafx.print.Paper;
import k2explorer.i18n.Messages;

/**
 * The sheet a printable page is laid out for. A page is laid out {@link PrintPages#PAGE_WIDTH} units wide and as tall
 * as the sheet's proportions make it, so it prints on one sheet; saved as PNG it is drawn at {@link #DPI}.
 */
public enum PaperSize {
    A4(595.28, 841.89, Paper.A4),
    LETTER(612, 792, Paper.NA_LETTER);

    /** Dots per inch of a page saved as PNG: sharp on paper (a sheet of A4 is 1,654 pixels wide). */
    public static final double DPI = 200;
    private static final double POINTS_PER_INCH = 72;
    /** Where Letter is the usual sheet. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT",
            "CR", "PA", "DO", "SV", "NI", "BZ");

    private final double widthPoints;
    private final double heightPoints;
    private final Paper fx;

    PaperSize(double widthPoints, double heightPoints, Paper fx) {
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
        this.fx = fx;
    }

    /** The sheet usual where the user lives: Letter in the Americas that use it, A4 elsewhere. */
    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /** The height of a page laid out {@link PrintPages#PAGE_WIDTH} wide on this sheet. */
    public double pageHeight() {
        return Math.floor(PrintPages.PAGE_WIDTH * heightPoints / widthPoints);
    }

    /** How much a page is scaled when saved as PNG, so the sheet's width comes out at {@link #DPI}. */
    public double pngScale() {
        return widthPoints / POINTS_PER_INCH * DPI / PrintPages.PAGE_WIDTH;
    }

    /** The printer's paper of the same size. */
    Paper fx() {
        return fx;
    }

    public String label() {
        return Messages.label(this);
    }

    @Override
    public String toString() {
        return label();
    }
}
