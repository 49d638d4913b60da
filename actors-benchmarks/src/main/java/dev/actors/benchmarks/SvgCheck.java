package dev.actors.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the smoke run checks of the chart it generated: a well-formed XML document whose root
 * is an SVG {@code <svg>} element with one {@code <rect class="bar">} per bar expected.
 */
final class SvgCheck {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private SvgCheck() {
    }

    /**
     * Fails unless {@code svg} is a chart with {@code expectedBars} bars.
     *
     * @throws IllegalStateException naming the file and what is wrong with it
     */
    static void requireChart(Path svg, int expectedBars) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() { // report through the exception only, not also on stderr
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            document = builder.parse(svg.toFile());
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Chart " + svg + " is not well-formed XML: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new IllegalStateException("Chart " + svg + " has root <" + root.getTagName() + "> in namespace "
                    + root.getNamespaceURI() + ", expected <svg> in " + SVG_NAMESPACE);
        }
        NodeList rects = document.getElementsByTagNameNS(SVG_NAMESPACE, "rect");
        int bars = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if ("bar".equals(((Element) rects.item(i)).getAttribute("class"))) {
                bars++;
            }
        }
        if (bars != expectedBars) {
            throw new IllegalStateException("Chart " + svg + " has " + bars + " bars, expected " + expectedBars);
        }
    }
}
