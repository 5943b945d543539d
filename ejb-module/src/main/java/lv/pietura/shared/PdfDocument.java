package lv.pietura.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document Pietura prints for a client (a receipt, an application to sign): a title, facts as label
 * and value, paragraphs, and a signature line, in DejaVu Sans (embedded, so Latvian letters print anywhere),
 * flowing onto new pages as needed. Written with Apache PDFBox.
 */
public final class PdfDocument {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 170;

    private final List<Block> blocks = new ArrayList<>();
    private final String title;

    private sealed interface Block {}

    private record Heading(String text) implements Block {}

    private record Fact(String label, String value) implements Block {}

    private record Paragraph(String text, boolean small) implements Block {}

    private record Signature(String label) implements Block {}

    private PdfDocument(String title) {
        this.title = title;
    }

    /** A document with this title (also its metadata title). */
    public static PdfDocument titled(String title) {
        return new PdfDocument(title);
    }

    public PdfDocument heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    /** A label and its value on one line (the value wraps beside the label); nothing for an empty value. */
    public PdfDocument fact(String label, String value) {
        if (value != null && !value.isBlank()) {
            blocks.add(new Fact(label, value));
        }
        return this;
    }

    public PdfDocument paragraph(String text) {
        blocks.add(new Paragraph(text, false));
        return this;
    }

    public PdfDocument smallPrint(String text) {
        blocks.add(new Paragraph(text, true));
        return this;
    }

    /** A line to sign on, with what it is ("Client's signature"). */
    public PdfDocument signatureLine(String label) {
        blocks.add(new Signature(label));
        return this;
    }

    public byte[] bytes() {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(pdf, "DejaVuSans.ttf");
            PDFont bold = font(pdf, "DejaVuSans-Bold.ttf");
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("Pietura");
            pdf.setDocumentInformation(info);
            Writer writer = new Writer(pdf, regular, bold);
            writer.lines(title, bold, 16, MARGIN, WIDTH, 22);
            writer.space(10);
            for (Block block : blocks) {
                if (block instanceof Heading h) {
                    writer.space(10);
                    writer.lines(h.text(), bold, 12, MARGIN, WIDTH, 16);
                    writer.space(2);
                } else if (block instanceof Fact f) {
                    writer.fact(f.label(), f.value());
                } else if (block instanceof Paragraph p) {
                    writer.space(4);
                    writer.lines(p.text(), regular, p.small() ? 8 : 10, MARGIN, WIDTH, p.small() ? 11 : 14);
                } else if (block instanceof Signature sign) {
                    writer.signature(sign.label());
                }
            }
            writer.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument pdf, String file) throws IOException {
        try (InputStream in = PdfDocument.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " is not on the class path");
            }
            return PDType0Font.load(pdf, in);
        }
    }

    /** Lays text out top to bottom, starting a page when the current one is full. */
    private static final class Writer {
        private final PDDocument pdf;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, PDFont regular, PDFont bold) throws IOException {
            this.pdf = pdf;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void space(float points) {
            y -= points;
        }

        void lines(String text, PDFont font, float size, float x, float width, float leading) throws IOException {
            for (String line : wrap(text, font, size, width)) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                write(line, font, size, x, y);
            }
        }

        void fact(String label, String value) throws IOException {
            List<String> labelLines = wrap(label, bold, 10, LABEL_WIDTH - 8);
            List<String> valueLines = wrap(value, regular, 10, WIDTH - LABEL_WIDTH);
            int rows = Math.max(labelLines.size(), valueLines.size());
            if (y - rows * 14 < MARGIN) {
                newPage();
            }
            for (int i = 0; i < rows; i++) {
                y -= 14;
                if (i < labelLines.size()) {
                    write(labelLines.get(i), bold, 10, MARGIN, y);
                }
                if (i < valueLines.size()) {
                    write(valueLines.get(i), regular, 10, MARGIN + LABEL_WIDTH, y);
                }
            }
        }

        void signature(String label) throws IOException {
            if (y - 60 < MARGIN) {
                newPage();
            }
            y -= 44;
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + 220, y);
            stream.stroke();
            y -= 12;
            write(label, regular, 8, MARGIN, y);
        }

        private void write(String text, PDFont font, float size, float x, float atY) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        void close() throws IOException {
            stream.close();
        }

        /** Words onto lines no wider than {@code width}; a word too long for a line is broken. */
        private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : printable(text, font).split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (widthOf(candidate, font, size) <= width) {
                        line.setLength(0);
                        line.append(candidate);
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    String rest = word;
                    while (widthOf(rest, font, size) > width && rest.length() > 1) {
                        int cut = rest.length() - 1;
                        while (cut > 1 && widthOf(rest.substring(0, cut), font, size) > width) {
                            cut--;
                        }
                        lines.add(rest.substring(0, cut));
                        rest = rest.substring(cut);
                    }
                    line.append(rest);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private static float widthOf(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Text as the font can show it: tabs as spaces, other control characters left out, what it lacks as '?'. */
        private static String printable(String text, PDFont font) {
            StringBuilder out = new StringBuilder();
            text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(c -> {
                if (c == '\n') {
                    out.append('\n');
                } else if (!Character.isISOControl(c)) {
                    out.appendCodePoint(canShow(font, c) ? c : '?');
                }
            });
            return out.toString();
        }

        private static boolean canShow(PDFont font, int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException missing) {
                return false;
            }
        }
    }
}
