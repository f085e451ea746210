package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.ContentPath.Index;
import dev.masthead.model.ContentPath.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ContentPathTest {

  @Test
  void rootHasNoSegmentsAndEmptyForms() {
    assertThat(ContentPath.root().isRoot()).isTrue();
    assertThat(ContentPath.root().segments()).isEmpty();
    assertThat(ContentPath.root().pointer()).isEmpty();
    assertThat(ContentPath.root()).hasToString("");
    assertThat(ContentPath.parse("")).isEqualTo(ContentPath.root());
    assertThat(ContentPath.of(List.of())).isSameAs(ContentPath.root());
  }

  @Test
  void childAppendsAndUnderPrependsTypedSegments() {
    ContentPath label = ContentPath.root().child("tags").child(2).child("label");

    assertThat(label.segments()).containsExactly(new Name("tags"), new Index(2), new Name("label"));
    assertThat(label.pointer()).isEqualTo("/tags/2/label");
    assertThat(label).hasToString("tags[2].label");
    assertThat(ContentPath.root().child("label").under(2).under("tags")).isEqualTo(label);
    assertThat(ContentPath.root().child("label")
        .under(ContentPath.root().child("tags").child(2))).isEqualTo(label);
    assertThat(label.under(ContentPath.root())).isSameAs(label);
    assertThat(ContentPath.root().under(label)).isSameAs(label);
    assertThat(ContentPath.of(label.segments())).isEqualTo(label).hasSameHashCodeAs(label);
  }

  @Test
  void aNameThatLooksLikeAnIndexIsNotAnIndex() {
    assertThat(ContentPath.root().child("0")).isNotEqualTo(ContentPath.root().child(0));
    assertThat(ContentPath.root().child("0").pointer())
        .isEqualTo(ContentPath.root().child(0).pointer());
    assertThat(ContentPath.root().child("0")).hasToString("[\"0\"]");
  }

  @Test
  void segmentsAreCheckedAndPrintThemselves() {
    assertThatThrownBy(() -> new Index(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must not be negative, is -1");
    assertThatThrownBy(() -> ContentPath.root().child(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Name(null)).isInstanceOf(NullPointerException.class);
    assertThat(new Name("a/b")).hasToString("a/b");
    assertThat(new Index(7)).hasToString("7");
  }

  @Test
  void parseReadsWhatToStringWrites() {
    ContentPath odd = ContentPath.root().child("extensions").child("a/b\n\"c\"").child(0)
        .child("").child("ok_1").child("1st");

    assertThat(odd).hasToString("extensions[\"a/b\\n\\\"c\\\"\"][0][\"\"].ok_1[\"1st\"]");
    assertThat(ContentPath.parse(odd.toString())).isEqualTo(odd);
    assertThat(odd.pointer()).isEqualTo("/extensions/a~1b\n\"c\"/0//ok_1/1st");
  }
}
