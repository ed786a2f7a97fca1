// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes small PDFs for the tests, so that no binary fixture has to be committed. */
final class PdfTestFiles {
    private PdfTestFiles() {
    }

    /** A one-page PDF: each paragraph is a list of lines, in a larger font for the first paragraph. */
    static Path write(Path file, List<List<String>> paragraphs, String userPassword, boolean allowCopy) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 720;
                boolean first = true;
                for (List<String> para : paragraphs) {
                    float size = first ? 20 : 11;
                    for (String line : para) {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset(72, y);
                        cs.showText(line);
                        cs.endText();
                        y -= size * 1.3f;
                    }
                    y -= size * 1.5f;
                    first = false;
                }
            }
            if (userPassword != null || !allowCopy) {
                AccessPermission ap = new AccessPermission();
                ap.setCanExtractContent(allowCopy);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret",
                        userPassword == null ? "" : userPassword, ap);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
