package dev.masthead.model;

import java.util.ArrayList;
import java.util.List;

/** Attribute paths: lists of property names (String) and list indexes (Integer). */
final class Paths {
  private Paths() {}

  static String format(List<Object> segments) {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else if (isPlainName((String) segment)) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      } else {
        out.append("[\"");
        String name = (String) segment;
        for (int i = 0; i < name.length(); ) {
          int cp = name.codePointAt(i);
          Excerpts.appendEscaped(out, cp);
          i += Character.charCount(cp);
        }
        out.append("\"]");
      }
    }
    return out.toString();
  }

  static String pointer(List<Object> segments) {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** Parses what {@link #format} writes, undoing its escapes. */
  static List<Object> parse(String path) {
    List<Object> segments = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[' && i + 1 < n && path.charAt(i + 1) == '"') {
        StringBuilder name = new StringBuilder();
        i += 2;
        while (i < n && path.charAt(i) != '"') {
          char c2 = path.charAt(i);
          if (c2 == '\\' && i + 1 < n) {
            char e = path.charAt(i + 1);
            if (e == 'u' && i + 6 <= n) {
              name.append((char) Integer.parseInt(path.substring(i + 2, i + 6), 16));
              i += 6;
              continue;
            }
            name.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
            i += 2;
            continue;
          }
          name.append(c2);
          i++;
        }
        segments.add(name.toString());
        i += 2; // closing quote and bracket
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed index in path: " + path);
        }
        segments.add(Integer.valueOf(path.substring(i + 1, end)));
        i = end + 1;
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        segments.add(path.substring(i, end));
        i = end;
      }
    }
    return segments;
  }

  private static boolean isPlainName(String name) {
    // ASCII identifiers only: anything else is quoted, and escaped where it is not printable.
    return name.matches("[A-Za-z_$][A-Za-z0-9_$]*");
  }
}
