package org.puente.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No money path of this service uses double or float: no field, parameter or return value. */
class NoBinaryFloatingPointTest {

  @Test
  void noDoubleOrFloatAnywhereInTheService()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path root =
        Path.of(FundingConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> offenders = new ArrayList<>();
    int classes = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, getClass().getClassLoader());
        classes++;
        for (Field f : type.getDeclaredFields()) {
          if (isFloat(f.getType())) {
            offenders.add(name + "." + f.getName());
          }
        }
        for (Method m : type.getDeclaredMethods()) {
          if (isFloat(m.getReturnType())) {
            offenders.add(name + "." + m.getName() + " returns " + m.getReturnType());
          }
          for (Class<?> p : m.getParameterTypes()) {
            if (isFloat(p)) {
              offenders.add(name + "." + m.getName() + " takes " + p);
            }
          }
        }
      }
    }
    assertEquals(List.of(), offenders);
    assertEquals(true, classes > 30, "scanned " + classes + " classes");
  }

  private static boolean isFloat(Class<?> t) {
    return t == double.class || t == float.class || t == Double.class || t == Float.class;
  }
}
