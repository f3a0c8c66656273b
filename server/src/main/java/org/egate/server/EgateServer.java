package org.egate.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The egate central server, a Spring Boot application started by {@code egate server}. */
@SpringBootApplication
@EnableScheduling
public class EgateServer {

  /** Starts the web server; {@code port} 0 picks a free port. */
  public static ConfigurableApplicationContext start(int port, String... extraProperties) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    for (String p : extraProperties) {
      args.add("--" + p);
    }
    return new SpringApplication(EgateServer.class).run(args.toArray(String[]::new));
  }

  /**
   * Starts only storage, keys and audit (no web server): what {@code egate audit verify} and
   * {@code egate keys rotate} need.
   */
  public static ConfigurableApplicationContext startOffline(String... extraProperties) {
    SpringApplication app = new SpringApplication(EgateServer.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    List<String> args = new ArrayList<>();
    args.add("--egate.offline=true");
    for (String p : extraProperties) {
      args.add("--" + p);
    }
    return app.run(args.toArray(String[]::new));
  }

  public static void main(String[] args) {
    SpringApplication.run(EgateServer.class, args);
  }
}
