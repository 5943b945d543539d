package lv.pietura.cases;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lv.pietura.shared.DocumentTexts;
import lv.pietura.shared.LatvianDates;
import lv.pietura.shared.PdfDocument;

/**
 * The application as the client signs it at the centre: the service and its holder, the case's number, the centre
 * and the day, the client (and their representative), the intake form's answers, the note and the attachments, and
 * lines for the client's and the consultant's signatures; in Latvian or English, as the client reads.
 */
final class ApplicationPrintout {

    private ApplicationPrintout() {}

    static byte[] of(CaseView c, Locale locale) {
        Locale in = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("lv");
        PdfDocument pdf = PdfDocument.titled(text(in, "application.title." + c.type()))
                .paragraph(c.serviceName().in(in))
                .fact(text(in, "application.number"), c.number())
                .fact(text(in, "application.holder"), c.handlingInstitution().in(in))
                .fact(text(in, "application.centre"), c.centreName())
                .fact(
                        text(in, "application.date"),
                        c.registeredOn().format(DateTimeFormatter.ofPattern(LatvianDates.PATTERN)))
                .heading(text(in, "application.client"));
        if (c.clientKind() == ClientKind.ANONYMOUS) {
            pdf.paragraph(text(in, "application.anonymous"));
        } else {
            pdf.fact(text(in, "application.clientName"), c.clientName());
            if (c.clientKind() == ClientKind.FOREIGN_PERSON) {
                pdf.fact(
                                text(in, "application.document"),
                                text(in, "application.identityDocument." + c.clientDocumentType()) + " "
                                        + c.clientCode() + " (" + c.clientCountry() + ")")
                        .fact(
                                text(in, "application.birthDate"),
                                c.clientBirthDate().format(DateTimeFormatter.ofPattern(LatvianDates.PATTERN)));
            } else {
                pdf.fact(text(in, "application.clientCode." + c.clientKind()), c.clientCode());
            }
            pdf.fact(text(in, "application.email"), c.clientEmail())
                    .fact(text(in, "application.phone"), c.clientPhone());
        }
        if (c.representativeName() != null) {
            pdf.fact(
                    text(in, "application.representative"),
                    c.representativeName() + (c.representativeCode() == null ? "" : ", " + c.representativeCode()));
        }
        if (!c.intake().isEmpty()) {
            pdf.heading(text(in, "application.intake"));
            c.intake().forEach(v -> pdf.fact(v.label().in(in), v.value()));
        }
        if (c.note() != null) {
            pdf.heading(text(in, "application.note")).paragraph(c.note());
        }
        if (!c.documents().isEmpty()) {
            pdf.heading(text(in, "application.attachments"));
            c.documents().forEach(d -> pdf.paragraph("– " + d.name()));
        }
        if (!c.feeDue().isFree()) {
            pdf.fact(text(in, "application.feeDue"), c.feeDue().formatted());
        }
        return pdf.paragraph(text(in, "application.confirm"))
                .signatureLine(text(in, "application.clientSignature"))
                .signatureLine(text(in, "application.clerkSignature"))
                .smallPrint(text(in, "application.footer"))
                .bytes();
    }

    private static String text(Locale locale, String key) {
        return DocumentTexts.of(locale, key);
    }
}
