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
        out.append("[\"").append(((String) segment).replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\"]");
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

  /** Parses what {@link #format} writes. */
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
          if (path.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          name.append(path.charAt(i++));
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
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
