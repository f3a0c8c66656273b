package org.egate.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The zh-TW and English bundles keep the same keys, and every label a template names exists in them. */
class ConsoleMessagesTest {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndNoEmptyLabel() throws IOException {
    Properties en = bundle("console");
    Properties zh = bundle("console_zh_TW");
    assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    zh.forEach((k, v) -> assertThat(v.toString()).as("zh-TW " + k).isNotBlank().isNotEqualTo(en.getProperty(k.toString())));
  }

  @Test
  void everyLabelATemplateNamesExists() throws IOException {
    Properties en = bundle("console");
    Pattern key = Pattern.compile("#\\{([a-zA-Z.]+)[(}]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/console"))) {
      for (Path f : files.toList()) {
        Matcher m = key.matcher(Files.readString(f));
        while (m.find()) {
          if (!en.containsKey(m.group(1))) {
            missing.add(f.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
