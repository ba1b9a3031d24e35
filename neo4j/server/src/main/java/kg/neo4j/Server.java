package kg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * kg's Neo4j server: Neo4j 5 community, embedded, listening for Bolt on 127.0.0.1 with a password.
 *
 * <p>Usage: {@code java -cp ... kg.neo4j.Server --home DIR --port 7687 --password PASSWORD}. Prints
 * {@code kg-neo4j: ready bolt://127.0.0.1:PORT} when Bolt answers, and shuts the database down cleanly on
 * SIGTERM or SIGINT.
 */
public final class Server {
  private Server() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) usage("unexpected argument " + args[i]);
      opts.put(args[i].substring(2), args[i + 1]);
    }
    Path home = Path.of(opts.getOrDefault("home", ".neo4j/data")).toAbsolutePath();
    int port = Integer.parseInt(opts.getOrDefault("port", "7687"));
    String password = opts.getOrDefault("password", System.getenv().getOrDefault("NEO4J_PASSWORD", ""));
    if (password.length() < 8) usage("the password must have at least 8 characters (Neo4j's rule): --password or NEO4J_PASSWORD");
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
            .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("kg-neo4j: stopping");
                  dbms.shutdown();
                  stopped.countDown();
                }));
    // The embedded API runs as the system itself: set the password of the built-in user, no change required.
    // On a restart over the same data folder the password may already be this one, which Neo4j refuses to "change".
    try {
      dbms.database("system")
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (org.neo4j.graphdb.QueryExecutionException e) {
      if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
    }
    System.out.println("kg-neo4j: ready bolt://127.0.0.1:" + port + " (data in " + home + ")");
    System.out.flush();
    stopped.await();
  }

  private static void usage(String message) {
    System.err.println("kg-neo4j: " + message);
    System.err.println("usage: kg.neo4j.Server --home DIR --port PORT --password PASSWORD");
    System.exit(2);
  }
}
