// SPDX-License-Identifier: Apache-2.0
package org.dateline.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * HTML via jsoup: the article's main text, one paragraph per block, without scripts, styles, navigation, headers,
 * footers, asides and forms. Nothing is fetched: the base URI is empty and no resource is loaded.
 */
public final class HtmlReader implements ArticleReader {
    /** Page furniture by element. */
    private static final String JUNK = "script, style, noscript, template, svg, iframe, object, embed, form, button, "
            + "select, nav, footer, aside, menu, dialog, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
    /** Page furniture by class or id; removed only when it holds a minor part of the text (see below). */
    private static final Pattern JUNK_NAME = Pattern.compile(
            "(?i)\\b(?:share|sharing|social|related|comments?|sidebar|menu|breadcrumbs?|advert\\w*|ads?|promo|"
                    + "newsletter|cookie\\w*|subscribe|signup|popup|modal|tags?|author-bio|footer|nav\\w*)\\b");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, section, article, "
            + "main, figure, figcaption, table, tr, ul, ol, dl, dt, dd, address, hr";

    @Override
    public RawArticle read(byte[] bytes, String file) throws UnreadableArticleException {
        Document doc;
        List<String> warnings = new ArrayList<>();
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.toLowerCase(Locale.ROOT).contains("charset")) {
            try {
                // The page names its encoding: jsoup reads the <meta charset> (or a byte-order mark) and follows it.
                doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            } catch (IOException e) {
                throw new UnreadableArticleException(file, "cannot be parsed as HTML (" + e.getMessage() + ")");
            }
        } else {
            // No declared encoding: decode as for plain text, so that old windows-1252 pages get the same fallback.
            TextDecoder.Decoded d = TextDecoder.decode(bytes, file);
            if (d.warning() != null) {
                warnings.add(d.warning());
            }
            doc = Jsoup.parse(d.text(), "");
        }
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), doc.title());
        LocalDate published = publishedOf(doc);
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"));
        if (author != null && author.startsWith("http")) {
            author = null;
        }
        String outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        if (title != null && outlet != null) {
            // "<title>Dam talks resume | The Nile Courier</title>": the outlet's name is not part of the headline.
            title = title.replaceFirst("\\s+[|–—:-]\\s+" + Pattern.quote(outlet) + "$", "");
        }
        Element root = mainElement(doc);
        root.select(JUNK).remove();
        // A page's header holds its logo and menu; an article's header holds its title, byline and date.
        root.select("header").stream().filter(h -> h.closest("article") == null).forEach(Element::remove);
        removeJunkByName(root);
        String text = textOf(root);
        return new RawArticle(text, title, published, author, outlet, List.of(), warnings);
    }

    /** The element holding the article: {@code <article>} or {@code articleBody} when there is one, else main, else body. */
    static Element mainElement(Document doc) {
        Element best = null;
        for (Element e : doc.select("[itemprop=articleBody], article, main, [role=main]")) {
            if (best == null || e.text().length() > best.text().length() * 2) {
                best = e;
            }
        }
        if (best != null && best.text().length() >= 200) {
            return best;
        }
        return doc.body();
    }

    /** Class and id names are a weak hint ("has-sidebar" on a wrapper), so keep anything holding most of the text. */
    private static void removeJunkByName(Element root) {
        int total = Math.max(1, root.text().length());
        for (Element e : root.getAllElements()) {
            if (e == root || e.parent() == null) {
                continue;
            }
            String name = e.className() + " " + e.id();
            if (JUNK_NAME.matcher(name.replace('-', ' ').replace('_', ' ')).find()
                    && e.text().length() * 2 < total) {
                e.remove();
            }
        }
    }

    /** Block elements become paragraphs separated by a blank line; {@code <br>} a line break; spaces collapse. */
    static String textOf(Element root) {
        StringBuilder sb = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
                    if (sb.isEmpty() || sb.charAt(sb.length() - 1) == '\n') {
                        s = s.stripLeading();
                    }
                    sb.append(s);
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        trimEnd(sb);
                        sb.append('\n');
                    } else if (e.is(BLOCKS)) {
                        paragraph(sb);
                    } else if (e.is("td, th") && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.is(BLOCKS)) {
                    paragraph(sb);
                }
            }
        });
        return sb.toString().strip();
    }

    private static void paragraph(StringBuilder sb) {
        trimEnd(sb);
        if (sb.isEmpty() || sb.toString().endsWith("\n\n")) {
            return;
        }
        sb.append(sb.charAt(sb.length() - 1) == '\n' ? "\n" : "\n\n");
    }

    private static void trimEnd(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /** The publication date the page's metadata states: meta tags, then JSON-LD, then a {@code <time>} element. */
    static LocalDate publishedOf(Document doc) {
        for (String name : List.of("article:published_time", "datePublished", "date", "pubdate", "publishdate",
                "publish-date", "dc.date.issued", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date",
                "og:published_time", "citation_publication_date")) {
            Optional<LocalDate> d = DateLines.parseValue(meta(doc, name));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<LocalDate> d = DateLines.parseValue(m.group(1));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        Elements times = doc.select("time[datetime][pubdate], time[itemprop=datePublished], time[datetime]");
        return times.isEmpty() ? null : DateLines.parseValue(times.first().attr("datetime")).orElse(null);
    }

    /** The content of {@code <meta property|name|itemprop=key>}, matching the key without regard to case. */
    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop")) {
                if (m.attr(attr).equalsIgnoreCase(key)) {
                    String c = m.attr("content").strip();
                    if (!c.isEmpty()) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
