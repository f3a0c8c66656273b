package org.egate.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the {@code egate} command in this JVM, with what it printed on stdout and stderr. */
public record CommandRun(int exitCode, String out, String err) {

  public static CommandRun of(String... args) {
    return withStdin(null, args);
  }

  /** Runs with {@code stdin} as standard input ({@code null} leaves it alone). */
  public static synchronized CommandRun withStdin(byte[] stdin, String... args) {
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    InputStream in = System.in;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin));
      }
      code = Egate.run(args);
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
      System.setIn(in);
    }
    return new CommandRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }
}
