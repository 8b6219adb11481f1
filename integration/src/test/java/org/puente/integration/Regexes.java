package org.puente.integration;

/**
 * A string matching a simple regular expression of the kind the APIs use: character classes,
 * literals, {@code ? * + {n} {n,m}} and top-level alternation (the first branch is taken).
 */
final class Regexes {

  private Regexes() {}

  static String sample(String pattern) {
    String branch = pattern.split("\\|")[0].replace("^", "").replace("$", "");
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < branch.length()) {
      char first;
      char c = branch.charAt(i);
      if (c == '[') {
        int end = branch.indexOf(']', i);
        first = firstOfClass(branch.substring(i + 1, end));
        i = end + 1;
      } else if (c == '\\') {
        first = branch.charAt(i + 1) == 'd' ? '1' : branch.charAt(i + 1);
        i += 2;
      } else if (c == '.') {
        first = 'a';
        i++;
      } else {
        first = c;
        i++;
      }
      int times = 1;
      if (i < branch.length()) {
        char q = branch.charAt(i);
        if (q == '?' || q == '*') {
          times = q == '?' ? 0 : 1;
          i++;
        } else if (q == '+') {
          i++;
        } else if (q == '{') {
          int end = branch.indexOf('}', i);
          times = Integer.parseInt(branch.substring(i + 1, end).split(",")[0]);
          i = end + 1;
        }
      }
      out.append(String.valueOf(first).repeat(times));
    }
    return out.toString();
  }

  private static char firstOfClass(String cls) {
    return cls.charAt(0) == '\\' ? (cls.charAt(1) == 'd' ? '1' : cls.charAt(1)) : cls.charAt(0);
  }
}
