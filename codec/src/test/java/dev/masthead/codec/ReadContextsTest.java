package dev.masthead.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ContentPath;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The paths both Jackson adapters make of their parser's read contexts, over a context type of
 * the test's own: the document {@code {"a":[{"b":1}]}} read up to the {@code 1}, and the
 * places around it.
 */
final class ReadContextsTest {
  /** A read context: the root, an object at a name, or an array at an index. */
  record Context(@Nullable Context parent, char kind, @Nullable String name, int index) {
    static final Context ROOT = new Context(null, 'r', null, -1);

    Context object(@Nullable String at) {
      return new Context(this, 'o', at, -1);
    }

    Context array(int at) {
      return new Context(this, 'a', null, at);
    }
  }

  private static final ReadContexts<Context> CONTEXTS = new ReadContexts<>() {
    @Override
    public @Nullable Context parent(Context context) {
      return context.parent();
    }

    @Override
    public boolean inArray(Context context) {
      return context.kind() == 'a';
    }

    @Override
    public boolean inObject(Context context) {
      return context.kind() == 'o';
    }

    @Override
    public boolean inRoot(Context context) {
      return context.kind() == 'r';
    }

    @Override
    public @Nullable String name(Context context) {
      return context.name();
    }

    @Override
    public int index(Context context) {
      return context.index();
    }
  };

  private static final ContentPath ROOT = ContentPath.root();

  // {"a":[{"b":1}]}: the root object at "a", its array at element 0, that element's object at "b".
  private static final Context ROOT_OBJECT = Context.ROOT.object("a");
  private static final Context ARRAY = ROOT_OBJECT.array(0);
  private static final Context ELEMENT = ARRAY.object("b");

  @Test
  void aValueIsAtItsPropertyAndItsContainerIsItsObject() {
    assertThat(CONTEXTS.path(ROOT, ELEMENT, Token.INTEGER).pointer()).isEqualTo("/a/0/b");
    assertThat(CONTEXTS.containerPath(ROOT, ELEMENT).pointer()).isEqualTo("/a/0");
  }

  @Test
  void anObjectOrArrayAtItsStartIsWhereItStandsNotInsideItself() {
    Context justOpened = ARRAY.object(null);
    assertThat(CONTEXTS.path(ROOT, justOpened, Token.START_OBJECT).pointer())
        .isEqualTo("/a/0");
    assertThat(CONTEXTS.path(ROOT, ROOT_OBJECT.array(-1), Token.START_ARRAY).pointer())
        .isEqualTo("/a");
  }

  @Test
  void whatIsReadNextInAnArrayIsTheElementAfterTheLastReadToItsEnd() {
    // The parser may already count the element it failed in, or not: the adapter's last index
    // decides.
    assertThat(CONTEXTS.nextPath(ROOT, ROOT_OBJECT.array(3), Token.END_OBJECT, 2).pointer())
        .isEqualTo("/a/3");
    assertThat(CONTEXTS.nextPath(ROOT, ROOT_OBJECT.array(-1), Token.START_ARRAY, -1)
        .pointer()).isEqualTo("/a/0");
  }

  @Test
  void whatIsReadNextInAnObjectIsTheNamedValueOrTheObject() {
    assertThat(CONTEXTS.nextPath(ROOT, ELEMENT, Token.NAME, -1).pointer())
        .isEqualTo("/a/0/b");
    assertThat(CONTEXTS.nextPath(ROOT, ELEMENT, Token.INTEGER, -1).pointer())
        .isEqualTo("/a/0");
  }

  @Test
  void aBufferedObjectsPathsStartWhereItIs() {
    ContentPath base = ContentPath.of(List.of(new ContentPath.Name("body"),
        new ContentPath.Index(4)));
    Context replayed = Context.ROOT.object("text");
    assertThat(CONTEXTS.path(base, replayed, Token.STRING).pointer())
        .isEqualTo("/body/4/text");
    assertThat(CONTEXTS.containerPath(base, replayed).pointer()).isEqualTo("/body/4");
    assertThat(CONTEXTS.containerPath(base, Context.ROOT).pointer()).isEqualTo("/body/4");
  }
}
