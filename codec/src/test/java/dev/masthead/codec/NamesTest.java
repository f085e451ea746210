package dev.masthead.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The names of an object type, and what each adapter makes of them, kept in a slot of its own. */
final class NamesTest {
  @Test
  void holdsACopyOfTheNamesInWireOrderAndFindsEachByIndex() {
    List<String> given = new ArrayList<>(List.of("id", "name", "type"));
    Names names = Names.of(given);
    given.add("later");

    assertThat(names.names()).containsExactly("id", "name", "type");
    assertThat(names.size()).isEqualTo(3);
    assertThat(names.get(2)).isEqualTo("type");
    assertThat(names.indexOf("name")).isEqualTo(1);
    assertThat(names.indexOf("later")).isEqualTo(Names.OTHER);
    assertThat(names.indexOf("Name")).isEqualTo(Names.OTHER);
    assertThat(names).hasToString("[id, name, type]");
    assertThat(Names.NONE.size()).isZero();
    assertThat(Names.NONE.indexOf("type")).isEqualTo(Names.OTHER);
  }

  @Test
  void makesWhatAnAdapterCachesOncePerSlotAndKeepsEachSlotsOwn() {
    Names names = Names.of(List.of("a", "b"));
    AtomicInteger made = new AtomicInteger();

    String first = names.cached(0, n -> "matcher " + made.incrementAndGet() + " of " + n);
    String again = names.cached(0, n -> "matcher " + made.incrementAndGet() + " of " + n);
    Integer other = names.cached(3, Names::size);

    assertThat(first).isEqualTo("matcher 1 of [a, b]");
    assertThat(again).isSameAs(first);
    assertThat(made).hasValue(1);
    assertThat(other).isEqualTo(2);
    assertThat(Names.of(List.of("a", "b")).<String>cached(0, n -> "another set's own"))
        .isEqualTo("another set's own");
  }

  /**
   * There are slots for so many adapters and no more. This spends every slot of the test JVM:
   * the codec's tests take none otherwise (the test input and output cache nothing).
   */
  @Test
  void givesEachAdapterASlotOfItsOwnAndRefusesMoreThanThereAre() {
    List<Integer> slots = new ArrayList<>();
    Throwable refused = null;
    for (int i = 0; i <= 4 && refused == null; i++) {
      try {
        slots.add(Names.newSlot());
      } catch (IllegalStateException e) {
        refused = e;
      }
    }

    assertThat(slots).doesNotHaveDuplicates().allSatisfy(slot -> assertThat(slot).isBetween(0, 3))
        .isSorted();
    assertThat(refused).hasMessage("more than 4 adapters");
    assertThatThrownBy(Names::newSlot).hasMessage("more than 4 adapters");
  }
}
