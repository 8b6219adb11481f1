package org.puente.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wrk (Debian's), pinned to the load core, and what it reports. */
final class Wrk {

  record Result(long requests, double perSecond, long errors, double p50Ms) {}

  /** A command and its environment. */
  record Command(List<String> args, Map<String, String> env) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  private Wrk() {}

  static Command get(String url, String token, int connections, int seconds) {
    return command("benchmarks/wrk/get.lua", url, connections, seconds, Map.of("TOKEN", token));
  }

  static Command post(String url, String token, String run, int connections, int seconds) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("RUN", run);
    if (token != null) {
      env.put("TOKEN", token);
    }
    return command("benchmarks/wrk/create-case.lua", url, connections, seconds, env);
  }

  static Command obligate(
      String fundingUrl, String token, long line, String run, int connections, int seconds) {
    return command(
        "benchmarks/wrk/obligate.lua",
        fundingUrl + "/api/v1/funding/obligations",
        connections,
        seconds,
        Map.of("TOKEN", token, "RUN", run, "LINE", String.valueOf(line)));
  }

  private static Command command(
      String script, String url, int connections, int seconds, Map<String, String> env) {
    List<String> args = new ArrayList<>(List.of("taskset", "-c", Bench.LOAD_CORE, "wrk"));
    args.addAll(
        List.of("-t1", "-c" + connections, "-d" + seconds + "s", "--latency", "-s", script, url));
    return new Command(args, env);
  }

  static Result run(Command command) throws Exception {
    String out = Proc.exec(command.args(), command.env());
    Bench.commands().add(command.toString());
    long requests = Long.parseLong(find(out, "(\\d+) requests in"));
    double perSecond = Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)"));
    String errors = findOrNull(out, "Non-2xx or 3xx responses: (\\d+)");
    long failed = errors == null ? 0 : Long.parseLong(errors);
    String socket =
        findOrNull(out, "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    Matcher p50 = Pattern.compile("\\s50%\\s+([\\d.]+)(us|ms|s)").matcher(out);
    double p50Ms = p50.find() ? millis(Double.parseDouble(p50.group(1)), p50.group(2)) : Double.NaN;
    if (failed > 0 || socket != null) {
      System.out.println("wrk: " + failed + " non-2xx, socket errors " + socket + " in " + command);
    }
    return new Result(
        requests, perSecond * (requests - failed) / Math.max(1, requests), failed, p50Ms);
  }

  private static double millis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static String find(String text, String regex) {
    String found = findOrNull(text, regex);
    if (found == null) {
      throw new IllegalStateException("no " + regex + " in wrk's output:\n" + text);
    }
    return found;
  }

  private static String findOrNull(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
