package nl.simon.factuursturen.emulator.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.wire.Row;

/**
 * {@code GET invoices_pdf/{id or invoicenr}} (docs/factuursturen-api.md §4 table): the raw bytes of a PDF. The real layout is
 * unknown; the emulator answers a valid one-page PDF naming the invoice, the client and the total.
 */
final class InvoicePdfResource implements Resource {

    @Override
    public Answer handle(Call call) {
        if (call.segments().size() != 2) {
            throw ApiFailure.notFound("Not found: " + call.path());
        }
        if (!call.method().equals("GET")) {
            throw ApiFailure.methodNotAllowed(call.method(), call.path());
        }
        String key = call.segments().get(1);
        Row invoice = call.account()
                .invoices()
                .get(Listing.idOf(key))
                .or(() -> call.account().invoices().findUnique(key))
                .orElseThrow(() -> ApiFailure.notFound("invoice " + key + " not found"));
        return new Answer.Binary(
                200,
                "application/pdf",
                pdf(List.of(
                        "Factuur " + invoice.text("invoicenr"),
                        invoice.text("company") + " " + invoice.text("contact"),
                        "Datum " + invoice.text("sent"),
                        "Totaal EUR " + invoice.text("totalintax"))));
    }

    static byte[] pdf(List<String> textLines) {
        StringBuilder content = new StringBuilder("BT /F1 14 Tf 72 770 Td 18 TL");
        for (String line : textLines) {
            content.append(" (").append(pdfText(line)).append(") ' ");
        }
        content.append("ET");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        append(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            append(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        append(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> append(out, String.format("%010d 00000 n \n", offset)));
        append(out, "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static String pdfText(String text) {
        StringBuilder ascii = new StringBuilder();
        for (char c : text.toCharArray()) {
            ascii.append(c < 32 || c > 126 ? '?' : c == '(' || c == ')' || c == '\\' ? "\\" + c : String.valueOf(c));
        }
        return ascii.toString();
    }

    private static void append(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
