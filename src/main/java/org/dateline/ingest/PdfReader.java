// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF via PDFBox: the text in reading order, a blank line between paragraphs so that the layout reads like the
 * other formats. A PDF that needs a password, forbids copying its text, or holds no text (a scan) is refused.
 */
public final class PdfReader implements ArticleReader {
    @Override
    public RawArticle read(byte[] bytes, String file) throws UnreadableArticleException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableArticleException(file, "is an encrypted PDF that does not allow copying its text");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("\n");
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc).replace("\r\n", "\n").strip();
            if (text.isEmpty()) {
                throw new UnreadableArticleException(file, "is a PDF without text (a scanned image?); Dateline cannot read it");
            }
            String title = doc.getDocumentInformation().getTitle();
            String author = doc.getDocumentInformation().getAuthor();
            return new RawArticle(text, blankToNull(title), null, blankToNull(author), null, List.of(), List.of());
        } catch (InvalidPasswordException e) {
            throw new UnreadableArticleException(file, "is a password-protected PDF");
        } catch (IOException e) {
            throw new UnreadableArticleException(file, "is not a readable PDF (" + e.getMessage() + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
