package dev.masthead.model;

import dev.masthead.internal.ModelTotals;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * What a value holds in all ({@link ContentLimits#TOTAL_VALUES}, {@link
 * ContentLimits#TOTAL_TEXT}), counted once, when it is built: each model type derives its totals
 * from its own attributes and its children's stored totals, never by walking its tree again.
 *
 * <p>The two totals travel packed in one {@code long} (values in the high 32 bits, characters of
 * text in the low 32), so that carrying them costs each value one primitive field and nothing
 * else. Each half saturates at 2<sup>32</sup> - 1: far above what any value within the totals
 * holds, so a saturated half only ever belongs to a value that is refused.
 *
 * <p>How each attribute counts:
 *
 * <ul>
 *   <li>the value itself, and each object in it: one value;
 *   <li>each present attribute value (text, id, vocabulary value, URL, instant, date, event time,
 *       number, zone, name order): one value; a non-empty list: one value, and each of its
 *       elements as that element counts; an absent optional or an empty list: nothing;
 *   <li>text: the UTF-16 characters of every string, id, vocabulary value, URL, time zone id and
 *       block type;
 *   <li>each extension: the characters of its name and of its raw JSON text, and the tokens of
 *       its raw JSON (each bracket and brace, each property name, each scalar) as values.
 * </ul>
 *
 * <p>A {@code null} attribute or element counts nothing: it is reported by the value's check.
 */
final class Totals {
  private static final long MAX_HALF = 0xFFFF_FFFFL;

  static {
    ModelTotals.register(new ModelTotals.Access() {
      @Override
      public long values(Object value) {
        return Totals.values(ofAny(value));
      }

      @Override
      public long text(Object value) {
        return Totals.text(ofAny(value));
      }
    });
  }

  private long values;
  private long text;

  private Totals() {}

  /** {@return a count of one value's own attributes, starting with the value itself} */
  static Totals of() {
    Totals totals = new Totals();
    totals.values = 1;
    return totals;
  }

  /** {@return the values in packed totals} */
  static long values(long packed) {
    return packed >>> 32;
  }

  /** {@return the characters of text in packed totals} */
  static long text(long packed) {
    return packed & MAX_HALF;
  }

  /** {@return the totals of a block, as its type counts them} */
  static long of(Block block) {
    // Block is a public interface: its totals are found by type, not by a method of its own.
    if (block instanceof Paragraph p) {
      return p.totals();
    } else if (block instanceof Heading h) {
      return h.totals();
    } else if (block instanceof Quote q) {
      return q.totals();
    } else if (block instanceof ImageBlock i) {
      return i.totals();
    } else if (block instanceof LinkBlock l) {
      return l.totals();
    } else if (block instanceof CallToAction c) {
      return c.totals();
    }
    return ((UnknownBlock) block).totals();
  }

  /**
   * {@return the packed totals of any model value}: a model object, a raw JSON value, or a
   * single attribute value (an id, a vocabulary value, a URL, a string, any other scalar)
   */
  static long ofAny(Object value) {
    if (value instanceof Block block) {
      return of(block);
    } else if (value instanceof Article v) {
      return v.totals();
    } else if (value instanceof ArticleSummary v) {
      return v.totals();
    } else if (value instanceof Span v) {
      return v.totals();
    } else if (value instanceof Image v) {
      return v.totals();
    } else if (value instanceof Rights v) {
      return v.totals();
    } else if (value instanceof AlternativeHeadline v) {
      return v.totals();
    } else if (value instanceof Tag v) {
      return v.totals();
    } else if (value instanceof Contributor v) {
      return v.totals();
    } else if (value instanceof Event v) {
      return v.totals();
    } else if (value instanceof Participant v) {
      return v.totals();
    } else if (value instanceof EventOrganisation v) {
      return v.totals();
    } else if (value instanceof Position v) {
      return v.totals();
    } else if (value instanceof Person v) {
      return v.totals();
    } else if (value instanceof PersonName v) {
      return v.totals();
    } else if (value instanceof AlternateName v) {
      return v.totals();
    } else if (value instanceof Organisation v) {
      return v.totals();
    } else if (value instanceof Place v) {
      return v.totals();
    } else if (value instanceof Publication v) {
      return v.totals();
    } else if (value instanceof RawJson v) {
      return pack(v.values(), v.text().length());
    } else if (value instanceof Identifier || value instanceof VocabularyTerm
        || value instanceof URI || value instanceof String || value instanceof java.time.ZoneId) {
      return pack(1, textOf(value).length());
    } else if (value instanceof java.time.Instant || value instanceof java.time.LocalDate
        || value instanceof EventTime || value instanceof Integer || value instanceof NameOrder) {
      return pack(1, 0);
    }
    throw new IllegalArgumentException("not a value the model counts: " + value.getClass());
  }

  private static String textOf(Object value) {
    return value instanceof java.time.ZoneId zone ? zone.getId() : value.toString();
  }

  private static long pack(long values, long text) {
    return Math.min(values, MAX_HALF) << 32 | Math.min(text, MAX_HALF);
  }

  /** {@return the packed totals counted} */
  long packed() {
    return pack(values, text);
  }

  /** Counts one piece of text: a string, an id, a vocabulary value, a URL. */
  private Totals addText(int length) {
    values++;
    text += length;
    return this;
  }

  Totals text(@Nullable String value) {
    return value == null ? this : addText(value.length());
  }

  Totals text(Optional<String> value) {
    return value.isPresent() ? addText(value.get().length()) : this;
  }

  /** A block's type name, on the wire its {@code type} property. */
  Totals type(@Nullable String value) {
    return text(value);
  }

  Totals id(@Nullable Identifier value) {
    return value == null ? this : addText(value.value().length());
  }

  Totals id(Optional<? extends EntityId> value) {
    return value.isPresent() ? addText(value.get().value().length()) : this;
  }

  Totals term(@Nullable VocabularyTerm value) {
    return value == null ? this : addText(value.value().length());
  }

  Totals term(Optional<? extends VocabularyTerm> value) {
    return value.isPresent() ? addText(value.get().value().length()) : this;
  }

  Totals url(@Nullable URI value) {
    return value == null ? this : addText(value.toString().length());
  }

  Totals url(Optional<URI> value) {
    return value.isPresent() ? addText(value.get().toString().length()) : this;
  }

  Totals zone(Optional<java.time.ZoneId> value) {
    return value.isPresent() ? addText(value.get().getId().length()) : this;
  }

  /** Counts a value with no text of its own: an instant, a date, a number, a name order. */
  Totals scalar(@Nullable Object value) {
    if (value != null) {
      values++;
    }
    return this;
  }

  Totals scalar(int value) {
    values++;
    return this;
  }

  Totals scalar(Optional<?> value) {
    return scalar(value.orElse(null));
  }

  Totals scalar(OptionalInt value) {
    if (value.isPresent()) {
      values++;
    }
    return this;
  }

  /** Counts a child object by its own stored totals. */
  <T> Totals object(@Nullable T value, ToLongFunction<T> totals) {
    if (value != null) {
      add(totals.applyAsLong(value));
    }
    return this;
  }

  <T> Totals object(Optional<T> value, ToLongFunction<T> totals) {
    return value.isPresent() ? object(value.get(), totals) : this;
  }

  /** Counts a list: itself if it has elements, and each element by its stored totals. */
  <T> Totals list(@Nullable List<T> list, ToLongFunction<T> totals) {
    if (list == null || list.isEmpty()) {
      return this;
    }
    values++;
    for (int i = 0, n = list.size(); i < n; i++) {
      T element = list.get(i);
      if (element != null) {
        add(totals.applyAsLong(element));
      }
    }
    return this;
  }

  /** Counts a list of ids. */
  Totals ids(@Nullable List<? extends Identifier> list) {
    if (list == null || list.isEmpty()) {
      return this;
    }
    values++;
    for (int i = 0, n = list.size(); i < n; i++) {
      id(list.get(i));
    }
    return this;
  }

  /** Counts a list of vocabulary values. */
  Totals terms(@Nullable List<? extends VocabularyTerm> list) {
    if (list == null || list.isEmpty()) {
      return this;
    }
    values++;
    for (int i = 0, n = list.size(); i < n; i++) {
      term(list.get(i));
    }
    return this;
  }

  /** Counts a list of URLs. */
  Totals urls(@Nullable List<URI> list) {
    if (list == null || list.isEmpty()) {
      return this;
    }
    values++;
    for (int i = 0, n = list.size(); i < n; i++) {
      url(list.get(i));
    }
    return this;
  }

  /** Counts extensions: each name's and raw text's characters, each raw token as a value. */
  Totals extensions(@Nullable Map<String, RawJson> extensions) {
    if (extensions == null || extensions.isEmpty()) {
      return this;
    }
    for (Map.Entry<String, RawJson> entry : extensions.entrySet()) {
      String name = entry.getKey();
      RawJson value = entry.getValue();
      if (name != null) {
        text += name.length();
      }
      if (value != null) {
        values += value.values();
        text += value.text().length();
      }
    }
    return this;
  }

  private void add(long packed) {
    values += values(packed);
    text += text(packed);
  }

  /** Reports totals over {@link ContentLimits#TOTAL_VALUES} or TOTAL_TEXT at the value itself. */
  static void check(Validator v, long packed) {
    long values = values(packed);
    long text = text(packed);
    if (values > ContentLimits.TOTAL_VALUES) {
      v.fail("", tooManyValues(values), null);
    }
    if (text > ContentLimits.TOTAL_TEXT) {
      v.fail("", "must hold at most " + ContentLimits.TOTAL_TEXT
          + " characters of text in all, holds " + count(text), null);
    }
  }

  /** {@return the rule a value holding {@code values} values, too many, breaks} */
  static String tooManyValues(long values) {
    return "must hold at most " + ContentLimits.TOTAL_VALUES + " values in all, holds "
        + count(values);
  }

  private static String count(long n) {
    return n >= MAX_HALF ? "more than " + (MAX_HALF - 1) : Long.toString(n);
  }
}
