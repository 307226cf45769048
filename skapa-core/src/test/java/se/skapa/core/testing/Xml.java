package se.skapa.core.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses generated SVG as XML: a chart that does not parse fails the test. */
public final class Xml {

  private Xml() {}

  public static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  public static final String SVG = "http://www.w3.org/2000/svg";

  /** Every {@code <g>} of the given class, in document order. */
  public static List<Element> groups(Document d, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = d.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < all.getLength(); i++) {
      Element g = (Element) all.item(i);
      if (cls.equals(g.getAttribute("class"))) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * Texts that may reach outside the canvas, measured at 0.6 em a character (wider than the
   * sans-serif fonts a browser uses for these texts); empty when every text fits.
   */
  public static List<String> textsOutside(Document d) {
    Element svg = d.getDocumentElement();
    double width = Double.parseDouble(svg.getAttribute("width"));
    double height = Double.parseDouble(svg.getAttribute("height"));
    List<String> out = new ArrayList<>();
    NodeList texts = d.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      double x = Double.parseDouble(t.getAttribute("x"));
      double y = Double.parseDouble(t.getAttribute("y"));
      double size = Double.parseDouble(t.getAttribute("font-size"));
      String text = t.getTextContent();
      double w = 0.6 * size * text.codePointCount(0, text.length());
      double left =
          switch (t.getAttribute("text-anchor")) {
            case "middle" -> x - w / 2;
            case "end" -> x - w;
            default -> x;
          };
      if (left < 0 || left + w > width || y - size < 0 || y > height) {
        out.add(
            "'"
                + text
                + "' at "
                + x
                + ","
                + y
                + " ("
                + Math.round(left)
                + "–"
                + Math.round(left + w)
                + " of "
                + width
                + ")");
      }
    }
    return out;
  }
}
