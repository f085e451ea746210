package dev.masthead.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@code bom/pom.xml} lists every module the build publishes, each at the project's version, and
 * nothing else: no parent, no third-party artifact, no scope. The published modules are read
 * from the build itself (the root pom's modules, less those that skip deploying), so a new module
 * fails this test until it is in the BOM.
 */
final class BomTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void bomListsEveryPublishedModuleAtTheProjectVersion() throws Exception {
    Element root = read(ROOT.resolve("pom.xml"));
    String version = child(root, "version");
    Map<String, String> published = new TreeMap<>();
    for (Element module : children(only(root, "modules"), "module")) {
      Path dir = ROOT.resolve(module.getTextContent().trim());
      Element pom = read(dir.resolve("pom.xml"));
      String artifact = child(pom, "artifactId");
      if (isPublished(pom) && !artifact.equals("masthead-bom")) {
        published.put(artifact, version);
      }
    }
    assertThat(published).as("published modules").containsKeys(
        "masthead-core", "masthead-fixtures", "masthead-jackson", "masthead-spring-boot");

    Element bom = read(ROOT.resolve("bom/pom.xml"));
    assertThat(children(bom, "parent")).as("the BOM has no parent").isEmpty();
    assertThat(child(bom, "version")).isEqualTo(version);
    Map<String, String> listed = new TreeMap<>();
    for (Element dependency : children(
        only(only(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      assertThat(child(dependency, "groupId")).isEqualTo("dev.masthead");
      assertThat(children(dependency, "scope")).as("no scope").isEmpty();
      String listedVersion = child(dependency, "version");
      listed.put(child(dependency, "artifactId"),
          listedVersion.equals("${project.version}") ? version : listedVersion);
    }
    assertThat(listed).isEqualTo(published);
    assertThat(children(only(root, "modules"), "module"))
        .extracting(Node::getTextContent).as("the BOM is built and deployed with the rest")
        .contains("bom");
  }

  /** A module is published unless it skips deploying ({@code maven.deploy.skip}). */
  private static boolean isPublished(Element pom) {
    List<Element> properties = children(pom, "properties");
    return properties.isEmpty()
        || !"true".equals(child(properties.get(0), "maven.deploy.skip"));
  }

  private static Element read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (var in = Files.newInputStream(pom)) {
      Document document = factory.newDocumentBuilder().parse(in);
      return document.getDocumentElement();
    }
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  /** {@return the one child {@code name}}, which must be there */
  private static Element only(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertThat(found).as("<%s> in <%s>", name, parent.getTagName()).hasSize(1);
    return found.get(0);
  }

  /** {@return the text of the one child {@code name}, or null if there is none} */
  private static String child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent().trim();
  }
}
